"""A time read off the rows whose switch is in a state: "what time is the earliest alarm I have switched on?",
"latest enabled alarm?", "of the alarms that are off, which time comes first?".

A list of timed things with switches (alarms, schedules, reminders) carries each row's time in the row or in
its switch's description. The rows whose switch shows the state the question names are compared by their clock
time; the earliest (latest) one's time is the answer. Android list conventions and plain English question
grammar only.
"""

from __future__ import annotations

import re

from .clock_times import WRITTEN, day_minutes
from .perceptor import Screen

_ON = re.compile(r"\b(?:switched|turned|set)\s+on\b|\b(?:are|is)\s+(?:on|enabled|active)\b|\b(?:enabled|active)\b", re.I)
_OFF = re.compile(r"\b(?:switched|turned|set)\s+off\b|\b(?:are|is)\s+(?:off|disabled|inactive)\b|\b(?:disabled|inactive)\b",
                  re.I)
_EARLIEST = re.compile(r"\b(?:earliest|first|soonest)\b", re.I)
_LATEST = re.compile(r"\b(?:latest|last)\b", re.I)


def asked(task: str) -> tuple[bool, bool] | None:
    """(the state, earliest?) a question about a switched row's time names; None when it names no state or order."""
    state = False if _OFF.search(task) else True if _ON.search(task) else None
    if state is None:
        return None
    if _EARLIEST.search(task):
        return state, True
    return (state, False) if _LATEST.search(task) else None


def answer(task: str, screen: Screen) -> str | None:
    """The time of the earliest (latest) row whose switch is in the asked state, as the row shows it."""
    ask = asked(task)
    if ask is None or len(screen.checked) < 2:
        return None
    state, earliest = ask
    timed = []
    for switch, on in screen.checked.items():
        m = WRITTEN.search(f"{screen.labels.get(switch, '')} {screen.context.get(switch, '')}")
        if m and on == state:
            timed.append((day_minutes(m)[0], m.group(0)))
    if not timed:
        return None
    return (min(timed) if earliest else max(timed))[1]
