"""A setting asked for in Chinese, Japanese, Korean or Thai that no row on the page names lies further down.

Words of scripts without spaces are compared by letter pairs, so a settings page shares a pair or two
with almost any task ("画面の自動回転をオンにしたい" shares "画面" with "画面消灯" and "自動" with
"明るさの自動調節"). A row names the setting only when the task covers more than half of its title's
pairs; when a task switches a setting on or off and no row or switch on a scrollable page is named so,
the list is scrolled rather than a look-alike tapped (English tasks: agents/missing.py).
"""

from __future__ import annotations

from typing import Any

from ..unitext import NO_SPACES
from .goal import parse_goal
from .perceptor import Screen
from .text import words


def names(title: str, said: set[str]) -> bool:
    """Does the task name this title: more than half of its letter pairs, or a whole spaced word of it?"""
    own = words(title)
    pairs = {w for w in own if NO_SPACES.search(w)}
    return len(pairs & said) * 2 > len(pairs) if pairs else bool(own & said)


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise scrolling down (in place) for a setting said in a script without spaces that no row names."""
    goal = parse_goal(task)
    if goal.want_on is None or not NO_SPACES.search(task) or not out or \
            not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return
    said = goal.toggle_words
    titles = [screen.labels.get(i, "").split(" | ")[0] for i in screen.actionable if i not in screen.editable]
    if any(names(title, said) for title in titles if title):
        return
    down = [c for c in out if c.action == {"kind": "swipe", "direction": "down"}]
    if down:
        down[0].score = max(c.score for c in out) + 0.5
