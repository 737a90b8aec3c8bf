"""A message goes only into the thread of the person the task names.

A conversation screen (a text field and a Send/Reply button) that shows no trace of the task's
recipient is someone else's thread: typing the message there, or pressing Send, would reach the
wrong person, so those are pushed below going back to the list (where a new chat or a search
finds the right one). Typing the recipient's own name (a "To" field of a new message) stays.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import normalize, words
from .values import task_values

_SENDING = frozenset(words("send reply post", stopwords=frozenset()))
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WRONG_THREAD = 5.0  # below every fallback: the message must not reach another person


def recipient(task: str) -> str | None:
    """The person the task's message is for, when it names one ("text Ana Ruiz ...")."""
    return next((v.text for v in task_values(task) if v.kind == "recipient"), None)


def shows_person(screen: Screen, name: str) -> bool:
    """Does the screen carry every word of ``name`` (a thread's title, a To field's chip), or an e-mail address
    made of part of it (a mail opened from their card: "ana.r@x.org", "ruiz7@x.org" for Ana Ruiz)?"""
    shown = words(" ".join([*screen.lines, *screen.labels.values()]), stopwords=frozenset())
    named = words(name, stopwords=frozenset())
    texts = [*screen.lines, *screen.labels.values(), *(str(v) for v in screen.editable.values())]
    locals_ = [a.split("@")[0].casefold() for t in texts for a in _ADDRESS.findall(t)]
    return named <= shown or any(len(w) > 2 and w in local for local in locals_ for w in named)


def _sends(screen: Screen) -> set[int]:
    return {i for i in screen.actionable if i not in screen.editable
            and words(screen.labels.get(i, ""), stopwords=frozenset()) & _SENDING}


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Push typing a message and pressing Send below going back on another person's thread."""
    person = recipient(task)
    sends = _sends(screen)
    if person is None or not screen.editable or not sends or shows_person(screen, person):
        return
    key = normalize(person)
    addressing = any(c.action.get("kind") == "type" and normalize(str(c.action.get("text", ""))) == key for c in out)
    for candidate in out:
        action = candidate.action
        typing = action.get("kind") == "type" and normalize(str(action.get("text", ""))) != key
        if typing or (action.get("kind") == "tap" and action.get("element") in sends):
            candidate.score -= _WRONG_THREAD
        elif action.get("kind") == "back" and not addressing:
            candidate.score = max(candidate.score, 2.0)


__all__ = ["adjust", "recipient", "shows_person"]
