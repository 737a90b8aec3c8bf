"""A switch state that picks the rows a removal acts on: "delete the alarms that are switched off", "clear out
disabled reminders", "anything I've turned off can go".

In such a task "off" says which rows, not a state to set: no switch is toggled; each row whose switch shows that
state is opened in turn (its own delete is then the task's verb), and the task is not finished while one is left.
A switch's row is the list row its context names (a row's switch carries the row's words). Plain English task
grammar and Android list conventions only.
"""

from __future__ import annotations

import re

from .perceptor import Screen
from .text import words

_OFF = r"(?:off|disabled|inactive|deactivated|switched[\s-]off|turned[\s-]off)"
_ON = r"(?:on|enabled|active|activated)"
_STATE = (rf"\b(?:that|which)\s+(?:are|is|were|I\s+(?:have\s+)?)\s*(?:(?:been|now|currently|still|actually|really)\s+)?"
          rf"(?:switched\s+|turned\s+|toggled\s+|set\s+)?(?P<a>{_OFF}|{_ON})\b"
          rf"|\b(?P<b>disabled|inactive|deactivated|switched-off|turned-off|enabled|active)\s+(?:[a-z]+\s+)?[a-z]+s\b"
          rf"|\b(?:anything|everything|all|those|ones?)\s+I\s+(?:have\s+)?(?:switched|turned)\s+(?P<c>off)\b"
          rf"|\bwhich\s+[a-z]+s\s+are\s+(?:switched\s+|turned\s+)?(?P<d>off|on|disabled|enabled)\b")
_REMOVING = re.compile(r"\b(?:delete|remove|clear|erase|discard|trash|get rid of|wipe|bin)\b", re.I)


def filtered_state(task: str) -> bool | None:
    """The switch state (True on, False off) that picks the rows a removal acts on; None when the task names none
    (or removes nothing: "turn off the alarms that are on" sets a state)."""
    if not _REMOVING.search(task):
        return None
    found = [next(g for g in m.groups() if g) for m in re.finditer(_STATE, task, re.I)]
    if not found:
        return None
    offs = [f for f in found if re.fullmatch(_OFF, f, re.I)]
    return False if offs else True


def row_scores(screen: Screen, state: bool) -> dict[int, float]:
    """A score for the list row of each switch that shows ``state`` (to open it); none for any switch itself."""
    out: dict[int, float] = {}
    for switch, on in screen.checked.items():
        if on != state:
            continue
        near = words(screen.context.get(switch, ""))  # the row's words, carried by its switch
        rows = [i for i in screen.actionable if i not in screen.checked and i not in screen.editable
                and words(screen.labels.get(i, "")) and words(screen.labels.get(i, "")) <= near]
        if rows:
            out[max(rows, key=lambda i: len(words(screen.labels.get(i, ""))))] = 5.0
    return out


__all__ = ["filtered_state", "row_scores"]
