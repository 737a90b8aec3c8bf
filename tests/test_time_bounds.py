"""Every switch of a list of times on one side of an hour: invented reminder and schedule apps in English, German,
Spanish and Japanese, with cases that must not fire."""

from typing import Any

from cascadroid.agents import time_bounds
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _switches(rows: list[tuple[str, bool]]) -> Screen:
    lines = ["    Reminders"]
    labels, bounds, checked = {}, {}, {}
    for i, (label, on) in enumerate(rows):
        labels[10 + i] = label
        bounds[10 + i] = [900, 300 + 150 * i, 1040, 380 + 150 * i]
        checked[10 + i] = on
        lines.append(f'[{10 + i}] Switch "{label}" ({"on" if on else "off"})')
    return Screen(package="com.example.remind", digest="s", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, checked=checked, width=1080)


def _best(task: str, screen: Screen) -> dict[str, Any]:
    cands = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 2.0 if i == 13 else 1.0) for i in screen.actionable]
    cands.append(Candidate({"kind": "done"}, "finish", 3.0))
    time_bounds.adjust(cands, task, screen)
    return max(cands, key=lambda c: c.score).action


ROWS = [("Pills 06:30", True), ("Walk dog 07:45", True), ("Standup 09:30", True), ("Lunch 12:00", True)]


def test_the_bound_is_read_in_several_languages():
    assert time_bounds.bound("switch off every reminder before 8:00") == (480, True)
    assert time_bounds.bound("reminders < 8 off") == (480, True)
    assert time_bounds.bound("turn on all my reminders after 6pm") == (1080, False)
    assert time_bounds.bound("Schalte alle Erinnerungen vor 8 Uhr aus") == (480, True)
    assert time_bounds.bound("apaga todas las alarmas antes de las 8") == (480, True)
    assert time_bounds.bound("8時前のアラームをすべてオフにして") == (480, True)
    assert time_bounds.bound("turn off my reminder before 8:00") is None  # one item, no quantifier
    assert time_bounds.bound("turn off all reminders") is None


def test_the_switches_in_the_bound_are_flipped_and_the_others_left():
    task = "Switch off every reminder set for before 8:00 and keep the later ones on"
    assert _best(task, _switches(ROWS)) == {"kind": "tap", "element": 10}
    after_one = [(ROWS[0][0], False), *ROWS[1:]]
    assert _best(task, _switches(after_one)) == {"kind": "tap", "element": 11}
    assert _best(task, _switches([(r, False) for r, _ in ROWS[:2]] + ROWS[2:])) == {"kind": "done"}
    german = [("Tabletten 06:30", False), ("Sport 19:15", False), ("Lesen 21:00", False)]
    assert _best("Schalte alle Erinnerungen nach 18 Uhr ein", _switches(german)) == {"kind": "tap", "element": 11}


def test_must_not_fire_without_a_bound_a_state_or_times():
    assert _best("rename every reminder before 8:00", _switches(ROWS)) == {"kind": "done"}  # no state asked
    untimed = [("Wi-Fi", True), ("Bluetooth", True), ("Location", True)]
    assert _best("switch off every setting before 8:00", _switches(untimed)) == {"kind": "done"}
