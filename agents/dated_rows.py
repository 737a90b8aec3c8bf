"""An item known only by its day: "delete tomorrow's event", "what did I have last Saturday?", "cancel whatever I
have on Friday". The task names no title, so the item is the row of that day: on a page showing that day (a day
view titled "Tue, Mar 17") each timed row ("Flat viewing | 14:00-15:00"), on a list whose rows carry their own date
("Flat viewing | Tue, Mar 17 · 14:00") the rows of that date. Such a row is opened to act on it; a question is
answered with its title (every such row's, when the day has several; a count or a time is read as ever). A page or list showing other days answers
nothing: its rows are another day's. Nothing changes when the task names an item, creates one, or names no day.
Dates and times as ``dates`` reads them; no app's layout is known here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .dates import TIME, find_dates
from .perceptor import Screen
from .pickers import shown_day

_SPLIT = re.compile(r"\s+[|·•]\s+")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
ROW_SCORE = 3.0
ANSWER_SCORE = 7.0


def _title(label: str) -> str:
    """The row's words before its details ("Flat viewing | 14:00-15:00" -> "Flat viewing")."""
    return _SPLIT.split(label, maxsplit=1)[0].strip()


def day_rows(screen: Screen, day: date, today: date) -> tuple[list[int], bool]:
    """The rows of ``day`` on this screen, and whether the screen lists another day's rows instead."""
    shown = shown_day(screen, today)
    mine, other = [], False
    for i in screen.actionable:
        label = screen.labels.get(i, "")
        title = _title(label)
        details = label[len(title):]
        if i in screen.editable or not details or not _LETTERS.search(title) or find_dates(title, today) or \
                TIME.search(title):
            continue  # a row is a title with its details after it
        days = {d for _, d in find_dates(details, today)}
        if days:
            (mine.append(i) if day in days else None)
            other = other or day not in days
        elif TIME.search(details) and shown is not None:
            (mine if shown == day else []).append(i)
            other = other or shown != day
    return mine, other and not mine


def adjust(out: list[Any], task: str, screen: Screen, objects: list[str], creating: bool, asked: str | None,
           today: date, make: Any) -> None:
    """The asked day's rows up (opened, or their titles answered when ``asked`` is a name or line); another
    day's rows answer nothing."""
    said = [d for text, d in find_dates(task, today) if text.lower() not in ("today", "tonight")] or \
        [d for _, d in find_dates(task, today)]
    if creating or objects or not said:
        return
    mine, other = day_rows(screen, said[0], today)
    titled = asked in ("name", "line") and bool(mine)
    if asked is not None and (other or titled):
        for c in out:
            if c.action.get("kind") == "done" and c.action.get("answer"):
                c.score = min(c.score, 0.0)  # read off another day's rows, or not the day's own titles
    if titled:
        answer = ", ".join(dict.fromkeys(_title(screen.labels[i]) for i in mine))
        out.append(make({"kind": "done", "answer": answer}, f"answer {answer!r} and finish", ANSWER_SCORE))
    elif asked is None:
        for c in out:
            if c.action.get("kind") == "tap" and c.action.get("element") in mine:
                c.score += ROW_SCORE


__all__ = ["adjust", "day_rows"]
