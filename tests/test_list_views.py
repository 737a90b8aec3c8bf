"""A named item not on screen, in an app with no search: its view that lists everything (agents/lookup.py),
on an invented planner app's screen."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.device.types import AppInfo

T, B, ROW, E = "android.widget.TextView", "android.widget.ImageButton", "android.widget.LinearLayout", "android.widget.EditText"
PKG = "org.example.planner"
APPS = [AppInfo(label="Planner", package=PKG)]


def _planner(*extra: dict):
    return screen_of(PKG,
                     node(T, "Week", bounds=(0, 200, 360, 300), flags="clickable selected"),
                     node(T, "Schedule", bounds=(360, 200, 720, 300), flags="clickable"),
                     node(ROW, bounds=(0, 400, 1080, 560), flags="clickable",
                          children=[node(T, "Team sync | 10:00-10:30", bounds=(40, 420, 1000, 540))]),
                     node(B, desc="New entry", bounds=(900, 2200, 1040, 2340), flags="clickable"), *extra)


def _top(task: str, screen) -> str:
    best = rank(task, "", screen, APPS, [])[0]
    return screen.labels.get(best.action.get("element"), best.text)


def test_an_item_not_shown_is_looked_for_in_the_view_that_lists_everything() -> None:
    assert _top('rename the entry "Book fair" to "Book fair 2"', _planner()) == "Schedule"
    assert _top('change the location of the entry "Book fair" to "Hall B"', _planner()) == "Schedule"


def test_a_search_field_is_used_first_and_a_new_item_is_made_where_it_is() -> None:
    search = node(E, "", desc="Search entries", bounds=(0, 320, 1080, 390), flags="clickable")
    assert _top('rename the entry "Book fair" to "Book fair 2"', _planner(search)) == "Search entries"
    assert _top('create a new entry "Book fair"', _planner()) == "New entry"
