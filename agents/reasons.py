"""A chatty task's request completed by the reason said around it.

People often say what happened first and then ask vaguely: "The doc called "Q3" should be named
"Q3 final" - can you change its title?" renames "Q3" to "Q3 final"; "Book club (Friday) now meets at
Elm Cafe; update the event" changes its location to Elm Cafe; "Ivo Petrov sent me the door code by
SMS - keep it in a note" saves the door code Ivo Petrov texted; "my tablet has a reading mode - turn
it on" turns reading mode on; "email Bo what the memo says (Bo asked for my "Plans" memo)" sends the
text of the memo "Plans"; "take Gym off my calendar" deletes it. General English only.
"""

from __future__ import annotations

import re

from .referents import HELD
from .text import FULL_NAME

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_NAME = FULL_NAME
_LEAD = re.compile(r"^(?:heads up|fyi|btw|by the way|just so you know|quick update|good news|bad news|update|news)\b[,:!.]?\s*",
                   re.I)
# A vague request to put right what the reason says changed: "update the event", "fix it in my calendar".
_VAGUE = re.compile(r"^(?:update|fix|change|correct|edit|adjust|amend)\s+(?:it|this|that|the (?:\w+ )?(?:event|entry|place"
                    r"|location|venue|address|meeting|appointment|details?|calendar)|my calendar)\b(?P<rest>.*)$", re.I)
_RENAME = re.compile(r"^(?:rename (?:it|this|that)|(?:change|fix|update|correct) (?:its|the) (?:title|name)"
                     r"|give it (?:a|the) (?:new )?(?:title|name))\b(?P<rest>.*)$", re.I)
_NAMED = re.compile(r"^(?P<x>.+?) (?:should (?:really |now |actually )?be|is now|needs to be|must be|ought to be)"
                    r" (?:named|called|titled|renamed(?: to)?) (?P<y>.+?)\.?$", re.I)
_MOVED = re.compile(rf"^(?!{_NAME} (?:is|are) now\b)(?P<x>.+?) (?:(?:is|are) now|now (?:happens|takes place|meets|is)|(?:has |was |got |is being )?moved|is being held|will now be"
                    r"|will be held|has changed|changed) (?:now )?(?:at|to|in|over to) (?P<y>.+?)\.?$", re.I)
_WHEN = re.compile(r"^(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|tomorrow\b|today\b|tonight\b|next\b|noon\b|midnight\b"
                   r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)", re.I)
_SENT = re.compile(rf"^(?P<n>{_NAME}|{_EMAIL}) (?P<v>sent|texted|emailed|e-mailed|mailed|messaged) me (?P<x>(?:the|a|an|his|her"
                   r"|their|my) [^,;]+?)(?: (?:by|via|over|in an?|as an?|through) (?P<by>sms|text(?: message)?|message|e-?mail"
                   r"|mail|chat))?\.?$", re.I)
_HAS = re.compile(r"\b(?:has|have|supports|comes with|offers|got) (?:a |an |the |this |that )?(?P<t>[A-Za-z][\w\- ]{2,40}?)"
                  r"(?: (?:feature|option|setting|function))?\.?$")
_IT = re.compile(r"\b(?:it|this one|that one)\b", re.I)
_ITEM = r"note|memo|document|list|message|mail|e-?mail|file|text|draft"


def restate(request: str, context: list[str]) -> tuple[str, list[str]]:
    """``request`` completed from the ``context`` clause that says what it means; the clauses left."""
    request = re.sub(r"\s+for me\b(?=\s+(?:in|on|at|from|using|via|with)\b)", "", request, flags=re.I)
    for rule in (_renamed, _moved, _belongs, _sent, _had):
        for i, clause in enumerate(context):
            said = rule(request, _LEAD.sub("", clause.strip()))
            if said:
                return said, context[:i] + context[i + 1:]
    return _that_day(_what_it_says(_taken_off(request), context), context), context


def _renamed(request: str, clause: str) -> str:
    """"change its title" + "the note called X should be named Y" -> rename the note X to Y."""
    ask, m = _RENAME.match(request), _NAMED.match(clause)
    if not ask or not m:
        return ""
    thing = re.sub(r"\b(?:called|named|titled) (?=\S)", "", m.group("x"), count=1, flags=re.I)
    return f"rename {thing}{ask.group('rest').rstrip('.')} to {m.group('y')}"


def _moved(request: str, clause: str) -> str:
    """"update the event" + "X now happens at Y" -> change the location of X to Y (a place, not a time)."""
    ask, m = _VAGUE.match(request), _MOVED.match(clause)
    if not ask or not m or _WHEN.match(m.group("y")):
        return ""
    return f"change the location of {m.group('x')}{ask.group('rest').rstrip('.')} to {m.group('y')}"


_BELONGS = re.compile(r"(?:\b(?:is|are|was|were|sits?|lives?|ended up|landed) (?:in|under) (?P<a>[^,;]+?),? (?:but|and|while|though)"
                      r" )?(?:\b(?:it|they|that|this)\s+)?\b(?:should|must|needs? to|ought to|has to|have to|is meant to|is supposed to)"
                      r" (?:be|go|live|sit|end up)(?: moved)? (?:in|into|inside|under|to) (?P<y>[^,;]+?)\.?$|\bbelongs? (?:in|into|under)"
                      r" (?P<z>[^,;]+?)\.?$", re.I)


def _belongs(request: str, clause: str) -> str:
    """"move it" + "a.mp3 is in Music but it should be in Podcasts" -> move a.mp3 from Music to Podcasts: where it goes
    said as where it belongs."""
    ask, m = re.match(r"^(?P<v>move|put|file)\s+(?P<x>(?!it\b)\S.*?)\.?$", request, re.I), _BELONGS.search(clause)
    if not ask or not m or re.search(r"\b(?:to|into|in|under)\b", ask.group("x"), re.I):
        return ""
    source = f" from {m.group('a')}" if m.group("a") else ""
    return f"move {ask.group('x')}{source} to {m.group('y') or m.group('z')}"


def _sent(request: str, clause: str) -> str:
    """"keep it in a note" + "Bo Li sent me the code by SMS" -> save the code Bo Li texted me in a note."""
    m = _SENT.match(clause)
    if not m or not _IT.search(request):
        return ""
    by = (m.group("by") or "").casefold()
    verb = "emailed" if "mail" in by else "texted" if by else m.group("v").casefold()
    request = re.sub(r"^(?:keep|store|put|stash|stick|pop)\b(?=.*\bnotes?\b)", "save", request, flags=re.I)
    thing = re.sub(r"^an? ", "the ", m.group("x"), flags=re.I)  # "sent me a code, save it": the code they sent
    return _IT.sub(f"{thing} {m.group('n')} {verb} me", request, count=1)


def _had(request: str, clause: str) -> str:
    """"switch it on" + "this phone has wireless charging" -> switch wireless charging on."""
    m = _HAS.search(clause)
    if not m or not re.match(r"^(?:switch|turn|enable|disable|activate|deactivate|open|try|use|set up)\b.*\bit\b", request, re.I):
        return ""
    return _IT.sub(m.group("t"), request, count=1)


_DAY = re.compile(r"\b(?P<d>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                  r"[a-z]*\.? \d{1,2}\b|(?P<q>(?:last|past|previous|next|this|coming) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                  r"|\d{4}-\d\d-\d\d\b|(?P<r>yesterday|tomorrow)\b)", re.I)


def _that_day(request: str, context: list[str]) -> str:
    """"how many events that day" + "... on Friday, May 8" -> how many events on Friday, May 8 ("... last Saturday":
    last Saturday, "... tomorrow": tomorrow)."""
    m = next((m for c in context for m in [_DAY.search(c)] if m), None)
    said = (m.group("d") if m.group("q") or m.group("r") else f"on {m.group('d')}") if m else ""
    return re.sub(r"\b(?:on )?(?:that|the same) day\b", said, request, count=1, flags=re.I) if said else request


def _taken_off(request: str) -> str:
    """"take X out of my calendar" -> delete X from my calendar (out of the whole store, not a list in it)."""
    return re.sub(r"^(?:take|get) (?P<x>.+?) (?:out of|off) (?P<c>(?:my |the )?(?:calendar|schedule|agenda|diary|planner))\b",
                  r"delete \g<x> from \g<c>", request, count=1, flags=re.I)


def _what_it_says(request: str, context: list[str]) -> str:
    """"email Bo what the memo says" -> email Bo the text of the memo, named by the one quoted title around it."""
    request = re.sub(rf"\bwhat (?P<d>the|my|this|that) (?P<k>{_ITEM}) (?:says|said|reads|contains)\b", r"the text of the \g<k>",
                     request, count=1, flags=re.I)
    titles = [t for c in context for t in HELD.findall(c)]
    m = re.search(rf"\bthe text of the (?:{_ITEM})\b(?!\s*{HELD.pattern})", request, re.I)
    if not m or len(set(titles)) != 1:
        return request
    title = next(h.group(0) for c in context for h in HELD.finditer(c))
    return f"{request[:m.end()]} {title}{request[m.end():]}"


_UNDONE = re.compile(r"\b(?:please )?(?:do not|never|but do not|but never)\s+(?P<v>delete|remove|erase|trash|discard|clear|wipe)\b",
                     re.I)
_SENDING = re.compile(r"\b(?:text|message|e-?mail|mail|send|reply|write|tell|post|sms|saying|says)\b", re.I)


def unasked(text: str) -> str:
    """"Turn off the alarm. Do not delete it" -> "... without deleting it": what not to do is no verb to
    act on (a message to send keeps its words)."""
    if _SENDING.search(text):
        return text
    return _UNDONE.sub(lambda m: f"without {m.group('v').casefold().rstrip('e')}ing", text)


_SECRET = r"(?:[\w\-]+ ){0,2}?(?:password|passcode|pass code|code|pin|otp|link|key)"


def sent_by(text: str) -> str:
    """"the wifi password from Bo Li" -> the wifi password Bo Li texted me: a code or password that
    comes from a person came in a message (a person's own number or address is a contact's field)."""
    return re.sub(rf"\bthe (?P<x>{_SECRET}) from (?P<n>(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)+)(?![\w'’])",
                  r"the \g<x> \g<n> texted me", text, count=1)
