"""A control that undoes the thing a task names ("ביטול תור", cancel appointment) is no way to do it ("לקבוע תור").

Home pages put an item's undo beside its way in: "Cancel booking" under "Your next appointment", "Remove" on a
saved card, "Sign out" under the account's name. Such a label shares the task's object word, so the word match
lifts it for a task that asks to book, open or see that object. When a label says an undoing concept (cancel,
delete, sign out; agents/ui_concepts.toml, any language) that the task does not say, the task neither refuses nor
turns an offer down, and the label (a button's one part: a listed item such as "Clear Case | $9" is no act)
shares a word with the task, it goes below the others. A dialog's own buttons are left to the dialog rules (its
"Cancel" is how a task says no).
"""

from __future__ import annotations

from typing import Any

from . import ui_glossary
from .negation import refuses
from .perceptor import Screen
from .text import words
from .unwanted import declines

UNDOING = frozenset({"cancel", "delete", "logout"})
_ASKING_TO_END = UNDOING | {"undo", "close", "back", "off", "deny"}  # a task saying these may mean the undo
PENALTY = 2.0


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lower (in place) the taps on controls that undo what the task names (see the module docstring)."""
    meant = ui_glossary.task_concepts(task)
    if set(meant) & _ASKING_TO_END or refuses(task) or declines(task):
        return
    said = words(task)
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or not isinstance(element, int) or element in screen.dialog:
            continue
        label = screen.labels.get(element, "")
        if " | " not in label and set(ui_glossary.concepts(label)) & UNDOING and words(label) & said:
            candidate.score -= PENALTY
