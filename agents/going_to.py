"""Tasks that only go somewhere: "open my bookmark X", "switch to the tab with X", "take me to it", "show X".

Such a task is done once the thing it names is in front: the row naming it was tapped, and the page now shows
its name as plain text (a title) with nothing left to tap that names it. And the buttons inside the thing's row
that do something else to it ("Close X tab", "Delete bookmark X", "Mute X") are not the way there: the row is.
Read from the screen's structure and the task's verbs only; no app's labels are known here.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .task_verbs import VERBS
from .text import normalize

# Verbs that ask to be taken to a thing (general English), and auxiliaries a task's grammar adds ("do not open it").
GO = frozenset("open show switch go take view see visit bring pull display return jump navigate load".split())
_AUXILIARY = frozenset("do does did be is are have has let".split())
OTHER_ACTION_PENALTY = 2.0  # below the row that names the same thing
ARRIVED_SCORE = 4.5


def only_going(verbs: set[str]) -> bool:
    """Does the task ask for nothing but to be taken somewhere?"""
    said = set(verbs) - _AUXILIARY
    return bool(said) and said <= GO


def other_action(label: str, context: str, verbs: set[str]) -> bool:
    """Is this a button inside a listed thing's row (it has a row context) that does another thing to it than
    going there ("Close Weather tab" for "switch to the Weather tab")?"""
    first = re.match(r"\s*([^\W\d_]+)", label)
    verb = first.group(1).casefold() if first else ""
    return bool(context) and only_going(verbs) and verb in VERBS and verb not in GO and verb not in verbs


def arrived(screen: Screen, objects: list[str], history: list[dict[str, Any]], verbs: set[str]) -> bool:
    """Was the row naming the thing just tapped, and does the page now show its name only as plain text?"""
    if not objects or not only_going(verbs):
        return False
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    if not last or last.get("kind") != "tap" or last.get("outcome") != "success":
        return False
    keys = [normalize(o) for o in objects if o.strip()]
    tapped = normalize(last.get("line", ""))
    key = next((k for k in keys if k and k in tapped), None)
    if key is None:
        return False
    plain = [line for line in screen.lines if line.startswith("    ")]  # text, not an element
    tappable = [normalize(screen.labels.get(i, "")) for i in screen.actionable if i not in screen.editable]
    return any(normalize(line) == key for line in plain) and not any(key in label for label in tappable)


__all__ = ["ARRIVED_SCORE", "GO", "OTHER_ACTION_PENALTY", "arrived", "only_going", "other_action"]
