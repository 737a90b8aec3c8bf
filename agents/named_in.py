"""A thing a message names, to be found and used elsewhere.

"Add the photo named in Ana Ruiz's "Trip" mail to Holidays", "open the file mentioned in the text
from Bo Li", "mail from Bo Li -> photo -> album Trip": the message is read first for the thing's
name, then the rest of the task acts on "that photo". "Save the biggest file in Downloads in a new
note": a thing written into a note is written by its name. Plain English task grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COURTESY = frozenset("please kindly pls plz just now quick quickly".split())  # said before the verb, never an app
_ITEM = r"photo|picture|image|pic|file|document|doc|video|clip|song|track|attachment|recording|screenshot"
_MESSAGE = r"e-?mail|mail|message|text|sms|chat|dm|note|post"
_NAME = r"(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)+"
_QUOTE = r"[\"“](?P<subject>[^\"”]{1,80})[\"”]"
_SOURCE = (rf"(?:(?:the|my|an?|his|her|their|that|this)\s+)?(?:(?P<who>{_NAME})['’]s\s+)?(?:(?:latest|last|newest|recent)\s+)?"
           rf"(?:{_QUOTE}\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{_MESSAGE})\b(?:\s+from\s+(?P<sender>{_NAME}))?"
           rf"(?:\s+(?:about|titled|called|named|re:?)?\s*[\"“](?P<titled>[^\"”]{{1,80}})[\"”])?(?:\s+from\s+(?P<after>{_NAME}))?")
# "the photo named in Bo Li's mail"; "the photo from the email from Bo Li", "the file in Bo Li's last text": a thing
# said to be in a message (a message word must follow) is found by the name the message gives it.
_NAMED_IN = re.compile(rf"\b(?:the|that|a)\s+(?P<n>{_ITEM})\s+(?:(?:(?:that|which)\s+(?:is|was|gets?)\s+|(?:that|which)\s+)?"
                       rf"(?:named|mentioned|listed|given|suggested|specified|picked|chosen|referred to|asked for|requested|"
                       rf"meant|described)\s+(?:in|from|by)|(?P<plain>from|in|attached to|attached in))\s+"
                       rf"(?P<src>(?=(?:(?:the|my|an?|his|her|their|that|this)\s+)?(?:{_NAME}['’]s\s+)?(?:(?:latest|last|newest|recent)\s+)?"
                       rf"(?:[\"“][^\"”]{{1,80}}[\"”]\s+)?(?:{_MESSAGE})\b){_SOURCE})", re.I)


@dataclass(frozen=True)
class NamedIn:
    """The kind of thing named, the words that find its message, the message as said, and where it was said."""

    noun: str
    key: str
    source: str
    start: int
    end: int


def with_container(rest: str, noun: str) -> str:
    """"add that photo to Trip" -> "... to the Trip album": a photo goes into an album, a song into a
    playlist, a file into a folder, when the task names only the place."""
    if not re.match(r"\s*(?:please\s+)?(?:add|put|move|save|place|copy|file|stick|pop)\b", rest, re.I):
        return rest  # "send that photo to Ana Ruiz": a person, no place
    kind = {"song": "playlist", "track": "playlist", "file": "folder", "document": "folder", "doc": "folder"}.get(noun, "album")
    return re.sub(r"\b(?P<v>to|into|in)\s+(?P<x>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,3})(?=\s*[.!]?\s*$)",
                  rf'\g<v> the "\g<x>" {kind}', rest, count=1, flags=re.I)


# "add the clip from Bo's mail to the playlist "Kiln"", "Send Oskar Lind the file in Bo's text": a thing said only to be
# in a message is read there when the rest puts it in a named place or sends it to a named person; an attachment, a
# thing forwarded or replied with, or saved to a place with no name ("to my gallery") is acted on inside the message.
_PUT_ELSEWHERE = re.compile(r"^(?!\s*(?:please\s+)?(?:forward|fwd|reply|respond|download)\b)(?:.*\b(?:to|into|in|on|with)\s+"
                            r"(?:the\s+|my\s+)?(?:(?:playlist|album|folder|note|list)\s+)?(?:[\"“]|(?-i:[A-Z]))|\s*(?:please\s+)?"
                            r"(?:send|text|mail|e-?mail|message|give|show)\s+(?-i:[A-Z]))", re.I | re.S)


def named_in(task: str) -> NamedIn | None:
    """The thing a message names, as the task says it ("the photo named in Bo Li's mail"), or None."""
    m = _NAMED_IN.search(task)
    if m is None:
        return None
    key = m["subject"] or m["titled"] or m["who"] or m["sender"] or m["after"] or ""
    if not key or m["plain"] and not _PUT_ELSEWHERE.search(f"{task[:m.start()]} {task[m.end():]}"):
        return None
    return NamedIn(m["n"].casefold(), key, m["src"].strip(), m.start(), m.end())


# "mail from Bo Li -> photo -> album Trip": read the thing from the message, then put it there.
_CHAIN = re.compile(rf"^(?P<src>(?:(?:the|my|latest|last)\s+)?(?:{_MESSAGE})\s+from\s+{_NAME})\s*(?:->|=>|→)\s*"
                    rf"(?P<n>{_ITEM})s?\s*(?:->|=>|→)\s*(?P<to>[^>]+?)\s*\.?$", re.I)


# "new note Clean up: the name of the biggest file in Downloads": find it, then write its name there.
_NOTE_OF = re.compile(r"^(?:new\s+)?(?:note|memo)\s+(?P<t>[^:]{1,40}?)\s*:\s*(?:the\s+)?(?P<a>name|title|size|date|"
                      r"location|file name)\s+of\s+(?P<x>.+?)\s*\.?$", re.I)


# "calendar: Dinner with Bo, details from the text from Bo Li", "calendar event from mail: Offsite": an
# event whose date, time and place a message gives.
_EVENT_FROM = (re.compile(r"^(?:calendar|agenda|schedule|diary)(?:\s+(?:event|entry))?\s*:\s*(?P<t>[^,:]+?)\s*,\s*(?:the\s+|its\s+)?"
                          r"(?:details|info|date,? time and place|when and where)\s+(?:from|in|per|as in)\s+(?P<src>.+?)\.?$", re.I),
               re.compile(rf"^(?:(?:calendar|agenda)\s+)?(?:event|entry|appointment|meeting)\s+(?:from|in|per)\s+(?P<src>(?:the\s+|my\s+)?"
                          rf"(?:{_MESSAGE})(?:\s+from\s+{_NAME})?)\s*:\s*(?P<s>.+?)\.?$", re.I))


def _event_from(text: str) -> str:
    for pattern in _EVENT_FROM:
        m = pattern.match(text)
        if m and "t" in m.groupdict():
            src = m["src"] if re.match(rf"(?:the|my|an?)\s|{_NAME}['’]s\s", m["src"], re.I) else f"the {m['src']}"
            return f"Add the event from {src} to my calendar as {_quote(m['t'])} with its date, time and place"
        if m:
            src = m["src"] if re.match(r"(?:the|my)\s", m["src"], re.I) else f"the {m['src']}"
            return f"Add the event from {src} {_quote(m['s'])} to my calendar with its date, time and place"
    return text


def _quote(text: str) -> str:
    text = text.strip()
    return text if text[:1] in "\"“\ue000" else f'"{text}"'


def chained(text: str, attrs: str = "", verb_first: bool = True) -> str:
    """A terse note that reads one thing and writes it elsewhere, as a request: a chain of arrows from
    a message, through the thing it names, to where it goes; "note T: the name of X"; with the
    details ``attrs`` (a regex) and no verb first, an app said as the verb ("Signal Bo Li the
    address ..."). The same text when it is none."""
    m = re.fullmatch(rf"(?P<app>[A-Z][\w\-]+) (?P<n>[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)+) (?P<r>(?:the|my|his|her|their) "
                     rf".*\b(?:{attrs})\b.*)", text) if attrs and not verb_first else None
    if m and m.group("app").casefold() not in _COURTESY:  # "Kindly SMS Bo Li the ...": no app said as the verb
        return f"text {m.group('n')} on {m.group('app')} {m.group('r')}"
    note = _NOTE_OF.match(text.strip())
    if note is not None:
        return f"write the {note['a']} of {note['x']} in a new note titled {_quote(note['t'])}"
    event = _event_from(text.strip())
    if event != text.strip():
        return event
    m = _CHAIN.match(text.strip())
    if m is None:
        return text
    to = re.sub(r"^(?:the\s+)?(?P<k>album|folder|playlist)\s+(?P<x>.+)$", r"the \g<k> \g<x>", m["to"], flags=re.I)
    return f"add the {m['n']} named in the {m['src']} to {to}"


# "save the largest file in Downloads in a new note": an item written into a note is its name.
_INTO_NOTE = re.compile(rf"^\s*(?:please\s+)?(?P<v>save|write|put|note|add|jot down|note down)\s+(?P<x>(?:the|my)\s+"
                        rf"(?:[\w\-]+\s+){{0,2}}?(?:{_ITEM})s?\b(?:\s+(?:in|from|on)\s+(?:my\s+|the\s+)?[\w\-]+(?:\s+folder)?)?)"
                        rf"\s+(?P<into>(?:in|into|to|as)\s+(?:a|an|the|my)\s+(?:new\s+)?note\b.*)$", re.I)
_RANKED = re.compile(r"\b(?:largest|biggest|smallest|newest|latest|oldest|last|first|most recent|heaviest|longest|shortest)\b",
                     re.I)


def item_into_note(task: str) -> tuple[str, str] | None:
    """(the item, the rest with its name said as "it") for "save the newest photo in a new note ...";
    None when the task writes something else."""
    m = _INTO_NOTE.match(task)
    if m is None or not _RANKED.search(m["x"]):
        return None
    return m["x"], f"write it {m['into']}"


# "read the email and add that photo ...": the read step said again before the rest.
_READ_FIRST = re.compile(rf"^\s*(?:please\s+)?(?:read|check|open|look at|go through)\s+(?P<m>(?:the|their|his|her|that)\s+"
                         rf"(?:{_MESSAGE}))\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?", re.I)
_CONTAINER = r"album|folder|playlist|list|group|chat|channel|board"


def read_step(rest: str) -> tuple[str, str]:
    """(the message said to read, the rest without that step); ("", rest) when none is said."""
    m = _READ_FIRST.match(rest)
    if m is None or not rest[m.end():].strip():
        return "", rest
    return m["m"], rest[m.end():]


def named_container(rest: str, told: str) -> str:
    """"add that photo to the album" told "for our Trip album": the album the message names."""
    m = re.search(rf"\b(?:our|my|the|their|his|her|a|an)\s+(?P<x>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){{0,3}})\s+"
                  rf"(?P<k>{_CONTAINER})\b", told, re.I)
    if m is None:
        return rest
    return re.sub(rf"\bthe\s+{m['k']}\b", f'the "{m["x"]}" {m["k"]}', rest, count=1, flags=re.I)


# "rename a.pdf to whatever Bo Li's mail says", "rename a.pdf per the mail from Bo Li", "read the email
# from Bo Li and give a.pdf the name they want": the new name is read in that message first.
_FILE = r"[\w\-]+\.\w{2,4}"
_RENAME_PER = (re.compile(rf"^\s*(?:please\s+)?rename\s+(?P<x>{_FILE})\s+(?:to\s+(?:whatever|what)\s+|per\s+|as\s+(?:asked\s+)?in\s+|"
                          rf"according\s+to\s+|following\s+|as\s+)(?P<src>{_SOURCE})(?:\s+(?:says|asks|wants|suggests|gives))?\s*[.!]?$", re.I),
               re.compile(rf"^\s*(?:please\s+)?(?:read|check|open)\s+(?P<src>{_SOURCE})\s+and\s+(?:then\s+)?(?:give|rename)\s+"
                          rf"(?P<x>{_FILE})\s+(?:the\s+(?:new\s+)?name\s+(?:they|he|she)\s+\w+(?:\s+for)?|to\s+(?:the\s+new\s+name|that|it))"
                          rf"\s*[.!]?$", re.I))


def renamed_per(task: str) -> NamedIn | None:
    """The file to rename and the message that gives its new name, or None."""
    for pattern in _RENAME_PER:
        m = pattern.match(task)
        key = (m["subject"] or m["titled"] or m["who"] or m["sender"] or m["after"]) if m else ""
        if key:
            return NamedIn(m["x"], key, m["src"].strip(), m.start(), m.end())
    return None


_NEW_NAME = re.compile(rf"^(?:a|the|their|his|her)\s+new\s+(?:file\s+)?name\s+for\s+(?P<x>{_FILE})\s*$", re.I)


def new_name_for(told: str, rest: str) -> str:
    """"Bo emailed me a new name for a.pdf. Rename the file as asked" -> "Rename a.pdf to it"; the same
    rest when the message gives no new name."""
    m = _NEW_NAME.match(told.strip())
    if m is None or not re.match(r"\s*(?:please\s+)?(?:rename|change the name of)\b", rest, re.I):
        return rest
    return f"Rename {m['x']} to it"
