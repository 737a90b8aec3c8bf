"""The means a task names for its act, absent from a page of options: the options go on below.

A checkout's payment page, a delivery or a plan choice lists its options as radio rows ("Amazon Pay UPI", "Net
Banking", "Card ending in 4432"), one picked already; "pay for this order with cash on delivery", "paga con
efectivo", "bezahl mit Rechnung" names the option to pick. While no word of that means (four letters or more, no
function word) shows anywhere on the page and it scrolls, the option is further down: scrolling comes first, above
a row that only shares the task's verb ("Amazon Pay" for "pay") and above finishing (the option picked already is
not the one asked for). A means the page shows is left to the word match; a page with fewer than three options, or
none that is a choice (radio or check rows), is no such list.
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES
from .function_words import FUNCTION_WORDS
from .perceptor import Screen
from .text import words
from .unseen_rows import shown

# "with X", "using X", "via X" and the same word of the languages phones ship ("con", "mit", "avec", "com", "dengan").
_MEANS = re.compile(r"\b(?:with|using|via|con|mit|avec|com|dengan|через)\s+(?P<m>[^,.;!?()]+)", re.I)
_OPTIONS = 3  # choice rows that make a page of options
_LEAD = 0.5


def means_words(task: str) -> set[str]:
    """The words of the means the task names after "with" / "using" / "con" ... (none when it names none)."""
    m = _MEANS.search(task)
    if m is None:
        return set()
    return {w for w in words(m["m"].replace("-", " ")) if len(w) >= 4 and not w.isdigit()
            and w not in FUNCTION_WORDS and not NO_SPACES.search(w)}


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Put scrolling down first on a page of options that shows none of the means the task names (in place)."""
    named = means_words(task)
    scroll = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    if not named or scroll is None or len(screen.checked) < _OPTIONS:
        return
    if not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return  # nothing on screen scrolls
    seen = words(" ".join([*screen.labels.values(), *screen.context.values(), *screen.lines]).replace("-", " "))
    if any(shown(w, seen) for w in named):
        return  # the option is in view (or the page speaks of it): the word match picks it
    scroll.score = max(c.score for c in out if c is not scroll) + _LEAD
