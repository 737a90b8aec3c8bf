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
from .task_verbs import VERBS

_MARK = re.compile(r"(?:,|\s[-–—])\s*(?:i mean|i meant|actually|or rather|sorry,? (?:make that|i mean|i meant)"
                   r"|no,? wait|wait,? no|no,? sorry|sorry,? no|scratch that|make that|correction:?)\s*,?\s+", re.I)
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
            said = _apply(text[:mark.start()], text[mark.end():], "actually" not in mark.group().casefold())
            if said is not None:
                text = said
                break
        else:
            return text
    return text


def _apply(before: str, after: str, sure: bool = True) -> str | None:
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
        if kind == _NAME and _opens(before, start) and (" " in before[start:end] or before[start:end].casefold() in VERBS):
            start = before.find(" ", start) + 1  # "Call Ana Ruiz": the verb said first is no part of the name ("Wi-Fi" alone is)
            if not start or start >= end:
                return None
        return before[:start] + said + before[end:] + after[len(said):]
    one = re.fullmatch(r"(?:(?P<lead>.*?(?:^|[.;!?]\s+|\band\s+|\bthen\s+)))?(?P<v>[a-z]+)", before, re.I | re.S)
    then = re.match(r"(?P<v>[a-z]+)\s*,\s*(?P<rest>\S.*)", after, re.I | re.S)
    if one and then and one["v"].casefold() not in ("it", "that", "this", "them", "please"):
        lead = one["lead"] or ""  # "Cancel, I mean delete, the event": one verb said for another
        verb = then["v"] if lead.strip() else then["v"][0].upper() + then["v"][1:] if one["v"][:1].isupper() else then["v"]
        return f"{lead}{verb} {then['rest']}"
    return _restated(before, re.sub(r"^(?:just|simply|only|rather|instead)\s+", "", after, flags=re.I), sure)


def _restated(before: str, after: str, sure: bool) -> str | None:
    """The correction said as a whole new part: a verb for the verb said last ("On X, mute, no wait, delete my chat",
    "Bo texted, no wait, emailed me"), a verb and a pronoun for the verb and its person ("Call Bo, no wait, text him
    ..."; not after "actually", which may go on rather than correct), a phrase for the phrase it starts like ("the last
    mail, no, sorry, the last text")."""
    last = re.search(r"(?P<w>[A-Za-z]+(?: (?:off|on|up|out|down|away|back))?)\s*$", before)
    first = re.match(r"[A-Za-z]+", after)
    if not last or not first:
        return None
    old, new = last["w"].casefold(), first.group().casefold()
    lead = before[:last.start()]
    if new in VERBS and old not in ("it", "that", "this", "them", "please") and re.search(r"(?:^|[,.;!?:]|\band|\bthen)\s*$", lead, re.I):
        return lead + (after[:1].upper() + after[1:] if not lead.strip() and last["w"][:1].isupper() else after)
    if old.endswith("ed") and new.endswith("ed") and old != new and re.search(rf"{_NAME}\s+$", lead):
        return lead + after  # "Bo Li texted, no wait, emailed me X"
    person = re.fullmatch(rf"(?P<lead>(?:.*?(?:^|[.;!?]\s+|,\s+))?)(?P<v>[A-Za-z]+) (?P<who>{_NAME})\s*", before, re.S)
    said = re.match(r"(?P<v>[A-Za-z]+) (?:them|him|her)\b(?P<rest>.*)$", after, re.S)
    if sure and person and said:
        return f"{person['lead']}{said['v']} {person['who']}{said['rest']}"  # "Email Bo, no wait, Signal him: hi"
    start = re.match(r"(?:the|my|a|an|this|that|his|her|their|our|your) (?P<w>[\w\-]+)\b", after, re.I)
    spot = list(re.finditer(rf"\b(?:the|my|a|an|this|that|his|her|their|our|your) {re.escape(start['w'])}\b", before, re.I)) if start else []
    if spot and not re.search(r"[,.;!?]", before[spot[-1].start():]):
        return before[:spot[-1].start()] + after  # "who sent me the last mail, no, sorry, the last text?"
    return None


def _opens(text: str, start: int) -> bool:
    """Does a capitalised run start the sentence (its first word a verb said capitalised)?"""
    return not text[:start].strip() or bool(re.search(r"[.;!?]\s*$", text[:start]))
