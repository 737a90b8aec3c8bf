"""A sentence about the user's day said before the request, and a request asked as a question with more after it.

"Cleaning up my phone tonight since it's a mess. In Files, unstar a.pdf": the first sentence tells what the user
is doing (it opens with an -ing word) and names nothing the request needs (no name, number or quote), so the
request is the task; so is a wish naming no thing ("I want to change how the phone looks. Switch the dark theme off.") (other openers: loose_grammar). "Can you email Bo what time Yoga starts? Use "Yoga" as the
subject": the question asks for an action, and the sentence after it is a detail of that action. General English.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS
from .text import FULL_NAME

# "Cleaning up my phone tonight.", "Packing for the trip and running out of time." (other openers: loose_grammar)
_ASIDE = re.compile(r"^(?P<aside>(?-i:[A-Z])\w*ing\b[^.!?;:\"]{0,160}"
                    r"[.!])\s+(?P<rest>\S.*)$", re.I | re.S)
# "I want to change how the phone looks.", "I'm trying to free up some space.": a wish naming no thing, then the request;
# a wish to learn something ("I want to see how much data I used. Open Settings.") is the goal, kept
_VAGUE_WISH = re.compile(r"^(?:I|we)(?: would| am|'d|'m| are|'re)? (?:want|need|like|wish|trying|hoping) to (?!(?:see|know|find|check|learn|understand|figure|work|read|look|hear|tell|get|count)\b)\w+(?: \w+)? "
                         r"(?:how|what|the way|the look of|the feel of|some|a bit|a little)\b[^.!?;:\"]{0,120}[.!]\s+(?P<rest>\S.*)$",
                         re.I | re.S)
_BACK = re.compile(r"\b(?:it|its|them|they|their|there|that|this|those|these|him|her|his|one)\b", re.I)
_REQUEST_START = re.compile(r"^(?:please\s+)?(?:(?:in|on|using|via) (?:the |my )?[\w\-]+(?: app)?,?\s+)?(?P<v>[a-z]+)\b", re.I)
_ASKED = re.compile(r"^(?:can|could|would|will) you(?: please)? (?P<v>[a-z]+)\b(?P<req>[^?\"]*(?:\"[^\"]*\"[^?\"]*)*)\?\s+"
                    r"(?P<rest>(?-i:[A-Z])\S.*)$", re.I | re.S)
# "Use "Yoga" as the subject.": a detail of the request said as a sentence of its own
_DETAIL = re.compile(r"^(?:use|make|put|set|give it) (?P<x>\S.*?) as (?:the|its) (?P<f>subject(?: line)?|title|label|name|location"
                     r"|place|venue)\s*[.!]?$", re.I)
_ANSWERED = frozenset("tell show let give find check count look read".split())  # a question to answer, not to act on


def aside_first(text: str) -> str:
    """``text`` with an aside said before the request dropped and an asked request said as one (module docstring)."""
    aside = _ASIDE.match(text)
    if aside and not re.search(rf"{FULL_NAME}|\d|\"", aside["aside"]) and _starts_request(aside["rest"]):
        text = aside["rest"]
    wish = _VAGUE_WISH.match(text)
    if wish and not re.search(r"(?<!^)\b(?!I\b)(?-i:[A-Z])|\d|\"", text[:wish.start("rest")].rstrip()) and _starts_request(wish["rest"]) \
            and not _BACK.search(wish["rest"]):
        text = wish["rest"]
    asked = _ASKED.match(text)
    detail = _DETAIL.match(asked["rest"]) if asked and asked["v"].casefold() in VERBS - _ANSWERED else None
    if detail:
        text = f"{asked['v']}{asked['req'].rstrip()}, with {detail['x']} as the {detail['f'].casefold()}"
    return text


def _starts_request(text: str) -> bool:
    m = _REQUEST_START.match(text)
    return bool(m) and m["v"].casefold() in VERBS
