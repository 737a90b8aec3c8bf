"""A request framed as a reminder to the one asked, or as a learner's wish that they do it, said plainly.

"Don't forget to shut the X tab", "Remember to mute Y", "Make sure you reply to Z with Q", "Be sure to move a.txt",
"Oh, and don't forget: star the Budget mail" ask for the act now, as the plain imperative does: the frame goes and the
verb leads. A learner's calque of "je veux que tu / ich will, dass du / quiero que" ("I want that you archive X", "I
would like that you call Bo") is the same request. Only at the start of the request (a greeting or "please" before it
may stay), and only where a verb follows: "make sure you are home" and "make sure Wi-Fi is off" (a state, read by
openers) are not this frame, nor "remember the milk" (no verb). General English grammar only.
"""

from __future__ import annotations

import re

from .text import QUOTED

# Words that after "make sure you" say a state or a modality, not the act asked ("make sure you're in", "... don't").
_NOT_ACT = r"(?:are|'re|were|have|'ve|had|'d|can|could|will|'ll|would|should|do|don't|do not|did|never|always|also|get to)\b"
_LEAD = r"(?P<lead>(?:(?:please|pls|and|oh|so|also)\s*,?\s+)*)"
_FRAME = re.compile(
    rf"(?:^|(?<=[.!?] ))\s*{_LEAD}(?:(?:(?:do not|don't|dont|never) forget|remember|be sure|make sure)(?: (?:please|also|then))? to\s+(?!be\b|have\b)"
    rf"|(?:make sure|be sure|see to it|ensure)(?: that)? you(?: (?:please|also|then))? (?!{_NOT_ACT})"
    r"|(?:do not|don't|dont) forget\s*[:,\-–—]+\s*(?=[a-z]+ )"
    rf"|(?:I|we) (?:want|would like|'d like|wish|need) that you (?!{_NOT_ACT}))(?P<c>[a-z])", re.I)


# A verb of finding out said before the question it asks, after a colon ("check for me: how many ...?").
_ASKED = re.compile(r"^(?:check|look up|look (?:it|this|that) up|find out|find|see|tell me|let me know|confirm|ask)"
                    r"(?: (?:this|that|it|something))?(?: for me)?\s*[:\-–—]+\s*(?P<q>[^:]+\?)\s*$", re.I)


def unreminded(text: str) -> str:
    """``text`` with a reminder frame or a learner's "I want that you" before its request dropped (see the module
    docstring), at the start of a sentence outside quotes; the same text when it has none."""
    m = _FRAME.match(text)
    if not m:
        if not _FRAME.search(text):
            return text
    elif asked := _ASKED.match(text[m.start("c"):]):
        return m["lead"] + asked["q"]  # "Remember to check for me: how many ...?" asks the question
    parts = re.split(f"({QUOTED.pattern})", text)
    for i in range(0, len(parts), 2):  # a quoted message's own words stay
        parts[i] = _FRAME.sub(lambda m, i=i: _plain(m) if i == 0 or m.start() else m.group(), parts[i])
    return "".join(parts)


def _plain(m: re.Match[str]) -> str:
    """The frame's lead ("please", "oh, and") stays; the verb after it leads its sentence."""
    return m["lead"] + m["c"] if m["lead"] else m["c"].upper()


