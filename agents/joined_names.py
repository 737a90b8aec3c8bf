"""A name the task says in two or three words that the screen writes as one ("jazz cash" is "JazzCash").

Brands join their words ("PayPal", "WhatsApp", "PhonePe", "SadaPay") and people say them apart ("pay pal", "phone
pe"); the parts then meet only other names that share one of them ("Jazz World" for "jazz cash"), never the one
asked for. Where consecutive words of the task, put together, are a word the screen shows, the task says that word
instead; every other rule then reads the name as named. Then the task is read against the screen's relative rows
(agents/relative_rows.py). Any script written with spaces; no app's words.
"""

from __future__ import annotations

import re

from . import relative_rows
from .perceptor import Screen
from .text import normalize

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PARTS = (3, 2)  # words said apart, the longer run first
_SHORTEST_PART = 2
_SHORTEST_NAME = 5


def _shown(screen: Screen) -> set[str]:
    """The words the screen shows, casefolded."""
    plain = [line for index, line in enumerate(screen.lines) if index in screen.placed]  # not "[3] Button ..." lines
    return {w for text in (*screen.labels.values(), *plain) for w in _WORD.findall(normalize(text))
            if len(w) >= _SHORTEST_NAME}


def joined(task: str, screen: Screen) -> str:
    """``task`` with words said apart that the screen writes as one word put together ("jazz cash" -> "jazzcash")."""
    tokens = list(_WORD.finditer(task))
    if len(tokens) < 2:
        return task
    shown = _shown(screen)
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for n in _PARTS:
            run = tokens[i:i + n]
            if len(run) < n or any(len(t.group()) < _SHORTEST_PART for t in run) \
                    or any(task[a.end():b.start()] != " " for a, b in zip(run, run[1:])):
                continue
            name = normalize("".join(t.group() for t in run))
            if name in shown:
                edits.append((run[0].start(), run[-1].end(), name))
                i += n - 1
                break
        i += 1
    for start, end, name in reversed(edits):
        task = task[:start] + name + task[end:]
    return task


def resolve(task: str, screen: Screen) -> str:
    """The task as the screen names things: names said apart joined, then rows named by their place."""
    return relative_rows.resolve(joined(task, screen), screen)


__all__ = ["joined", "resolve"]
