"""Who is speaking and how sure they sound, said around a plain request.

A note to self ("Note to self: gotta shut the X tab", "Memo to self - need to move a.txt to Old"), a request relayed
for someone else ("My coach says to post X in Y", "My sister asked me to grab X", "Grandpa wants to know which ...",
"My landlord is asking which ...", "My boss wants X switched on") and a hedged ask ("I think maybe you could kinda
V X? If that's ok?", "Could you maybe, like, V X?", "... Like, by SMS, if that's alright?") carry the same request as
the plain imperative. :func:`unframed` says it plainly: the note's label and its "gotta / have to" go, a relayed
instruction is said as one's own ("wants to know Q" -> "I want to know Q"), the hedges and the asking for leave go.
A relayed request whose rest points back at the person ("... - text it to her") is left as it is (they are its
recipient). Quoted text is never read. General English only.
"""

from __future__ import annotations

import re

from .text import QUOTED

# "Note to self:", "Memo to myself -", "Reminder for self (literally):"
_NOTE = re.compile(r"^\s*(?:note|memo|reminder|notes?)\s+(?:to|for)\s+(?:self|myself|me)\b\s*(?:\([^()]{1,30}\))?\s*[:,\-–—]+\s*",
                   re.I)
# "gotta V", "I have to V", "need to V" at a clause's start in a note to self
_MUST = re.compile(r"(?:^|(?<=[:;.!?]\s)|(?<=\s[-–—]\s))(?:I\s+)?(?:(?:really\s+)?(?:gotta|got to|have to|need to|must|should|"
                   r"gonna|going to|wanna|want to|'ll|will|ought to)\s+)(?=[a-z])", re.I)
# Who relays it: "my (big) sister", "our IT guy", "the boss", a family name said as a name ("Grandma", "Mum").
_KIN = (r"grandma|grandpa|granny|grandad|granddad|nana|nan|mum|mom|mommy|mummy|dad|daddy|papa|mama|auntie|uncle|"
        r"the boss|my boss")
_WHO = rf"(?:(?:my|our)\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+|{_KIN})"
_RELAYED = re.compile(rf"^\s*(?P<who>{_WHO})\s+(?:(?P<say>says|said|asked me|asks me|told me|tells me|wants me|needs me|"
                      r"would like me|'d like me|has asked me|just asked me)\s+(?:to|that I should|I should)\s+"
                      r"|(?P<know>(?:wants|would like|'d like|needs|wanted|is dying|is keen)\s+to\s+know|is asking|was asking|"
                      r"asked|asks|is wondering|was wondering|wonders)\s+(?=(?:what|which|who|whose|where|when|how|if|whether)\b)"
                      r"|(?P<want>wants|needs|would like|'d like)\s+(?!to\b|me\b|you\b|him\b|her\b|them\b|us\b))",
                      re.I)
_POINTS_BACK = re.compile(r"\b(?:him|her|them|he|she|they|his|their)\b", re.I)
# "I think maybe you could kinda", "could you maybe, like,", "I guess maybe you could", "hey, would you perhaps"
_HEDGE = r"(?:maybe|perhaps|possibly|kinda|kind of|sorta|sort of|like|just|please|pls)"
_UNSURE = re.compile(r"\b(?:maybe|perhaps|possibly|kinda|kind of|sorta|sort of|like)\b", re.I)  # "please" is no hedge
_ASK = re.compile(rf"^\s*(?:(?:hey|hi|so|um|ok(?:ay)?)\s*,?\s+)?(?P<think>I\s+(?:think|guess|suppose|wonder if|was wondering if|"
                  rf"was thinking)\s+)?(?P<m1>(?:{_HEDGE}\s*,?\s+)*)(?:you\s+(?:could|can|might|would)|(?:could|can|would|might)"
                  rf"\s+you)\s*,?\s+(?P<m2>(?:{_HEDGE}\s*,?\s+)*)(?=[a-z])", re.I)
# "..., if that's ok?", "If that's alright with you.", "if you don't mind"
_LEAVE = re.compile(r"[\s,;]*[.?!]?\s*(?:(?:like|and)\s*,?\s*)?\bif\s+(?:that's|that\s+is|it's|it\s+is|that'd\s+be|that\s+would\s+be)"
                    r"\s+(?:ok|okay|alright|all\s+right|fine|cool|possible)(?:\s+with\s+you)?|[\s,;]*[.?!]?\s*\bif\s+you\s+"
                    r"(?:don't|do\s+not)\s+mind", re.I)
_LIKE_AFTER = re.compile(r"[?.!]\s+like\s*,\s*", re.I)  # "...? Like, the temperature": an afterthought
_PURPOSE = re.compile(r"\s+so(?: that)? (?:I|we)\b[^\"“”]*$", re.I)  # "... so I stop missing stuff": why, no act


def _outside_quotes(text: str, change) -> str:  # type: ignore[no-untyped-def]
    parts = re.split(f"({QUOTED.pattern})", text)
    return "".join(change(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _unhedged(text: str) -> str:
    m = _ASK.match(text)
    hedged = bool(m and (m["think"] or _UNSURE.search(m["m1"] + " " + m["m2"])))
    parts = re.split(f"({QUOTED.pattern})", text[m.end():] if hedged and m else text)
    at = next((i for i in range(len(parts) - 1, -1, -1) if i % 2 == 0 and _LEAVE.search(parts[i])), None)
    if not hedged and at is None:
        return text
    if at is not None:  # the last such phrase outside quotes ends the request
        end = list(_LEAVE.finditer(parts[at]))[-1]
        tail = parts[at][end.end():]
        asked = "?" in end.group(0) or tail.strip().startswith("?")
        parts[at] = parts[at][:end.start()] + (" " + tail.lstrip(" ?.!,") if tail.strip(" ?.!,") else "")
        text = "".join(parts).rstrip(" ,;")
        text = text + "?" if asked and not hedged and not text.endswith("?") else text
    else:
        text = "".join(parts)
    if hedged:  # "could you V X?" asks for an act, not an answer
        text = re.sub(r"\?\s*$", "", text)
    return _outside_quotes(text, lambda p: _LIKE_AFTER.sub(", ", p)).strip()


def _relayed(text: str) -> str:
    m = _RELAYED.match(text)
    if not m:
        return text
    rest = text[m.end():]
    said = re.match(r"(?:this|that|it|these|those)(?: too| as well| also)?\s*[.!]\s+(?=\S)", rest, re.I)
    if m["want"] and said:  # "My boss needs this too. Forward X to Y": who wants it, then the request itself
        return rest[said.end():]
    unquoted = "".join(p for i, p in enumerate(re.split(f"({QUOTED.pattern})", rest)) if i % 2 == 0)
    if _POINTS_BACK.search(unquoted):
        return text  # "... - text it to her": the person is in the request
    if m["say"]:
        return rest
    if m["know"]:
        return "I want to know " + rest
    return "I want " + rest


def unframed(task: str) -> str:
    """``task`` without a note-to-self label, a relaying speaker or hedges around its request; else the same text."""
    text = task
    note = _NOTE.match(text)
    if note:
        text = _outside_quotes(text[note.end():], lambda p: _MUST.sub("", p))
    text = _relayed(_unhedged(text))
    if text != task:
        text = _PURPOSE.sub(".", text)
    return text if text.strip() else task
