"""An action on every group conversation ("mute all my groups", "pin every group chat"), never on a chat with one
person: each group row not yet in the verb's state is opened in turn, the verb pressed there, and back to the list;
finished on a list where every group row shows the state.

A list row of a chat app reads "title | speaker: last message". A group's last message comes from a member whose
name is not the row's title; a chat with one person shows that person (or "You") and is titled with a person's
name. Chat list conventions and plain English task grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import member_groups
from .perceptor import Screen
from .ranked import Ranked
from .text import FULL_NAME, words

_EVERY_GROUP = re.compile(r"\b(?:all|every|each)\s+(?:(?:of\s+)?my\s+|the\s+)?(?:[A-Z]\w*\s+)?group(?:s|\s+chats?|\s+conversations?)?\b"
                          r"|\b(?:all|every)\s+(?:my\s+)?group\b", re.I)
_STATE = {"mute": "muted", "silence": "muted", "pin": "pinned", "archive": "archived", "unmute": "unmuted",
          "star": "starred"}
_SELF = frozenset({"you", "me"})


def verb_of(task: str, verbs: set[str]) -> str | None:
    """The state word the task's verb leaves on a group's row ("mute" -> "muted") when it acts on every group."""
    if not _EVERY_GROUP.search(task):
        return None
    return next((_STATE[v] for v in sorted(verbs) if v in _STATE), None)


def is_group(label: str) -> bool:
    """A chat row that is a group: its last message's speaker is someone other than its title."""
    title, _, preview = label.partition(" | ")
    title = re.split(r",\s", title)[0].strip()
    m = re.match(r"\s*([^:]{1,40}):\s", preview)
    if not m:
        return False
    speaker = m.group(1).strip()
    if speaker.casefold() in _SELF:
        return not re.fullmatch(FULL_NAME, title)  # "You: ..." in a chat titled with no person's name
    return speaker.casefold() != title.casefold()


def pending(screen: Screen, state: str) -> list[int]:
    """The group rows of a chat list that do not show the state yet."""
    return [i for i in screen.actionable if i not in screen.editable and " | " in screen.labels.get(i, "")
            and is_group(screen.labels[i]) and state not in words(screen.labels[i].split(" | ")[0])]


def adjust(candidates: Sequence[Ranked], task: str, verbs: set[str], screen: Screen,
           history: Sequence[dict[str, Any]]) -> None:
    """Open the next group row not in the state; after the verb on a group's page, back to the list; never a
    one-person chat; finished on a list whose groups all show the state."""
    member_groups.adjust(candidates, task, screen, history, is_group)  # "the group Ana is in": looked for, row by row
    state = verb_of(task, verbs)
    if state is None:
        return
    rows = [i for i in screen.actionable if " | " in screen.labels.get(i, "") and re.match(
        r"[^|]*\|\s*[^:]{1,40}:\s", screen.labels.get(i, ""))]
    left = pending(screen, state)
    on_list = len(rows) >= 2
    taps = [h for h in history if h.get("kind") == "tap" and h.get("outcome") == "success"]
    pressed = bool(taps) and bool(words(_said(taps[-1])) & set(_STATE) & verbs) and history[-1] is taps[-1]
    groups_seen = on_list and any(is_group(screen.labels[i]) for i in rows)
    for c in candidates:
        kind, element = c.action.get("kind"), c.action.get("element")
        if kind == "tap" and element in left:
            c.score += 5.0  # the next group
        elif kind == "tap" and element in rows and not is_group(screen.labels.get(element, "")):
            c.score -= 3.0  # a chat with one person is left alone
        elif kind == "tap" and not on_list and not pressed and words(screen.labels.get(element, "")) & set(_STATE) & verbs:
            c.score += 3.0  # a group's page: its verb (pressed on the last group's page too)
        elif kind == "back" and pressed and not on_list:
            c.score = max(c.score, 5.0)  # this group done: back to the list for the next
        elif kind == "done" and c.action.get("answer") is None:
            c.score = 5.0 if groups_seen and not left else min(c.score, 0.5)


def _said(record: dict[str, Any]) -> str:
    line = record.get("line", "")
    return line.split('"')[1] if line.count('"') >= 2 else line


__all__ = ["adjust", "is_group", "pending", "verb_of"]
