"""Every item that shows a quoted name, changed one at a time: 'Every event I have at "Room 4" is now at "Hall B"',
'set the location of each event at "Annex B" to "Loft 2"', 'move all contacts at "Acme" to "Initech"'.

A list shows each item's place, company or tag on its row. The rows showing the old name are opened in turn; the
item's own page and form are left to the other rules (edit, the field holding the old name, save); once saved, back
to the list for the next; finished on a list where no row shows the old name. A name the list never shows is left
alone. Plain English task grammar (a quantifier, "at / in / located at / from" before the quoted name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import counting, end_rows
from .perceptor import Screen
from .ranked import Ranked
from .text import normalize, words

_EVERY = re.compile(r"\b(?:all|every|each)\b[^\"“.;]{0,60}?\b(?:at|in|located\s+(?:at|in)|held\s+(?:at|in)|from|with)\s+"
                    r"[\"“](?P<x>[^\"”]{2,60})[\"”]", re.I)
_SAVE = frozenset(words("save done update apply confirm ok", stopwords=frozenset()))


def old_name(task: str) -> str | None:
    """The quoted name every item the task changes shows now, or None."""
    m = _EVERY.search(task)
    return m["x"] if m and len(re.findall(r"[\"“][^\"”]+[\"”]", task)) >= 2 else None


def _said(record: dict[str, Any]) -> str:
    return record.get("line", "").split("] ", 1)[-1].split(" (in: ")[0].strip('"')  # (a long label cut short)


def _saving(label: str) -> bool:
    return bool(words(label, stopwords=frozenset()) & _SAVE) and len(label.split()) <= 2


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, since: list[dict[str, Any]]) -> None:
    """The next row showing the old name opened; back to the list once an item is saved; finished on a list with
    none left."""
    name = old_name(task)
    if name is None:
        return
    key = normalize(name)
    listed = end_rows.item_rows(screen)
    left = [i for i in listed if key in normalize(screen.labels.get(i, ""))]
    taps = [h for h in since if h.get("kind") == "tap" and h.get("outcome") == "success"]
    acted = any(end_rows.opened_row(_said(h)) for h in taps) and any(_saving(_said(h)) for h in taps)
    last = next((h for h in reversed(since) if h.get("kind") not in ("observe", "invalid_output")), {})
    saved = last.get("kind") == "tap" and last.get("outcome") == "success" and _saving(_said(last))
    end = counting.at_end(screen, since)
    for c in candidates:
        kind, element = c.action.get("kind"), c.action.get("element")
        if listed and kind == "swipe" and element is None and acted and not left and not end:
            c.score = max(c.score, 5.0)  # none here: the rest of the list
        elif listed and kind == "tap" and left and element == left[0]:
            c.score = max(c.score + 5.0, 6.0)  # the next one
        elif not listed and acted and saved and kind == "back":
            c.score = max(c.score, 6.0)  # this one saved: back to the list
        elif kind == "done" and acted:  # a give-up too: the old name is gone from the items changed
            c.score = max(c.score, 6.0) if listed and not left and end and c.action.get("answer") is None else min(
                c.score, 0.5)
