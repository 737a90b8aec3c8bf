"""A thing said before its request, or in a clause of its own, put back where the request takes it up.

People name the thing first and act on it after a dash or a colon ("the invoice Kim mailed me last week -
forward it to Dev"), name a message by whose it is ("Kim's email about the trip: put it in my calendar"),
say that a message holds a value and then ask for "that code" ("there's a text from my bank with a PIN in
it, send that PIN to Dev"), and describe a thing by a relative clause ("the number that Kim has in my
contacts"). :func:`reordered` says these the plain way the task parsers read: "forward the invoice Kim mailed
me last week to Dev", "Kim emailed me about the trip. put it in my calendar", "send the PIN from my bank's text
to Dev", "Kim's number from my contacts". Runs early, quotes held aside. General English task grammar only, never
an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .text import FULL_NAME

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_NAME = FULL_NAME
_MESSAGES = r"text(?: message)?|sms|message|e-?mail|mail|dm|voicemail|note"
_WRAPPER = r"(?:(?:please|kindly|just|(?:can|could|would|will) you(?: please)?)\s+)?"
# A clause's finite verb: a topic with one of these is a statement, no thing ("the party is on Friday - ...").
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could|needs?|wants?|does|did|do"
                     r"|says|said|keeps?|likes?|loves?|gets|got|ended|landed|be|been|but|so|because)\b|'s\s+(?:been|got|in|on|at)\b",
                     re.I)
_DETERMINED = rf"(?:(?:the|my|that|this|those|these|our)\s|{_NAME}'s\s|(?-i:[A-Z])[\w\-]*'s\s)"


def reordered(text: str) -> str:
    """``text`` with the shapes above said plainly (see the module docstring); the same text otherwise."""
    text = _relative(text)
    text = _value_in_message(text)
    text = _THERE_IS.sub(lambda m: f"{m['n']} {'emailed' if 'mail' in m['k'].casefold() else 'texted'} me", text, count=1)
    text = _HEADLINE.sub(lambda m: f"the {m[0].lower()}", text, count=1)
    return _field_of_topic(text) or _asked_of_topic(text) or _topic_first(text)


# "Check the top-rated bakery in Maps: what's its phone number?": the question asks about the thing said first.
_ASKED_TOPIC = re.compile(r"^\s*(?:(?:check|look at|look up|see|find|open|go to)\s+)?(?P<t>(?:the|my|this|that)\s[^:;?!]{2,80}?)"
                          r"\s*(?::|\s[-–—]+)\s+(?P<q>(?:what|which|how|when|where|who)\b[^?]*?)\b(?P<p>its|their)\s+"
                          r"(?P<a>[a-z]+(?: (?:number|address|time|date|name|price|size))?)\b(?P<r>[^?]*\?)\s*$", re.I)


def _asked_of_topic(text: str) -> str:
    m = _ASKED_TOPIC.match(text)
    if not m or _FINITE.search(m["t"]):
        return ""
    topic = m["t"][:1].lower() + m["t"][1:]
    return f"{m['q'][:1].upper()}{m['q'][1:]}the {m['a']} of {topic}{m['r']}"


# "Largest file in Downloads: ..." (a headline): the largest file, no name.
_HEADLINE = re.compile(r"^(?:[A-Z][a-z]+est|Best|Top|Newest|Last|First)\b(?=[^:;\"\ue000]{0,60}:\s)")
_ATTRIBUTE = (r"name|title|location|place|time|start time|date|day|number|phone number|phone|address|e-?mail(?: address)?"
              r"|label|text|subject")
# "the contact Ana Li, change the name to Ana Ruiz": the field the request names is the topic's.
_FIELD_TOPIC = re.compile(rf"^\s*(?:(?:edit|update|change|open|select)\s+(?=[a-z]+\s+(?-i:[A-Z])|{_Q}))?"
                          rf"(?P<t>(?:the|my|this|that|{_Q})\s[^,:;\-–—]{{2,60}}?|{_Q}|(?-i:[a-z])+\s+(?-i:[A-Z])[^,:;\-–—]{{1,60}}?)"
                          rf"\s*(?:,|:|\s[-–—]+)\s+(?P<w>{_WRAPPER})(?P<v>change|set|update|edit|fix|correct|make) (?:the |its )?"
                          rf"(?P<a>{_ATTRIBUTE}) (?P<r>(?:to|as|into)\s.+)$", re.I)


def _field_of_topic(text: str) -> str:
    m = _FIELD_TOPIC.match(text)
    if not m or _FINITE.search(m["t"]):
        return ""
    topic = m["t"][:1].lower() + m["t"][1:] if re.match(r"(?:The|My|That|This)\s", m["t"]) else m["t"]
    topic = topic if re.match(rf"(?:the|my|this|that|{_Q})", topic, re.I) else f"the {topic}"  # "Edit contact Bo: ..."
    field = "phone number" if m["a"].lower() == "phone" else m["a"]
    return f"{m['w']}{m['v']} the {field} of {topic} {m['r']}"


# "there's a text from Kim Li about dinner - ...": the message said as what its sender did (Kim Li texted me about dinner).
_THERE_IS = re.compile(rf"^(?:there is|there's|I have|I've got|I got|I received) (?:an?|one) (?:new )?(?P<k>{_MESSAGES}) from "
                       rf"(?P<n>{_NAME}|(?-i:[A-Z])[\w\-]*)(?=\s+about\b|\s*[,:;.]|\s[-–—])", re.I)


def _topic_first(text: str) -> str:
    """"the invoice Kim mailed me - forward it to Dev" -> forward the invoice Kim mailed me to Dev; "Oskar Berg -
    change his number to N" -> change Oskar Berg's number to N; a message named by whose it is ("Kim's text about
    dinner: add it to my calendar") becomes the statement "Kim texted me about dinner" before the request, which
    keeps its "it" for what that message says."""
    about = _TOLD_ABOUT.match(text)
    if about:  # "that dinner Kim texted me about - add it to my calendar": Kim texted me about dinner, and "it" is that
        return f"{about['n']} {about['v']} me about {about['x']}. {about['r']}"
    m = _TOPIC.match(text)
    if not m or _FINITE.search(_CONTACT_CLAUSE.sub(r"\g<k>", re.sub(r"\([^)]*\)", " ", m["t"]))) or len(m["t"].split()) > 14 or _SUBJECT_VERB.match(m["t"]) \
            or re.search(r"[.!?]\s", m["t"]):  # a name and its verb, or a sentence of its own: a statement
        return text
    said = re.fullmatch(rf"(?P<n>{_NAME}|(?-i:[A-Z])[\w\-]*)'s (?:(?:last|latest|new|recent) )?(?P<k>{_MESSAGES})"
                        rf"(?P<about>\s+(?:about|on|re|regarding)\s+.+|\s+{_Q}.*)?", m["t"].strip(), re.I)
    if said:  # "Kim's text about dinner: put it in my calendar": what that text says
        verb = "emailed" if "mail" in said["k"].casefold() else "texted"
        about = re.sub(r"^\s*(?:on|re|regarding)\b", " about", said["about"] or "", flags=re.I)
        return f"{said['n']} {verb} me{about}. {m['w']}{m['r']}"
    topic = m["t"].strip()
    topic = topic[:1].lower() + topic[1:] if re.match(r"(?:The|My|That|This|Those|These|Our|Your)\s", topic) else topic
    it = _TAKEN_UP.search(m["r"])
    if it is None or it.start() == 0:
        return text  # "... - make sure it is on": no object taken up
    rest = m["r"][it.end():]
    if it["own"] and not re.match(_NAME, topic):  # "the cheapest lamp - text its name and price to Bo"
        owned = re.match(r"\s+(?P<a>[a-z]+(?: number)?(?: and (?:its |their )?[a-z]+(?: number)?)?)\b", rest)
        if owned:
            attrs = re.sub(r"\band (?:its|their) ", "and ", owned["a"])
            return f"{m['w']}{m['r'][:it.start()]}the {attrs} of {topic}{rest[owned.end():]}"
    said = f"{topic}'s" if it["own"] else topic
    return f"{m['w']}{m['r'][:it.start()]}{said}{rest}"


# A thing said first, a dash or a colon, then the request: "the Trip note - rename it", "Ana's mail: forward it".
_TOPIC = re.compile(rf"^\s*(?P<t>(?!(?:it|this|that|there|what|which|who|when|where|how|why|I|you|we|they|he|she|please|can"
                    rf"|could|would|ok|okay|so|and|then|also|if|once|after|before|because|tell|text|send|message|e-?mail|call"
                    rf"|ask|reply|write|say|post|share|forward|someone|somebody|everyone|everybody|nobody|no one)\b)"
                    rf"(?:{_DETERMINED}|(?-i:[A-Z])|{_Q}|[\w\-]+\.[a-z0-9]{{2,4}}\b|\d)[^:;?!\-–—]*?)\s*(?:\s[-–—]+\s|:\s)\s*"
                    rf"(?P<w>{_WRAPPER})(?P<r>(?!(?:can|cannot|could|will|would|should|must|is|are|do|does|did|I|we|you|who|what|which|where|when"
                    rf"|how|why|whose)\b)"
                    r"(?P<v>[a-z]+)\b(?:(?!,? then\b|;|,? and then\b).)*)$", re.I)  # one request, no second step
# A determined thing, then "I / we / you" and a verb: a relative clause with no "that" ("the last text I got", "the file
# we shared"), whose verb makes no statement
_CONTACT_CLAUSE = re.compile(r"^(?P<k>(?:the|my|that|this|those|these|our|your)\s[^,]*?)\s(?:(?-i:I)|we|you)(?:'ve| have| had)?\s+"
                             r"[a-z]+\b.*$", re.I)
# A thing named by the message someone sent about it, said first: "that dinner Kim texted me about - ..."
_TOLD_ABOUT = re.compile(rf"^\s*(?:the|that|this) (?P<x>[a-z][\w\- ]{{0,30}}?) (?P<n>{_NAME}|(?-i:[A-Z])[\w\-]*) (?P<v>texted"
                         r"|e-?mailed|mailed|messaged|wrote(?: to)?|told) me (?:about|of|regarding)\s*(?:\s[-–—]+\s|:\s)\s*(?P<r>\S.*)$",
                         re.I)
# A name then its verb: a clause ("Ana asked on Signal for a new album - make it"), no thing.
_SUBJECT_VERB = re.compile(rf"\s*(?!(?i:the|my|that|this|those|these|our|your)\b)(?:{_NAME}|(?-i:[A-Z])[\w\-]*|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|[\w\-]+\.[a-z0-9]{{2,4}})(?<!'s) (?!(?:from|at|in|of|on|with|and)\b)(?-i:[a-z])")
# The pronoun that takes the thing up: an object ("forward it", "call him") or an owner ("change his number").
_TAKEN_UP = re.compile(r"\b(?:it|them|that one|this one)\b(?!\s+(?:is|was|are|were|starts|ends|says|goes|comes)\b)"
                       r"|\b(?:him|her)\b(?!\s+(?-i:[a-z])(?!(?:to|in|on|at|for|from|with|about|and|back|up|now|again)\b))"
                       r"|\b(?P<own>his|her|their|its)(?=\s+[a-z])", re.I)


# "there's an email from Acme with a code in it", "Kim's text "Trip" has the flight number in it": a value in a message.
_HOLDS = re.compile(
    rf"(?:\b(?:there is|there's|I have|I've got|I got|I received) (?:an?|one|the) (?P<k1>{_MESSAGES}) from (?P<n1>{_NAME}|(?-i:[A-Z])[\w\-]*)"
    rf"(?:\s+(?P<q1>{_Q}))? (?:with|containing|that has|which has|that contains) (?:an?|the|some) (?P<v1>[a-z][\w\-]*(?: [a-z][\w\-]*)?)"
    rf"(?: in it)?"
    rf"|(?P<n2>{_NAME}|(?-i:[A-Z])[\w\-]*)'s (?P<k2>{_MESSAGES})(?:\s+(?P<q2>{_Q}))? (?:has|contains|includes|mentions) "
    rf"(?:an?|the|some) (?P<v2>[a-z][\w\-]*(?: [a-z][\w\-]*)?)(?: in it)?)"
    r"(?P<sep>\s*(?:[,;:.]|\s[-–—]+)\s*)", re.I)


def _value_in_message(text: str) -> str:
    """"there's an email from Acme with a code in it, can you text that code to Dev" -> "can you text the code
    from Acme's email to Dev": the value the request names again ("that code", "the meeting") is read there."""
    m = _HOLDS.search(text)
    if not m:
        return text
    value = (m["v1"] or m["v2"]).strip()
    value = re.sub(r"\s+in$", "", value)
    who, kind, quoted = m["n1"] or m["n2"], m["k1"] or m["k2"], m["q1"] or m["q2"]
    rest = text[m.end():]
    head = value.split()[-1]
    again = re.search(rf"\b(?:that|this|the) (?:[a-z][\w\-]* )?{re.escape(head)}\b|\b(?:it)\b", rest)
    if again is None or not rest[:again.start()].strip():
        return text
    owner = f"the {who} {kind}" if len(who.split()) == 1 else f"{who}'s {kind}"  # "the Acme email", "Kim Li's email"
    source = f"the {value} from {owner}" + (f" {quoted}" if quoted else "")
    start = m.start()
    return f"{text[:start]}{rest[:again.start()]}{source}{rest[again.end():]}"


def _relative(text: str) -> str:
    """"the address that Kim Li has in my contacts" -> Kim Li's address from my contacts (a ranked thing said in a
    relative clause is ranked_wording's); "Kim Li, who's in my contacts, ..." -> Kim Li from my contacts, ...; "Kim Li,
    who is my dentist, ..." -> Kim Li, ... (an aside about a person between commas is no clause of the request)."""
    text = re.sub(rf"(?P<n>{_NAME}),\s+who(?:'s| is)(?: saved| stored| listed)? (?:in|on) (?:my |the )?(?P<w>contacts?|address book"
                  r"|phone ?book|contact list)(?: app)?\s*,", r"\g<n> from my contacts,", text)
    text = re.sub(rf"(?P<n>{_NAME}),\s+who(?:'s| is| was) (?:my|our|a|an|the) [a-z][\w\- ]{{0,30}}?,(?=\s)", r"\g<n>,", text)
    return re.sub(rf"\bthe (?P<k>(?:[a-z][\w\-]* )?(?:address|number|phone number|e-?mail(?: address)?|birthday))"
                  rf" (?:that|which) (?P<n>{_NAME}) has (?:in|on|under) (?P<w>(?:my|the|his|her|their) [\w\- ]*?"
                  r"(?:contacts?|address book|phone ?book|card))\b",
                  r"\g<n>'s \g<k> from \g<w>", text, flags=re.I)
