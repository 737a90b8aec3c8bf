"""A part of the open page asked to be seen, named nowhere on screen, is scrolled to (agents/page_parts.py).
Invented apps only."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.page_parts import asked_part

_SCROLL = {"kind": "swipe", "direction": "down"}


def _page(title: str, blurb: str, buttons: tuple[str, str], *extra: str, scrolls: bool = True):
    return screen_of(node("ImageButton", (10, 130, 110, 230), "", "Back", clickable=True),
                     node("ImageButton", (950, 130, 1050, 230), "", "More options", clickable=True),
                     node("ScrollView", (0, 240, 1080, 2200), "", "",
                          node("ImageView", (0, 250, 1080, 900), "", "Photo"),
                          node("TextView", (40, 920, 1040, 1000), title),
                          node("TextView", (40, 1010, 1040, 1200), blurb),
                          node("Button", (40, 1250, 520, 1380), buttons[0], clickable=True),
                          node("Button", (560, 1250, 1040, 1380), buttons[1], clickable=True), *extra,
                          scrollable=scrolls))


def test_the_part_asked_for_is_read_in_many_languages():
    assert asked_part("재료 보여줘") == "재료"
    assert asked_part("材料を見たい") == "材料"
    assert asked_part("show me the reviews") == "reviews"
    assert asked_part("zeig mir die Zutaten") == "Zutaten"
    assert asked_part("add the reviews") is None


def test_a_part_named_nowhere_is_scrolled_to():
    _, screen = _page("된장찌개", "20분이면 완성되는 집밥 레시피", ("저장", "공유"))
    assert first("재료 보여줘", screen) == _SCROLL
    _, screen = _page("Trail Runner 3", "Light shoe for rocky paths", ("Add to cart", "Wishlist"))
    assert first("show me the reviews", screen) == _SCROLL


def test_a_part_on_screen_or_a_page_that_does_not_scroll_gets_no_scroll():
    tab = node("TextView", (40, 1400, 520, 1480), "Reviews (212)", clickable=True)
    observation, screen = _page("Trail Runner 3", "Light shoe for rocky paths", ("Add to cart", "Wishlist"), tab)
    assert first("show me the reviews", screen) != _SCROLL
    assert element(observation, text="Reviews (212)")
    _, screen = _page("Trail Runner 3", "Light shoe", ("Add to cart", "Wishlist"), scrolls=False)
    assert first("show me the reviews", screen) != _SCROLL


def test_a_tab_naming_the_part_in_the_pages_language_is_opened_not_scrolled_past():
    """An invented German shop page: its "Bewertungen (312)" tab is the reviews an English task asks for; a
    neighbouring part ("Fragen & Antworten", questions) names no reviews, so there the page still scrolls."""
    observation, screen = _page("Wanderschuh Alpin", "Wasserdicht, 480 g", ("In den Warenkorb", "Merken"),
                                node("TextView", (40, 1420, 1040, 1520), "Bewertungen (312)", clickable=True))
    tab = element(observation, text="Bewertungen (312)")
    assert first("show me the reviews", screen) == {"kind": "tap", "element": tab.id}
    _, screen = _page("Wanderschuh Alpin", "Wasserdicht, 480 g", ("In den Warenkorb", "Merken"),
                      node("TextView", (40, 1420, 1040, 1520), "Fragen & Antworten", clickable=True))
    assert first("show me the reviews", screen) == _SCROLL
