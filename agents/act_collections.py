"""A thing described by what the user did to it lives in the collection named after that act.

"the PDF I downloaded yesterday", "the song I liked", "the mail I sent Bo", "the post we saved":
apps keep such things in a collection named for the act ("Downloads", "Liked songs", "Sent",
"Saved"). A short label that is that act's word is where to look, ahead of a search box (the task
gives no name to search for) and of rows that only share another word.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import normalize

# "I downloaded", "we've saved", "I just starred": the act, said by the user about the thing.
_ACT = re.compile(r"\b(?:i|we)(?:'ve|'d| have| had)?\s+(?:just\s+|recently\s+|already\s+|last\s+)?"
                  r"(?P<verb>[a-z]{3,}ed|sent|bought|made|took)\b")
_IRREGULAR = {"sent": ("sent", "send"), "bought": ("purchase", "order", "bought"), "made": ("made", "created"),
              "took": ("camera", "taken")}


def acts(task: str) -> list[tuple[str, ...]]:
    """The stems of the acts a task describes its thing by ("downloaded" -> "download")."""
    out = []
    for m in _ACT.finditer(normalize(task)):
        verb = m.group("verb")
        if verb in _IRREGULAR:
            out.append(_IRREGULAR[verb])
        else:
            stem = verb[:-2] if len(verb[:-2]) >= 4 else verb[:-1]  # "downloaded" -> "download", "saved" -> "save"
            if len(stem) > 4 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # "starred" -> "star"
            out.append((verb, stem.rstrip("e") if len(stem) > 4 else stem))
    return out


def named_by_act(label: str, stems: tuple[str, ...]) -> bool:
    """A collection's short label (three words or fewer) opening with the act's own word ("Sent", "Liked songs") or
    its stem grown into a noun ("Downloads"); the bare stem is a button doing the act again ("Download", "Play")."""
    text = normalize(label)
    tokens = text.split()
    return 0 < len(tokens) <= 3 and "|" not in text and (tokens[0] == stems[0] or any(
        tokens[0].startswith(s) and tokens[0] != s for s in stems[1:]))  # "Downloads", not the "Download" button


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the collection named by the task's act above the rest (in place)."""
    described = acts(task)
    if not described or not out:
        return
    top = max(c.score for c in out)
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or element in screen.editable:
            continue
        if any(named_by_act(screen.labels.get(element, ""), stems) for stems in described):
            candidate.score = max(candidate.score, top + 0.5)
