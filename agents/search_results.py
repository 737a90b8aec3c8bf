"""The one result of a search just typed: "star the contact whose email is at acme.com" typed "acme.com" into the
search box, and one row came back. That row is the thing the task means, whatever it is called: it is opened
before any "Create" / "New" button the empty-looking page also offers.

A result row is a wide control below the search field, neither a field, a button to make something new, nor the
list's sort or filter control ("Sort by: Popularity" spans the width too, and a search that found nothing leaves
only it: no result to open). Only
right after the typing (no tap since) and only when exactly one such row shows. Android search conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .fields import SEARCH
from .goal import CREATE, parse_goal
from .perceptor import Screen
from .ranked import Ranked
from .superlatives import SORT
from .text import words

LEAD = 1.0  # the result's tap over the best other candidate
_NEW = CREATE | frozenset(words("new add compose", stopwords=frozenset()))
_NUMBERED = re.compile(r"#\s*\d|\d{3,}")  # "Order #4521": a record, not the "Order by" bar
_SORT_OR_FILTER = SORT | frozenset(words("filter filters filtern filtrar filtre filtres filtri filtro filtros 筛选 篩選 "
                                          "フィルター 필터 фильтр фильтры", stopwords=frozenset()))


def _searched(history: Sequence[dict[str, Any]]) -> bool:
    """The last action typed into a search field and worked."""
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    if not last or last.get("kind") != "type" or last.get("outcome") != "success":
        return False
    field = last.get("line", "").rsplit("] ", 1)[-1]
    return bool(words(field, stopwords=frozenset()) & SEARCH)


def _creates_or_orders(label: str) -> bool:
    """A button that makes something new ("New contact"), or the list's sort or filter bar, named by its first word
    ("Sort by: Newest", "Filter"): "Order #4521 | Teal kettle" and "AquaPure Water Filter" are results."""
    first = words(label.split()[0], stopwords=frozenset()) if label.split() else set()
    return bool(words(label, stopwords=frozenset()) & _NEW) or bool(first & _SORT_OR_FILTER) and not _NUMBERED.search(label)


def result_row(screen: Screen) -> int | None:
    """The only result row under the search field, else None."""
    search = [i for i, value in screen.editable.items() if words(f"{screen.labels.get(i, '')} {value}",
                                                                  stopwords=frozenset()) & SEARCH]
    top = max((screen.bounds[i][3] for i in search if i in screen.bounds), default=None)
    width = screen.width or max((b[2] for b in screen.bounds.values()), default=0)
    if top is None or not width:
        return None
    found = [i for i in screen.actionable if i not in screen.editable and i not in screen.checked
             and (box := screen.bounds.get(i)) and box[1] >= top and box[2] - box[0] >= 0.6 * width
             and screen.labels.get(i, "").strip() and not _creates_or_orders(screen.labels.get(i, ""))
             and "scrollable" not in next((line.rsplit("(", 1)[-1] for line in screen.lines if line.startswith(f"[{i}]")),
                                          "")]
    return found[0] if len(found) == 1 else None


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, history: Sequence[dict[str, Any]]) -> None:
    """Right after a search, its one result row first (not for a task that creates something)."""
    if not candidates or not _searched(history) or parse_goal(task).creating:
        return
    row = result_row(screen)
    if row is None:
        return
    tap = next((c for c in candidates if c.action.get("kind") == "tap" and c.action.get("element") == row), None)
    if tap is not None:
        tap.score = max(tap.score, max(c.score for c in candidates if c is not tap) + LEAD)
