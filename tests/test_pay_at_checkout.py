"""Paying for a cart's items is its checkout, in any language (agents/shopping.py), on invented shops."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _cart(checkout: str, *more: str):
    return screen_of(  # a bakery's cart page: two items, a total, the checkout button at the bottom
        node("TextView", (40, 100, 1040, 180), "Warenkorb"),
        node("TextView", (40, 220, 700, 300), "Laugenbrezel × 2"),
        node("Button", (760, 220, 1040, 300), "", "Menge erhöhen", clickable=True),
        node("TextView", (40, 340, 700, 420), "Zimtschnecke × 1"),
        node("Button", (760, 340, 1040, 420), "", "Menge erhöhen", clickable=True),
        node("TextView", (40, 500, 1040, 580), "Summe 7,40 €"),
        node("Button", (40, 2200, 1040, 2320), checkout, clickable=True),
        *more,
    )


def test_paying_on_a_cart_presses_its_checkout() -> None:
    observation, screen = _cart("Weiter zur Kasse")
    checkout = element(observation, text="Weiter zur Kasse")
    assert first("das wars, ich will jetzt bezahlen", screen) == {"kind": "tap", "element": checkout.id}
    assert first("ok that is everything, let me pay", screen) == {"kind": "tap", "element": checkout.id}


def test_a_control_that_pays_by_its_own_name_is_left_to_the_word_match() -> None:
    observation, screen = _cart("Weiter zur Kasse", node("Button", (40, 2060, 1040, 2180), "Jetzt bezahlen", clickable=True))
    pay = element(observation, text="Jetzt bezahlen")
    assert first("das wars, ich will jetzt bezahlen", screen) == {"kind": "tap", "element": pay.id}
