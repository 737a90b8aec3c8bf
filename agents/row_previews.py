"""A list row is named by its title, not by the preview under it.

A conversation or mail row reads "Road trip, 2 unread | Bo Li: can you send the photos?": its title before the
" | ", then the last message's text. A task's verb met only in that preview ("send the code to Ana Ruiz" against
Bo Li's "can you send ...") says nothing about which row the task means, so it earns the row nothing; the row
the task names by its title keeps its credit. Only a list's rows: a button's "2 | Switch or close tabs" is its own
description. A summary listing what a row holds ("Verbundene Geräte | Bluetooth, Kopplung") names things, not acts:
its items keep their credit (a comma's items of one word; a bullet's, "Wi-Fi • 비행기 탑승 모드", of up to three).
Android list conventions only.
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES
from .counting import rows
from .goal import parse_goal
from .perceptor import Screen
from .text import words


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Take back the credit a row's preview gave it for the task's verbs (``out`` changed in place)."""
    goal = parse_goal(task)
    listed = set(rows(screen)) if any(" | " in label for label in screen.labels.values()) else set()
    for candidate in out:
        element = candidate.action.get("element")
        tapped = candidate.action.get("kind") in ("tap", "long_press") and element in listed
        label = screen.labels.get(element, "") if tapped else ""  # a list's row, not a button's description
        title, _, preview = label.partition(" | ")
        preview = " | ".join(p for p in preview.split(" | ") if len(p.split()) > 1 or NO_SPACES.search(p))  # "Update",
        # "Install": the row's own button or state beside its title, one word; a message says more (unspaced scripts
        # write a whole message as one "word")
        if preview and goal.verbs:
            candidate.score -= goal.match((words(preview) - words(title) - _listed(preview) - _named(preview, goal.words))
                                          & goal.verbs)


# The parts of a summary that lists what a row holds ("Bluetooth, Kopplung", "Wi-Fi • Hotspot").
_ITEMS = re.compile(r"\s*(?:[,，、،;؛•·]|\s\|\s)\s*")


def _listed(preview: str) -> set[str]:
    """The words that are a whole item of a listing preview: a thing the row holds, not a verb said in a message (a
    task read with its object first, "Bluetooth ausschalten", takes "Bluetooth" for its verb)."""
    items = _ITEMS.split(preview)  # one word each, as written: Hangul's "블루투스" is one word of three letter-pair keys
    longest = _NAME_WORDS if _BULLETS.search(preview) else 1  # a bullet lists names ("비행기 탑승 모드"); a comma may
    # join a message's clauses ("ok, call me later"), so there only one-word items are names
    return set().union(*(words(item) for item in items if len(item.split()) <= longest)) if len(items) > 1 else set()


def _named(preview: str, said: set[str]) -> set[str]:
    """The words of a summary's item written without spaces that the task covers more than half of ("省电模式" in
    "打开省电模式"): a setting named, not a verb (the verbs of a task written without spaces are all its letter pairs)."""
    found: set[str] = set()
    for item in _ITEMS.split(preview):
        pairs = {w for w in words(item) if NO_SPACES.search(w)}
        if pairs and len(pairs & said) * 2 > len(pairs):
            found |= words(item)
    return found


_BULLETS = re.compile(r"\s[•·]\s")  # a settings summary's separator, never a message's punctuation
_NAME_WORDS = 3  # a listed setting's name ("Mobile Hotspot", "비행기 탑승 모드"); longer is a sentence
