"""Subgoals of tasks that read something in one place and use it in another.

"Text Ana the phone number of Bo Lee", "Email x@y.org the start time of "Standup"", "Send
Bo Lee's address to Ana on Signal": first find the value (a question about its object), keep
it in the notes, then do the rest with the value in hand. The part in progress is the first
whose sign of completion is missing: the read part is done once the notes hold a value of its
kind. Plain English task grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .answers import Asked
from .text import words

_KINDS = (r"phone number|mobile number|number|e-?mail address|e-?mail|address|start time|end time|time|date|"
          r"price|cost|total|code|password|file name|name|size|location|temperature|title|subject|text")
_OF = re.compile(rf"\b(?:the\s+|its\s+)?(?P<k>{_KINDS})\s+(?:of|from|in)\s+(?P<o>.+?)"
                 rf"(?=\s+(?:to|on|via|by|with|and|as|in a|into)\b|[.,;!?]|$)", re.I)
_POSSESSIVE = re.compile(rf"(?P<o>\b[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)['’]s\s+(?P<k>{_KINDS})\b")
_HOW_BIG = re.compile(r"\bhow (?:big|large)\s+(?:the\s+)?(?:file\s+)?(?P<o>\S+)\s+is\b", re.I)
_PASSING = re.compile(r"^\s*(?:please\s+)?(?:text|message|sms|send|email|e-mail|mail|tell|share|post|forward|"
                      r"save|note|write|add|put|create|make|call)\b", re.I)
# The kind of value each phrase names (answers' kinds).
_KIND_OF = {"phone number": "phone", "mobile number": "phone", "number": "phone", "email address": "email",
            "e-mail address": "email", "email": "email", "e-mail": "email", "address": "address", "location": "address",
            "start time": "time", "end time": "time", "time": "time", "date": "date", "price": "amount",
            "cost": "amount", "total": "amount", "code": "code", "password": "code", "file name": "file",
            "size": "size", "temperature": "temperature"}


@dataclass(frozen=True)
class ReadPart:
    """The value to read first: the question that finds it and the object it belongs to."""

    question: str
    object: str
    asked: Asked
    rest: str  # the task with the read phrase replaced by "it"


def read_part(task: str) -> ReadPart | None:
    """The part that reads a value for a later step, or None for a single-step task."""
    if not _PASSING.search(task):
        return None
    first = task.split(maxsplit=1)[0].casefold() if task.split() else ""
    for pattern in (_POSSESSIVE, _OF, _HOW_BIG):
        m = pattern.search(task)
        if not m or re.search(r"\b(?:from|in)\s*$", task[:m.start()], re.I):
            continue  # "the meeting from Ana's email": the mail is where to look, not the value
        phrase = (m.groupdict().get("k") or "size").casefold()
        kind = _KIND_OF.get(phrase.replace("-", ""), _KIND_OF.get(phrase))
        if kind is None:
            continue
        obj = m.group("o").strip().strip('"“”')
        head = task[:m.start()]
        if obj.split() and obj.split()[0].casefold() == first:  # "Send Ana's number": the verb is no name
            head += obj.split()[0]
            obj = obj.split(maxsplit=1)[1] if len(obj.split()) > 1 else ""
        if not obj:
            continue
        rest = re.sub(r"\s+([.,;!?])", r"\1", re.sub(r"\s+", " ", head + " it " + task[m.end():])).strip()
        return ReadPart(f"What is the {phrase} of {obj}?", obj, Asked(kind, words(obj)), rest)
    return None


def in_progress(task: str, notes: dict[str, str]) -> tuple[str, ReadPart | None]:
    """(the text the ranker should work on now, the read part while it is the one in progress)."""
    part = read_part(task)
    if part is None:
        return task, None
    if part.asked.kind in notes:
        return part.rest, None
    return part.question, part
