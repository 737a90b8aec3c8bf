"""The listed item the task names exactly, over look-alikes whose names add words to it.

"how's bitcoin doing?" on rows "Bitcoin Cash | BCH", "Wrapped Bitcoin | WBTC" and "Bitcoin | BTC";
"open my Travel album" on "Travel videos | 12" and "Travel | 240": every row shares the task's word,
but only one is named by the task's words alone; the others name another thing holding it and a word
or two more. Listed rows only (a title with details), by their titles, in scripts written with
spaces; buttons and tabs ("New note", "Favourites") are left alone. A tie-break: a row named by more
of the task's words still wins.
"""

from __future__ import annotations

from typing import Any

from ..unitext import NO_SPACES
from .perceptor import Screen
from .text import words

_BONUS = 0.75


def _title(label: str) -> set[str]:
    """The words of a row's title; none for a title in a script without spaces (its keys are letter pairs,
    no names)."""
    title = label.split(" | ", 1)[0].split(" (", 1)[0]
    return set() if NO_SPACES.search(title) else words(title)


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise a tap whose title the task's words cover when another tap's title holds it and more (in place)."""
    said = words(task)
    titled = [(c, _title(screen.labels.get(c.action["element"], ""))) for c in out
              if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)
              and " | " in screen.labels.get(c.action["element"], "")]  # listed rows, not buttons or tabs
    titled = [(c, t) for c, t in titled if t & said]
    exact = [(c, t) for c, t in titled if t <= said]
    for candidate, title in exact:
        if any(other > title and not other <= said and len(other - title) <= 2 for _, other in titled):
            candidate.score += _BONUS
