"""Requests said in a formal or legalistic register, put as the plain request.

Official letters ask for an outcome rather than an act ("Kindly ensure that the file X is deleted", "ensure that
the Y chat is no longer muted", "kindly cause the message Q to be posted to the group G forthwith") and ask for a
fact with a verb of reporting ("kindly state the opening hours of X", "identify the sender of ..."). These become
"delete the file X", "unmute the Y chat", "post Q to the group G", "what is the opening hours of X?". Formal words
are said plainly (transmit: send, entitled: titled, bearing the name: named, persons: people). Runs early, quotes
held aside. General English register only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .wished_states import DONE_TO, state_verb

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
# Participles of sending and making beyond a wish's states (wished_states.DONE_TO).
_DONE = {**DONE_TO, "sent": "send", "transmitted": "send", "emailed": "email", "e-mailed": "email", "texted": "text",
         "posted": "post", "shared": "share", "created": "create", "added": "add", "opened": "open", "booked": "book",
         "cancelled": "cancel", "canceled": "cancel", "scheduled": "schedule", "stored": "save", "recorded": "save",
         "effected": "make", "made": "make", "dispatched": "send", "forwarded": "forward"}
_PARTICIPLE = "|".join(sorted(_DONE, key=len, reverse=True))
_LEAD = r"(?P<lead>(?:(?:please|kindly|you are (?:hereby )?requested to|you are asked to)\s+)*)"
_ENSURE = r"(?:ensure|make sure|see to it|arrange|procure)(?: that)?"
# Formal words and their everyday sense (whole words; the first that matches wins).
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (r",?\s+(?:forthwith|herewith|without (?:further )?delay|at your earliest convenience)\b", ""),
    (r"\b(?:presently|currently) (?=(?:shown|displayed|listed|connected|stated|recorded|set|saved|stored|open)\b)", ""),
    (r"\b(?:bearing|carrying|having) the (?:title|heading)\b|\bentitled\b", "titled"),
    (r"\b(?:bearing|carrying) the name\b", "named"),
    (r"\b(?:bearing|under|carrying) the subject(?: line)?\b", "with the subject"),
    (r"\bbearing (?=the (?:highest|lowest|best|worst|largest|smallest|most|least|greatest)\b)", "with "),
    (r"\btransmit(?:ting)?\b", "send"),
    (r",?\s+(?:and )?(?:arrange|organi[sz]e|schedule) (?:for )?(?:the )?(?:delivery|shipping|shipment)(?: of it)? (?:to|at)\b",
     " and ship it to"),
    (r"\s+so (?:that )?(?:its|their|the) (?:new )?(?P<k>name|title) (?:reads|becomes|says|will be|shows|is)\b", " to"),
    (r"^(?P<l>(?:(?:please|kindly)\s+)*)record\b(?=[^;?]*\b(?:in|into|on|as) (?:an?|the|my) (?:new )?(?:note|memo|document|list)\b)",
     r"\g<l>save"),
    (r"\b(?:marked|set|flagged|saved|kept) as (?:an? |one of (?:my|the) )?favou?rites?\b(?! (?:contacts?|places?|songs?))",
     "favourited"),
    (r"\bphotograph(?P<s>s?)\b", r"photo\g<s>"),
    (r"\bpersons\b", "people"),
    (r"\bresidential (?=address\b)", ""),
    (rf"\bsend (?:the following|this|the below) (?:sms|text message|text|message) to (?P<n>[^:{OPEN}]+?):?\s*(?={_Q})",
     r"text \g<n>: "),
    (r",?\s*\bas (?:displayed|shown|listed|published|posted) (?:at|on) (?P<u>[^\s,]+),?(?=\s)", r" from \g<u>"),
))
# Verbs of reporting a fact: "state the X", "identify the X" asks what the X is.
_REPORT = r"(?:state|identify|indicate|specify|ascertain|determine|establish|advise (?:me )?(?:of|as to)|inform me of|provide)"
# "Please confirm / advise (on) X" asks X where X is a wh-clause or a fact named by its kind ("confirm the order" is an act).
_FACTS = (r"time|date|day|address|number|name|price|cost|title|sender|location|place|venue|size|rating|temperature|code"
          r"|hours|e-?mail(?: address)?|total|amount")
_CONFIRM = re.compile(rf"^{_LEAD}(?:confirm|advise)(?: (?:to )?me)?(?: (?:on|as to|of|about)(?! (?:which|what|whom)\b))?\s+"
                      rf"(?P<x>(?:(?:on|in|at|to|from|for|by) )?(?:which|what|who|whom|where|when|how)\b[^;?]*?"
                      rf"|(?:the|my|today's|tonight's|tomorrow's) (?:[\w'\-]+ ){{0,3}}?(?:{_FACTS})\b[^;?]*?)\s*[.!?]?$", re.I)


def formal(text: str) -> str:
    """``text`` in plain words (see the module docstring); the same text when it has none of these shapes."""
    if m := _CONFIRM.match(text.strip()):
        x = m["x"]
        if re.match(r"(?:(?:on|in|at|to|from|for|by) )?(?:which|what|who|whom|where|when|how)\b", x, re.I):
            return f"{x}?"
        day = re.match(r"(today|tonight|tomorrow)'s\s+", x, re.I)  # "today's closing time of X": of X today
        return f"what is the {x[day.end():]} {day[1].casefold()}?" if day else f"what is {_lower(x)}?"
    if not re.search(rf"\b(?:{_ENSURE}|cause|{_REPORT}|forthwith|transmit|entitled|bearing|photograph|persons|so that|record)\b",
                     text, re.I):
        return text
    said = text
    for pattern, plain in _PLAIN:
        said = pattern.sub(plain, said)
    said = _reported(_caused(_ensured(said)))
    if said == text:
        return text
    return re.sub(r"^(?:(?:please|kindly)\s+)+", "", said.strip(), flags=re.I)  # the request itself is plain now


def _ensured(text: str) -> str:
    """"kindly ensure that X is deleted" -> kindly delete X; "... X is no longer pinned" -> unpin X; "... X henceforth
    bears the name Y" -> rename X to Y; "... X is enabled" -> enable X."""
    m = re.match(rf"^{_LEAD}{_ENSURE} (?P<x>(?!(?:it|this|that|there|I|we|you|they)\b)[^;:?]+?)"
                 rf" (?:(?:hence|hereafter|henceforth|from now on|from today)\s+)?(?:bears|carries|has|is given|gets) the"
                 rf" (?:new )?(?P<k>name|title) (?P<y>{_Q}|\S[^,;]*?)\s*(?P<e>[.!]?)$", text.strip(), re.I)
    if m:
        return f"{m['lead']}rename {_lower(m['x'])} to {m['y']}{m['e']}"
    m = re.match(rf"^{_LEAD}{_ENSURE} (?P<x>(?!(?:it|this|that|there|I|we|you|they)\b)[^;:?]+?)"
                 rf" (?:is|are|gets|get|be|shall be|will be|has been|have been)(?P<no> no longer| not| never)?"
                 rf"(?: (?:duly|properly|promptly|immediately))? (?P<p>{_PARTICIPLE})\b(?P<rest>[^;?]*)$", text.strip(), re.I)
    if not m:
        return text
    verb = state_verb(m["p"], bool(m["no"]), _DONE)
    verb = "unfavourite" if m["no"] and m["p"].casefold() in ("favourited", "favorited") else verb
    if verb is None:
        return text
    rest = m["rest"]
    by = re.match(r"\s+by (?P<b>e-?mail|sms|text(?: message)?)\b", rest, re.I)
    if verb == "send" and by:  # "is sent by email to X": emailed to X
        verb, rest = ("email" if "mail" in by["b"].casefold() else "text"), rest[by.end():]
    if verb == "rename" and not re.match(r"\s+(?:to|as)\b", rest):
        rest = re.sub(r"^\s+", " to ", rest)
    return f"{m['lead']}{verb} {_lower(m['x'])}{rest}"


def _caused(text: str) -> str:
    """"cause the message Q to be posted to G" -> post Q to G."""
    m = re.match(rf"^{_LEAD}(?:cause|have|get) (?P<x>(?!(?:it|this|that|me|us|you|him|her|them)\b)[^;?]+?) to be (?P<p>{_PARTICIPLE})\b"
                 rf"(?P<rest>[^;?]*)$", text.strip(), re.I)
    if not m:
        return text
    x = re.sub(rf"^(?:the|this|following|said|\s)*(?:message|text|note|words?|line)\s+(?={_Q})", "", m["x"], flags=re.I)
    return f"{m['lead']}{_DONE[m['p'].casefold()]} {_lower(x)}{m['rest']}"


def _reported(text: str) -> str:
    """"kindly state the venue of X" -> what is the venue of X?; "ascertain the number of ... and save it ..." ->
    find the number of ... and save it ...: a verb of reporting asks for the fact."""
    m = re.match(rf"^{_LEAD}{_REPORT} (?P<x>(?:the|my|its|their|which|who|what|where|when|how)\b[^;?]+?)\s*[.!?]?$", text.strip(), re.I)
    if not m:
        return text
    x = m["x"]
    if re.search(r"\s(?:and|then)\s+(?:record|note|save|store|enter|write|put|send|text|email|share|forward|add)\b", x, re.I):
        x = re.sub(r"\b(?P<v>record|note|save|store|enter|write|put) the same\b", r"\g<v> it", x, flags=re.I)
        return f"{m['lead']}find {x}"  # the fact is only a step: it is looked up, then used
    if re.match(r"(?:which|who|what|where|when|how)\b", x, re.I):
        return f"{x[0].upper()}{x[1:]}?"
    return f"what is {x}?"


def _lower(phrase: str) -> str:
    """A thing said first, with its article in lower case ("The note" -> "the note")."""
    return re.sub(r"^(The|My|This|That|Its|Our)\b", lambda m: m.group(1).lower(), phrase.strip())
