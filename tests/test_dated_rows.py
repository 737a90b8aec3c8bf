"""An item known only by its day (agents/dated_rows.py), past weekdays ("last Saturday"), and the phone's date
carried across a run's screens (pickers.carry_day): invented diaries and planners, and where nothing must fire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cascadroid.agents import dated_rows, pickers
from cascadroid.agents.dates import find_dates
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.wording import canonical

THURSDAY = date(2027, 5, 6)


@dataclass
class _C:
    action: dict[str, Any]
    text: str
    score: float


def _screen(title: str | None, rows: list[str], *, arrows: bool = True, extra: dict[int, str] | None = None) -> Screen:
    labels = {**({5: "Previous day", 7: "Next day"} if arrows else {}), **(extra or {}),
              **{30 + i: r for i, r in enumerate(rows)}}
    lines = [f'[{i}] Button "{r}"' for i, r in labels.items() if i < 30]
    lines += [f"    {title}"] if title else []
    lines += [f'[{i}] LinearLayout "{r}"' for i, r in labels.items() if i >= 30]
    return Screen(package="org.example.planner", digest="d", lines=lines, actionable=list(labels), labels=labels,
                  context={5: title or "", 7: title or ""} if arrows else {})


def _ranked(screen: Screen, answered: bool = True) -> list[_C]:
    out = [_C({"kind": "tap", "element": i}, f"tap [{i}]", 0.5) for i in screen.actionable]
    return out + ([_C({"kind": "done", "answer": "Lunch"}, "answer", 5.5)] if answered else [])


def test_a_past_weekday_is_the_one_before_today() -> None:
    assert find_dates("What did I have last Saturday?", THURSDAY) == [("last Saturday", date(2027, 5, 1))]
    assert find_dates("the most recent Thursday", THURSDAY)[0][1] == date(2027, 4, 29)  # today's weekday: a week back
    assert find_dates("previous Monday", THURSDAY)[0][1] == date(2027, 5, 3)
    assert find_dates("next Saturday", THURSDAY)[0][1] == date(2027, 5, 8)  # unchanged: ahead
    assert find_dates("on Friday", THURSDAY)[0][1] == date(2027, 5, 7)


def test_that_day_keeps_the_days_qualifier() -> None:
    assert canonical("I'm curious about last Friday. What was on my calendar that day?").startswith(
        "What was on my calendar last Friday (")
    assert canonical("We had the party on Friday, May 8. How many events did I have that day?").startswith(
        "How many events did I have on Friday, May 8 (")
    assert canonical("appointment last Friday?") == "appointment last Friday?"  # a note that asks makes nothing
    assert canonical("appointment Dentist").startswith("create a new appointment")


def test_rows_of_the_asked_day_on_a_day_page_and_on_a_dated_list() -> None:
    page = _screen("Fri, May 7", ["Pilates • 07:30 - 08:30", "Tax office • 11:00 - 11:45 • Town hall"])
    assert dated_rows.day_rows(page, date(2027, 5, 7), THURSDAY) == ([30, 31], False)
    assert dated_rows.day_rows(page, date(2027, 5, 8), THURSDAY) == ([], True)  # another day's page
    agenda = _screen(None, ["Standup | Thu, May 6 · 9:30 AM", "Vet | Fri, May 7 · 4 PM", "Hike | Sat, May 8 · 7 AM"],
                     arrows=False)
    assert dated_rows.day_rows(agenda, date(2027, 5, 7), THURSDAY) == ([31], False)
    assert dated_rows.day_rows(agenda, date(2027, 5, 1), THURSDAY) == ([], True)


def test_the_days_row_is_opened_and_its_title_answered() -> None:
    page = _screen("Fri, May 7", ["Pilates • 07:30 - 08:30"])
    out = _ranked(page, answered=False)
    dated_rows.adjust(out, "Scrap whatever is booked tomorrow", page, [], False, None, THURSDAY, _C)
    assert max(out, key=lambda c: c.score).action == {"kind": "tap", "element": 30}
    out = _ranked(page)
    dated_rows.adjust(out, "What is on Friday?", page, [], False, "line", THURSDAY, _C)
    assert max(out, key=lambda c: c.score).action == {"kind": "done", "answer": "Pilates"}
    other = _screen("Thu, May 6", ["Lunch • 12:00 - 13:00"])
    out = _ranked(other)
    dated_rows.adjust(out, "What did I have last Saturday?", other, [], False, "line", THURSDAY, _C)
    assert all(c.score <= 0.5 for c in out)  # today's rows answer nothing about Saturday
    out = _ranked(page)
    dated_rows.adjust(out, "How many things do I have on Friday?", page, [], False, "count", THURSDAY, _C)
    assert [c.score for c in out] == [c.score for c in _ranked(page)]  # the count is read as ever


def test_nothing_fires_for_a_named_item_a_new_one_or_no_day() -> None:
    page = _screen("Fri, May 7", ["Pilates • 07:30 - 08:30"])
    for task, objects, creating in (("delete my Dentist appointment tomorrow", ["Dentist"], False),
                                    ("add an event tomorrow at 9:00", [], True), ("delete that event", [], False)):
        out = _ranked(page)
        dated_rows.adjust(out, task, page, objects, creating, None, THURSDAY, _C)
        assert [c.score for c in out] == [c.score for c in _ranked(page)], task
    detail = _screen(None, ["07:30 - 08:30", "Friday, May 7, 2027"], arrows=False)  # an item's own page
    out = _ranked(detail)
    dated_rows.adjust(out, "delete tomorrow's event", detail, [], False, None, THURSDAY, _C)
    assert [c.score for c in out] == [c.score for c in _ranked(detail)]


def test_the_phones_date_is_carried_from_its_home_screen() -> None:
    home = Screen(package="launcher", digest="h", lines=["    Thursday, May 6", '[3] TextView "Planner"'],
                  actionable=[3], labels={3: "Planner"})
    home = pickers.carry_day(home, None)
    assert home.day == "2027-05-06"
    planner = pickers.carry_day(_screen("Thu, May 6", []), home)  # arrows: its title is no "today"
    assert pickers.reference_day(planner) == THURSDAY
    item = pickers.carry_day(Screen(package="p", digest="i", lines=["    Friday, May 7, 2027"], actionable=[]), planner)
    assert pickers.reference_day(item) == THURSDAY  # an item's own date does not move the phone's
    marked = pickers.carry_day(_screen("May 2027", [], extra={9: "Today, Friday, May 7"}), item)
    assert marked.day == "2027-05-07"  # a cell marked today does
