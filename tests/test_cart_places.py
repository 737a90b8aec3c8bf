"""agents/shopping.py: "into the cart" is the add act, the cart's own word is the cart; invented shops, must-not-fire."""

from __future__ import annotations

from typing import Any

from cascadroid.agents import shopping
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _screen(buttons: dict[int, str], context: dict[int, str] | None = None) -> Screen:
    lines = ["    Boutique"] + [f'[{i}] Button "{b}"' for i, b in buttons.items()]
    return Screen(package="com.example.shop", digest="d", lines=lines, actionable=list(buttons), labels=dict(buttons),
                  context=context or {})


def _best(screen: Screen, task: str) -> Any:
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 1.0) for i in screen.actionable]
    shopping.adjust(out, task, screen, [], False)
    return max(out, key=lambda c: c.score).action.get("element")


def test_opening_the_cart_takes_its_tab_not_a_row_putting_an_item_into_it():
    # an invented French home page: each product card has "Au panier", the bottom bar has the cart with a count
    screen = _screen({1: "Au panier", 2: "Au panier", 3: "2 | Panier"}, {1: "Bougie · 12 €", 2: "Plaid · 30 €"})
    assert _best(screen, "ouvre mon panier") == 3
    # an invented Spanish grocer: "Al carrito" on the cards, "Carrito 4" in the bar
    screen = _screen({5: "Al carrito", 6: "Carrito 4"}, {5: "Leche · 1,20 €"})
    assert _best(screen, "abre el carrito") == 6


def test_putting_the_item_into_the_cart_takes_the_into_the_cart_button():
    # an invented Italian product page: "Nel carrello" puts it in, "Carrello 2" only shows what is in it
    screen = _screen({7: "Carrello 2", 8: "Nel carrello"})
    assert _best(screen, "metti questo nel carrello") == 8
    assert shopping.is_cart_button("3 | Carrello") and not shopping.is_cart_button("Nel carrello")


def test_must_not_fire_a_card_or_a_bank_is_no_cart():
    assert not shopping.is_cart_button("Add to card") and not shopping.is_cart_button("Transfer to bank")
    assert not shopping._into_cart("add to card") and not shopping._into_cart("transfer to bank")
    screen = _screen({1: "Au panier", 2: "2 | Panier"})
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 1.0) for i in screen.actionable]
    shopping.adjust(out, "montre-moi les bougies", screen, [], False)  # the cart is not named: nothing moves
    assert [c.score for c in out] == [1.0, 1.0]
