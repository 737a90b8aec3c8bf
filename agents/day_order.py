"""The first or last thing on a day: "what is the first thing on my calendar on Sunday?", "which event do I have
earliest on March 22?", "Friday: last appointment?". Among the listed rows that show that day's date and a time,
the one with the earliest (or latest) time; the answer is its title (the row's words before its details). Read
from the rows' dates and times, in the formats apps show; no app's layout is known here.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import find_dates, parse_time
from .perceptor import Screen

_FIRST = re.compile(r"\b(?:first|earliest)\b", re.I)
_LAST = re.compile(r"\b(?:last|latest)\b", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\b\.?", re.I)


def ordered(task: str) -> str | None:
    """"first" or "last" when the question asks for the earliest or latest thing of a day, else None."""
    first, last = _FIRST.search(task), _LAST.search(task)
    return "first" if first and not last else "last" if last and not first else None


def answer(task: str, screen: Screen, today: date) -> str | None:
    """The title of the day's first (or last) timed row, once the day's rows are listed (for the last: a row of
    a later day shows below them, so none of the day's is hidden further down)."""
    which = ordered(task)
    asked_days = {d for _, d in find_dates(task, today)}
    if which is None or len(asked_days) != 1:
        return None
    day = next(iter(asked_days))
    timed: list[tuple[int, str]] = []
    later_day = False
    for i in screen.actionable:
        label = screen.labels.get(i, "")
        days = {d for _, d in find_dates(label, today)}
        if day not in days:
            later_day = later_day or bool(timed and days and min(days) > day)
            continue
        at = next((parse_time(m.group(0)) for m in _TIME.finditer(label) if parse_time(m.group(0))), None)
        if at is not None:
            timed.append((at[0] * 60 + at[1], label))
    if len(timed) < 2 and not (timed and later_day) or which == "last" and not later_day:
        return None
    _, label = (min if which == "first" else max)(timed)
    title = re.split(r"\s+[|·•]\s+", label, maxsplit=1)[0].strip()
    return title or None


__all__ = ["answer", "ordered"]
