"""A question about one day, on a list sectioned by day headers that do not show it: scroll (agents/asked_day.py)."""

from __future__ import annotations

from cascadroid.agents.asked_day import missing
from cascadroid.agents.candidates import rank
from tests.fixtures_uidump import node, screen_of

_APP = "nz.example.wallet"
_TV = "android.widget.TextView"


def _statement(days: list[tuple[str, list[str]]], tail_header: str = ""):
    """An invented wallet statement: a balance, then day headers each over its payment rows, in a scrolling list."""
    kids, y = [], 700
    for header, rows in days:
        kids.append(node(_TV, (40, y, 1040, y + 70), text=header))
        y += 80
        for row in rows:
            kids.append(node("android.widget.LinearLayout", (0, y, 1080, y + 150),
                             node(_TV, (40, y + 20, 1040, y + 120), text=row), click=True))
            y += 160
    if tail_header:
        kids.append(node(_TV, (40, y, 1040, y + 70), text=tail_header))
    return screen_of(
        _APP,
        node(_TV, (40, 150, 1040, 230), text="Statement"),
        node(_TV, (40, 300, 1040, 380), text="$412.80"),
        node("androidx.recyclerview.widget.RecyclerView", (0, 680, 1080, 2200), *kids, scroll=True),
        node("android.widget.FrameLayout", (0, 2220, 1080, 2400), text="Home", click=True),
    )


_SHOWN = [("Friday 4 December", ["Bakery on Cuba St | -$6.50"]), ("Thursday 3 December", ["Tram ticket | -$3.10"])]


def test_a_day_whose_header_is_not_on_screen_is_further_down() -> None:
    screen = _statement(_SHOWN)
    assert missing("what did the bakery cost me on monday?", screen)
    assert rank("what did the bakery cost me on monday?", "", screen, [], [])[0].action == {"kind": "swipe", "direction": "down"}


def test_a_header_shown_last_with_no_rows_under_it_is_further_down_too() -> None:
    screen = _statement(_SHOWN, tail_header="Wednesday 2 December")
    assert missing("how much was the tram on wednesday?", screen)


def test_must_not_fire_when_the_days_rows_show_or_the_task_asks_nothing() -> None:
    screen = _statement(_SHOWN)
    assert not missing("how much was the tram on thursday?", screen)  # its rows are here
    assert not missing("pay the bakery on monday", screen)  # no question
    one_day = _statement(_SHOWN[:1])
    assert not missing("what did the bakery cost me on monday?", one_day)  # one header: no day-sectioned list
