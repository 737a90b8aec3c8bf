"""Moving a time by an amount (agents/time_shifts.py): invented forms and wordings, and where it must not fire."""

from __future__ import annotations

from cascadroid.agents.perceptor import Screen
from cascadroid.agents.time_shifts import adjust, shift, time_field
from cascadroid.agents.values import Value


def _form(**fields: str) -> Screen:
    ids = {20 + i: (label, value) for i, (label, value) in enumerate(fields.items())}
    return Screen(package="org.example.planner", digest="f", lines=[f'[{i}] EditText "{l}" = "{v}" (field)'
                                                                     for i, (l, v) in ids.items()],
                  actionable=list(ids), labels={i: l.replace("_", " ") for i, (l, _) in ids.items()},
                  editable={i: v for i, (_, v) in ids.items()})


def test_shifts_said_several_ways() -> None:
    assert shift("Move Yoga 1 hour later") == (60, "1 hour later")
    assert shift("push the dentist back by 30 minutes")[0] == 30
    assert shift("bring the standup forward 1 hour")[0] == -60
    assert shift("Standup Friday: -15m")[0] == -15
    assert shift("make the call 2 hours earlier")[0] == -120


def test_no_shift_in_plain_times_or_durations() -> None:
    assert shift("Set a timer for 1 hour") is None
    assert shift("Move Yoga to 18:00") is None
    assert shift("move the meeting forward by 1 hour") is None  # either way: not guessed
    assert shift("Call Ana in 5 minutes") is None


def test_the_time_field_holds_a_clock_time() -> None:
    form = _form(Titel="Yoga", Beginn_time="09:15", Dauer="45")
    assert time_field(form) == 21
    assert time_field(_form(Title="Yoga", Duration="01:00")) is None  # a duration field, not a time


def test_the_new_time_is_the_fields_time_moved() -> None:
    form = _form(Title="Yoga", Start_time="23:30")
    said = [Value("Yoga", "quoted"), Value("Friday", "date"), Value("1 hour", "duration")]
    assert [(v.text, v.kind) for v in adjust("Move Yoga on Friday 1 hour later", said, form, [])] == [
        ("Yoga", "quoted"), ("00:30", "time")]


def test_once_typed_the_time_stays() -> None:
    form = _form(Title="Yoga", Start_time="10:30")  # the field shows the new time already
    typed = [{"kind": "type", "outcome": "success", "line": 'type "10:30" into [21] Start time'}]
    assert adjust("Move Yoga 1 hour later", [], form, typed)[-1].text == "10:30"


def test_nothing_to_type_before_the_form_is_open() -> None:
    listed = Screen(package="org.example.planner", digest="l", lines=[], actionable=[])
    assert adjust("Move Yoga 1 hour later", [Value("1 hour", "duration")], listed, []) == []
    values = [Value("1 hour", "duration")]
    assert adjust("Set a timer for 1 hour", values, listed, []) == values  # no shift: untouched
