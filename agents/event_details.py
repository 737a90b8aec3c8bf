"""An event whose date, time and place are read from a message or a mail, then typed into a new event.

"Ana texted me about dinner. Add it to my calendar with the date, time and place from the message",
"Add the meeting from Bo's email "Offsite" to my calendar with its date, time and place": the text
that says when and where is read first (the message, the mail's body: the line with a date or a
time, on the item's own page when a list row may be cut short), then its date, time and place
become the values to type. A mail's event is named by its subject, as calendar apps name events
made from mail. Plain English task and message grammar only.
"""

from __future__ import annotations

import re

from .dates import DATE, TIME
from .text import normalize
from .values import FIELDS, PATTERNS, Value

# "with the date, time and place from the message", "with its date, time and place", "same day, time and
# place", "on that day, at that time and place"
_NOUN = r"(?:date|day|time|place|location|venue|address|where|when)"
_THE = r"(?:the\s+same|the|its|their|that|same)"
_DETAILS = re.compile(rf"\b(?P<d>{_THE})\s+(?P<k>{_NOUN}(?:(?:\s*(?:,|and|&|\+)\s*|\s+)(?:(?:at|on|in)\s+)?(?:{_THE}\s+)?{_NOUN})*)\b",
                      re.I)  # the nouns may be said without commas ("the day time and place", dictated)
_KIND = {"date": "date", "day": "date", "when": "time", "time": "time", "place": "address", "location": "address",
         "venue": "address", "address": "address", "where": "address"}
# 'the meeting from Ana Ruiz's email "Offsite"', 'the event in the mail "Offsite"'
_EVENTS = r"(?:meeting|event|appointment|dinner|lunch|party|call|session|class|match|game|booking|reservation)"
_CAPS = r"(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)*"  # a name, in capitals whatever the case of the rest
_SOURCE = re.compile(rf"\bthe\s+{_EVENTS}\s+(?:from|in|described in|mentioned in)\s+(?P<src>(?:(?:the|my|an?)\s+)?"
                     rf"(?:(?P<who>{_CAPS})['’]s\s+)?(?:e-?mail|mail|message|text|sms)"
                     rf"(?:\s+(?:from\s+(?P<from>{_CAPS})))?"
                     rf"(?:\s+(?:about|titled|called|named|re:?)?\s*[\"“](?P<subject>[^\"”]+)[\"”])?)", re.I)


def asked_details(task: str) -> list[str]:
    """The kinds of value the task takes from what it read: ["date", "time", "address"], or none."""
    for m in _DETAILS.finditer(task):
        kinds = list(dict.fromkeys(_KIND[w.casefold()] for w in re.findall(_NOUN, m["k"], re.I)))
        if len(kinds) > 1 or not re.search(r"\b(?:that|same)\b", m["d"], re.I):  # "send that address": a value, not an event's
            return kinds
    return []


def names_event(phrase: str) -> bool:
    """True when the words name an event ("the Offsite meeting", "dinner plans"), not a value."""
    head = re.split(r"\s+(?:of|for|about|from|with|at|on|in|to)\s+", phrase.strip(" ."), maxsplit=1, flags=re.I)[0]
    return bool(re.search(rf"\b{_EVENTS}s?(?:\s+(?:plans?|details|invitation|invite))?$", head, re.I))


def with_details(task: str) -> str:
    """The task asking for an event's date, time and place, as an event read from a message carries them."""
    if asked_details(task):
        return task
    return re.sub(r"\s*([.!]?)\s*$", r" with its date, time and place\1", task, count=1)


def source(task: str) -> tuple[str, str, str] | None:
    """(the words that find the message or mail, where it is kept, the task with it said as "it")
    for "Add the meeting from Bo's email "Offsite" to my calendar with its date and time"."""
    if not asked_details(task):
        return None
    m = _SOURCE.search(task)
    if m is None or not (m["subject"] or m["who"] or m["from"]):
        return None
    key = m["subject"] or m["who"] or m["from"]
    named = f' as "{m["subject"]}"' if m["subject"] and not re.search(r"\bas\s+[\"“]", task) else ""
    rest = re.sub(r"\s+", " ", f"{task[:m.start()]}it{task[m.end():]}").strip()
    rest = re.sub(r"\b(calendar|schedule|agenda)\b", rf"\1{named}", rest, count=1) if named else rest
    return key, m["src"], without_source(rest)  # "... from the mail" said again: read already


_FROM_IT = re.compile(r"\s*,?\s*\b(?:from|in|of)\s+(?:the|his|her|their|that|this|its)\s+(?:message|text|sms|e-?mail|mail|chat)\b",
                      re.I)


def without_source(task: str) -> str:
    """The task without where its values were read ("... from the message"): no reason to go back there."""
    return _FROM_IT.sub("", task)


def event_line(shown: list[tuple[str, str]], keys: list[str]) -> tuple[str, float] | None:
    """The text that says when (a date or a time) on the item's own line or page, from the screen's
    (text, listed line) pairs. A list row may be cut short, so only the page (the lines below its
    title) counts as sure."""
    def dated(text: str) -> bool:
        return bool(DATE.search(text) or TIME.search(text))

    for i, (text, line) in enumerate(shown):
        if not keys or not any(k in normalize(text) for k in keys):
            continue
        below = [t for t, _ in shown[i + 1:i + 8] if dated(t)]
        if line.startswith("    ") and below:  # the item's page: its title, then its text
            return _without_status(below[0]), 0.95
        if dated(text):
            return _without_status(text), 0.7
    return None


def _without_status(text: str) -> str:
    """A row's or bubble's words without the status around them ("Received: ...", "... . Unread.")."""
    text = re.sub(r"^(?:received|sent|you)\s*:\s*", "", text.split(" | ")[0].strip(), flags=re.I)
    return re.sub(r"[.\s]*\b(?:unread|read|delivered|seen)\.?\s*$", "", text, flags=re.I).strip()


def values_from(text: str, kinds: list[str]) -> list[Value]:
    """The date, time and place a message says ("Dinner on Friday, March 20 at 18:00, at the Blue Door?")."""
    out: list[Value] = []
    rest = text
    for kind, pattern in (("date", DATE), ("time", TIME)):
        m = pattern.search(rest)
        if m:
            if kind in kinds:
                out.append(Value(m.group(0).strip(" ,."), kind, FIELDS[kind]))
            rest = rest[:m.start()] + " , " + rest[m.end():]
    if "address" in kinds:
        place = _place(rest)
        if place:
            out.append(Value(place, "address", FIELDS["address"]))
    return out


_PLACE = re.compile(r"^(?:(?:at|in|@)\s+)?(?:the\s+)?(?P<p>(?:[A-Z0-9][\w'’&.\-]*)(?:\s+(?:[A-Z0-9][\w'’&.\-]*|of|de|la|am))*)$")


def _place(text: str) -> str | None:
    """A street address, else the last clause that is a name in capitals ("at Harbour View", "Room 4")."""
    street = dict(PATTERNS)["address"].search(text)
    if street:
        return street.group(0).strip(" ,.")
    for clause in reversed(re.split(r"[,;.!?()]|\s[-–—]\s|\bat\s+(?=\s*,)", text)):
        m = _PLACE.match(clause.strip())
        if m and not re.fullmatch(r"\d+", m["p"]):
            return m["p"].strip()
    return None


def passed_on(task: str, notes: dict[str, str]) -> list[Value]:
    """The date, time and place that texts read earlier say, when the task asks for them ("with the
    date, time and place from the message"); none otherwise (each text is then passed on whole)."""
    kinds = asked_details(task)
    return [v for text in notes.values() for v in values_from(text, kinds)] if kinds else []


# "Bo Li sent me an email "Offsite" about a meeting, add it to my calendar ...", "Bo Li emailed me about a meeting
# (Offsite), put it in my calendar ...": the meeting from that mail, added with what it says
_HELD = "\ue000\\d+\ue001"
_TOLD_EVENT = re.compile(rf"^\s*(?:(?P<who>{_CAPS})\s+(?:sent\s+me\s+(?:an?\s+)?(?P<k>e-?mail|mail|message|text|sms)|(?P<v>e-?mailed|mailed"
                         rf"|texted|messaged)\s+me)|(?:I|we)\s+(?:got|received|have|had)\s+(?:an?\s+)?(?P<k2>e-?mail|mail|message|text|sms)\s+"
                         rf"from\s+(?P<who2>{_CAPS}))(?:,?\s+(?P<q1>{_HELD}|[\"“][^\"”]+[\"”]),?)?\s+about\s+(?:an?|the|our|their|this)\s+"
                         rf"(?P<ev>{_EVENTS})(?:\s+\((?P<q2>[^()]{{1,60}})\)|\s+(?P<q3>{_HELD}|[\"“][^\"”]+[\"”]))?\s*(?:[,;.]|\s[-–—])\s*"
                         rf"(?:(?:and|so|then|pls|please|can you|could you)\s+)*(?P<verb>add|put|save|create|make|schedule|enter)\s+"
                         rf"(?:it|that|this|that one|them|(?:the|that|this)\s+(?P=ev))\s+(?:in|to|into|on)\s+"
                         rf"(?P<cal>(?:my|the|our)\s+(?:\w+\s+)?calendar)\b(?P<rest>.*)$", re.I)


def told_event(text: str) -> str:
    """"<who> sent me an email <subject> about a meeting, add it to my calendar ..." -> "add the meeting from the
    email <subject> from <who> to my calendar ..."; the same text when it is not said so."""
    m = _TOLD_EVENT.match(text)
    if m is None:
        return text
    kind = (m["k"] or m["k2"] or m["v"]).casefold().removesuffix("ed").replace("-", "")
    kind = {"mail": "email", "emai": "email", "text": "text", "messag": "message"}.get(kind, kind)
    title = (m["q2"] or "").strip()  # "(Offsite)" or, already quoted, '("Offsite")'
    subject = m["q1"] or m["q3"] or (title if re.fullmatch(rf'{_HELD}|[\"“][^\"”]+[\"”]', title) else f'"{title}"' if title else "")
    who = m["who"] or m["who2"]  # "Bo Li sent me an email ...", "I got an email from Bo Li ..."
    said = f"the {kind} {subject} from {who}" if subject else f"{who}'s {kind}"
    return with_details(f"add the {m['ev']} from {said} to {m['cal']}{m['rest']}")  # its when and where, from the mail
