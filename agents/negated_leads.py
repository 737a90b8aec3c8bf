"""A request said after what not to do, or under a condition that names its thing.

"Don't keep Bo Li's old number - replace it with X", "I don't want my Gym alarm at 7 anymore - make it 8", "Do not email it: send the file to Bo on Chat", "Never mind the
history - just the title of the last page", "If the torch is not on yet, switch it on", "If you can find "Demo" in my
calendar, email its start time to a@b.org". What not to do is no part of the request: the request alone is said, its
"it" (right after its verb) standing for the thing the negated clause named, its "there" for "in" that thing; a
condition's thing stands for "it" / "its" in the same way. Quoted text is never read for grammar. General English only.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN, quotes_kept

_Q = f"{OPEN}\\d+{CLOSE}"
# "Don't V ... - REQUEST" (a dash, a colon, a semicolon or a sentence's end between them); "Do not disturb" is a mode.
_NEGATED = re.compile(r"^(?P<lead>(?:[^.;:!?]*?,\s*so\s+)?)(?:please\s+|(?P<me>(?:I|we)\s+(?:really\s+)?))?(?:do not|don'?t|never)\s+(?!disturb\b)"
                      r"(?P<v>[a-z]+)(?P<body>(?:[^.;:!?\-–—]|\S-\S|\d[:.]\d)*?)\s*(?:\s[-–—]+\s|[:;]\s|[.!]\s+)"
                      r"(?:(?:just|instead|rather|but|simply|only)\s+)?(?P<req>\S.*)$", re.I | re.S)
_NOT_IMPERATIVE = frozenset("i we you he she they it that this there because so but and or unless if do don't never "
                            "not no".split())
# The thing a clause names: a quoted title (and the day it is on), or a determiner's phrase, up to where it is put.
_DAYED = rf"{_Q}(?:\s+on\s+\w+day(?:,\s*(?-i:[A-Z])[a-z]+ \d{{1,2}})?)?"  # a title and the day it is on
_THING = re.compile(rf"^(?:(?:out|up|away|back|down|off)\s+)?(?P<np>(?:{_DAYED}"
                    r"|(?:the|my|your|his|her|their|our|this|that)\s+[^,;]+?|(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)*'s\s+[^,;]+?))"
                    r"(?=\s+(?:under|sitting|lying|marked|to (?:me|us)|on (?:that|this|the|my)|in (?:my|the|there)|as|at all"
                    r"|any ?more|any longer|for now|around)\b|\s*$)", re.I)
_TITLED = re.compile(rf"^the (?:title|name) (?P<q>{_Q}) on (?:that|this|the|my) (?P<k>[a-z]+)\b", re.I)
_QUOTED_END = re.compile(rf"^(?:the|my|your|his|her|their|our|this|that) .*?{_Q}(?: (?!on\b|in\b)[a-z]+)?(?: (?:on|in) (?-i:[A-Z])[\w\-]*)?")  # 'the "A" group on Chat' ends there
_IT = re.compile(r"^(?P<v>[a-z]+(?: (?:up|out|back|down|off|over))?) (?:it|them)\b", re.I)
_THERE = re.compile(r"\b(?P<v>post|send|share|put|paste|add|drop|forward) (?P<o>it|them|that) there\b", re.I)
_RENAMED = re.compile(rf"^(?P<h>(?:rename|retitle) (?:(?! to ).)+?) (?P<q>{_Q})\s*(?P<e>[.!]?)$", re.I)
# "If X is not on yet, V it ...", "If you can find X (in Y), V its Z ...": X is what "it" / "its" stands for.
_STATE_IF = re.compile(r"^if (?P<np>(?!(?:it|you|I|we|they|he|she|there|this|that)\b)[^,;]{2,60}?) (?:is|are)(?: not|n't)? "
                       r"(?:already |yet )?(?:on|off|enabled|disabled|active|switched on|switched off|turned on|turned off)"
                       r"(?: yet| already)?,\s*(?:then\s+)?(?P<req>[a-z]+(?: (?:up|out|back|down|off|over))? (?:it|them)\b.*)$",
                       re.I | re.S)
_FOUND_IF = re.compile(rf"^if you (?:can |could )?(?:find|see|spot|locate) (?P<np>{_DAYED}|(?:the|my) [^,;]{{2,60}}?)"
                       r"(?: in (?:my|the) [\w\-]+(?: app)?)?,\s*(?:then\s+)?(?P<req>(?!(?:it|you|I|we)\b)[a-z]+\b.*)$", re.I | re.S)
_ITS = re.compile(r"\bits (?P<x>[a-z]+(?: (?:time|date|number|address|name|price|code))?)\b", re.I)


def unnegated(task: str) -> str:
    """``task`` as its request alone when it is said after what not to do or under a condition (see the module
    docstring); the same text otherwise."""
    return quotes_kept(task, lambda text: _negated(text) or _conditional(text))


def _negated(text: str) -> str | None:
    m = _NEGATED.match(text)
    if not m or m["req"].split()[0].casefold().strip(",") in _NOT_IMPERATIVE or not re.search(r"[a-z]", m["req"][:1]) \
            or m["me"] and re.match(r"\s*to\b", m["body"]):  # "I don't want to forget X - V it": a reason (reason_clauses)
        return None
    body = m["body"].strip()
    request, thing = m["req"], _THING.match(body)
    if not thing and (inner := re.search(r"\b(?:in|on|from|of) (?=(?:the|my|your|his|her|their|our) )", body)):
        thing = _THING.match(body[inner.end():])  # "anything in my cart": the cart
    np = thing["np"].strip() if thing else ""
    if np and (ended := _QUOTED_END.match(np)):  # its clock time kept: 'my "Gym" alarm (ringing) at 7:30'
        at = re.search(r" at \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?![\w:])", np[ended.end():], re.I)
        np = ended.group() + (at.group() if at else "")
    if titled := _TITLED.match(m["body"].strip()):  # "the title "A" on that note": the note "A"
        np = f"the {titled['k']} {titled['q']}"
    if np and not re.fullmatch(r"(?:the|this|that|my) (?:one|thing)", np, re.I):
        if _IT.match(request):
            request = _IT.sub(lambda i: f"{i['v']} {np}", request, count=1)
        elif _THERE.search(request):
            request = _THERE.sub(lambda t: f"{t['v']} {t['o']} in {np}", request, count=1)
    request = _RENAMED.sub(r"\g<h> to \g<q>\g<e>", request)  # "retitle it "B"": to "B"
    return f"{m['lead']}{request}"


def _conditional(text: str) -> str | None:
    m = _STATE_IF.match(text)
    if m:
        return _IT.sub(lambda i: f"{i['v']} {m['np']}", m["req"], count=1)
    m = _FOUND_IF.match(text)
    if not m or not re.search(r"\b(?:it|its|them)\b", m["req"], re.I):
        return None
    np = m["np"].strip()
    request = _ITS.sub(lambda i: f"the {i['x']} of {np}", m["req"], count=1)
    return request if request != m["req"] else _IT.sub(lambda i: f"{i['v']} {np}", request, count=1)
