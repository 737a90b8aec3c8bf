"""An existing item named by its time ("my 09:45 alarm", "the alarm at 6:30", "the 7pm reminder") and changed
in another way (its label, its name, its sound): the row showing that time is the item, never its switch.

A row's switch toggles the item, which a task that names no on/off state never asks; another row of the same
kind at another time is another item. Plain English task grammar and list conventions only.
"""

from __future__ import annotations

import re
from typing import Any

from .goal import parse_goal
from .perceptor import Screen
from .text import normalize

_TIME = r"(?P<t>\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}:\d{2})"
# "my 09:45 alarm", "the 7:00 reminder"; "the alarm at 6:30", "the alarm set for 7am"
_NAMED = (
    re.compile(rf"\b(?:my|the|that|this)\s+{_TIME}\s+(?P<kind>[a-z][\w-]+)", re.I),
    re.compile(rf"\b(?:my|the|that|this)\s+(?P<kind>[a-z][\w-]+)\s+(?:(?:set\s+)?(?:at|for))\s+{_TIME}", re.I),
    re.compile(rf"^\s*(?:change|edit|update|rename|relabel)\s+{_TIME}\s+(?P<kind>[a-z][\w-]+)", re.I),
)
_CHANGING = frozenset("change edit update rename relabel label call name retitle set give".split())
ROW_BOOST = 2.5
SWITCH_PENALTY = 3.0
OTHER_PENALTY = 1.0


def named_time(task: str) -> str | None:
    """The time that says which existing item a task changes (not a new time, not a toggle), else None."""
    goal = parse_goal(task)
    if goal.creating or goal.want_on is not None or not goal.verbs & _CHANGING:
        return None
    for pattern in _NAMED:
        m = pattern.search(task)
        if m and not re.search(rf"\bto\s+{re.escape(m.group('t'))}\b", task):  # "move it to 7:00" is the new one
            return m.group("t").strip()
    return None


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Rescore ``out`` in place: the row showing the named time up, its switch and other timed rows down."""
    said = named_time(task)
    if said is None or screen.editable and not all(_searching(screen, i) for i in screen.editable):
        return
    key = _clock(said)
    holding = {c.action["element"] for c in out if c.action.get("kind") == "tap" and key is not None
               and key in _times(f"{screen.labels.get(c.action['element'], '')} {screen.context.get(c.action['element'], '')}")}
    if not holding:
        return
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or not isinstance(element, int):
            continue
        shown = _times(screen.labels.get(element, ""))
        if element in screen.checked and element in holding:
            candidate.score -= SWITCH_PENALTY  # toggling it is no part of the change
        elif element in holding and key in shown:
            candidate.score += ROW_BOOST  # the item the time names
        elif shown and key not in shown:
            candidate.score -= OTHER_PENALTY  # another item of the list, at another time


def _clock(text: str) -> tuple[int, int] | None:
    m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*([ap])?", text.strip(), re.I)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) and m.group(3).lower() == "p" and hour < 12:
        hour += 12
    elif m.group(3) and m.group(3).lower() == "a" and hour == 12:
        hour = 0
    return hour, minute


def _times(label: str) -> set[tuple[int, int]]:
    """The clock times a label shows ("06:30", "7:45 PM")."""
    found = set()
    for m in re.finditer(r"(?<![\d:])(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b)?", normalize(label), re.I):
        clock = _clock(f"{m.group(1)}:{m.group(2)}{m.group(3) or ''}")
        if clock is not None:
            found.add(clock)
    return found


def _searching(screen: Screen, element: int) -> bool:
    return "search" in normalize(f"{screen.labels.get(element, '')} {screen.editable.get(element, '')}")
