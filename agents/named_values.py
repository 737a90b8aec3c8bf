"""A value named by whose it is, said as where it comes from, and the note it is written into.

"Save the Netflix code in a note named "TV"": the code is the one Netflix sent ("the code from
Netflix", to be looked up in the messages or mail), and "a note named ..." that a value is saved
into is a new note. General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

_VALUE = re.compile(r"\b(?P<d>the|my) (?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){0,2}) (?P<a>(?:verification |login |"
                    r"security |confirmation )?code|booking reference|tracking number)\b"
                    r"(?!\s+(?:from|of|that|which)\b)", re.I)
_NO_SENDER = frozenset("wi-fi wifi sim vpn bluetooth door gate alarm qr".split())  # "the Wi-Fi code" is no one's message
_SOURCE = re.compile(r"\b(?:from|in|out of) (?:the |my |an? )?(?:\w+ )?(?:e-?mail|mail|messages?|texts?|sms|inbox|chat)\b",
                     re.I)  # "the Netflix code from my mail": its source is said
_SAVING = re.compile(r"^(?:save|write|copy|store|put|keep|jot|note)\b", re.I)
_A_NOTE = re.compile(r"\b(?P<p>in|into|to|as) an? note (?=(?:named|called|titled|entitled)\b)", re.I)


def sourced(request: str) -> str:
    """``request`` with "the Netflix code" said "the code from Netflix" (when the request names no source),
    saved (if it is) in a new note when "a note named X"."""
    head = request.split("(", 1)[0]  # the reason in brackets keeps its own words
    m = _VALUE.search(head)
    if not m or m.group("n").casefold() in _NO_SENDER or _SOURCE.search(head):
        return request
    request = f"{request[:m.start()]}{m.group('d')} {m.group('a')} from {m.group('n')}{request[m.end():]}"
    return _A_NOTE.sub(lambda n: f"{n.group('p')} a new note ", request, count=1) if _SAVING.match(request) else request


_NAME = r"(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)+"
_ATTR = r"phone number|mobile number|number|e-?mail address|e-?mail|address"
_SENT = re.compile(rf"^(?P<v>text|sms|message|send|e-?mail|mail|tell) (?P<to>{_NAME}) (?P<o>{_NAME})'s (?P<a>{_ATTR})\b", re.I)
_LOOKED_UP = re.compile(rf"^(?:look up|find|get|check|grab) (?:the|their|his|her) (?P<a>{_ATTR}) and (?P<v>[\w\-]+) it to "
                        rf"(?P<to>{_NAME}|them|him|her)\b(?P<rest>[^(]*)", re.I)
_WANTS = re.compile(rf"(?P<who>{_NAME}) (?:wants|needs|would like|has|is trying|tries) to (?:call|reach|contact|phone|ring|text|"
                    rf"e-?mail|visit|get hold of|get in touch with|write to) (?P<o>{_NAME})")


def shared(request: str) -> str:
    """"text Bo Li Ana Ruiz's number" -> "text Bo Li the phone number of Ana Ruiz"; "look up the number and
    WhatsApp it to Bo Li (Bo Li wants to call Ana Ruiz)" -> "text Bo Li the phone number of Ana Ruiz on WhatsApp"."""
    m = _SENT.match(request)
    if m:
        rest = request[m.end():]
        why = re.fullmatch(r"\s*\((?P<c>[^()]*)\)(?P<e>\W*)", rest)
        if why and _WANTS.fullmatch(why.group("c")):  # "(Bo Li needs to reach Ana Ruiz)": said by the request itself
            rest = why.group("e")
        return f"{m.group('v')} {m.group('to')} the {_field(m.group('a'))} of {m.group('o')}{rest}"
    m = _LOOKED_UP.match(request)
    wants = _WANTS.search(request[m.end():]) if m else None
    if not m or not wants:
        return request
    to = wants.group("who") if m.group("to").casefold() in ("them", "him", "her") else m.group("to")
    verb = m.group("v")
    on = f" on {verb}" if verb[:1].isupper() else ""  # "Signal it to them": the app said as the verb
    said = "email" if re.fullmatch(r"e-?mail|mail", verb, re.I) else "text"
    return f"{said} {to} the {_field(m.group('a'))} of {wants.group('o')}{on}{m.group('rest').rstrip(' ?.')}"


def _field(attr: str) -> str:
    return "phone number" if "number" in attr.casefold() else attr


_KINDS = r"photo|picture|image|song|track|file|video|document|recipe|place|restaurant|book|film|movie|link|article"
_MENTIONED = re.compile(rf"(?P<who>{_NAME}) (?:sent me an? (?P<k>text|message|sms|e-?mail|mail|dm)|(?P<v>texted|messaged|e-?mailed"
                        rf"|mailed|dm'?e?d|wrote to) me)\b[^()]*?\b(?P<t>{_KINDS})s?\b", re.I)
_THAT_ONE = re.compile(r"\b(?:that|this) one\b", re.I)  # "do it" is the asked action, "that photo" names its kind


def mentioned(request: str) -> str:
    """"star that one (Bo Li sent me a text about which of my photos they like)" -> "star the photo Bo Li
    texted me about (...)": the thing a message named, where no other clause names it (the reason stays)."""
    context = re.search(r"\((?P<c>[^()]*)\)\s*[.!?]?\s*$", request)
    said = _MENTIONED.search(context.group("c")) if context else None
    head = request[:context.start()] if context else request
    pronoun = _THAT_ONE.search(head) if said else None
    if not pronoun:
        return request
    how = (said.group("k") or said.group("v") or "").casefold()
    verb = "emailed" if "mail" in how else "texted" if how in ("text", "sms", "texted") else "messaged"
    thing = f"the {said.group('t').casefold()} {said.group('who')} {verb} me about"
    return f"{head[:pronoun.start()]}{thing}{request[pronoun.end():]}"
