"""A list row is named by its title, not by the preview under it.

A conversation or mail row reads "Road trip, 2 unread | Bo Li: can you send the photos?": its title before the
" | ", then the last message's text. A task's verb met only in that preview ("send the code to Ana Ruiz" against
Bo Li's "can you send ...") says nothing about which row the task means, so it earns the row nothing; the row
the task names by its title keeps its credit. Android list conventions only.
"""

from __future__ import annotations

from typing import Any

from .goal import parse_goal
from .perceptor import Screen
from .text import words


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Take back the credit a row's preview gave it for the task's verbs (``out`` changed in place)."""
    goal = parse_goal(task)
    for candidate in out:
        element = candidate.action.get("element")
        label = screen.labels.get(element, "") if candidate.action.get("kind") in ("tap", "long_press") else ""
        title, _, preview = label.partition(" | ")
        if preview and goal.verbs:
            candidate.score -= goal.match((words(preview) - words(title)) & goal.verbs)
