"""Clauses of a task said as context then request: who says what, and the thing a clause is about.

"Kofi Adjei needs the code from the Vimeo email, text it to them", "I am sorting out Pictures, so
find its oldest photo and ...", "I have got "Dentist" on Monday, so I need an alarm 1 hour before it":
the first clause has its own subject (context, never the object of the request's verb), says what
someone needs or what the user works on (the thing "it"/"its" stands for in the request), and the
request may be a wish for a thing ("I need an alarm ..."). General English clause grammar only.
"""

from __future__ import annotations

import re

from .text import FULL_NAME

_FULL_NAME = FULL_NAME
# A clause that starts with its own subject: a pronoun, or a full name and a verb ("Bo Li needs", "Bo Li should").
_SUBJECT = re.compile(rf"^\s*(?:(?:I|we|you|he|she|they)\b|{_FULL_NAME} (?:(?-i:[a-z]+s)|should|must|would|will|can|could"
                      r"|has to|is|was)\b)")
# "I need an alarm ...", "we would like a new playlist ...": a wish for a thing, said as the request.
_WISH = re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:I|we) (?:really )?(?:need|want|would like|would love|would appreciate)\s+"
                   r"(?:a|an|some|one|another)\s+(?!(?:way|reason|moment|minute|second|break|rest|favou?r)\b)\w", re.I)
# What someone needs or is to see, or what the user is working on: the thing the next clause's "it" stands for.
_NEEDS = re.compile(rf"^\s*(?P<who>(?:(?i:my|our)\s+(?-i:[a-z]+)\s+)?{_FULL_NAME}|(?i:my|our)\s+(?-i:[a-z]+)|I|we|he|she|they)\s+(?:(?:really|still|also|urgently)\s+)?"
                    r"(?:needs?|wants?|would like|is waiting for|(?:want|need|would like) to (?:keep|save|store|have)|asked (?:me )?for|is asking (?:me )?for|has asked for|"
                    r"(?:should|must|has to|have to|needs to|wants to|would like to) (?:see|get|have|read|know)|"
                    r"(?:am|is|are) (?:cleaning|clearing|tidying|sorting|going through|looking through|organi[sz]ing)"
                    r"(?: up| out)?)\s+(?P<o>(?:the|my|our|his|her|their|that|this|(?-i:[A-Z]))[^,;:()]*?)"
                    r"(?:\s+(?:in order )?to (?!(?:the|a|an|my|his|her|their|our|your|this|that|it|them)\b)(?-i:[a-z]+)\b[^,;:()]*)?"
                    r"\s*(?:[,;:()]|$)", re.I)  # its purpose ("... to sign in") is not the thing


def has_subject(clause: str) -> bool:
    """Does the clause start with its own subject ("I want to send X", "Bo Li needs X")?"""
    return bool(_SUBJECT.match(clause))


def wishes_for_thing(clause: str) -> bool:
    """Is the clause a wish for a thing ("so I need an alarm at 7", "I would like a new note ...")?"""
    return bool(_WISH.match(clause))


def object_of(clause: str) -> str:
    """The thing a context clause says someone needs or the user works on ("Bo Li needs the code from
    the Vimeo email" -> "the code from the Vimeo email"); empty when it says neither."""
    m = _NEEDS.match(clause)
    return m.group("o").strip() if m else ""


def needer(clause: str) -> str:
    """Who a context clause says needs a thing ("my boss needs the code ..." -> "my boss"); empty when none
    or when it is the user."""
    m = _NEEDS.match(clause)
    return "" if m is None or m["who"].casefold() in ("i", "we", "he", "she", "they") else m["who"]
