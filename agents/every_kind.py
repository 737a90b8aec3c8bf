"""A task over every file of a type ("move all the PDFs in Downloads to Documents", "delete every .mp3 file"): each
row whose name has that extension is acted on in turn, and the task ends only on a list that shows none of them.

After one file is done (its page in front, the list behind it), the list is looked at again (back); while a row of
that type shows, finishing waits and the row is opened. File-name extensions and list conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .perceptor import Screen
from .ranked import Ranked

_TYPES = r"pdf|jpe?g|png|gif|heic|webp|mp3|mp4|m4a|wav|ogg|mov|docx?|xlsx?|pptx?|odt|txt|csv|zip|apk"
_EVERY = re.compile(rf"\b(?:all|every|each|any)\s+(?:the\s+|of\s+the\s+|my\s+)?\.?(?P<a>{_TYPES})\b"
                    rf"|(?<![\w.])\.?(?P<b>{_TYPES})s\b|\.(?P<c>{_TYPES})\s+files\b", re.I)


def file_type(task: str) -> str | None:
    """The extension every file of which the task acts on ("all the PDFs" -> "pdf"), or None."""
    m = _EVERY.search(task)
    if not m:
        return None
    found = next(g for g in m.groups() if g).lower()
    return "jpe?g" if found in ("jpg", "jpeg") else found


def pending(screen: Screen, ext: str) -> list[int]:
    """The rows of this screen whose name has the extension (a list of files, not one file's own page)."""
    rows = [i for i in screen.actionable if re.search(rf"\.{ext}\b", screen.labels.get(i, ""), re.I)
            and i not in screen.editable]
    return rows if len(rows) >= 1 and not any(line.startswith("    ") and re.search(rf"\.{ext}\s*$", line, re.I)
                                              for line in screen.lines) else []  # a file's page is titled with its name


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, history: Sequence[dict[str, Any]],
           destination: Sequence[str]) -> None:
    """Finishing waits until the list shows no row of the type once one was done; a file just put in its place (the
    place after "to" tapped last) goes back to the list, where the next row of the type is opened."""
    ext = file_type(task)
    if ext is None or not destination:
        return
    taps = [_said(h) for h in history if h.get("kind") == "tap" and h.get("outcome") == "success"]
    placed = [i for i, t in enumerate(taps) if i and any(d.lower() in t.lower() for d in destination)]
    acted = bool(placed)
    last = history[-1] if history else {}
    just = acted and last.get("kind") == "tap" and placed[-1] == len(taps) - 1
    left = pending(screen, ext)
    own_page = any(line.startswith("    ") and re.search(rf"\.{ext}\s*$", line, re.I) for line in screen.lines)
    looked = acted and not left and not own_page and last.get("kind") == "back"  # the list again, none left
    for c in candidates:
        kind = c.action.get("kind")
        if kind == "done" and c.action.get("answer") is None:
            c.score = max(c.score, 4.5) if looked else min(c.score, 0.5)
        elif kind == "tap" and c.action.get("element") in left and acted:
            c.score += 3.0  # the next one
        elif kind == "tap" and acted and not just and not left and not own_page and any(
                d.lower() == screen.labels.get(c.action.get("element"), "").lower() for d in destination):
            c.score += 3.0  # the next one's place (the same as the last one's)
        elif kind == "back" and just and own_page:
            c.score = max(c.score, 4.0)  # one file done: back to the list for the next


def _said(record: dict[str, Any]) -> str:
    line = record.get("line", "")
    return line.split('"')[1] if line.count('"') >= 2 else line
