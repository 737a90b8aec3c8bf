"""A group named by one of its members: "mute the group that Ana Ruiz is in", "which group has Bo Li as a member",
"Ana Ruiz's group".

A chat list shows a group's title and its last speaker, rarely who is in it; the group's own page (its header, its
info) lists the members. So the group row whose last speaker is the person is opened first, else each group row in
turn, not one already opened; a group page that does not name the person is left (back to the list) before its verb
is pressed; the page that names the person is the one to act on. Chat list conventions (agents/group_rows.py) and
plain English task grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .perceptor import Screen
from .ranked import Ranked
from .text import normalize

_NAME = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
_MEMBER = re.compile(
    rf"\bgroups?(?:\s+chats?)?\s+(?:that|which|where)\s+(?P<a>{_NAME})\s+(?:is|was|'s|’s)\s+(?:in|a\s+member|part)\b"
    rf"|\bgroups?\b[^.?!]{{0,20}}?\b(?:has|have|with|having|includes?|including)\s+(?P<b>{_NAME})\s+"
    r"(?:as\s+a\s+member|in\s+it)\b"
    rf"|(?P<c>{_NAME})(?:'s|’s)\s+(?:[a-z]\w*\s+)?group(?:\s+chat)?(?=\s*(?:[.,;:!?]|$)|\s+(?:on|in|and|to|for)\b)"
    rf"|(?P<d>{_NAME})\s+is\s+(?:in|a\s+member\s+of|part\s+of)\s+(?:one\s+of\s+)?my\s+(?:\w+\s+)?groups?\b", re.I)


def member_of(task: str) -> str | None:
    """The person a group is named by ("Ana Ruiz" of "the group that Ana Ruiz is in"); None when none."""
    m = _MEMBER.search(task)
    return next((g for g in m.groups() if g), None) if m else None


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, history: Sequence[dict[str, Any]],
           is_group: Callable[[str], bool]) -> None:
    """Open the group row that may hold the person (their last word, else the next not opened); leave a group page
    that does not name them; act only on the one that does (``is_group``: a chat row that is a group's)."""
    member = member_of(task)
    if member is None:
        return
    who = normalize(member)
    labels = {i: screen.labels.get(i, "") for i in screen.actionable if i not in screen.editable}
    groups = [i for i, label in labels.items() if " | " in label and is_group(label)]
    taps = [h for h in history if h.get("kind") == "tap" and h.get("outcome") == "success"]
    opened = {normalize(_title(_said(h))) for h in taps}
    if groups:
        spoke = [i for i in groups if normalize(labels[i].split(" | ", 1)[1]).startswith(who)]
        left = spoke or [i for i in groups if normalize(_title(labels[i])) not in opened]
        for c in candidates:
            element = c.action.get("element")
            if c.action.get("kind") == "tap" and left and element == left[0]:
                c.score += 5.0  # the group the person spoke in last, else the next not yet opened
            elif c.action.get("kind") == "type" and normalize(c.action.get("text", "")) == who:
                c.score -= 3.0  # a search for the person finds their own chat, not their groups
            elif c.action.get("kind") == "done" and left:
                c.score = min(c.score, 0.5)  # not yet looked in every group
        return
    last = taps[-1] if taps else None
    on_group_page = last is not None and history and history[-1] is last and " | " in _said(last) and is_group(
        _said(last))
    if not on_group_page or who in normalize(" ".join(screen.lines)):
        return  # the person's group: its verb is the task's
    for c in candidates:
        if c.action.get("kind") == "back":
            c.score = max(c.score, 6.0)  # another group: back to the list
        elif c.action.get("kind") in ("tap", "long_press", "type"):
            c.score -= 3.0  # nothing is done to a group the person is not in


def _said(record: dict[str, Any]) -> str:
    line = record.get("line", "")
    return line.split("] ", 1)[-1] if "] " in line else line


def _title(label: str) -> str:
    return label.split(" | ", 1)[0]
