"""A folder's badge answers "how many unread in X": the number on the row named X.

A navigation drawer or a folder list shows, on each folder's row, its name and a bare number: what is unread or new
in it ("Primary | 27", "Promotions | 99+", "メイン | 27", "Входящие | 12"). A count question that asks for the unread
or new things of one place ("how many unread in Primary?", "メインの未読って何件ある？") is answered by the number on
the one row whose name is that place, said whole; a row only like it ("All inboxes | 58") or a page that states the
count elsewhere (agents/counting.py ``stated``) comes first. Material list conventions, no app's words.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import words

_BADGE = re.compile(r"^\d{1,5}\+?$")


def badge(task: str, ask: Any, screen: Screen, stated: int | str | None) -> int | str | None:
    """``stated`` (the page's own count) when there is one; else the badge of the one row the task names whole."""
    if stated is not None or not ask.marks or ask.who or ask.date or ask.over or ask.state is not None:
        return stated
    asked = ask.place | ask.noun | words(task)
    found = []
    for element in screen.actionable:
        cells = [c.strip() for c in screen.labels.get(element, "").split(" | ")]
        if len(cells) == 2 and _BADGE.match(cells[1]) and (name := words(cells[0])) and name <= asked:
            found.append(cells[1])
    return found[0] if len(found) == 1 else None
