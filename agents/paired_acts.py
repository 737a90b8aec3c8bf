"""Two different actions on two named items in one request: "pin A and mute B", "archive X, star Y".

Said as two parts in turn ("pin A, then mute B"): each part names its own item and its own verb, and a part is
done once a control labelled with its verb was pressed (the second part's verb pressed after the first's), so
the next part is worked on in the same app, and the task is not finished while a part's verb is still unpressed.
A single verb with two items ("pin A and B") and a verb with no item of its own ("mute and archive X") are left
as they are. Plain English task grammar; the verbs are the item actions apps put in menus and on rows.
"""

from __future__ import annotations

import re
from typing import Any

from . import each_recipient

# Item actions (a row's menu, a toolbar): never a send, a call or a form's Save.
ACTS = ("pin", "unpin", "mute", "unmute", "archive", "unarchive", "star", "unstar", "favourite", "favorite",
        "unfavourite", "delete", "block", "unblock", "hide", "unhide", "flag", "unflag", "like", "unlike", "snooze",
        "bookmark", "trash")
_VERB = "|".join(ACTS)
_PAIR = re.compile(rf"^(?P<p>(?:please\s+)?)(?P<v1>{_VERB})\s+(?P<a>(?!and\b)[^,;]+?)(?:\s*,\s*and\s+|\s*,\s*|\s*;\s*|\s+and\s+)"
                   rf"(?:also\s+|then\s+)?(?P<v2>{_VERB})\s+(?P<b>(?!and\b)[^,;]+?)(?P<t>\s*,\s*(?:in|on|using)\s+[^,;]+?)?\s*"
                   r"(?P<e>[.!]?)$", re.I)


def paired_acts(text: str) -> str:
    """``text`` as two parts in turn when it asks two different item actions on two items; the same otherwise."""
    m = _PAIR.match(text.strip())
    if m is None or m["v1"].casefold() == m["v2"].casefold() or re.search(rf"\b(?:{_VERB})\b", m["a"], re.I):
        return text
    b, where = m["b"], m["t"] or ""
    if not where and (w := re.search(r"\s+(?:in|on|using|via)\s+(?-i:[A-Z])[\w\-]*(?:\s+app)?$", b)):
        b, where = b[:w.start()], f",{w.group(0)}"  # "..., then archive Y on WhatsApp": where both happen
    return f"{m['p']}{m['v1']} {m['a']}, then {m['v2']} {b}{where}{m['e']}"


def _verb(piece: str) -> str | None:
    m = re.match(rf"^\s*(?:please\s+)?({_VERB})\b", piece, re.I)
    return m.group(1).casefold() if m else None


def _pressed(line: str, verb: str) -> bool:
    """A control's label (a history line "[n] Mute notifications (in: X)") that opens with ``verb``."""
    head = re.match(r"[\s\"“]*([^\W\d_]+)", line.split("]", 1)[-1])  # tap [9] "Pin"
    first = head.group(1).casefold() if head else ""
    return first in (verb, f"{verb}s", f"{verb}d", f"{verb}ed", verb.replace("favourite", "favorite"))


def acted(pieces: list[str], history: list[dict[str, Any]]) -> int:
    """How many of the leading act parts were done: each one's verb pressed, in their order."""
    done = 0
    for h in history:
        if done >= len(pieces) or (verb := _verb(pieces[done])) is None:
            break
        if h.get("outcome") == "success" and h.get("kind") in ("tap", "long_press") and _pressed(h.get("line", ""), verb):
            done += 1
    return done


def _act_parts(pieces: list[str]) -> bool:
    return len(pieces) > 1 and all(_verb(p) for p in pieces)


def sent_parts(pieces: list[str], index: int, history: list[dict[str, Any]]) -> bool:
    """Is part ``index`` done within its app: a message typed and sent, or an item action pressed?"""
    if _act_parts(pieces):
        return acted(pieces, history) > index
    return each_recipient.sent_parts(pieces, index, history)


def parts_left(pieces: list[str], history: list[dict[str, Any]]) -> bool:
    """Is a send to another person, or an item action of a later part, still to make?"""
    if _act_parts(pieces):
        return acted(pieces, history) < len(pieces)
    return each_recipient.parts_left(pieces, history)
