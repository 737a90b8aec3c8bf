"""A list ordered by clock time whose last row is earlier than the time the task names: scroll on (invented
timetable app and wordings), with cases that must not fire."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.time_lists import first_time, later_than_shown
from cascadroid.device.uiautomator import parse_observation

PKG = "org.example.ferrytimes"


def _node(bounds: str, text: str = "", *, clickable: bool = False, scrollable: bool = False, kids: str = "") -> str:
    return (f'<node index="0" text="{text}" resource-id="" class="android.widget.LinearLayout" package="{PKG}" '
            f'content-desc="" checkable="false" checked="false" clickable="{str(clickable).lower()}" enabled="true" '
            f'focusable="false" focused="false" scrollable="{str(scrollable).lower()}" long-clickable="false" '
            f'password="false" selected="false" bounds="{bounds}">{kids}</node>')


def _timetable(times: list[str]) -> str:
    rows = "".join(_node(f"[0,{400 + 220 * i}][1080,{600 + 220 * i}]", clickable=True,
                         kids=_node(f"[40,{420 + 220 * i}][300,{480 + 220 * i}]", t) +
                         _node(f"[320,{420 + 220 * i}][900,{480 + 220 * i}]", f"Harbour → Isle · € {12 + i},50"))
                   for i, t in enumerate(times))
    listing = _node("[0,380][1080,2300]", scrollable=True, kids=rows)
    return '<hierarchy rotation="0">' + _node("[0,0][1080,2400]", kids=listing) + "</hierarchy>"


def _first(task: str, times: list[str]) -> dict:
    return rank(task, "", perceive(parse_observation(_timetable(times))), [], [])[0].action


def test_a_time_past_the_last_row_scrolls_on():
    times = ["06:10", "07:20", "09:45", "11:30", "13:05"]
    assert _first("book the ferry leaving at 17.40", times) == {"kind": "swipe", "direction": "down"}
    assert _first("ferry at 6 pm to the isle", times) == {"kind": "swipe", "direction": "down"}


def _past(task: str, times: list[str]) -> bool:
    return later_than_shown(task, perceive(parse_observation(_timetable(times))))


def test_a_time_on_screen_or_an_unordered_list_or_a_new_item_is_not_past_the_list():
    assert _first("book the ferry leaving at 09:45", ["06:10", "07:20", "09:45", "11:30"])["kind"] != "swipe"
    assert _past("book the ferry leaving at 17.40", ["06:10", "07:20", "09:45", "11:30"])
    assert not _past("book the ferry leaving at 17.40", ["11:30", "06:10", "13:05", "07:20"])  # not ordered by time
    assert not _past("set an alarm for 17:40", ["06:10", "07:20", "09:45", "11:30"])  # a new item, not a row
    assert not _past("book the ferry leaving at 08:00", ["06:10", "07:20", "09:45", "11:30"])  # within the list


def test_prices_and_dates_are_no_times():
    assert first_time("€ 19.00 total") is None and first_time("on 12.12.2026") is None
    assert first_time("jam 19.00") == 19 * 60 and first_time("9:45 pm") == 21 * 60 + 45
