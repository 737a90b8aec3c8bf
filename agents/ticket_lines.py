"""A request written as a support-ticket line or as the outcome wanted, put as the plain verb-first request.

"User wants: file a.txt deleted" deletes a.txt; "Customer needs: to call Bo" calls Bo; "Client wants: how many
alarms are on" asks it; "I want to know the cook time, in minutes, of X" asks how many minutes; "User wants: the
number of saved pages in their browser" asks how many (their: the user's, said to the phone as "my"); "User wants: phone number for Bo" asks Bo's number; "User wants: X bought and
shipped to Y" buys X and ships it to Y; "I want the report.pdf sent to Bo by mail" mails it. A participle that
names what the thing is ("the starred mail", "the file Bo sent") is no request. Runs early, on the task as typed.
General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS
from .wished_states import DONE_TO, UNDONE

# Who a ticket line is about, and the verb that says what they asked for; a colon or dash after it.
_HEADER = re.compile(r"^(?:the\s+)?(?:user|customer|client|caller|requester|member|account holder|owner)s?(?:'s)?\s+"
                     r"(?:wants|needs|would like|requests|request|asks for|is asking for|asked for|wishes)\s*(?:[:\-–—]\s*|\s(?=to\s))"
                     r"|^(?:(?:user|customer|client)\s+)?(?:request|ask|task|ticket|issue)\s*[:#]\s*", re.I)
_KNOW = re.compile(r"^(?:I|we) (?:want|need|would like|'d like) to know (?P<q>how (?:many|much)\b[^,;:\"]+?)[.!?]*$", re.I)
_IN_UNITS = re.compile(r"^(?:(?:I|we) (?:want|need|would like|'d like) to know|what is) the (?P<a>[\w\- ]{2,30}?),? in (?P<u>seconds|minutes"
                       r"|hours|days|weeks|km|kilometres|kilometers|miles|metres|meters|steps|calories|pages),? of (?P<x>[^?]+?)[.!?]*$", re.I)
_WISH = re.compile(r"^(?:I|we) (?:want|need|would like|'d like)\s+(?!to\b|it\b|you\b)", re.I)
# Participles of a request's verb beyond those a wish names (wished_states.DONE_TO): sending, buying, making.
_MORE = {"sent": "send", "emailed": "email", "e-mailed": "email", "mailed": "mail", "texted": "text", "messaged": "message",
         "purchased": "purchase", "bought": "buy", "ordered": "order", "shipped": "ship", "added": "add", "created": "create",
         "made": "make", "taken": "take", "copied": "copy", "shared": "share", "opened": "open", "loaded": "open",
         "dialled": "dial", "dialed": "dial", "booked": "book", "cancelled": "cancel", "canceled": "cancel",
         "started": "start", "stopped": "stop", "paused": "pause", "posted": "post", "scheduled": "schedule",
         "uploaded": "upload", "joined": "join", "connected": "connect", "played": "play"}
_NAMING = frozenset({"called", "named", "titled", "set"})  # "a note called X", "an alarm set for 7": what it is
_DONE = {p: v for p, v in {**DONE_TO, **_MORE}.items() if p not in _NAMING}
_PARTICIPLE = "|".join(sorted(_DONE, key=len, reverse=True))
# After the participle of a request: where, how or to whom, or nothing more ("starred mail" names a kind of mail).
_AFTER = r"(?=\s*$|\s*[.,;!?]|\s+(?:to|in|into|onto|from|on|at|as|for|by|with|via|and|out|off|back|up|down|away|over)\b)"
# A subject just before it: "the file Bo sent", "the dinner Ana Li texted me about", "what I bought" ("in Shop bought": a place).
_SUBJECT = re.compile(r"(?:^|\s)(?P<w>\S+\s+)?(?:(?:I|we|you|he|she|they|it|who|that|which)|(?P<n>(?-i:[A-Z])[a-z'\-]+"
                      r"(?: (?-i:[A-Z])[a-z'\-]+)*))\s*$", re.I)
_PLACE_WORDS = frozenset("in on at from of to for with by via the a an my".split())  # "in Shop bought": a place, no subject
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_COUNTED = re.compile(r"^(?:the |a )?(?:number|count|total number|total count) of (?P<x>.+?)[.!?]*$", re.I)
_ATTRS = (r"phone number|mobile number|number|e-?mail address|e-?mail|address|subject(?: line)?|title|price|cost|rating"
          r"|size|location|date|time|start time|code|password|name|birthday|total|temperature|opening hours|hours")
_ATTR = re.compile(rf"^(?:the )?(?P<a>{_ATTRS}) (?:of|for) (?P<x>.+?)[.!?]*$", re.I)
_LEVEL = re.compile(r"^(?P<x>(?:the |my )?[\w\- ]{2,30}?) (?:at|to) (?P<l>(?:its|the) (?:minimum|maximum|lowest|highest)"
                    r"|\d{1,3}\s*(?:%|percent))[.!]*$", re.I)
_MOVED = re.compile(r"^(?P<x>[^,]+?) to end up in (?!(?:my|the|our|your) )(?P<y>[^,]+?)(?:,? (?:out of|away from) (?P<z>[^,]+?))?[.!]*$", re.I)
_DATED = re.compile(r"^(?P<x>[^,]+?) (?:to end up |to be )?(?:in|on|into) (?P<c>my (?:[\w\-]+ )?(?:calendar|agenda|diary|schedule))\b"
                    r"(?P<rest>.*)$", re.I)
_ACT_NOUN = re.compile(r"^an? (?:(?:phone|voice) )?call to\b|^an? (?:text|sms|text message) to\b|^an? e-?mail to\b", re.I)


def ticketed(text: str) -> str:
    """``text`` as the plain request (see the module docstring); the same text when it has none of these shapes."""
    header = _HEADER.match(text.strip())
    if header:
        return _body(_first_person(text.strip()[header.end():].strip()))
    if known := _KNOW.match(text.strip()):  # "I want to know how many X my Y shows": the question
        return f"{known['q']}?"
    if unit := _IN_UNITS.match(text.strip()):  # "I want to know the running time, in minutes, of X"
        return f"How many {unit['u']} is the {unit['a']} of {unit['x']}?"
    wish = _WISH.match(text.strip())
    if not wish:
        return text
    body = text.strip()[wish.end():].strip()
    if m := _COUNTED.match(body):  # "I want a count of my starred contacts"
        return _how_many(m["x"])
    if m := _MOVED.match(body):  # "I want a.txt to end up in Work, out of Inbox"
        return f"move {m['x']}{f' from {m[chr(122)]}' if m['z'] else ''} to {m['y']}"
    if m := _DATED.match(body):  # "I want the dinner Bo mentioned in my calendar, with its time"
        return f"add {m['x']} to {m['c']}{m['rest']}"
    return _done(body) or text


def _first_person(body: str) -> str:
    """The user's things said as the user says them: "their" -> "my", "them" -> "me" (quoted text kept)."""
    parts = re.split(r"([\"“][^\"“”]*[\"”])", body)
    swap = {"them": "me", "their": "my", "themselves": "myself", "theirs": "mine"}
    return "".join(p if i % 2 else re.sub(r"\b(?:them|their|themselves|theirs)\b", lambda m: swap[m.group().casefold()], p,
                                         flags=re.I) for i, p in enumerate(parts))


def _body(body: str) -> str:
    """A ticket line's body as the request: a verb after "to", a question, a count, a value, a state, an outcome."""
    if m := re.match(r"^to (?P<v>[a-z]+)\b", body, re.I):
        return body[3:] if m["v"].casefold() in VERBS | {"know", "see", "find"} else body
    if re.match(r"^(?:what|which|who|whom|whose|when|where|how|is|are|does|do|did)\b", body, re.I):
        return body.rstrip(".!") + ("" if body.endswith("?") else "?")
    if m := _COUNTED.match(body):
        return _how_many(m["x"])
    if done := _done(body):
        return done
    if m := _ATTR.match(body):
        return f"What is the {m['a']} of {m['x']}?"
    if m := _LEVEL.match(body):
        return f"set {m['x']} to {m['l']}"
    if m := _ACT_NOUN.match(body):
        verb = "call" if "call" in m.group().casefold() else "email" if "mail" in m.group().casefold() else "text"
        return f"{verb}{body[m.end():]}"
    return f"I want {body}"


def _how_many(things: str) -> str:
    """"my starred contacts" -> "How many starred contacts do I have?"; "alarms set on" -> "How many alarms set on?"."""
    mine = re.match(r"(?:my|all my|all of my) (?P<x>.+)$", things, re.I)
    return f"How many {mine['x']} do I have?" if mine else f"How many {things}?"


def _find_done(text: str) -> re.Match[str] | None:
    """The first participle of a request in ``text`` (outside quotes) with a thing before it that is no subject."""
    masked = _QUOTED.sub(lambda m: "Q" * len(m.group()), text)
    for m in re.finditer(rf"(?<=\S)\s+(?P<p>{_PARTICIPLE})\b(?P<t>\s+(?:out|off|back|up|down|away)\b)?{_AFTER}", masked, re.I):
        before = masked[:m.start()]
        if re.search(r"\b(?:where|when|how|why|what|who|whom|which|whose|says|saying)\b", before, re.I):
            return None  # "a note that says where a.png was taken": a clause of its own, not the outcome
        if before.strip() and not _subject_last(before) or before.rstrip().endswith("Q"):
            return m
    return None


def _subject_last(text: str) -> bool:
    """``text`` ends with one who does something: "the file Bo Li", "what I" (not "in Shop", "the Gym")."""
    m = _SUBJECT.search(text)
    return bool(m) and not (m["n"] and m["w"] and m["w"].strip().casefold() in _PLACE_WORDS)


def _done(body: str) -> str:
    """"X deleted" -> "delete X"; "X bought and shipped to Y" -> "buy X and ship it to Y"; "A created ..., and B added
    to it" -> both; "X taken out of Y" -> "take X out of Y". Empty when no participle asks for a request."""
    undone = re.match(rf"^(?P<x>.+?) (?:to )?(?:stop being|be no longer|no longer be|not be) (?P<p>{'|'.join(UNDONE)})\b(?P<r>.*)$",
                      body, re.I)
    if undone:  # "X to stop being muted": unmute X
        return f"{UNDONE[undone['p'].casefold()]} {undone['x']}{undone['r']}"
    m = _find_done(body)
    if not m:
        return ""
    if m["p"].casefold() == "sent" and (m["t"] or "").strip().casefold() == "back":  # "X sent back as the reply to Y"
        rest = re.sub(r"^\s+as (?:the|an?|my) (?:answer|reply|response)(?= to\b)", "", body[m.end():], flags=re.I)
        return f"reply {body[:m.start()].strip()}{rest}".rstrip()
    thing, rest = re.sub(r"\s+(?:to )?(?:be|get|become|end up(?: being)?)$", "", body[:m.start()].strip(), flags=re.I), body[m.end():]
    if _DONE[m["p"].casefold()] == "replace" and re.match(r"\s+(?:for|by|with) (?:an?|another|some)\b", rest, re.I):
        return ""  # "the old charger swapped for a new one": a thing exchanged, no value to put in
    rest = re.sub(rf"\s+and (?P<p>{_PARTICIPLE})\b{_AFTER}", lambda n: f" and {_DONE[n['p'].casefold()]} it", rest, count=1,
                  flags=re.I)  # "bought and shipped to Y", "bought in Shop and shipped to Y"
    more = re.match(r"^(?P<a>.*?,?\s+and )(?P<b>(?!(?:it|them)\b)\S.*)$", rest)
    if more and (then := _done(more["b"])):
        rest = f"{more['a']}{then}"
    return f"{_DONE[m['p'].casefold()]} {thing}{m['t'] or ''}{rest}".rstrip()
