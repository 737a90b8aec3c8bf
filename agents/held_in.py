"""The container named by what it holds: "rename the album that has my photo IMG_4.jpg in it", "my photo IMG_4.jpg
sits in one of my albums: rename that album", "album with IMG_4.jpg -> rename ...".

A page listing the item never says which album holds it, so the containers are opened one by one: on their list
(the page or tab named for their kind, or rows of "N items"), the next one not yet opened; on a container's page,
back unless the item shows there; where it shows, that container is the one and the task's act is done on its page
(nothing more is chosen here). Android list conventions and plain English task grammar.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .perceptor import Screen
from .ranked import Ranked
from .text import normalize, words

_ITEM = r"(?P<item>[\"“][^\"”]{1,60}[\"”]|[\w\-]+\.\w{2,4}\b)"  # quoted, or a file's name
_KIND = r"(?P<kind>[a-z]{3,20}?)"
_HELD = (
    re.compile(rf"\b(?:the|which(?:ever)?)\s+(?:(?-i:[A-Z])\w+\s+)?{_KIND}s?\s+(?:that\s+|which\s+)?(?:has|holds|contains|containing|includes|"
               rf"with)\s+(?:(?:my|the|a|an)\s+)?(?P<noun>\w+\s+)?{_ITEM}", re.I),
    re.compile(rf"{_ITEM}\s+(?:sits|is|lives|belongs|went|was\s+put)\s+in\s+one\s+of\s+(?:my|the)\s+{_KIND}s\b", re.I),
    re.compile(rf"^\s*{_KIND}\s+(?:with|holding|containing)\s+{_ITEM}", re.I),
)
# a thing's own attribute names the thing itself ("the email with the subject X", "the note with the title X"),
# not a container holding another thing
_ATTRIBUTE = frozenset("subject title name heading header caption label topic text tag wording line".split())
_COUNTED_ROW = re.compile(r"\b\d+\s+(?:items?|photos?|pictures?|files?|songs?|videos?|notes?|entries)\b", re.I)
_PARTS = re.compile(r"\s[|·•]\s|,\s")
STEP = 3.0  # the next container's lead, or back from one without the item


@dataclass(frozen=True)
class Held:
    kind: str  # "album"
    item: str  # "IMG_4.jpg"


def held(task: str) -> Held | None:
    """The container kind and the item it holds that a task names its container by, else None."""
    for pattern in _HELD:
        m = pattern.search(task)
        if m and m.groupdict().get("noun") and m["noun"].strip().casefold() in _ATTRIBUTE:
            continue
        if m and m["kind"].casefold() not in ("one", "thing", "item", "photo", "file", "picture", "song"):
            return Held(m["kind"].casefold(), m["item"].strip('"“”'))
    return None


def _title(label: str) -> str:
    return _PARTS.split(label.strip(), maxsplit=1)[0].strip().casefold()


def _said(entry: dict[str, Any]) -> str:
    return entry.get("line", "").split("] ", 1)[-1].split(" (in: ")[0].strip().strip('"“”')


def containers(screen: Screen, kind: str) -> list[int]:
    """The rows of the containers' list: rows counting what they hold ("Holidays | 3 items") on a page of that kind."""
    rows = [i for i in screen.actionable if i not in screen.editable and _COUNTED_ROW.search(screen.labels.get(i, ""))]
    selected = [screen.labels.get(i, "") for i in screen.actionable if any(
        line.startswith(f"[{i}]") and "selected" in line.rsplit("(", 1)[-1] for line in screen.lines)]
    titles = [line.strip() for line in screen.lines if line.startswith("    ")][:2]
    named = words(kind) & words(" ".join(titles + selected))
    return rows if len(rows) >= 2 and (named or len(rows) >= 3) else []


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, since: Sequence[dict[str, Any]]) -> None:
    """Open the containers in turn until the item shows; back from one without it."""
    ask = held(task)
    if ask is None:
        return
    item = normalize(ask.item)
    opened = [_title(_said(h)) for h in since if h.get("kind") == "tap" and h.get("outcome") == "success"
              and _COUNTED_ROW.search(_said(h))]
    heads = [line.strip().casefold() for line in screen.lines if line.startswith("    ")][:2]
    shows = any(item in normalize(screen.labels.get(i, "")) for i in screen.actionable) or any(
        item in normalize(line) for line in screen.lines)
    rows = containers(screen, ask.kind)
    top = max((c.score for c in candidates), default=0.0)
    if rows:  # their list: the next one not yet opened
        left = [i for i in rows if _title(screen.labels.get(i, "")) not in opened]
        for c in candidates:
            element = c.action.get("element")
            if c.action.get("kind") == "tap" and element in rows:
                c.score = top + STEP if left and element == left[0] else min(c.score, top - 1.0)
        return
    item_taps = [c for c in candidates if c.action.get("kind") in ("tap", "long_press")
                 and item in normalize(screen.labels.get(c.action.get("element", -1), ""))]
    for c in item_taps:
        c.score = min(c.score, top) - STEP  # the item itself is not what the task acts on
    if not opened:  # another page of the app (all photos): the tab or section of that kind ("Albums")
        for c in candidates:
            label = screen.labels.get(c.action.get("element", -1), "")
            if c.action.get("kind") == "tap" and words(label) & words(ask.kind) and len(label.split()) <= 2:
                c.score = max(c.score, top + STEP)
        return
    if opened and heads and heads[0] == opened[-1] and not shows:  # a container without the item: back to the list
        for c in candidates:
            if c.action.get("kind") == "back":
                c.score = max(c.score, top + STEP)
