"""A row button repeated down a list, the row named by a word no row shows: the list is scrolled
(agents/unseen_rows.py). Invented apps only."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of


def _menu(button: str, *dishes: str, title: str = "Menu"):
    rows = [node("LinearLayout", (0, 400 + i * 260, 1080, 640 + i * 260), "", "",
                 node("TextView", (40, 420 + i * 260, 700, 500 + i * 260), dish),
                 node("TextView", (40, 510 + i * 260, 700, 580 + i * 260), f"{120 + 10 * i}"),
                 node("Button", (780, 450 + i * 260, 1040, 560 + i * 260), button, clickable=True))
            for i, dish in enumerate(dishes)]
    return screen_of(node("TextView", (40, 150, 1040, 260), title),
                     node("RecyclerView", (0, 380, 1080, 2200), "", "", *rows, scrollable=True))


_EN = ("Butter chicken", "Paneer tikka", "Dal makhani", "Jeera rice")
_DE = ("Gratis Brezel", "20% auf Käse", "1 € auf Obst", "30% auf Joghurt")


def test_a_row_named_by_a_word_no_row_shows_is_scrolled_to():
    assert first("add the mango lassi", _menu("Add", *_EN)[1]) == {"kind": "swipe", "direction": "down"}
    assert first("lös den Kakao-Gutschein ein", _menu("Einlösen", *_DE, title="Gutscheine")[1]) == {
        "kind": "swipe", "direction": "down"}


def test_a_row_in_view_or_no_row_named_keeps_the_buttons():
    _, screen = _menu("Einlösen", *_DE, title="Gutscheine")
    assert first("lös den Käse-Gutschein ein", screen).get("kind") == "tap"
    assert first("lös einen Gutschein ein", screen).get("kind") == "tap"
    _, screen = _menu("Add", *_EN)
    assert first("add the paneer tikka please", screen).get("kind") == "tap"


def test_buttons_that_differ_are_no_repeated_row_button():
    _, screen = screen_of(
        node("TextView", (40, 150, 1040, 260), "Menu"),
        node("RecyclerView", (0, 380, 1080, 2200), "", "",
             *[node("Button", (40, 400 + i * 200, 1040, 560 + i * 200), label, clickable=True)
               for i, label in enumerate(("Add starter", "Add main", "Add dessert"))], scrollable=True))
    assert first("add the mango lassi", screen).get("kind") == "tap"


def test_a_task_over_every_row_names_no_row_further_down():
    _, screen = _menu("Add", *_EN)
    assert first("add every dish to my order", screen)["kind"] == "tap"
    assert first("add all of them", screen)["kind"] == "tap"
    assert first("add the mango lassi as well", screen) == {"kind": "swipe", "direction": "down"}  # one row named
