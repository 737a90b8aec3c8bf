"""A request said in Gen-Z or gamer slang, said plainly.

"yo lowkey need u to yeet the "Old" bookmark outta my Nimbus fr", "ngl I need the temp in Oslo, no cap", "slap it in
my favourites", "just gimme the count", "X real quick", "..., we don't talk anymore lol": the markers that only
colour the request go (yo, lowkey, highkey, ngl, tbh, fr, no cap, deadass, lol, fam, bestie, bro, spill, real quick),
"yeet X" deletes it ("yeet X outta Y" takes it out of Y), "outta" is "out of", "gimme" is "give me", "slap / chuck /
toss it in my favourites" adds it there, "need u to X" is X, "need a new event X" creates it, and a question's "just give me the count" tail goes.
General English only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, HELD, OPEN
from .text import QUOTED

_MARKERS = re.compile(r"(?:^|(?<=\s)|(?<=,))\s*(?:yo|lowkey|highkey|ngl|tbh|fr(?: fr)?|frfr|no cap|deadass|istg|lol|lmao|lmfao"
                      r"|fam|bestie|bro|bruh|real quick|for real|on god|periodt?|sheesh|imo|imho)"
                      r"(?=\s|[,.!?]|$)", re.I)
_PHRASES = tuple((re.compile(p, re.I), r) for p, r in (
    (r"(?<=[?!.,])\s*spill(?: the tea)?\s*[.!]*$", ""),  # "...? spill": tell me
    (r"\boutta\b", "out of"),
    (r"\bgimme\b", "give me"),
    (r"\btho\b", "though"),
    (r"^(?:I\s+)?need (?:u|you|ya) to\s+", ""),
    (r"^(?:I\s+)?need (?=an? (?:new )?(?:calendar event|event|alarm|timer|album|playlist|folder|contact|group)\b)",
     "create "),  # "need a calendar event X on Monday": make one
    (r"\byeet (?P<x>[^,;.!?]+?) out of (?=(?:my|the|this|that) )", r"remove \g<x> from "),
    (r"\byeet\b", "delete"),
    (r"\b(?:slap|chuck|toss|yoink) (?P<x>it|that|this|them|(?:the|my) [\w.\-]+|[\w\-]+\.\w{2,4}) (?:in|into|on|onto) (?P<y>(?:my|the) "
     r"(?:[\w\-]+ )?(?:favou?rites|faves|cart|basket|wishlist|album|playlist))\b", r"add \g<x> to \g<y>"),
    (r"(?<=\?)\s*(?:just\s+)?give me (?:the|a|that) (?:count|number|total|answer|name)\s*[.!]*$", ""),
    (r"(?<=[\w\"”])\s*,\s*(?:we|they|he|she|I) (?:don't|do not|dont) (?:talk|speak|chat|hang out)(?: any ?more)?\s*[.!]*$", ""),
))


def unslanged(task: str) -> str:
    """``task`` without slang (see the module docstring); the same text when it has none."""
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:  # quoted text is never read for slang
        held.append(m.group())
        return f"{OPEN}{len(held) - 1}{CLOSE}"

    text = QUOTED.sub(hold, task.strip())
    said = re.sub(r"^[\s,]+", "", _MARKERS.sub(" ", text))
    for pattern, plain in _PHRASES:
        said = pattern.sub(plain, said)
    if said == text:
        return task
    said = re.sub(r"\s+([,.!?])", r"\1", re.sub(r"[ \t]{2,}", " ", said)).strip(" ,")
    return HELD.sub(lambda m: held[int(m.group(1))], said)
