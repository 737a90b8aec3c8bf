"""A place or time said before a question goes after it: "In Maps, which cafe has the best rating?" -> "which cafe
has the best rating, in Maps?"; "On Friday, how many events do I have?" -> "how many events do I have, on Friday?".

The question is then read as when it is said in the usual order (a fronted "In Maps," would otherwise be read as
what the question is about). Only a short phrase of "in", "on" or "at" before a question word; a request said after
a place ("In Chrome, open X") is read elsewhere. A yes/no question whether there are any, followed by "how many?",
asks the count: "Do I have any unread emails? If so, how many?" -> "How many unread emails do I have?". General
English only.
"""

from __future__ import annotations

import re

_QUESTION = r"(?:what|which|who|whom|whose|when|where|how|is|are|was|were|do|does|did|can|could|will|has|have)\b"
_FRONTED = re.compile(rf"^(?P<where>(?:in|on|at|inside|within) (?:[^\s,;:?!.]+ ){{0,3}}?[^\s,;:?!.]+),\s+"
                      rf"(?P<q>(?i:{_QUESTION})[^?]*?)\s*\?\s*$", re.I)


_ANY_THEN_HOW_MANY = re.compile(r"^(?:(?P<have>(?:do|did) (?P<who>I|we) have)|(?P<be>are|were) there|have (?P<who2>I|we) got)"
                                r"\s+(?:any\s+)?(?P<x>[^?.!]{2,80}?)\s*\?\s*(?:and\s+)?(?:if so,?\s*|if yes,?\s*)?"
                                r"how many(?: (?:of them|are there|do I have))?\s*\??\s*$", re.I)


def question_last(text: str) -> str:
    """``text`` with a place or time said before its question moved after it, or "any X? how many?" asked as the
    count; the same text otherwise."""
    many = _ANY_THEN_HOW_MANY.match(text.strip())
    if many:
        who = many["who"] or many["who2"]
        tail = f"do {who} have" if who else f"{many['be'].lower()} there"
        return f"How many {many['x']} {tail}?"
    fronted = _FRONTED.match(text.strip())
    if not fronted or re.search(r"[.!?]", fronted["q"]):
        return text
    question, where = fronted["q"], fronted["where"]
    return f"{question[0].lower()}{question[1:]}, {where[0].lower()}{where[1:]}?"  # as unquoted_parts writes it
