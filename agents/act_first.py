"""An act the question after it waits on: "delete my note X and tell me how many notes are left", "get rid of
the Y list. Then how many lists remain?", "rm note X; # notes left?".

The question is about the state the act leaves, so the act comes first and the question is read only once it
is done: until a control named with the act's verb (or a verb of the same meaning: "Delete", "Remove", "Move
to bin") has been pressed, the act alone is the task; afterwards the question alone is (without the act's
words: the item deleted names no row to count). Only acts that take something away wait like this: their
button says so on any app. Plain task grammar only ("X and tell me Y" arrives here as "Y (X)").
"""

from __future__ import annotations

import re
from typing import Any

from .progress import parts
from .text import words

_TAKING_AWAY = frozenset(words("delete remove trash bin erase discard archive uninstall", stopwords=frozenset()))
_SAID_AFTER = re.compile(r"^(?P<q>.+?)\s*\((?P<a>[^()]+)\)\s*[.?!]?\s*$")
_QUESTION = re.compile(r"\?\s*$|^\s*(?:how\s+many|how\s+much|what|which|who|when|where|is|are|does|do|#)\b", re.I)
_ASKED_AFTER = re.compile(r"\b(?:left|remain\w*|still\s+there|now|after\s+(?:that|this|it)|afterwards)\b", re.I)


def _verb(act: str) -> str | None:
    first = next(iter(re.findall(r"[^\W\d_]+", act.casefold())), "")
    return first if first in _TAKING_AWAY else None


def split(task: str) -> tuple[str, str] | None:
    """(act, question) when the task takes something away and then asks about what is left, else None."""
    m = _SAID_AFTER.match(task.strip())
    if m and _verb(m["a"]) and _ASKED_AFTER.search(m["q"]):
        return m["a"].strip(), m["q"].strip()
    pieces = parts(task)
    if len(pieces) == 2 and _verb(pieces[0]) and _QUESTION.search(pieces[1]) and _ASKED_AFTER.search(pieces[1]):
        question = re.sub(r"^(?:then|and|after\s+that|afterwards)\s*,?\s*", "", pieces[1], flags=re.I)
        return pieces[0], re.sub(r"^#\s*", "how many ", question)  # "# notes left?"
    return None


def _done(history: list[dict[str, Any]]) -> bool:
    """A control whose label starts with a verb of taking away was pressed ("Delete note", "Move to bin")."""
    for h in history:
        if h.get("kind") != "tap" or h.get("outcome") != "success":
            continue
        label = h.get("line", "").split("] ", 1)[-1].split(" (in: ")[0]
        said = re.findall(r"[^\W\d_]+", label.casefold())
        if said[:1] and (said[0] in _TAKING_AWAY or said[:3] == ["move", "to", "bin"] or said[:3] == ["move", "to", "trash"]):
            return True
    return False


def ahead(task: str, history: list[dict[str, Any]]) -> str:
    """The act while it is not done yet, then the question alone; ``task`` when it has no such shape."""
    found = split(task)
    if found is None:
        return task
    act, question = found
    return question if _done(history) else act
