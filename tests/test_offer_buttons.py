"""An offer card's own button and Arabic words with their article (agents/promotions.py, agents/ui_glossary.py),
on an invented Arabic super-app."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.ui_glossary import concepts


def _home(tile: str = "طعام"):
    """An invented delivery super-app home: service tiles, then an offer card with its own order button."""
    return screen_of(
        node("TextView", (40, 150, 1040, 230), "مساء الخير"),
        node("View", (40, 490, 300, 780), "", tile, clickable=True),
        node("View", (320, 490, 560, 780), "", "بقالة", clickable=True),
        node("View", (580, 490, 820, 780), "", "رحلات", clickable=True),
        node("View", (40, 1300, 1040, 1700), "", "", node("TextView", (80, 1330, 1000, 1400), "عرض: برجر الواحة"),
             node("TextView", (80, 1410, 1000, 1480), "خصم 40% على طلبك الأول"),
             node("Button", (700, 1560, 1000, 1660), "اطلب الآن", clickable=True), clickable=True))


def test_dinner_from_a_restaurant_is_the_food_tile_not_the_offer_cards_order_button():
    observation, screen = _home()
    tile = element(observation, content_desc="طعام")
    assert first("بدي اطلب غداء من اي مطعم", screen) == {"kind": "tap", "element": tile.id}


def test_the_tile_written_with_its_article_names_the_concept():
    observation, screen = _home("الطعام")
    tile = element(observation, content_desc="الطعام")
    assert first("بدي اطلب غداء من اي مطعم", screen) == {"kind": "tap", "element": tile.id}
    assert "food" in concepts("والطعام") and "offers" in concepts("العروض")


def test_must_not_fire_when_the_task_asks_for_the_offer_or_on_a_word_that_is_no_article():
    observation, screen = _home()
    button = element(observation, text="اطلب الآن")
    card = screen.target(element(observation, text="عرض: برجر الواحة").id)
    assert first("ابي عرض برجر الواحة خصم 40%", screen)["element"] in (button.id, card)
    assert "food" not in concepts("السيارة")
