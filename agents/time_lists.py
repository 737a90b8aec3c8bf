"""Lists ordered by clock time (departures, showtimes, free slots): a time the task names that is later than the
last row's is further down the list.

"cari kereta ... yang berangkat jam 19.00" on a timetable whose rows show 05:05, 06:40, ... 14:30: no row here is
the one; the list goes on. A row's first time is the one the list is ordered by (a departure before its arrival).
"""

from __future__ import annotations

import re
from typing import Any

from .goal import parse_goal
from .perceptor import Screen

# "19:00", "7.45", "19h30", "9 pm", "午後7時" are times; a price ("Rp19.000", "$19.00") is not.
_CLOCK = re.compile(r"(?<![\d.,:$€£¥₹₱₩])(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))(?![\d.,])\s*(?P<ap>[ap]\.?m\.?)?",
                    re.I)
_HOUR_AP = re.compile(r"(?<![\d.,:])(?P<h>1[0-2]|0?[1-9])\s*(?P<ap>[ap]\.?m\.?)(?!\w)", re.I)
_MONEY = re.compile(r"[$€£¥₹₱₩]|\b(?:rp|rs|usd|eur|kr|zł|tl|lei|руб)\b", re.I)
_ROWS = 3  # rows with a time, in order, before a list counts as ordered by it


def _minutes(h: str, m: str | None, ap: str | None) -> int:
    hour = int(h) % 12 + (12 if ap and ap.lower().startswith("p") else 0) if ap else int(h)
    return hour * 60 + int(m or 0)


def first_time(text: str) -> int | None:
    """Minutes after midnight of the first clock time in ``text`` (None without one)."""
    m = _CLOCK.search(text)
    if m and not _MONEY.search(text[max(0, m.start() - 4):m.start()]):
        return _minutes(m["h"], m["m"], m["ap"])
    m = _HOUR_AP.search(text)
    return _minutes(m["h"], None, m["ap"]) if m else None


def later_than_shown(task: str, screen: Screen) -> bool:
    """The task names a time later than every row of a list ordered by time that scrolls, no row shows it, and
    the task looks for an item rather than making one ("set an alarm for 22:00" adds it)."""
    wanted = first_time(task)
    if wanted is None or parse_goal(task).creating or not any(_scrolls(screen, i) for i in screen.actionable):
        return False
    rows = sorted((screen.bounds[i][1], screen.labels[i]) for i in screen.actionable
                  if i in screen.bounds and screen.labels.get(i) and i not in screen.editable)
    times = [t for t in (first_time(label) for _, label in rows) if t is not None]
    ordered = len(times) >= _ROWS and all(a <= b for a, b in zip(times, times[1:]))
    return ordered and wanted > times[-1]


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Scrolling down leads when the time the task names is past the list's last row."""
    if later_than_shown(task, screen):
        for candidate in out:
            if candidate.action == {"kind": "swipe", "direction": "down"}:
                candidate.score = max(c.score for c in out) + 0.5


def _scrolls(screen: Screen, element: int) -> bool:
    line = next((line for line in screen.lines if line.startswith(f"[{element}]")), "")
    return "scrollable" in line.rsplit("(", 1)[-1]
