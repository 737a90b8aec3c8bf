"""A word the task shares with a sentence names no control, beside a short control that does the task's act.

A classified ad shows a tip card ("Продавцу не переводите деньги заранее | Встречайтесь лично ...") above its
"Позвонить" button; a task "звякни продавцу" (ring the seller) shares "продавцу" with the tip's heading, while the
button does the act in another word of the same language (the task's colloquial "звякни"). A word found
only inside a label's sentence (a part longer than a control's few words: a notice, a tip, a description) says
what the sentence is about, not what tapping it does; so such a card goes below the short control that does the
task's act by its meaning (agents/ui_glossary.py). Nothing moves where no short control does the act, or where the
card's own short part shares a word with the task.
"""

from __future__ import annotations

import re
from typing import Any

from . import ui_glossary
from .perceptor import Screen
from .text import words

_BELOW = 0.1


def adjust(out: list[Any], task: str, screen: Screen, meant: ui_glossary.Said) -> None:
    """Put each tap (in place) whose shared words lie only in its sentences below the best short control that does
    the task's act by meaning (``meant``: the task's concepts, :func:`ui_glossary.task_concepts`)."""
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    acting = [c for c in taps if _short(screen.labels.get(c.action["element"], "")) and
              ui_glossary.fit(meant, screen.labels.get(c.action["element"], "")) > 0]
    if not acting:
        return
    best = max(c.score for c in acting)
    said = words(task)
    for candidate in taps:
        label = screen.labels.get(candidate.action["element"], "")
        if candidate in acting or candidate.score < best or not _in_sentences_only(said, label):
            continue
        candidate.score = best - _BELOW


def _short(label: str) -> bool:
    return 0 < len(label.split()) <= ui_glossary.SHORT


# A list row said as one description joins its fields with commas, the name first ("Ana Ruiz, 3 unread messages,
# See you at 8?, 21:40", as chat apps describe a row to a screen reader).
_FIELD_COMMA = re.compile(r"[,،，]\s*")
_FIELDS = 3  # fields of such a description, at least


def _named_first(part: str) -> str:
    """The name a row's comma-joined description starts with: a first field of a control's few words, each cased
    word capitalised ("Lucía Fernández", "Dr. Mehta"); "" for a sentence ("Meet the seller in person, ...")."""
    fields = _FIELD_COMMA.split(part)
    head = fields[0].split()
    if len(fields) < _FIELDS or not 0 < len(head) <= ui_glossary.SHORT:
        return ""
    return fields[0] if all(w[:1].isupper() or w[:1].upper() == w[:1].lower() for w in head) else ""


def _in_sentences_only(said: set[str], label: str) -> bool:
    """The label shares words with the task, each of them only in a part longer than a control's name (a row's name
    said first in its description is such a name)."""
    parts = [p for p in label.split(" | ") if p.strip()]
    parts += [name for p in parts if not _short(p) and (name := _named_first(p))]
    shared = said & words(label)
    short = set().union(*(words(p) for p in parts if _short(p))) if parts else set()
    return bool(shared) and not shared & short
