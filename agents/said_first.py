"""A place or time said before a question goes after it: "In Maps, which cafe has the best rating?" -> "which cafe
has the best rating, in Maps?"; "On Friday, how many events do I have?" -> "how many events do I have, on Friday?".

The question is then read as when it is said in the usual order (a fronted "In Maps," would otherwise be read as
what the question is about). Only a short phrase of "in", "on" or "at" before a question word; a request said after
a place ("In Chrome, open X") is read elsewhere. General English only.
"""

from __future__ import annotations

import re

_QUESTION = r"(?:what|which|who|whom|whose|when|where|how|is|are|was|were|do|does|did|can|could|will|has|have)\b"
_FRONTED = re.compile(rf"^(?P<where>(?:in|on|at|inside|within) (?:[^\s,;:?!.]+ ){{0,3}}?[^\s,;:?!.]+),\s+"
                      rf"(?P<q>(?i:{_QUESTION})[^?]*?)\s*\?\s*$", re.I)


def question_last(text: str) -> str:
    """``text`` with a place or time said before its question moved after it; the same text otherwise."""
    fronted = _FRONTED.match(text.strip())
    if not fronted or re.search(r"[.!?]", fronted["q"]):
        return text
    question, where = fronted["q"], fronted["where"]
    return f"{question[0].lower()}{question[1:]}, {where[0].lower()}{where[1:]}?"  # as unquoted_parts writes it
