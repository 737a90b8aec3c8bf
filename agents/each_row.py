"""Tasks on many rows ("mute every group", "unstar all the songs"): the next row to act on, by the kind of rows asked.
A count asked over them ("do I have any unread emails?") acts on none.

Each module below raises one row at a time and lets the run finish only on a list with none left."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import answers, every_kind, group_rows, marked_rows, taken_marks, unsaved_rows
from .perceptor import Screen
from .ranked import Ranked


def adjust(candidates: list[Ranked], task: str, part: str, verbs: set[str], screen: Screen,
           since: list[dict[str, Any]], destinations: list[str], make: Callable[..., Ranked]) -> None:
    """Raise the next row of the kind ``task`` acts on (``part``: its current part; ``since``: actions in this app)."""
    asked = answers.asked(part)
    if asked is not None and asked.kind == "count":
        return  # "are there any unread emails?", "how many of all my alarms are on?": counted where they are, none opened
    every_kind.adjust(candidates, part, screen, since, destinations)  # "all the PDFs": each in turn
    group_rows.adjust(candidates, part, verbs, screen, since)  # "mute every group": each group row, no one-person chat
    marked_rows.adjust(candidates, part, verbs, screen, since)  # "archive every email I've read": each in turn
    taken_marks.adjust(candidates, task, screen, since)  # "un-favourite all the Downloads files": each marked row
    unsaved_rows.adjust(candidates, task, screen, since, make)  # "delete every thread with a number not saved"
