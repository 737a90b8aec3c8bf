"""A settings page's bare button does the act now; its rows (title | current value) set when, where or how it runs
(agents/page_actions.py): a task asking for the act now taps the button whose word the leading row's title says.
Invented settings pages; without "now", or with no bare button saying the row's verb, nothing moves."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from tests.screens_made import made_screen

_PAGE = [("Button", "SYNCHRONISEREN"), ("LinearLayout", "Synchroniseren met Wolkje Drive | Alleen als ik op tik"),
         ("LinearLayout", "Account | mila@example.org"), ("LinearLayout", "Via | Alleen wifi")]


def _top(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def test_the_bare_button_does_the_act_now_though_the_row_names_the_place() -> None:
    screen = made_screen("com.example.notes", "Notitieback-up", _PAGE)
    assert _top("sync my notes to wolkje drive right now", screen) == {"kind": "tap", "element": 5}
    assert _top("synchroniseer mijn notities nu meteen met Wolkje Drive", screen) == {"kind": "tap", "element": 5}


def test_without_now_the_row_that_sets_it_is_left_first() -> None:
    screen = made_screen("com.example.notes", "Notitieback-up", _PAGE)
    assert _top("change how often my notes sync to wolkje drive", screen) == {"kind": "tap", "element": 6}


def test_a_button_not_saying_the_row_s_verb_is_not_raised() -> None:
    rows = [("Button", "HELP"), ("LinearLayout", "Synchroniseren met Wolkje Drive | Alleen als ik op tik")]
    screen = made_screen("com.example.notes", "Notitieback-up", rows)
    assert _top("sync my notes to wolkje drive right now", screen) == {"kind": "tap", "element": 6}
