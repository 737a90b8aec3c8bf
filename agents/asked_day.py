"""A question about one day, on a list sectioned by day headers that do not show that day: scroll on, answer nothing yet.

Activity, statements, trips and history pages group their rows under day headers ("Saturday 5 December",
"Wednesday 2 December"), newest or oldest first. "How much was the ferry on Tuesday?" is answered from the rows
under Tuesday's header; while the headers shown are other days, every value on the page (a balance, another
day's fare) answers another question, and the rows of the asked day lie further along the list. A day said
by its weekday alone meets a header of that weekday; a date meets its own date. A header shown last, with no
row of the list under it yet (the page ends there), shows none of that day's rows either. Nothing changes when
the day's rows show, when fewer than two headers show (no day-sectioned list), or when nothing scrolls.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .answers import asked
from .dates import find_dates
from .perceptor import Screen
from .pickers import reference_day

_DIGIT = re.compile(r"\d")
_ROW = re.compile(r"^\[(\d+)\] ")
_LINE_SCROLLS = re.compile(r"\(scrollable\)\s*$")


def _headers(screen: Screen, today: date) -> list[tuple[int, date]]:
    """(line index, date) of the plain lines that are a day header and nothing more ("Saturday 5 December")."""
    out = []
    for index, line in enumerate(screen.lines):
        if not line.startswith("    "):
            continue
        text = line.strip()
        found = find_dates(text, today)
        if len(found) == 1 and len(found[0][0]) >= len(text) - 2:
            out.append((index, found[0][1]))
    return out


def _rows_under(screen: Screen, start: int, end: int) -> bool:
    """Does a row of a scrolling list show between lines ``start`` and ``end`` (a header's section)?"""
    lists = [screen.bounds[i] for i in screen.actionable if i in screen.bounds and _LINE_SCROLLS.search(_line_of(screen, i))]
    for line in screen.lines[start + 1:end]:
        m = _ROW.match(line)
        box = screen.bounds.get(int(m.group(1))) if m else None
        if box and any(b[0] <= box[0] and box[2] <= b[2] and b[1] <= box[1] and box[3] <= b[3] for b in lists):
            return True
    return False


def _line_of(screen: Screen, element: int) -> str:
    return next((line for line in screen.lines if line.startswith(f"[{element}] ")), "")


def _asked_days(task: str, today: date) -> list[tuple[bool, date]]:
    """(said by its weekday alone, the date) for each day the task names."""
    return [(not _DIGIT.search(said) and said.strip().isalpha(), day) for said, day in find_dates(task, today)]


def missing(task: str, screen: Screen) -> bool:
    """The question names a day, the screen lists day headers, and none of them is that day."""
    if asked(task) is None:
        return False
    today = reference_day(screen)
    days = _asked_days(task, today)
    headers = _headers(screen, today)
    if len(days) != 1 or len({d for _, d in headers}) < 2:
        return False
    weekday_only, day = days[0]
    for k, (index, header) in enumerate(headers):
        if header.weekday() == day.weekday() if weekday_only else header == day:
            end = headers[k + 1][0] if k + 1 < len(headers) else len(screen.lines)
            return not _rows_under(screen, index, end)  # its header shows, its rows further down (or not)
    return True


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lower the answers and raise scrolling down when the asked day's header is not on screen (in place)."""
    scroll = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    if scroll is None or not missing(task, screen):
        return
    for candidate in out:
        if candidate.action.get("kind") == "done" and candidate.action.get("answer"):
            candidate.score = min(candidate.score, 0.0)  # a value of another day, or of no day
    scroll.score = max(c.score for c in out) + 0.5
