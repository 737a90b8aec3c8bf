"""The first or last thing on a day (agents/day_order.py): invented agenda rows in other formats, and where it
must not answer."""

from __future__ import annotations

from datetime import date

from cascadroid.agents.day_order import answer, ordered
from cascadroid.agents.perceptor import Screen

TODAY = date(2027, 5, 3)


def _agenda(*rows: str) -> Screen:
    labels = {30 + i: r for i, r in enumerate(rows)}
    return Screen(package="org.example.diary", digest="a", lines=[f'[{i}] LinearLayout "{r}"' for i, r in labels.items()],
                  actionable=list(labels), labels=labels)


ROWS = ("Standup • Fri, May 7 • 9:30 AM", "Piano lesson • Fri, May 7 • 4 PM", "Dentist • Fri, May 7 • 11:00 AM",
        "Hike • Sat, May 8 • 7:00 AM")


def test_first_and_last_read_the_asked_day() -> None:
    assert ordered("Which event do I have earliest on May 7?") == "first"
    assert answer("What is the first thing on my diary on Friday, May 7?", _agenda(*ROWS), TODAY) == "Standup"
    assert answer("Friday, May 7: last appointment?", _agenda(*ROWS), TODAY) == "Piano lesson"


def test_no_answer_without_an_order_or_a_day() -> None:
    assert ordered("What is on my calendar on May 7?") is None
    assert answer("What is on my calendar on Friday, May 7?", _agenda(*ROWS), TODAY) is None
    assert answer("What is my first meeting?", _agenda(*ROWS), TODAY) is None  # which day: not said


def test_the_last_waits_until_the_days_rows_end_on_screen() -> None:
    assert answer("Friday, May 7: last appointment?", _agenda(*ROWS[:3]), TODAY) is None  # more may follow below
