"""A request corrected as it is said: "X, I mean Y" (actually, sorry make that, no wait, scratch that, or rather).

A careful listener replaces the part the correction stands in for, found by what it starts with: "ship it to Bo,
I mean to Bo's address" ships to the address (the last phrase with the same preposition); "alarm for 7:00, no
wait, 7:30" is for 7:30 (the last value of the same kind: a time, a day, a number, a quoted text, an address, a
name); "Cancel, I mean delete, the event" deletes it (one verb for another). A restatement that parallels nothing
("Unstar X, I mean take the star off it", "the note, I mean the one Bo sent") is left as said. General English only.
"""

from __future__ import annotations

import re

from .referents import HELD

_MARK = re.compile(r"(?:,|\s[-–—])\s*(?:i mean|i meant|actually|or rather|sorry,? (?:make that|i mean|i meant)"
                   r"|no,? wait|wait,? no|scratch that|make that|correction:?)\s*,?\s+", re.I)
_PREPS = ("to", "for", "at", "on", "in", "into", "from", "with", "by", "until", "before", "after", "onto", "under")
_END = r"(?=\s*(?:[,.;!?]|\s[-–—]\s|$))"
_NAME = r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*"
# Values of one kind (the kind a correction said alone must match to replace one said before it).
_KINDS = (
    r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\w:])",  # a time or a small number
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight",
    HELD.pattern + r'|"[^"]*"',  # a quoted text (or the mark it is held aside as)
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    _NAME,
)


def corrected(text: str) -> str:
    """``text`` with each self-correction applied where it parallels a part said before it (else as said)."""
    for _ in range(3):
        for mark in _MARK.finditer(text):
            said = _apply(text[:mark.start()], text[mark.end():])
            if said is not None:
                text = said
                break
        else:
            return text
    return text


def _apply(before: str, after: str) -> str | None:
    """The text with the correction ``after`` put in place of what it parallels in ``before``; None when nothing."""
    words = after.split(maxsplit=1)
    if not words:
        return None
    first = words[0].casefold()
    if first in _PREPS:  # "to Bo, I mean to Bo's address in my contacts"
        said = re.match(r"[^,.;!?]+", after).group().rstrip()
        spot = [m for m in re.finditer(rf"\b{first}\b", before, re.I)]
        if not spot or re.search(r"[.;!?]", before[spot[-1].start():]):
            return None
        return before[:spot[-1].start()] + said + after[len(said):]
    for kind in _KINDS:
        value = re.match(rf"(?:{kind}){_END}", after, re.I)
        if not value:
            continue
        said = value.group()
        olds = list(re.finditer(rf"(?<![\w'])(?:{kind})(?![\w'])", before, re.I))
        if not olds or re.search(r"[.;!?]", before[olds[-1].end():]):
            return None
        start, end = olds[-1].span()
        if kind == _NAME and _opens(before, start):  # "Call Ana Ruiz": the verb said first is no part of the name
            start = before.find(" ", start) + 1
            if not start or start >= end:
                return None
        return before[:start] + said + before[end:] + after[len(said):]
    one = re.fullmatch(r"(?:(?P<lead>.*?(?:^|[.;!?]\s+|\band\s+|\bthen\s+)))?(?P<v>[a-z]+)", before, re.I | re.S)
    then = re.match(r"(?P<v>[a-z]+)\s*,\s*(?P<rest>\S.*)", after, re.I | re.S)
    if one and then and one["v"].casefold() not in ("it", "that", "this", "them", "please"):
        lead = one["lead"] or ""  # "Cancel, I mean delete, the event": one verb said for another
        verb = then["v"] if lead.strip() else then["v"][0].upper() + then["v"][1:] if one["v"][:1].isupper() else then["v"]
        return f"{lead}{verb} {then['rest']}"
    return None


def _opens(text: str, start: int) -> bool:
    """Does a capitalised run start the sentence (its first word a verb said capitalised)?"""
    return not text[:start].strip() or bool(re.search(r"[.;!?]\s*$", text[:start]))
