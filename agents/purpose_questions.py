"""A request followed by the question it serves: "check my activity, did Jake pay me back?" asks to open Activity;
"pay" is what the user wonders about, not a button to press.

When the task's last clause is a question and an earlier clause is not, a control named by the request's own words
leads a control named only by the question's: a small lead that breaks their tie, whatever the language (the
clauses are cut at commas, semicolons and dashes; the question is told by its question mark).
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import words

_CLAUSES = re.compile(r"\s*[,;:،，、]\s*|\s+[-–—]\s+")
_ASKED = ("?", "？", "؟", ";")  # ";" is the Greek question mark
_LEAD = 0.3


def split(task: str) -> tuple[str, str] | None:
    """(the request, the question) when the task ends with a question after a clause that is none."""
    text = task.strip()
    if not text.endswith(_ASKED[:3]):
        return None
    parts = [p for p in _CLAUSES.split(text) if p.strip()]
    if len(parts) < 2 or parts[0].rstrip().endswith(_ASKED[:3]):
        return None
    return parts[0], parts[-1]


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lead the controls the request names over those only the question names."""
    clauses = split(task)
    if clauses is None:
        return
    request, question = (words(c) for c in clauses)
    only_asked = question - request
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or element is None:
            continue
        own = words(screen.labels.get(element, "").split("|")[0])
        if own & request and not own & only_asked:
            candidate.score += _LEAD
