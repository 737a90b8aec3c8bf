"""An action on every item of a list in a read state: "archive every email I've already read", "mark all my unread
chats as read", "clear all unread".

A list marks its unread rows ("Unread, Ana, Lunch", "Bo, 2 unread"); the read rows carry no mark. The task names
the rows it acts on by that state, the first state it names outside a "leave / keep ..." clause and a target
("... as read", "so it's read"). Each such row is opened in turn, the task's verb pressed on its page when the
page has that button (a page without one was acted on by opening it: opening reads it), then back to the list;
finished on a list that shows none left (read to its end). Android list conventions and plain English task
grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import counting, end_rows, ranked_by
from .perceptor import Screen
from .ranked import Ranked
from .text import words

MARK = "unread"  # the word a list shows on the rows not yet read
_ITEMS = r"(?:e-?mails?|mails?|messages?|msgs|chats?|texts?|conversations?|threads?|notifications?|ones|items|posts)"
_UNREAD = re.compile(rf"\b(?:unread|unopened|unseen|not\s+(?:yet\s+)?(?:read|opened|seen)|new\s+{_ITEMS})\b", re.I)
_READ = re.compile(rf"\b(?:the\s+read|read\s+{_ITEMS}|(?:I(?:'ve|\s+have)?\s+)?already\s+(?:read|opened|seen)|"
                   r"I(?:'ve|\s+have)\s+(?:read|opened|seen)|that\s+I\s+(?:read|opened))\b", re.I)
_EXCEPT = re.compile(r"\b(?:leave|keep|except|but|not|apart\s+from|other\s+than)\s+(?:\w+\s+){0,2}$", re.I)
_TARGET = re.compile(r"\b(?:as|so|to|become|becomes|shows?)\s+(?:\w+\s+){0,3}$", re.I)
_BULK = re.compile(rf"\b(?:all|every|each|any(?:thing|one)?|everything|them)\b|\b(?:un)?read\s+{_ITEMS}\b", re.I)


def wanted(task: str) -> bool | None:
    """True when the task acts on every unread row, False on every read row, None when it names neither."""
    if not _BULK.search(task) or ranked_by.counted_noun(task):
        return None  # "the chat with the most unread messages" is one row, ranked by its count
    found = [(m.start(), True) for m in _UNREAD.finditer(task)] + [(m.start(), False) for m in _READ.finditer(task)]
    for start, unread in sorted(found):
        before = task[max(0, start - 40):start]
        if _EXCEPT.search(before) or _TARGET.search(before):
            continue  # "keep the unread", "mark ... as read": not the rows acted on
        return unread
    return None


def _marked(label: str) -> bool:
    return MARK in words(re.split(r"\s[|·•]\s", label)[0], stopwords=frozenset())


def pending(screen: Screen, unread: bool) -> list[int]:
    """The list rows still in the state the task acts on (none unless some row shows the mark or none needs it)."""
    listed = end_rows.item_rows(screen)
    return [i for i in listed if _marked(screen.labels.get(i, "")) == unread]


def _said(record: dict[str, Any]) -> str:
    line = record.get("line", "")
    return line.split("] ", 1)[-1].split(" (in: ")[0]


def adjust(candidates: Sequence[Ranked], task: str, verbs: set[str], screen: Screen,
           since: list[dict[str, Any]]) -> None:
    """Open the next row in the state; on its page press the task's verb, then back; finish on a list with none
    left, read to its end."""
    unread = wanted(task)
    if unread is None:
        return
    listed = end_rows.item_rows(screen)
    marks = any(_marked(screen.labels.get(i, "")) for i in listed)
    left = pending(screen, unread) if marks or unread else []
    taps = [h for h in since if h.get("kind") == "tap" and h.get("outcome") == "success"]
    acted = any(end_rows.opened_row(_said(h)) for h in taps)
    last = next((h for h in reversed(since) if h.get("kind") not in ("observe", "invalid_output")), {})
    pressed = last.get("kind") == "tap" and last.get("outcome") == "success" and bool(
        words(_said(last).split(" ")[0]) & (verbs | words(task)))
    named = verbs | words(task)  # "can go to the archive" names the Archive button too
    verb_here = [i for i in screen.actionable if i not in screen.editable and words(
        screen.labels.get(i, "").split(" ")[0]) & named and MARK not in words(screen.labels.get(i, ""))]
    walk(candidates, screen, since, left, listed, verb_here, pressed, acted)


def walk(candidates: Sequence[Ranked], screen: Screen, since: list[dict[str, Any]], left: list[int],
         listed: list[int], verb_here: list[int], pressed: bool, acted: bool, scroll: bool = True) -> None:
    """One row at a time: the next row ``left`` opened (the others left alone), the act ``verb_here`` pressed on
    its page, back to the list; finished on a list with none left, read to its end (``scroll``)."""
    end = counting.at_end(screen, since)
    for c in candidates:
        kind, element = c.action.get("kind"), c.action.get("element")
        if listed and kind == "tap" and left and element == left[0]:
            c.score += 5.0  # the next row in the state
        elif listed and kind == "tap" and element in listed and element not in left:
            c.score -= 2.0  # a row in the other state is left alone (opening an unread one reads it)
        elif not listed and acted and kind == "tap" and element in verb_here and not pressed:
            c.score += 3.0  # the row's page: the task's verb on it
        elif not listed and acted and kind == "back" and (pressed or not verb_here):
            c.score = max(c.score, 5.0)  # this one done: back to the list for the next
        elif listed and not left and kind == "swipe" and element is None and not end and scroll:
            c.score = max(c.score, 4.0)  # none here: read the list to its end
        elif kind == "done" and c.action.get("answer") is None:
            if listed and not left and end and acted:
                c.score = 5.0  # every row in the state done (a list never opened may be another app's)
            elif left:
                c.score = min(c.score, 0.5)
