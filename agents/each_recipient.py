"""One message to two people said as one request: "send X to both Bo and Ana", "tell Bo and also Ana: X".

Said as two sends, one after the other ("send X to Bo, then send X to Ana"): each is its own part of the task
(progress.parts), and a part whose message was typed and sent is done (``sent_parts``), so the next person's
conversation is opened next, in the same app. A group named ("the Hiking group") or "a group with Bo and Ana" is
one chat, not two people. Plain English task grammar only (names are capitalised, quotes held as placeholders).
"""

from __future__ import annotations

import re
from typing import Any

from .text import words

_NAME = r"(?-i:[A-Z])[\w'\-]+(?:\s+(?-i:[A-Z])[\w'\-]+){0,2}"
_Q = r"(?:\ue000\d+\ue001|\"[^\"]+\"|“[^”]+”)"
_WHERE = r"(?P<w>\s+(?:on|in|via|over|by)\s+(?:(?-i:[A-Z])[\w\-]*|SMS|text|e-?mail)(?:\s+app)?)?"
_VERB = r"(?P<v>send|text|message|tell|write|signal|whatsapp|email|e-mail)"
_PAIR = rf"(?:both\s+)?(?P<a>{_NAME})\s+(?:and(?:\s+also)?|&|\+)\s+(?:also\s+)?(?:to\s+)?(?P<b>{_NAME})"
_SHAPES = (
    re.compile(rf"^(?P<p>(?:please\s+)?){_VERB}\s+(?P<q>{_Q})\s+to\s+{_PAIR}{_WHERE}\s*[.!]?$", re.I),  # send X to A and B
    re.compile(rf"^(?P<p>(?:please\s+)?){_VERB}\s+{_PAIR}{_WHERE}\s*(?::|,|\s[-–—])?\s*(?P<q>{_Q})\s*[.!]?$", re.I),
    re.compile(rf"^(?P<p>(?:please\s+)?){_VERB}\s+{_PAIR}\s+(?:the\s+(?:message|text|words)\s+)?(?P<q>{_Q}){_WHERE}\s*[.!]?$",
               re.I),  # send A and B "X" on Signal
)
_GROUP = frozenset(words("group team channel everyone all", stopwords=frozenset()))


def each_recipient(text: str) -> str:
    """``text`` as one send per person when it sends one message to two people; the same text otherwise."""
    for shape in _SHAPES:
        m = shape.match(text.strip())
        if m is None or words(f"{m['a']} {m['b']}", stopwords=frozenset()) & _GROUP:
            continue
        verb = "send" if m["v"].casefold() in ("tell", "write", "signal", "whatsapp") else m["v"].lower()
        where = m["w"] or (f" on {m['v'].capitalize()}" if m["v"].casefold() in ("signal", "whatsapp") else "")
        return f"{m['p']}{verb} {m['q']} to {m['a']}{where}, then {verb} {m['q']} to {m['b']}{where}"
    return text


def sent_parts(pieces: list[str], index: int, history: list[dict[str, Any]]) -> bool:
    """Is part ``index`` a send of a message that was typed and then sent since the parts before it were?"""
    quoted = re.search(r"[\"“]([^\"”]+)[\"”]", pieces[index])
    if quoted is None or not re.match(r"^\s*(?:please\s+)?(?:send|text|message|signal|whatsapp|e-?mail)\b", pieces[index], re.I):
        return False
    same = [i for i in range(index + 1) if quoted.group(1) in pieces[i]]  # the earlier parts sending the same text
    sends, typed = 0, False
    for h in history:
        if h.get("outcome") != "success":
            continue
        if h.get("kind") == "type" and quoted.group(1) in h.get("line", ""):
            typed = True
        elif typed and h.get("kind") == "tap" and "send" in words(h.get("line", "").split("]", 1)[-1], stopwords=frozenset()):
            sends, typed = sends + 1, False
    return sends >= len(same)


def parts_left(pieces: list[str], history: list[dict[str, Any]]) -> bool:
    """One message to several people (every part sends the same quoted text): is a send still to make?"""
    texts = {m.group(1) if (m := re.search(r"[\"“]([^\"”]+)[\"”]", p)) else None for p in pieces}
    return len(pieces) > 1 and None not in texts and len(texts) == 1 and not sent_parts(pieces, len(pieces) - 1, history)


def adjust(out: list[Any], task: str, screen: Any, history: list[dict[str, Any]]) -> None:
    """Just after a send, a person the task still names and this screen does not show is looked for elsewhere:
    back to the list, never given up on here (the screen is the last person's conversation)."""
    _again(out, task, screen, history)
    acted = [h for h in history if h.get("kind") not in ("observe", "invalid_output")]
    backs = next((i for i, h in enumerate(reversed(acted)) if h.get("kind") != "back"), len(acted))
    last = acted[-1 - backs] if backs < len(acted) else None
    if last is None or backs > 2 or last.get("kind") != "tap" or "send" not in words(
            last.get("line", "").split("]", 1)[-1], stopwords=frozenset()):
        return
    names = re.findall(_NAME, re.sub(r"[\"“][^\"”]*[\"”]", " ", task))
    seen = " ".join(screen.lines).casefold()
    if not any(n.casefold() not in seen and len(n.split()) > 1 for n in names):
        return
    for candidate in out:
        if candidate.action.get("kind") == "done" and candidate.action.get("success") is False:
            candidate.score -= 4.0
        elif candidate.action.get("kind") == "back":
            candidate.score += 2.0 + 3.5 * backs  # above the repeat penalty: the keyboard goes first


def _again(out: list[Any], task: str, screen: Any, history: list[dict[str, Any]]) -> None:
    """A message already sent to someone else, in the conversation of the person this part names that does not
    show it yet: typed (and sent) here too, no finishing before."""
    quoted = re.search(r"[\"“]([^\"”]+)[\"”]", task)
    if quoted is None or not sent_parts([task], 0, history):
        return
    message = quoted.group(1).casefold()
    titles = [line.strip().casefold() for line in screen.lines if not line.startswith("[")]
    names = [n.casefold() for n in re.findall(_NAME, task.replace(quoted.group(0), " ")) if len(n.split()) > 1]
    if not any(n in titles for n in names) or any(message in t for t in titles):
        return
    top = max((c.score for c in out), default=0.0)
    for candidate in out:
        if candidate.action.get("kind") == "type" and str(candidate.action.get("text", "")).casefold() == message:
            candidate.score = top + 2.0
        elif candidate.action.get("kind") == "done":
            candidate.score = min(candidate.score, -1.0)
