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
_PAIR = re.compile(rf"^(?P<p>(?:(?:in|on)\s+(?-i:[A-Z])[\w\-]*\s*,?\s+)?(?:please\s+)?)(?P<v1>{_VERB})\s+(?P<a>(?!and\b)[^,;]+?)(?:\s*,\s*and\s+|\s*,\s*|\s*;\s*|\s+and\s+)"
                   rf"(?:also\s+|then\s+)?(?P<v2>{_VERB})\s+(?P<b>(?!and\b)[^,;]+?)(?P<t>\s*,\s*(?:in|on|using)\s+[^,;]+?)?\s*"
                   r"(?P<e>[.!]?)$", re.I)


def paired_acts(text: str) -> str:
    """``text`` as two parts in turn when it asks two different item actions on two items; the same otherwise."""
    m = _PAIR.match(text.strip())
    if m is None or m["v1"].casefold() == m["v2"].casefold() or re.search(rf"\b(?:{_VERB})\b", m["a"], re.I):
        return made_with_member(text)
    b, where = m["b"], m["t"] or ""
    if not where and (w := re.search(r"\s+(?:in|on|using|via)\s+(?-i:[A-Z])[\w\-]*(?:\s+app)?$", b)):
        b, where = b[:w.start()], f",{w.group(0)}"  # "..., then archive Y on WhatsApp": where both happen
    said = re.match(r"(?:in|on)\s+(?-i:[A-Z])[\w\-]*", m["p"], re.I)  # "On Signal please ...": said after both
    where = where or (f", {said.group(0)[:2].lower()}{said.group(0)[2:]}" if said else "")
    return f"{m['p'][said.end():].lstrip(' ,') if said else m['p']}{m['v1']} {m['a']}, then {m['v2']} {b}{where}{m['e']}"


# "make a new album called "T" and put X in it": a container made, then a member put in it
_MADE = re.compile(r"^(?P<p>(?:please\s+)?)(?:make|create|start|set\s+up|add)\s+(?:an?\s+)?(?:new\s+)?(?P<k>album|folder|playlist|"
                   r"list|collection|group|board|label|category|notebook|shelf)\s+(?:(?:called|named|titled)\s+)?(?P<t>\ue000\d+\ue001|"
                   r"\"[^\"]+\")\s*(?:,\s*)?(?:and\s+|then\s+|and\s+then\s+)(?P<v>put|add|move|save|place|copy)\s+(?P<m>.+?)\s+"
                   r"(?:in|into|to)\s+(?:it|that\s+one|there)(?P<e>\s*[.!]?)$", re.I)

_KINDS = r"album|folder|playlist|collection|board|notebook|shelf"
# "new album Trip + X", "start a Trip album in Gallery, beginning with the photo X", "a playlist "Run" with X in it"
_MADE_WITH = re.compile(rf"^(?P<p>(?:please\s+)?(?:i\s+would\s+like\s+to\s+|i\s+want\s+to\s+)?)(?:make|create|start|set\s+up)\s+"
                        rf"(?:a\s+)?(?:new\s+)?(?:(?P<n>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){{0,2}})\s+)?(?P<k>{_KINDS})"
                        r"(?:\s+(?:called|named|titled))?(?:\s+(?P<t>\ue000\d+\ue001|\"[^\"]+\"))?(?P<w>\s+(?:in|on)\s+(?-i:[A-Z])[\w\-]*)?"
                        r"\s*,?\s*(?:\+|with|containing|beginning\s+with|starting\s+with|holding)\s+(?:the\s+(?:photos?|pictures?|"
                        r"images?|songs?|tracks?|files?)\s+)?(?P<m>[^,;]+?)(?:\s+in\s+it)?(?P<w2>,?\s+(?:in|on)\s+(?-i:[A-Z])[\w\-]*)?\s*[.!]?$", re.I)


def made_with_member(text: str) -> str:
    """"make a new album "T" and put X in it" as two parts: "create a new album "T", then add X to the album "T"";
    the same text otherwise."""
    m = _MADE.match(text.strip())
    w = _MADE_WITH.match(text.strip()) if m is None else None
    if w is not None and bool(w["n"]) != bool(w["t"]):
        kind, title, where = w["k"].casefold(), w["t"] or f'"{w["n"]}"', w["w"] or (w["w2"] or "").lstrip(",")
        return f"{w['p']}create a new {kind} {title}{where}, then add {w['m']} to the {kind} {title}{where}"
    if m is None:
        return text
    verb = "move" if m["v"].casefold() == "move" else "add"
    return f"{m['p']}create a new {m['k'].casefold()} {m['t']}, then {verb} {m['m']} to the {m['k'].casefold()} {m['t']}{m['e']}"


_CREATED = re.compile(r"^\s*(?:please\s+)?(?:i\s+(?:would\s+like|want)\s+to\s+)?(?:create|make)\s+(?:a\s+)?new\s+\w+\s+[\"“]([^\"”]+)[\"”]", re.I)
_CONFIRMS = ("done", "ok", "save", "create", "add", "confirm")


def _made(piece: str, history: list[dict[str, Any]]) -> bool:
    """A part that creates a titled thing: its title was typed, then a confirming control pressed."""
    m = _CREATED.match(piece)
    if m is None:
        return False
    typed = False
    for h in history:
        if h.get("outcome") != "success":
            continue
        if h.get("kind") == "type" and m.group(1).casefold() in h.get("line", "").casefold():
            typed = True
        elif typed and h.get("kind") == "tap" and any(_pressed(h.get("line", ""), c) for c in _CONFIRMS):
            return True
    return False


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
    if _made(pieces[index], history):
        return True
    return each_recipient.sent_parts(pieces, index, history) or (
        index + 1 < len(pieces) and bool(_GOES_ON.search(pieces[index + 1])) and act_pressed(pieces[index], history))


# The next part goes on with the same item or hands it on ("..., then share it with Bo", "and send Bo "hi""); a part
# on another item of the same list ("then delete Y") starts from that list, not from this item's page
_GOES_ON = re.compile(r"\b(?:it|them|that|this|those)\b|^\s*(?:please\s+)?(?:send|share|text|message|e-?mail|mail|post|forward|tell"
                      r"|reply|call)\b", re.I)


_FAVOURED = re.compile(r"^\s*(?:please\s+)?add\b.*\bto (?:my |the )?favou?rites\b", re.I)


def act_pressed(piece: str, history: list[dict[str, Any]]) -> bool:
    """A part that is one item action ("pin Hiking", "star X", "add X to favourites") whose verb was pressed: done in its
    app, the next part is next."""
    verb = _verb(piece) or ("favourite" if _FAVOURED.match(piece) else None)
    return verb is not None and any(h.get("outcome") == "success" and h.get("kind") == "tap" and (_pressed(
        h.get("line", ""), verb) or verb == "favourite" and re.search(r"\badd to favou?rites\b", h.get("line", ""), re.I))
        for h in history)


def parts_left(pieces: list[str], history: list[dict[str, Any]]) -> bool:
    """Is a send to another person, or an item action of a later part, still to make?"""
    if _act_parts(pieces):
        return acted(pieces, history) < len(pieces)
    return each_recipient.parts_left(pieces, history)


_MEMBER = re.compile(r"^\s*(?:please\s+)?(?P<v>add|move|copy|put)\s+(?P<m>.+?)\s+(?:to|into|in)\s+the\s+(?:" + _KINDS +
                     r"|list|collection|group|label|category)\s+[\"“](?P<t>[^\"”]+)[\"”]", re.I)


def adjust(out: list[Any], task: str, screen: Any, history: list[dict[str, Any]]) -> None:
    """"add X to the album "T"" (a part, after T was made): X is found first and its own add pressed; T's row is
    the choice after that press, and no finishing before it."""
    m = _MEMBER.match(task)
    if m is None:
        return
    verb = m["v"].casefold()
    pressed = any(h.get("outcome") == "success" and h.get("kind") == "tap" and _pressed(h.get("line", ""), verb)
                  for h in history)
    title = m["t"].casefold()
    made = any(h.get("outcome") == "success" and h.get("kind") == "type" and title in h.get("line", "").casefold()
               for h in history)  # T was made in this run (an existing T may be opened and filled from inside)
    if pressed or not made:
        return
    for candidate in out:
        kind, element = candidate.action.get("kind"), candidate.action.get("element")
        if kind == "done" and candidate.action.get("success") is not False:
            candidate.score = min(candidate.score, -2.0)
        elif kind in ("tap", "long_press") and element is not None and screen.labels.get(element, "").casefold() \
                .startswith(title) and element not in screen.editable:
            candidate.score = min(candidate.score, -1.0)  # the place it goes, chosen once its add was pressed
