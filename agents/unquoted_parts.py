"""A task typed plainly on a phone (no quotes, no apostrophes, no full stops) with its parts marked again.

"send Kim Tran Running late on whatsapp" sends the message "Running late"; "post Who is in? in the team group
Friday drinks" posts it in the group "Friday drinks"; "a note titled Packing that says socks" names the note
"Packing"; "Nell Ross emailed me the code save it in a note" is two sentences; "Nell Rosss number" is Nell
Ross's. Runs before quotes are held aside, and only on a task with no quotes at all: a task that quotes
anything marked its parts itself. General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .text import FULL_NAME

_QUOTES = re.compile(r"[\"“”«»„]")
_WORD = r"[\w',?!\-]+"
# A message typed without quotes: a capitalised first word and a lower-case second one ("Running late", "Can we ...");
# a name is capitalised throughout ("Kim Tran"), "Bo and Kim" are people.
_MESSAGE = rf"(?![\w\-]*'s\b)(?-i:[A-Z])[\w',?!\-]*(?: (?!(?:and|or)\b)(?-i:[a-z0-9])[\w',?!\-]*)(?: {_WORD})*?"
_PERSON = rf"(?:{FULL_NAME}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"  # a full name: "Kim Tran the address" is no message
# What follows a message: its channel, its conversation, its person.
_AFTER = (rf"(?: (?:on|via|over|using) (?:my |the )?[a-z][\w\-]*(?: app)?"
          r"| (?:to|in|into) (?:the |my )?(?:(?!to\b)[a-z][\w\-]* ){0,3}(?:group|chat|e-?mail|mail|message|conversation|thread"
          rf"|channel)\b.*| to (?:{FULL_NAME}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?: (?:on|via|over|using) \S+)?)?")
_SENDING = r"send|text|message|sms|dm|post|reply|tell|write|e-?mail|mail"
# Nouns a person owns ("Nell Rosss number" is Nell Ross's).
_OWNED = (r"phone|mobile|number|e-?mail|address|birthday|contact|chat|messages?|texts?|photos?|favou?rite|details|card"
          r"|profile|home|office|place|house|car|party|flight|name")
# A value named, not a message ("sms Bo Li StreamFlix code", "with Trip as the subject").
_VALUE = re.compile(r"^\S+ (?:code|number|address|password|link|price|total|time|date|location|details)$|\bas (?:the|its) "
                    r"(?:subject|title|name|label)\b")
# Verbs a request starts with, after a statement run on without a full stop.
_ASK = (r"add|send|save|rename|mark|create|open|put|do|forward|reply|text|email|move|delete|buy|share|call|set|make|write"
        r"|post|note|store|copy|pin|star|book|order")
_TOLD = r"\b(?:emailed|e-mailed|mailed|texted|messaged|sent|asked|told|wrote|shared|linked)\b"
# A person then the thing sent ("... and text Bo the time", "... and send Ana my address"): no message said.
_THING_AFTER = r"(?:the|a|an|my|his|her|their|its|our|your|this|that|these|those)\b"
# Words after a person that start no message ("text bo the address of ...", "text bo when ...").
_NOT_MESSAGE = (r"(?:the|a|an|my|his|her|their|its|our|your|this|that|these|those|some|about|to|on|in|at|from|with|for|when"
                r"|what|where|which|who|how|whether|if|and|or|me|him|them|us|it|back|again)\b")


def unquoted(text: str) -> str:
    """``text`` with its message, titles, possessives and run-on request marked (see the module docstring)."""
    text = _run_on(text)
    if _QUOTES.search(text):
        return text
    text = re.sub(rf"\b(?P<n>{FULL_NAME}?)(?<!')s (?=(?:{_OWNED})\b)", r"\g<n>'s ", text)  # "Nell Rosss number": Nell Ross's
    text = _message(text)
    parts = re.split(r"(\"[^\"]*\")", text)  # titles only outside the message just quoted
    return "".join(p if p.startswith('"') else _titles(p) for p in parts)


def _run_on(text: str) -> str:
    """"Bo Li texted me the code save it in a note" -> ... the code. save it in a note (a request after a statement)."""
    told = re.search(_TOLD, text)
    if not told:
        return text
    m = re.search(rf"(?<![,;:.!?\-–—])(?<!\bto)(?<!\band)(?<!\bor)(?<!\bthen)(?<!\bplease)(?<!\bkindly)(?<!\bjust)(?<!\bwill)(?<!\bcan)(?<!\bI)(?<!\byou) "
                  rf"(?=(?:{_ASK}) (?:that|it|this|those|them|the|a|an|its|their)\b)", text[told.end():])
    if not m:
        return text
    at = told.end() + m.start()
    return f"{text[:at]}. {text[at + 1:]}"


def _message(text: str) -> str:
    """"send Kim Tran Running late on whatsapp", "reply Sounds good to the email from Bo", "... and send See you" ->
    the message in quotes."""
    m = re.match(rf"^(?P<v>(?:{_SENDING})(?: to)?) (?:(?P<n>{_PERSON}) )?(?P<m>{_MESSAGE})(?P<t>{_AFTER})\s*$", text, re.I)
    if m and (m["n"] or re.match(r"\s*(?:to|in|into)\b", m["t"])) and not re.search(_VALUE, m["m"]):  # a person said
        said = "saying " if m["n"] and not m["t"] else ""  # "text Bo Li saying "..."", as a terse text is read
        return f"{m['v']} {m['n'] + ' ' if m['n'] else ''}{said}\"{m['m']}\"{m['t']}"
    if re.match(rf"(?:{_SENDING})\b", text, re.I):
        m = re.search(rf"\b(?P<w>with|saying|that says)(?<!chat with)(?<!group with) (?P<m>{_MESSAGE})(?P<t>{_AFTER})\s*$", text)
    m = m or re.search(rf"\band (?P<w>send|text|say|write|post|reply) (?!\S+ {_THING_AFTER})(?P<m>{_MESSAGE})(?P<t>{_AFTER})\s*$", text)
    if m and not _VALUE.search(m["m"]):
        return f"{text[:m.start()]}{m.group(0)[:m.start('m') - m.start()]}\"{m['m']}\"{m['t']}"
    m = re.match(rf"^(?P<v>text|message|sms|dm|tell) (?!{_NOT_MESSAGE})(?P<n>[A-Za-z][\w\-]*) (?!{_NOT_MESSAGE})(?P<m>[a-z][\w']*(?: [\w',?!\-]+)+)$",
                 text)
    if m:  # "text bo running late": the one word after the verb is the person
        return f"{m['v']} {m['n']} \"{m['m']}\""
    return text


def _titles(text: str) -> str:
    """"a group called Road trip with Ana", "the email Lunch plans", "subject Flat viewing saying ..." -> the title quoted
    (a name said last, "a playlist named Road Songs", or before "and", is read as it is)."""
    stops = (r"(?:with|saying|that|which|who|what|where|when|how|and|or|but|so|then|please|keeping|leaving|without|while"
             r"|containing|to|in|on|from|for|at|by|as|is|are|was|has|back|again|now|today|tonight|tomorrow)\b")
    fields = r"(?:with|saying|(?:that|which) (?:says|reads|has|holds)|containing|message|body|text)\b"  # another field
    text = re.sub(r"\b(?P<k>(?:wrote|written|sent|e-?mailed|mailed)(?: to)? me from) (?P<t>(?-i:[A-Z])[\w'\-]*(?: (?-i:[a-z])[\w'\-]*)"
                  r"{1,3}?) (?=to\b)", r'\g<k> "\g<t>" ', text)  # "the address Bo wrote to me from Rent due to ...": a mail
    return re.sub(rf"\b(?:(?P<k>called|named|titled|subject)|(?P<o>(?:the|my|[\w\-]+'s) (?:[a-z]+ )?(?:e-?mail|mail|note|group"
                  rf"|chat|album|event|playlist|folder|list|memo)))(?: line)? (?!I(?:'[a-z]+)? [a-z])(?P<t>(?-i:[A-Z])[\w'\-]*(?: (?!{stops})[\w'\-?!]+)"
                  rf"{{0,3}}?)(?=(?(o)(?: {stops}|\s*$)| {fields}))", _quoted_title, text)


def _quoted_title(m: re.Match[str]) -> str:
    """The title in quotes; a run of capitalised words after "named" is a person's name ("a contact named Ana Ruiz")."""
    if m["k"] and re.fullmatch(FULL_NAME, m["t"]):
        return m.group(0)
    return f"{m['k'] or m['o']} \"{m['t']}\""
