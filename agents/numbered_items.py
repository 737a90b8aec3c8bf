"""A numbered item is no other number's item.

Lists of episodes, chapters, lessons, seasons, rooms or tracks name each item by a noun and its number
("Episódio 2", "Baixar episódio 1", "Глава 3", "Lesson 4"). A task that asks for one of them by the same
noun and another number ("play episode 7", "bota o episódio 7", "открой главу 12") shares the noun with
every row shown, yet each of those rows is another item: a control whose own label gives the task's noun
with a different number yields, so that scrolling on to the item asked for goes first. Grammar only (a
noun, then a number), in any language and script; the noun is compared by its stem (its first letters),
so "episodes"/"episódio" or "главу"/"Глава" meet. A range ("Episodes 1-10") or the task's own number
shown beside the noun keeps the control.
"""

from __future__ import annotations

import re
from typing import Any

from .goal import parse_goal
from .perceptor import Screen
from .text import STOPWORDS, normalize

PENALTY = 1.0
_BELOW_SCROLL = 0.15  # scrolling on stands at 0.2
_STEM = 5  # letters of a noun compared (inflections differ after them)
# A comma or full stop ending the clause keeps the number ("episode 7, the one ..."); one inside it ("7.5") does not.
_NUMBERED = re.compile(r"([^\W\d_]{3,})\.?\s+(?:n[º°o]\.?\s*|#\s*)?(\d{1,4})(?![\d:/%\-–]|[.,]\d|\s*[-–]\s*\d)")


def _pairs(text: str, verbs: frozenset[str] = frozenset()) -> set[tuple[str, int]]:
    """(stem, number) for each noun followed by a number: "episódio 7" -> ("episó", 7); a verb before a count
    ("buy 2", "add 3") names no numbered item."""
    return {(m.group(1)[:_STEM], int(m.group(2))) for m in _NUMBERED.finditer(normalize(text))
            if m.group(1) not in STOPWORDS and m.group(1) not in verbs}


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lower taps on controls naming the task's numbered noun with another number (in place)."""
    asked = _pairs(task, frozenset(parse_goal(task).verbs))
    if not asked:
        return
    stems = {stem for stem, _ in asked}
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or element is None:
            continue
        shown = _pairs(screen.labels.get(element, ""))
        if shown & asked:
            continue
        if any(stem in stems for stem, _ in shown):
            candidate.score = min(candidate.score - PENALTY, _BELOW_SCROLL)
