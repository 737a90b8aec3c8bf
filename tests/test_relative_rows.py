"""An item named by its place beside another (agents/relative_rows.py), on invented lists."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.relative_rows import resolve


def _timers():
    rows = (("Stretch", "06:45"), ("Feed the cat", "07:10"), ("Standup", "09:30"), ("Water plants", "18:00"))
    kids = []
    for i, (title, time) in enumerate(rows):
        top = 300 + 200 * i
        kids.append(node("android.widget.LinearLayout", (0, top, W, top + 180),
                         node("android.widget.TextView", (40, top + 20, 600, top + 80), text=time),
                         node("android.widget.TextView", (40, top + 90, 600, top + 150), text=title),
                         node("android.widget.Switch", (900, top + 40, 1040, top + 120), desc=f"{time} reminder",
                              click=True, checkable=True, checked=True), click=True))
    return screen_of("org.example.reminders", *kids)


def test_the_row_after_or_before_a_named_one_is_said_by_its_own_value():
    screen = _timers()
    assert resolve("turn off the reminder that comes right after my 07:10 one", screen) == \
        "turn off the 09:30 reminder"
    assert resolve("disable the reminder just before the 9:30am one please", screen) == \
        "disable the 07:10 reminder please"
    assert resolve("mute the reminder after \"Stretch\"", screen) == "mute the 07:10 reminder"


def test_the_switch_of_that_row_is_the_action():
    ranked = rank("turn off the reminder that comes right after my 07:10 one", "", _timers(), [], [])
    assert "09:30" in ranked[0].text


def test_must_not_fire():
    screen = _timers()
    for task in ("set a reminder after the meeting", "turn off the reminder after my 11:00 one",  # no such anchor
                 "turn off the reminder after my 18:00 one",  # nothing after the last row
                 "turn off my 07:10 reminder"):
        assert resolve(task, screen) == task, task
