"""Clock times said the many ways people say them are read as one time (agents/clock_times.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.clock_times import clock_times, time_shown
from cascadroid.agents.fields import holds
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ("Set an alarm for 6.45 am", "Set an alarm for 6:45 AM"),
    ("wake me at 7 30 p.m.", "wake me at 7:30 PM"),
    ("book it for 19h30", "book it for 19:30"),
    ("the call is at 21:15h", "the call is at 21:15"),
    ("an alarm at quarter past seven", "an alarm at 7:15"),
    ("meet at half past six in the evening", "meet at 6:30 PM"),
    ("leave at ten to five", "leave at 4:50"),
    ("alarm for quarter to eight tomorrow morning", "alarm for 7:45 AM tomorrow morning"),
    ("set an alarm for seven thirty pm", "set an alarm for 7:30 PM"),
    ("wake me at six o'clock", "wake me at 6:00"),
    ("move the meeting to 3 in the afternoon", "move the meeting to 3 PM"),
    ("call me at 9 tonight", "call me at 9 PM tonight"),
])
def test_a_time_said_otherwise_is_written_as_a_clock_time(said: str, meant: str) -> None:
    assert clock_times(said) == meant


@pytest.mark.parametrize("said", [
    "Set a timer for 1h30",  # a duration, not a time
    "version 7.30 is out",
    "add five to my list",
    "text Bo saying see you at half past six",  # what a message says stays as said
    "seven thirty people came",
])
def test_what_is_no_clock_time_stays_as_written(said: str) -> None:
    assert clock_times(said) == said


def test_the_time_reaches_the_values_a_task_carries() -> None:
    kinds = {v.text: v.kind for v in task_values(canonical("Wake me up at quarter past six in the morning."))}
    assert kinds.get("6:15 AM") == "time"
    assert {v.text for v in task_values(canonical("Set an alarm for 7.30pm."))} >= {"7:30 PM"}


def test_quoted_text_keeps_its_time_as_written() -> None:
    assert '"half past six"' in canonical('Create a note titled "half past six" in Keep.')


@pytest.mark.parametrize(("time", "label"), [
    ("9:55 AM", "Gym | 09:55"),  # a 24-hour screen
    ("9:55 PM", "21:55 Standup"),
    ("21:55", "9:55 PM, every day"),
    ("9:55 PM", "Gym 9:55"),  # a 12-hour screen that leaves AM/PM out
    ("7:05 am", "Wake up 7:05 a.m."),
])
def test_a_time_is_shown_in_another_notation(time: str, label: str) -> None:
    assert time_shown(time, label)


@pytest.mark.parametrize(("time", "label"), [
    ("9:55 AM", "21:55 Standup"),  # the other half of the day, said on a 24-hour screen
    ("9:55 AM", "9:55 PM Gym"),
    ("9:55 AM", "19:55"),
    ("9:55 AM", "Room 109:55"),  # digits inside a longer number
    ("Gym", "Gym 09:55"),  # not a time at all
])
def test_another_time_is_not_the_time_asked(time: str, label: str) -> None:
    assert not time_shown(time, label)


def test_a_saved_time_shows_on_its_row_whatever_the_notation() -> None:
    assert holds("Water the ferns | 06:40", "6:40 AM") and holds("Water the ferns | 06:40", "ferns")
    assert not holds("Water the ferns | 18:40", "6:40 AM")
