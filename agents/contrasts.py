"""A request said after a contrast that rules out a neighbour: "Not A - B: REQUEST".

"Not an alarm - a countdown timer: start one for 5 minutes", "Not Wi-Fi, not Bluetooth - airplane mode: turn it
off", "Not Ana's email - her phone number: update it to 555", "Not on Quorra - by text message: tell Bo ...",
"Not my address - Bo's, from my contacts: ship it there", "Not a photo I took - the one Bo sent: star it". What is
ruled out is no part of the request (a state said as B of a thing said alone: that thing should be B); what is meant (B) stands where the request points back at it: its "it", "one"
or "them" (not its first word), "there" (to B); B said as a way of sending ("by text message", "in a mail") goes
after the request; a kind of message the request's "tell / let know" is sent as ("an email": email Bo ...); with
nothing to point back at, B is dropped (a thing B names by its quoted title keeps the whole task as said). B's missing noun comes from A ("Bo's" after "my address": Bo's address;
"the one" after "a photo": the photo), "their X" after "Ana's Y" is Ana's X. Quoted text is never read. General
English only.
"""

from __future__ import annotations

import re

from .text import QUOTED

_Q = r"(?:[\"“«„][^\"”»“]*[\"”»“])"
_PART = rf"(?:{_Q}|(?<=\w)-(?=\w)|[^\-–—:;\"“«„])"  # "Wi-Fi": a hyphen inside a word is no dash
_CONTRAST = re.compile(rf"^\s*not\s+(?P<a>{_PART}+?)(?:,?\s*(?:and\s+)?not\s+{_PART}+?)*\s*(?:\s[-–—]+\s|[-–—]{{2}}|,\s*but\s|,\s+(?=(?:just|rather|only|instead|a|an|the|my|our)\s))\s*"
                       rf"(?:(?:just|but|rather|only|instead)\s+)?(?P<b>(?:{_Q}|[^:;\"“«„])+?)\s*[:;]\s*(?P<rest>\S.*)$",
                       re.I | re.S)
_DET = r"(?:a|an|the|my|your|his|her|their|our|this|that)"
_HEAD = re.compile(rf"^(?:{_DET}\s+)?(?:[\w\-]+'s\s+)?(?:(?:new|old|other)\s+)?(?P<n>[\w\-]+)", re.I)
_OWNER = re.compile(r"^(?P<o>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*)'s\b")
_WAY = re.compile(r"^(?:by|in|on|via|over|through|using)\s", re.I)  # "by text message": how it is sent
_TELL = re.compile(r"^(?:tell|let|inform|notify|ask)\b", re.I)
_BACK = re.compile(r"(?<=\s)(?P<p>it|one|them|there)\b(?!\s*(?:'s|is|was)\b)", re.I)


def _outside(text: str) -> list[str]:
    return re.split(f"({QUOTED.pattern})", text)


def _meant(a: str, b: str) -> str:
    """B with what it leaves out said from A."""
    head = _HEAD.match(a.strip())
    noun = head["n"] if head else ""
    if re.match(r"^the one\b", b, re.I) and noun:
        return re.sub(r"^the one\b", f"the {noun}", b, flags=re.I)
    if re.fullmatch(r"(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*'s(?:,.*)?", b.strip()) and noun:
        owner, _, after = b.partition(",")
        return f"{owner.strip()} {noun}" + (f",{after}" if after else "")
    owner = _OWNER.match(a.strip())
    if owner and re.match(r"^(?:their|his|her)\s", b, re.I):
        return re.sub(r"^(?:their|his|her)\s", f"{owner['o']}'s ", b, flags=re.I)
    return b


def uncontrasted(task: str) -> str:
    """``task``'s request with the ruled-out neighbour gone and the meant thing in its place; else the same text."""
    m = _CONTRAST.match(task)
    if not m or len(m["b"].split()) > 14:
        return task
    b, rest = _meant(m["a"], m["b"].strip().rstrip(",")), m["rest"].strip()
    after = ""
    if "," in b and not re.search(_Q, b):  # "Bo's, from my contacts": the aside goes after the request
        b, after = (p.strip() for p in b.split(",", 1))
    end = re.search(r"[.!?]*$", rest).group(0)
    body = rest[:len(rest) - len(end)] if end else rest
    if _WAY.match(b):
        return f"{body} {b}{', ' + after if after else ''}{end}"
    count = re.match(r"how many (?=(?:are|were|is|do|did|have|has)\b)", body, re.I)
    head = re.search(r"(?P<n>[a-z][\w\-]*)\s*$", m["a"].strip(), re.I)  # "all my emails": emails
    if count and head and re.fullmatch(rf"(?:{_DET}\s+)?(?P<x>[\w\- ]+?) ones", b, re.I):  # "Not all X, the unread ones: how many are ..."
        ones = re.fullmatch(rf"(?:{_DET}\s+)?(?P<x>[\w\- ]+?) ones", b, re.I)
        return f"{body[:count.end()]}{ones['x']} {head['n']} {body[count.end():]}{end}"
    named = re.match(r"(?:call|name|title) it\s+(?=[\"“])", body, re.I)
    if named and re.match(r"(?:a|an)\s", b, re.I):  # "Not a list - a group: call it "X" and ...": create the group so named
        return f"create {b} called {body[named.end():]}{', ' + after if after else ''}{end}"
    if not re.match(r"[a-z]+\b", body, re.I) and re.match(r"(?:a|an)\s", b, re.I) and re.match(r"[\"“]", body):
        kind = re.sub(r"^(a|an) (?:proper|real|actual) ", r"\1 ", b, flags=re.I)
        return f"create {kind} {body}{end}"  # "Not a reminder, an event: "X" on Monday": create the event "X" on Monday
    parts = _outside(body)
    for i in range(0, len(parts), 2):
        the_one = re.search(r"\bthe one\b(?!\s*(?:'s|is|was)\b)", parts[i], re.I)
        if the_one and re.match(rf"{_DET}\s", b, re.I):  # "open the one for X": the B for X
            parts[i] = parts[i][:the_one.start()] + b + parts[i][the_one.end():]
            return "".join(parts) + (f", {after}" if after else "") + end
        found = _BACK.search(parts[i])
        if found:
            p = found["p"].casefold()
            said = f"to {b}" if p == "there" else (re.sub(r"^(?:a|an)\s", "a ", b) if p == "one" else b)
            parts[i] = parts[i][:found.start()] + said + parts[i][found.end():]
            return "".join(parts) + (f", {after}" if after else "") + end
    if re.search(_Q, b):  # a thing named, and nothing in the request to put it: the rest of the layer reads it all
        return task
    if re.match(r"^[a-z]+(?:ed|en)\b", b, re.I) and re.match(rf"^{_DET}\s", body, re.I):  # "- marked as read: the X"
        return f"{body} should be {b}{end}"
    kind = re.fullmatch(r"(?:a|an)\s+(?:new\s+)?(?P<k>[\w\-]+)", b, re.I)
    if kind and _TELL.match(body):  # "Not a text - an email: tell Bo X": email Bo X
        tail = re.sub(r"^(?:tell|inform|notify|ask)\s+|^let\s+(?P<w>\S+)\s+know\s+", lambda t: f"{t['w']} " if t["w"] else "",
                      body, count=1, flags=re.I)
        return f"{kind['k']} {tail}{end}"
    return f"{body}{end}"
