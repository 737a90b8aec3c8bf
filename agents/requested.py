"""A thing someone asked for in a message: its name read there first, then used.

"there's an email from Tomas Vidal called Errands, add what they want to my cart", "put the item from
Tomas Vidal's Errands mail in the basket", "order the product Mira asked for in her last text", "Tomas
Vidal mailed me what to buy. Add that product to my cart": the message is read first for the thing's
name (a run of capitalised words in its text: "Please get the Trail Mug for me"), then the rest of the
task acts on it by that name. Plain English task grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import FULL_NAME

_THING = r"product|item|thing|article|gift|present"
_MESSAGE = r"e-?mail|mail|message|text|sms|chat|dm"
_NAME = FULL_NAME
_WHO = rf"they|he|she|{_NAME}|(?-i:[A-Z])[\w\-]+"
_WANT = (r"(?:want(?:s|ed)?|need(?:s|ed)?|asked (?:me )?(?:for|to (?:buy|get|order|purchase|pick up))|asks for|requested"
         r"|wish(?:es|ed)? for|would like|mentioned|named|suggested|recommended|picked|chose)")
_QUOTE = r"[\"“][^\"”]{1,80}[\"”]"
# A message: "the Errands email from Tomas Vidal", "Tomas Vidal's Errands mail", "an email from Tomas Vidal called Errands".
_SOURCE = (rf"(?:(?:the|my|an?|this|that|his|her|their)\s+)?(?:(?P<owner>{_NAME})['’]s\s+)?(?:(?:latest|last|newest|recent)\s+)?"
           rf"(?:(?P<qs>{_QUOTE})\s+|(?P<cs>(?-i:[A-Z])[\w\-]*(?: [\w\-]+){{0,3}}?)\s+)?(?:{_MESSAGE})\b"
           rf"(?:\s+from\s+(?P<sender>{_NAME}))?(?:\s+(?:called|titled|named|about|with the subject|re:?)\s+"
           rf"(?P<subject>{_QUOTE}|(?-i:[A-Z])[^,;.()]{{0,60}}?)(?=\s*[,;.()]|\s+(?:and|then)\b|$))?")
_SOURCE_RE = re.compile(_SOURCE, re.I)
_ANY_SOURCE = re.sub(r"\(\?P<\w+>", "(?:", _SOURCE)  # the same without its names, said in several places
# "the product Tomas asked for in his mail", "the item from Tomas's mail", "what they want"
_OBJECT = re.compile(rf"\b(?:(?:the|that|this)\s+(?P<n>{_THING})s?\s+(?:(?:that|which)\s+)?(?:(?:{_WHO})\s+)?{_WANT}"
                     rf"(?:\s+(?:in|from|by)\s+(?P<src>{_ANY_SOURCE}))?"
                     rf"|(?:the|that|this)\s+(?P<m>{_THING})s?\s+(?:from|in)\s+(?P<src2>{_ANY_SOURCE})"
                     rf"|\bwhat(?:ever)?\s+(?:{_WHO})\s+{_WANT}(?:\s+(?:in|from)\s+(?P<src3>{_ANY_SOURCE}))?)", re.I)
# Where the message is said before the request: "there's an email from ..., add ...", "read the ... mail and add ..."
_CONTEXT = re.compile(rf"^\s*(?:please\s+)?(?:there(?:\s+is|'s)\s+|I\s+(?:got|have|received)\s+|(?:read|check|open|look at)\s+)"
                      rf"(?P<src>{_ANY_SOURCE})(?:\s*[,;.:]\s*|\s+(?=(?:and|then)\b))(?:(?:and|so|then)\s+)*", re.I)
# The message said as what its sender did, anywhere (often put in brackets after the request):
# "(Tomas Vidal sent me an "Errands" email)", "Tomas Vidal forwarded me the Errands mail, ...".
_SENT_ME = re.compile(rf"(?:^|\()\s*(?P<who>{_NAME}) (?:sent|forwarded|mailed|emailed|e-mailed|texted) me\s+(?P<src>{_ANY_SOURCE})"
                      rf"(?:\s*[,;.:]\s*(?:(?:and|so|then)\s+)*|\))?")
_TO_BUY = re.compile(r"^\s*what\s+(?:to|I\s+should|they\s+want\s+me\s+to|I\s+need\s+to)\s+(?:buy|get|order|purchase)\b", re.I)
_BACK = re.compile(rf"\b(?:that|this|the)\s+(?:{_THING})s?\b|\bit\b", re.I)


@dataclass(frozen=True)
class Requested:
    """The thing's noun, the words that find its message, the message as said, and the rest with "that <noun>"."""

    noun: str
    key: str
    source: str
    rest: str


def requested(task: str) -> Requested | None:
    """The thing a message asks for, as the task says it, or None."""
    m = _OBJECT.search(task)
    if m is None:
        return None
    noun = (m["n"] or m["m"] or "product").casefold()
    context = _CONTEXT.match(task) or _SENT_ME.search(task)
    src = next((g for g in ("src", "src2", "src3") if m[g]), None)
    found = _SOURCE_RE.match(m[src]) if src else _SOURCE_RE.match(context["src"]) if context else None
    if found is None:
        return None
    key = _unquote(found["subject"] or found["qs"] or found["cs"] or found["owner"] or found["sender"] or "")
    if not key:
        return None
    head = task[context.end() if context and context.end() <= m.start() else 0:m.start()]
    tail = task[m.end():context.start()] if context and context.start() >= m.end() else task[m.end():]
    rest = re.sub(r"\s+", " ", f"{head}that {noun}{tail}").strip().rstrip("?")  # "Could you ... ?" asks nothing
    sender = context["who"] if context and "who" in context.groupdict() and not found["sender"] else ""
    return Requested(noun, key, f"{found.group(0).strip()} from {sender}" if sender else found.group(0).strip(), rest)


def to_buy(told: str) -> bool:
    """Is what was sent a thing to buy ("Ana mailed me what to buy")?"""
    return bool(_TO_BUY.match(told))


def named(rest: str, name: str) -> str:
    """The rest with the thing said by its name: "add that product to my cart" -> 'add "Trail Mug" to my cart'."""
    return _BACK.sub(f'"{name}"', rest, count=1)


# A run of capitalised words (with numbers and short joining words inside), or a quoted name.
_RUN = re.compile(r"[\"“](?P<q>[^\"”]{2,60})[\"”]|(?P<r>(?-i:[A-Z0-9])[\w'&\-]*(?:\s+(?:of|and|&|de|la|the|with|for)?\s*"
                  r"(?-i:[A-Z0-9])[\w'&\-]*)+)")
_ASKING = re.compile(r"\b(?:buy|get|order|purchase|pick up|grab|want|need|add|like|love|wish|send|bring)\b", re.I)


def item_named(lines: list[str], keys: list[str]) -> str | None:
    """The name of the thing a message's text asks for: the first capitalised run on a plain text line
    (a row's or a button's label is none) that asks for something, other than the message's own
    subject or its sender."""
    known = {k.casefold() for k in keys if k}
    for line in lines:
        text = line.strip()
        if not text or text.startswith("[") or "@" in text or not _ASKING.search(text):
            continue
        for m in _RUN.finditer(text):
            name = (m["q"] or m["r"]).strip()
            if m.start() == 0 and not m["q"]:  # "Please Get ..." or a sentence's first word
                name = name.split(maxsplit=1)[1] if len(name.split()) > 2 else ""
            if name and name.casefold() not in known and len(name.split()) >= 2 or m["q"]:
                return name
    return None


def _unquote(text: str) -> str:
    return text.strip().strip("\"“”").strip()
