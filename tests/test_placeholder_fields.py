"""A field showing its prompt as its text (the placeholder written into ``text``, as many apps' dumps do) and named
only by its widget's id ("edit_text"): an empty field the search is typed into (agents/search_queries.py)."""

from __future__ import annotations

from test_ui_conventions import node, screen_of

from cascadroid.agents.candidates import rank


def test_a_search_is_typed_into_the_focused_field_whose_text_is_a_placeholder():
    _, screen = screen_of(
        node("ImageButton", (20, 150, 120, 260), "", "Back", clickable=True),
        node("EditText", (140, 150, 900, 260), "Dishes, restaurants or cuisines…", "", clickable=True,
             rid="com.example.food:id/edit_text", focused=True),
        node("ImageButton", (920, 150, 1060, 260), "", "voice search", clickable=True),
        node("TextView", (40, 320, 600, 380), "POPULAR CUISINES"),
        node("Button", (40, 400, 300, 520), "Pizza", clickable=True),
        node("Button", (320, 400, 580, 520), "Dosa", clickable=True),
    )
    action = rank("search butter chicken", "", screen, [], [])[0].action
    assert action["kind"] == "type" and action["text"] == "butter chicken"


def test_a_value_without_an_ellipsis_is_no_placeholder():
    _, screen = screen_of(
        node("EditText", (140, 150, 900, 260), "butter chicken", "", clickable=True,
             rid="com.example.food:id/edit_text", focused=True),
        node("Button", (40, 400, 1040, 520), "Butter Chicken | Punjab Grill", clickable=True),
    )
    action = rank("search butter chicken", "", screen, [], [])[0].action
    assert action.get("kind") != "type" or action.get("text") != "butter chicken"
