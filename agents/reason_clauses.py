"""A reason said first as a clause of its own: "Since I met Bo Li today, save them as a new contact", "Because I
open it daily, pin the Hikers chat", "I don't want to keep Bo Li waiting - answer their mail", "Now that Ana Li goes by a new name, change her contact", "As it's late, could
you mute X?". People put why before what: the request's pronouns are the reason's people and things ("save Bo Li as a
new contact"), and the reason goes once all it names is in the request or it names nothing; else it stays, as a
sentence of its own before the request ("Book club now meets at Elm Cafe. Update the event").
A "since" of time ("Since Monday, how many mails came?", "since 9:00") is no reason and stays. Only where a request
follows the comma (a task verb, or a polite opener). Quoted text is never split. General English only.
"""

from __future__ import annotations

import re

from .referents import locates_value, people, resolve, restated, things
from .task_verbs import VERBS
from .text import QUOTED

# The subordinators that give a reason, each followed by its clause's subject.
_REASON = re.compile(r"^(?:since|because|cause|'cause|as|now that|given that|seeing (?:as|that)|considering(?: that)?)\s+"
                     r"(?=(?:I|we|you|he|she|it|they|my|our|his|her|their|this|that|these|those|the|there|(?-i:[A-Z])[\w'\-]+"
                     r" (?-i:[A-Z])[\w'\-]+)\b)", re.I)
# A thing not wanted said first as the reason ("I don't want to keep Bo Li waiting - answer their mail"): what follows
# the comma or dash is the request.
_UNWANTED = re.compile(r"^(?:I|we) (?:don't|do not|dont|wouldn't|would not) (?:want|like|wanna) to\s+(?=\w)", re.I)
# A time after "since" ("since the morning") is no reason: the clause's first words say a moment.
_MOMENT = re.compile(r"^(?:the )?(?:morning|evening|afternoon|weekend|start|beginning|last|first|yesterday|today|then)\b",
                     re.I)
# A reason saying where or what a value is ("Bo Li's address is only in my contacts"): the request reads it there.
_VALUE = re.compile(r"'s (?:e-?mail |phone |home |new )?(?:address|number|e-?mail|code|password)\b[^,]*\b(?:is|are)\b", re.I)
_BACK = re.compile(r"\b(?:it|its|them|their|they|him|his|her)\b", re.I)  # a pronoun left for the words around it
_THING = re.compile(r"\b(?:the|a|an|this|that)\s+\w|\"|\b\w+\.\w{2,4}\b")  # "its" after "the cheapest lamp": that thing's
_CONTACTS = re.compile(r"\b(?:in|from|on) (?:my|the) (?:contacts?|address book|phone ?book|contact list)\b", re.I)  # where to look
_POLITE = r"(?:please|kindly|(?:can|could|would|will) you|would you mind|I(?:'d| would) like|I want|I need|just|then)\b"
# Everyday verbs of a request beside the task verbs ("keep X pinned", "grab X", "pass X on").
_EVERYDAY = frozenset("bring grab have heart keep let pass pop pull retitle shut stick toss".split())
_REQUEST = re.compile(rf"^(?:{_POLITE}|(?:{'|'.join(sorted(VERBS | _EVERYDAY, key=len, reverse=True))})\b)", re.I)


def reason_said_apart(text: str) -> str:
    """``text`` with a leading reason clause said as a sentence of its own (see the module docstring)."""
    m = _REASON.match(text) or _UNWANTED.match(text)
    if not m or _MOMENT.match(text[m.end():]):
        return text
    spans = [q.span() for q in QUOTED.finditer(text)]
    for comma in re.finditer(r",\s+(?:so\s+)?" if m.re is _REASON else r"(?:,|\s[-–—])\s+(?:so\s+)?", text[m.end():]):
        at = m.end() + comma.start()
        if any(a <= at < b for a, b in spans):
            continue
        rest = text[m.end() + comma.end():]
        if _REQUEST.match(rest):
            reason = text[m.end():at].strip()
            if locates_value(reason) or _VALUE.search(reason):  # "Since Bo Li's address is in my contacts, look it up"
                return f"{reason[:1].upper()}{reason[1:]}. {rest[:1].upper()}{rest[1:]}"
            if (taken := _taken_from(reason, rest)) is not None:
                return taken
            if len(people(reason)) > 1 or _CONTACTS.search(reason):
                return text  # "Since Ana Li, Bo Chen and I ...": no one person is "them"; "who's in my contacts": where to look
            request = resolve(rest, [reason])
            if any(not _stands_for(b, request, reason) for b in _BACK.finditer(request)):
                return text  # "Since I cook Miso soup tonight, pull up its recipe": a pronoun nothing named stands for
            if restated(reason, request) or not (people(reason) or things(reason) or QUOTED.search(reason)):
                return request  # all the reason named is in the request now
            return f"{reason[:1].upper()}{reason[1:]}. {rest[:1].upper()}{rest[1:]}"
    return text


def _stands_for(pronoun: re.Match[str], request: str, reason: str) -> bool:
    """Does the pronoun left in the request stand for something the request names: "its" after "the cheapest lamp",
    "their" beside the one person the reason named, now in the request?"""
    if pronoun[0].casefold() == "its":
        return bool(_THING.search(request[:pronoun.start()]))
    named = people(reason)
    return pronoun[0].casefold() != "it" and bool(named) and all(p in request for p in named)


def _taken_from(reason: str, rest: str) -> str | None:
    """"[I don't want to type out] Bo Li's address - take it from my contacts and email them X": the request, then where
    the value is ("email Bo Li X (the address is in my contacts)"); None when the request takes no value from somewhere."""
    value = re.search(r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*'s (?:e-?mail |phone |home |postal )?(?P<v>address|number|e-?mail)\b",
                      reason)
    m = re.match(r"(?:take|get|pull|grab|use|copy|look) (?:it|that|this|them)(?: up)? (?:from|in|out of|off) (?P<p>(?:my|the) "
                 r"[\w\- ]{1,30}?)(?:,)? and (?:then )?(?P<r>\S.*?)(?P<end>[.!]?)$", rest, re.I)
    if not value or not m:
        return None
    return f"{resolve(m['r'], [reason])} (the {value['v']} is in {m['p']}){m['end']}"
