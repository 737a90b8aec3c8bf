"""Terse notes that ask a field with "= ?" or act with an arrow, said as the question or request they stand for.

"Ana Li -> birthday?", ""Demo", Friday: place = ?" and "Zapmart: "Desk Lamp" -> stars = ?" ask a field of a thing
(a place is asked with "where", a sender with "from = ?", a network the device is "connected" to with "which");
"Eats: Thai places -> best rating = which one?" asks which one has it. "Chatly: "Hikers" chat -> unpin" unpins it
there, "people: Bo Li -> remove from favourites" removes him there, "Setup -> battery saver: ON" turns it on there,
"a.txt -> new name b.txt" renames it, "mail "Plans" -> fwd -> bo@ex.org" forwards it, "Hikers group <- msg "Hi""
sends "Hi" to it, "shop.example.com/sale -> today's offer -> email to bo@ex.org" mails the offer from that page.
Runs early, on the task as typed. General note-taking grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS

_TO = r"\s*(?:->|=>|→|-->)\s*"
_Q = r"[\"“][^\"“”]*[\"”]"
_NAME = r"(?-i:[A-Z])[\w'\-]+(?: (?-i:[A-Z])[\w'\-]+)+"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
_SHORT = {"fwd": "forward", "fw": "forward", "msg": "message", "txt": "text", "dm": "message", "mv": "move", "rm": "delete"}
_ASKED = re.compile(rf"^(?:(?P<app>[\w\-]+)\s*:\s+)?(?P<x>[^=?]+?)(?:{_TO}|\s*:\s+|\s+[-–—]\s+)(?P<a>[a-z][\w\- ]{{0,30}}?)\s*"
                    r"(?:=\s*(?P<which>which(?: one)?|who|what)?\s*\?|\?)\s*(?P<tail>\([^()]*\))?\s*[.!]?$", re.I)
_ACTED = re.compile(rf"^(?P<app>[\w\-]+)\s*:\s+(?P<x>[^:>]+?){_TO}(?P<v>[a-z]+)\b(?P<r>[^?]*?)\s*[.!]?$", re.I)
_SWITCHED = re.compile(rf"^(?P<app>[\w\-]+){_TO}(?P<x>[^:>=]+?)\s*(?:[:=]|{_TO})\s*(?P<s>on|off)\s*[.!]?$", re.I)
_RENAMED = re.compile(rf"^(?P<x>[^>]+?){_TO}new (?:name|title)\s*:?\s+(?P<y>\S[^>]*?)\s*[.!]?$", re.I)
_PASSED = re.compile(rf"^(?P<x>[^>]+?){_TO}(?P<v>[a-z]+){_TO}(?P<to>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|{_NAME})\s*[.!]?$", re.I)
_POSTED = re.compile(rf"^(?P<x>[^<]+?)\s*(?:<-|<=|←)\s*(?:(?:msg|message|text|note|post)\s*:?\s*)?(?P<m>{_Q})\s*[.!]?$", re.I)
_PAGE = re.compile(rf"^(?P<site>[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?){_TO}(?P<x>[^>]+?){_TO}(?P<v>e-?mail|text|sms|send|message)"
                   r"(?: it)? to (?P<to>[^,>]+?)(?P<r>,.*)?$", re.I)
_NOT_ACTS = frozenset("favourite favorite favourites favorites fave faves fav favs starred new".split())


def arrow_query(text: str) -> str:
    """The question or request a terse note stands for (see the module docstring); "" when it is none of these."""
    body = text.strip()
    for rule in (_page, _posted, _passed, _renamed, _switched, _acted, _asked):
        said = rule(body)
        if said:
            return said
    return ""


def _verb(word: str) -> str:
    return _SHORT.get(word.casefold(), word.casefold())


def _the(thing: str) -> str:
    """A thing said bare gets "the" ("stopwatch", "Chatly group "Hikers""); a name, a title, a file or "my X" stays."""
    if re.match(rf"{_Q}\s+(?!(?:on|in|at|from|to|for|by|with|of)\b)[a-z]", thing):
        return f"the {thing}"  # '"Hikers" chat'
    if re.match(rf"(?:the|my|a|an|this|that|his|her|their|our|your)\b|{_Q}|\S+\.\w{{2,4}}\b|[\w\-]+'s\b", thing, re.I):
        return thing  # "today's deal", "Bo's card"
    if re.match(r"(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z0-9])\S*)*$", thing):
        return thing  # a name ("Bo Li") said alone
    return f"the {thing}"


def _in(app: str | None) -> str:
    return f" in {app}" if app else ""


def _asked(body: str) -> str:
    m = _ASKED.match(body)
    if not m or re.search(_TO, m["x"]) or (not m["which"] and "=" not in body and not re.search(_TO, body)):
        return ""  # "Bo: are you there?" is a message; an attribute is asked with "= ?" or after an arrow
    attr, app, tail = m["a"].strip(), m["app"], f" {m['tail']}" if m["tail"] else ""
    if "=" not in body and re.fullmatch(r"(?:start|end|starting|finishing) time", attr, re.I):
        return ""  # "Yoga -> start time?": an event's time (terse_forms.py)
    thing = re.sub(rf"^(?P<q>{_Q}),\s*(?={_DAY})", r"\g<q> on ", m["x"].strip(), flags=re.I)  # '"Demo", Friday': on Friday
    thing = _the(thing)
    low = attr.casefold()
    if m["which"] and m["which"].startswith("which"):  # "Thai places -> best rating = which one?"
        one = re.sub(r"(?<=[a-z])s$", "", re.sub(r"^(?:the|my|all|all the) ", "", m["x"].strip(), flags=re.I))
        return f"Which {one} has the {attr}{_in(app)}?{tail}"
    if low in ("from", "sender", "sent by"):
        return f"Who sent {thing}{_in(app)}?{tail}"
    if low in ("location", "place", "where", "venue"):
        return f"Where is {thing}{_in(app)}?{tail}"
    if low in ("stars", "star rating", "rating"):
        attr = "star rating"
    if connected := re.fullmatch(r"(?P<p>connected|paired|linked|joined) (?P<n>[\w\- ]+)", attr, re.I):
        device = "my device" if re.fullmatch(r"(?:my |the )?(?:phone|device|tablet|mobile)", m["x"].strip(), re.I) else thing
        return f"Which {connected['n']} is {device} {connected['p'].casefold()} to{_in(app)}?{tail}"
    if re.fullmatch(_NAME, thing):
        return f"What is {thing}'s {attr}{_in(app)}?{tail}"
    return f"What is the {attr} of {thing}{_in(app)}?{tail}"


def _acted(body: str) -> str:
    """"Chatly: "Hikers" chat -> unpin" -> unpin the "Hikers" chat in Chatly."""
    m = _ACTED.match(body)
    if not m:
        return ""
    verb = _verb(m["v"])
    if verb in _NOT_ACTS or not (verb in VERBS or verb.startswith("un") and verb[2:] in VERBS):
        return ""
    return f"{verb} {_the(m['x'].strip())}{m['r']} in {m['app']}"


def _switched(body: str) -> str:
    """"Setup -> battery saver: ON" -> turn on battery saver in Setup."""
    m = _SWITCHED.match(body)
    return f"turn {m['s'].casefold()} {m['x'].strip()} in {m['app']}" if m else ""


def _renamed(body: str) -> str:
    m = _RENAMED.match(body)
    return f"rename {_the(m['x'].strip())} to {m['y']}" if m else ""


def _passed(body: str) -> str:
    """"mail "Plans" -> fwd -> bo@ex.org" -> forward mail "Plans" to bo@ex.org."""
    m = _PASSED.match(body)
    if not m or (verb := _verb(m["v"])) not in VERBS:
        return ""
    return f"{verb} {_the(m['x'].strip())} to {m['to']}"


def _posted(body: str) -> str:
    """'Hikers group <- msg "Hi"' -> send "Hi" to the Hikers group."""
    m = _POSTED.match(body)
    return f"send {m['m']} to {_the(m['x'].strip())}" if m else ""


def _page(body: str) -> str:
    """"shop.example.com/sale -> today's offer -> email to bo@ex.org" -> email bo@ex.org today's offer from that page."""
    m = _PAGE.match(body)
    if not m:
        return ""
    verb = {"sms": "text", "message": "text", "send": "send"}.get(m["v"].casefold(), "email" if "mail" in m["v"].casefold() else "text")
    return f"{verb} {m['to'].strip()} {_the(m['x'].strip())} from {m['site']}{m['r'] or ''}"
