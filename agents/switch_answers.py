"""A yes/no question about a switch's state ("Is Bluetooth on?", "is wifi turned off", "Ist Bluetooth an?") is
answered by reading that switch, never by toggling it.

The switch is the checkable row the question's switch words name (its own label or the row title it borrows, as
agents/switches.py reads them): the one sharing the most of those words, of those the one whose name says nothing
more ("Wi-Fi", not "Wi-Fi calling"). The answer says yes or no to the state asked and the state shown. Read from the
screen's checkable lines and the task's switch grammar (agents/goal.py) only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .goal import parse_goal
from .text import words

_CHECKABLE = re.compile(r'^\[\d+\]\s+\S+\s+"(?P<label>[^"]*)"\s+\((?P<state>on|off)\b')
# The question asks about a state: it opens with its auxiliary ("is", "are", "ist", "est-ce que", "está") or "check
# whether", or is a plain state said with a question mark ("Bluetooth an?")
_YES_NO = re.compile(r"^\s*(?:is|are|was|were|ist|sind|est(?:-ce que)?|está|estão|están|è|sono|is het|jest|je|czy|ли"
                     r"|(?:check|see|find out|tell me)\s+(?:whether|if))\b"
                     r"|\?\s*$", re.I)


def answer(task: str, lines: Sequence[str]) -> str | None:
    """"Yes, Bluetooth is on" / "No, Bluetooth is off" for a yes/no question about a switch this screen shows."""
    if not _YES_NO.search(task):
        return None
    goal = parse_goal(task)
    if goal.want_on is None or not goal.toggle_words:
        return None
    found = []
    for line in lines:
        m = _CHECKABLE.match(line)
        if not m:
            continue
        name = words(m["label"].split(" | ")[0])
        shared = len(name & goal.toggle_words)
        if shared:
            found.append((shared, -len(name - goal.words), m["label"].split(" | ")[0], m["state"] == "on"))
    if not found:
        return None
    _, _, label, on = max(found, key=lambda f: (f[0], f[1]))
    return f"{'Yes' if on == goal.want_on else 'No'}, {label} is {'on' if on else 'off'}"


__all__ = ["answer"]
