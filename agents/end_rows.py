"""An action on the newest or oldest item of a list, or the Nth from that end (agents/nth_rows.py): "delete my
oldest photo", "star the latest email", "rename the note I wrote last", "favourite the third newest photo".

Lists of things that pile up over time (mail, messages, notes, photos, files, calls) show the newest
first on Android. When every row shows a date, the row with the newest (oldest) date is the one; when
the rows show none, the first row is the newest and the last row the oldest, so a list that still
scrolls is read to its end first for the oldest; "oldest" or "latest" inside a message the task quotes
picks no row. Once a row of the list has been opened in this app the item is in front (or was acted on): nothing more is chosen here. Questions are left to the
modules that read answers (agents/recent_items.py). Android list conventions and plain task grammar
(English, with a few sister-language words) only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import counting, nth_rows
from .goal import parse_goal
from .perceptor import Screen
from .ranked import Ranked
from .text import QUOTED, words

_TIME_WORDS = (r"(?:week|weekend|night|month|year|time|minute|hour|day|monday|tuesday|wednesday|thursday|friday|saturday|"
               r"sunday|name|page|step|digits?|chance|resort)")
_NEWEST = re.compile(r"\b(?:newest|latest|most\s+recent(?:ly)?|neueste[nms]?|m[aá]s\s+reciente|plus\s+r[eé]cent(?:e)?|nieuwste"
                     r"|pi[uù]\s+recente)\b"
                     r"|\b(?:the|my)\s+(?:very\s+)?last\s+(?!" + _TIME_WORDS + r"\b)\w+"  # "the last email", not "last week"
                     r"|\b(?:i|you)\s+(?:\w+\s+){1,2}?last\b(?!\s+" + _TIME_WORDS + r"\b)"  # "the note I wrote last"
                     r"|\b(?:came|got|arrived|landed)\s+in\s+last\b", re.I)
_OLDEST = re.compile(r"\b(?:oldest|least\s+recent(?:ly)?|longest\s+ago|[aä]lteste[nms]?|m[aá]s\s+antigu[oa]|plus\s+ancien(?:ne)?"
                     r"|oudste|pi[uù]\s+vecchi[oa])\b", re.I)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_NAMES = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_DATE = re.compile(r"\b(?P<m>" + _MONTH_NAMES + r")\.?\s+(?P<d>\d{1,2})\b(?:,?\s+(?P<y>\d{4}))?"
                   r"|\b(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})\b", re.I)
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_MARKS = (("missed", re.compile(r"\bmissed\b", re.I)),
          ("outgoing", re.compile(r"\bI\s+(?:last\s+)?(?:call(?:ed)?|r[ai]ng|dial(?:l?ed)?|phoned?)\b(?!\s+me\b)|\bcalls?\s+I\s+made\b"
                                  r"|\boutgoing\b", re.I)),
          ("incoming", re.compile(r"\b(?:called|rang|phoned)\s+me\b|\bincoming\b|\bcalls?\s+I\s+(?:got|received|answered)\b",
                                  re.I)))
_ITEM = re.compile(r"\s[|·•]\s|,\s")
ROW = 3.0  # the end row's lead over the other rows and the verb buttons of the list screen
SCROLL = 3.5  # for the oldest of a list that still scrolls: its end first


def wanted_end(task: str) -> str | None:
    """"oldest" or "newest" when the task picks an item of a list by its age, else None."""
    if _OLDEST.search(task):
        return "oldest"
    return "newest" if _NEWEST.search(task) else nth_rows.end(task)  # "the second-to-last", "third from the top"


def _day(label: str) -> tuple[int, ...] | None:
    """A row's date (and clock time) as a sortable key; a date shown without its year sorts as year 0."""
    m = _DATE.search(label)
    if not m:
        return None
    if m.group("y2"):
        day = (int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    else:
        day = (int(m.group("y") or 0), _MONTHS.index(m.group("m")[:3].casefold()) + 1, int(m.group("d")))
    clock = _CLOCK.search(label, m.end())
    return day + ((int(clock.group(1)), int(clock.group(2))) if clock else (0, 0))


def marked(task: str, screen: Screen, listed: list[int]) -> list[int]:
    """The rows of the sender or name the task gives ("the latest email from Mark": the rows naming Mark) when some
    rows show it, of the kind it names when some rows are titled so ("my last statement": a statements row among
    account rows), and of the direction it names ("the last person I called": the outgoing calls) when the rows show
    directions; else all of them."""
    names = parse_goal(task).names
    listed = [i for i in listed if words(screen.labels.get(i, "")) & names] or listed
    kind = _kind(task)  # "my last statement" among accounts: the row titled a statement
    listed = [i for i in listed if words(_ITEM.split(screen.labels.get(i, ""))[0]) & kind] or listed
    mark = next((m for m, pattern in _MARKS if pattern.search(task)), None)
    if mark is None:
        return listed
    kept = [i for i in listed if mark in words(screen.labels.get(i, ""), stopwords=frozenset())]
    return kept or listed


# The kind of item an end word picks: the words right after it ("the last statement", "my latest bank statement").
_KIND = re.compile(r"\b(?:newest|latest|last|oldest|most\s+recent|least\s+recent)\s+(?P<k>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", re.I)


def _kind(task: str) -> set[str]:
    """The words naming the kind of item the task picks by its age ("statement" in "view my last statement")."""
    m = _KIND.search(QUOTED.sub(" ", task))
    return words(m["k"]) if m else set()


def dated_end(end: str, task: str, screen: Screen, at: int = 0) -> int | None:
    """The newest / oldest row by the dates every row shows (of the direction the task names), ``at`` rows in
    from that end, else None."""
    listed = marked(task, screen, item_rows(screen))
    days = [_day(screen.labels.get(i, "")) for i in listed]
    if not listed or not all(days) or end not in ("newest", "oldest"):
        return None
    keyed = sorted(((d, -n, i) for n, (d, i) in enumerate(zip(days, listed))), reverse=end == "newest")
    return nth_rows.pick([i for _, _, i in keyed], at)


def item_rows(screen: Screen) -> list[int]:
    """The screen's list rows when they are items (a title and more: "Ana, Lunch | see you"), else []."""
    listed = counting.rows(screen)
    items = [i for i in listed if _ITEM.search(screen.labels.get(i, "")) or len(screen.labels.get(i, "").split()) >= 3]
    return listed if len(listed) >= 2 and len(items) * 2 >= len(listed) else []


def end_row(end: str, task: str, screen: Screen) -> tuple[int | None, bool]:
    """The row holding the newest or oldest item on this screen, and whether it may lie further down
    (the list is ordered so that end is at its bottom)."""
    listed = marked(task, screen, item_rows(screen))
    if not listed:
        return None, False
    at = nth_rows.offset(task)  # "the third newest": two rows in from that end
    dated = dated_end(end, task, screen, at)
    if dated is not None:
        first, last = _day(screen.labels.get(listed[0], "")), _day(screen.labels.get(listed[-1], ""))
        return dated, (end == "newest") == (first < last)  # type: ignore[operator]
    top = end in ("newest", "top")
    return nth_rows.pick(listed if top else listed[::-1], at), not top


def opened_row(label: str) -> bool:
    """A tapped label is a list row (a title and more), not a tab or a button."""
    return bool(_ITEM.search(label)) or len(label.split()) >= 3


def _opened_a_row(since: list[dict[str, Any]], screen: Screen) -> bool:
    """A list row was opened in this app already (not the folder or album whose items this page lists: its row
    "Downloads | 4 items" opened the page titled "Downloads")."""
    titles = {_ITEM.split(line.strip())[0].casefold() for line in screen.lines if line.startswith("    ")}
    inside = bool(item_rows(screen))
    return any(h.get("kind") == "tap" and h.get("outcome") == "success" and opened_row(label := h.get(
        "line", "").split("] ", 1)[-1].split(" (in: ")[0]) and not (inside and _ITEM.split(label.strip('"“”'))[0].casefold() in titles)
        for h in since)


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, since: list[dict[str, Any]],
           question: bool) -> None:
    """Raise the tap on the newest / oldest row (or the scroll to the list's end first), for a task
    that acts on it; nothing once a row was opened here, nor for a question."""
    end = wanted_end(QUOTED.sub(" ", task))  # 'with "the oldest account is mine"': the message's words pick no row
    if end is None or question or _opened_a_row(since, screen):
        return
    row, further = end_row(end, task, screen)
    if row is None:
        return
    scroll_first = further and not counting.at_end(screen, since)
    top = max((c.score for c in candidates), default=0.0)
    for c in candidates:
        kind, element = c.action.get("kind"), c.action.get("element")
        if scroll_first and kind == "swipe" and element is None and c.action.get("direction") == "down":
            c.score = max(c.score, top + SCROLL)
        elif kind == "tap" and element == row:
            c.score = max(c.score, top + (0.5 if scroll_first else ROW))
