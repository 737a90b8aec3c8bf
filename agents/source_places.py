"""The place an event names, read in the calendar first and then used in the app the task ends in.

"What rating does the place of my "Book club" on Friday have in Maps?", "maps rating of Book club's venue?", "My
Book club on Friday is at some restaurant. How many stars does Maps give that place?", "Check where "Book club"
takes place and tell me that place's rating": the task names the place only by the event (agents/kept_in.py opens the
calendar for it). The event's place is read first (its row "Book club | Fri, Mar 20 · 19:30 · Café Nero", or its
page), and the rest of the task is then done with the place's own name where the task said "the place of my X" or
"that place", so the end app's search types "Café Nero", never the event's title. Grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .answers import Asked
from .kept_in import DAY as _DAY
from .kept_in import OWN as _OWN
from .kept_in import TITLE as _TITLE
from .picked_callers import PICKED
from .text import words

_NOUN = (r"place|venue|location|restaurant|spot|café|cafe|coffee\s+shop|bar|pub|bistro|diner|bakery|hotel|hall|museum|gym"
         r"|lugar|sitio|local|restaurante|cafetería|ort|lokal|veranstaltungsort|gaststätte|kneipe|lieu|endroit|salle|brasserie"
         r"|clinic|shop|store")  # the common words for a place one goes to
_WHEN = (rf"(?:\s*\([^)]*\))?(?:\s*,?\s+(?:on\s+|this\s+|next\s+|for\s+|del\s+|el\s+|de\s+|am\s+|vom\s+|le\s+|du\s+)?"
         rf"(?:the\s+)?(?:{_DAY})\b)*")
_EVENT = rf"(?P<o>{_OWN}\s+(?P<t>{_TITLE}){_WHEN})"
# "the place of my "X" on Friday", "the venue for my X": the place said by its event, in the sentence that uses it.
_ART = r"(?:the|el|la|los|der|die|das|den|dem|le|l['’]\s*)"  # the noun's article, in the languages of _OWN
_OF = re.compile(rf"\b(?:{_ART}\s*)?(?:{_NOUN})\s+(?:of|for|de|del|für|von|vom|pour|du)\s+{_EVENT}(?=\s+(?:have|has|had|gets?|got|is|are|was|on|in|at|from"
                 r"|with|to|and|according|en|sur|auf|bei|im|laut|nach|según|selon|tiene|hat|a)\b|\s*[,.;:!?)\"”]|\s*$)", re.I)  # a title said unquoted ends where the sentence goes on
# "the restaurant where my "X" is", "the place my X event is at", "the hall in which our X takes place": the place said
# by a relative clause on its event.
_REL = re.compile(rf"\b(?:the\s+)?(?:{_NOUN})\s+(?:(?:where|that|which|in\s+which|at\s+which)\s+)?{_EVENT}"
                  r"(?:\s+(?:event|meeting|appointment|booking|reservation|party|dinner|lunch))?"
                  r"\s+(?:(?:is|was|will\s+be)(?:\s+(?:held|happening))?|takes\s+place|took\s+place|happens)(?:\s+(?:at|in))?"
                  r"(?=\s+(?:in|on|with|to|and|for|from)\b|\s*[,.;:!?)\"”]|\s*$)", re.I)
# "X's venue" (a person's place or location is their own: "Maya's place" is no event's)
_POSSESSIVE = re.compile(rf"(?:{_OWN}\s+)?(?P<o>(?P<t>{_TITLE}))['’]s\s+venue\b", re.I)
# A clause that only says the event has a place ("my X on Friday is at some restaurant", "check where X takes
# place"), the place then said again as "that place", "that restaurant", "its ...", "there".
_SAID = re.compile(rf"^(?P<head>.*?){_EVENT}\s+(?:is|will\s+be|was)\s+(?:at|in)\s+(?:some|a|an|one)\b[^.;?!]*[.;?!]\s*(?P<rest>.+)$", re.I | re.S)
_WHERE = re.compile(rf"^(?P<head>.*?)\bwhere\s+(?P<o>(?:{_OWN}\s+)?(?P<t>{_TITLE}){_WHEN})\s+(?:takes?|took)\s+place\b"
                    r"\s*(?:,\s*)?(?:and\s+(?:then\s+)?)?(?P<rest>.+)$", re.I | re.S)
_ASIDE = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<ctx>[^()]{12,})\)\s*(?P<end>[.?!]?)\s*$")
_BACK = re.compile(rf"\b(?:that|this|the\s+same)\s+(?:{_NOUN})\b|\bthere\b|\bits\b|\bit\b", re.I)


def place_part(task: str) -> tuple[str, str, str] | None:
    """(the event as said, its title, the rest of the task with ``PICKED`` where the place's name goes), or None when
    the task names no place by an event of mine."""
    for pattern in (_OF, _REL, _POSSESSIVE):
        m = pattern.search(task)
        if m:
            rest = f"{task[:m.start()]}{PICKED}{task[m.end():]}"
            return m["o"].strip(), _title(m["t"]), _asked_alone(re.sub(r"\s+", " ", rest).strip())
    aside = _ASIDE.match(task)  # "How many stars does Maps give that place (my X on Friday is at ...)?": said first
    told = f"{aside['ctx']}. {aside['main']}{aside['end']}" if aside else task
    for pattern in (_SAID, _WHERE):  # the place said again by its noun ("that bistro"), never "its" (the event's)
        m = pattern.match(told)
        back = _BACK.search(m["rest"]) if m else None
        back = back if back and back.group(0).casefold() not in ("it", "its") else None
        if m and back:
            said = back.group(0).casefold()
            name = f"{PICKED}'s" if said == "its" else PICKED
            rest = f"{m['rest'][:back.start()]}{name}{m['rest'][back.end():]}"
            return m["o"].strip(), _title(m["t"]), rest[:1].upper() + rest[1:]
    return None


# A place a person named in a mail or a text: "Priya emailed me suggesting a restaurant. What's that restaurant's
# number?", "the place Priya suggested in her email", "Which café did Ana propose by email? Give me its number".
_NAME = r"(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+){0,3}"
_MEDIUM = r"(?:(?:his|her|their|an?|the|that|this)\s+)?(?:e-?mail|mail|text|message|sms|dm)s?"
_REPORT = r"suggested|proposed|recommended|mentioned|named|picked|chose|told\s+me\s+about|wrote\s+about"
_SENT = re.compile(rf"^(?P<head>.*?)\b(?P<who>{_NAME})\s+(?:e-?mailed|mailed|texted|messaged)\s+(?:me|us)\b[^.;?!]*"
                   rf"\b(?:{_NOUN})\b[^.;?!]*[.;?!]\s*(?P<rest>.+)$", re.S)
_PROPOSED = re.compile(rf"\b(?:the|that|a)\s+(?:{_NOUN})\s+(?:that\s+)?(?P<who>{_NAME})\s+(?:{_REPORT})"
                       rf"(?:\s+(?:in|by|via|over)\s+{_MEDIUM})?")
_WHICH = re.compile(rf"^(?P<head>.*?)\b(?:which|what)\s+(?:{_NOUN})\s+did\s+(?P<who>{_NAME})\s+(?:suggest|propose|recommend"
                    rf"|mention|name|pick|choose)\b[^.;?!]*[.;?!]\s*(?P<rest>.+)$", re.I | re.S)
# An event moved to the day of another ("move my "Yoga" to the same day as my "Offsite"", "shift Yoga to whatever day
# Offsite is on", "Yoga -> day of Offsite"): the other's date is read first, on its row, then typed in the date field.
_SAME_DAY = re.compile(rf"(?P<lead>\bto\s+|->\s*|→\s*|\b(?:falls|is|lands)\s+on\s+)(?:the\s+same\s+(?:day|date)\s+as|(?:the\s+)?"
                       rf"(?:day|date)\s+of|whatever\s+(?:day|date))\s+(?P<o>(?:{_OWN}\s+)?(?P<t>{_TITLE}))"
                       r"(?=\s+(?:is|falls|happens)\b|\s*[,.;:!?)\-]|\s*$)(?:\s+(?:is|falls|happens)(?:\s+on)?\b)?", re.I)
_EDITS = re.compile(r"^\s*(?:please\s+)?(?:clear|set|change|update|edit|remove|delete|erase|rename|replace|fix|correct)\b", re.I)
_ASKING = frozenset({"what", "where", "which", "tell", "show", "give", "say", "find", "check", "look", "qué", "cuál", "dónde",
                     "dime", "es", "está", "wo", "was", "welcher", "welches", "ist", "où", "quel", "quelle", "est", "dis"})
MAILED = "place"  # the kind of value read: a place's name as a message says it


def mailed_part(task: str) -> tuple[str, str] | None:
    """(who named the place, the rest of the task with ``PICKED`` for its name), or None."""
    m = _PROPOSED.search(task)
    if m:
        return m["who"], _asked_alone(re.sub(r"\s+", " ", f"{task[:m.start()]}{PICKED}{task[m.end():]}").strip())
    aside = _ASIDE.match(task)
    told = f"{aside['ctx']}. {aside['main']}{aside['end']}" if aside else task
    for pattern in (_SENT, _WHICH):
        m = pattern.match(told)
        back = _BACK.search(m["rest"]) if m else None
        if m and back:
            name = f"{PICKED}'s" if back.group(0).casefold() == "its" else PICKED
            rest = f"{m['rest'][:back.start()]}{name}{m['rest'][back.end():]}"
            return m["who"], rest[:1].upper() + rest[1:]
    return None


# A place named in a message's sentence: a run of capitalised words after "at", "to", "how about", "try"
# ("Shall we meet at Pho Saigon around one?", "How about Café Nero?"), never at the line's end where a preview is cut.
_NAMED = re.compile(r"(?:\b(?:at|to|how\s+about|what\s+about|try|trying)\s+)(?P<p>(?:the\s+)?(?-i:[A-Z])[\w'’&\-]*"
                    r"(?:\s+(?:&\s+|of\s+|de\s+)?(?-i:[A-Z0-9])[\w'’&\-]*){0,4})(?=\s*[^\s\w'’&\-]|\s+(?-i:[a-z])|\s*$)", re.I)


def named_place(lines: list[str], keys: list[str]) -> str | None:
    """The place a message's text names, read on the message of ``keys`` (its sender) once it is open."""
    shown = [line.strip() for line in lines]
    if keys and not any(k.casefold() in line.casefold() for line in shown for k in keys):
        return None
    for line in shown:
        if line.startswith("[") and " | " in line:  # a list's row: its preview may be cut short
            continue
        m = _NAMED.search(line.split('"', 1)[1] if line.startswith("[") and '"' in line else line)
        if m and not re.match(r"(?i)the\s*$", m["p"]):
            return m["p"]
    return None


# "book <the place>. Can you find its number on Maps?" (canonical() leaves the "I want to" out): a statement naming the
# place, then the request that says it again ("its", "that place", "there") and asks: the request alone is the rest.
# A second request said as one ("... Can you also / then ...") keeps both.
_THEN_ASKED = re.compile(r"^(?P<said>[^.;!?]+)\.\s+(?P<ask>(?:(?:can|could|would|will)\s+you|what|what['’]s|how|where|which|when"
                         r"|give|tell|find|show|look\s+up|check)\b[^.;!?]*\?)\s*$", re.I)
_SAID_AGAIN = re.compile(rf"\b(?:that|this|the\s+same)\s+(?:{_NOUN})\b|\bthere\b|\bits\b", re.I)


def _asked_alone(rest: str) -> str:
    m = _THEN_ASKED.match(rest)
    if not m or PICKED not in m["said"] or PICKED in m["ask"] or re.search(r"(?i)\b(?:also|then|too|as\s+well)\b", m["ask"]):
        return rest
    back = _SAID_AGAIN.search(m["ask"])
    if back is None:
        return rest
    name = f"{PICKED}'s" if back.group(0).casefold() == "its" else PICKED
    ask = f"{m['ask'][:back.start()]}{name}{m['ask'][back.end():]}"
    return ask[:1].upper() + ask[1:]


def _title(said: str) -> str:
    return said.strip().strip("\"“”«»„").strip()


def read_part(task: str, make: Callable[..., Any], object_key: Callable[[str], str]) -> Any:
    """The part reading the value first (``make``: subgoals.ReadPart; ``object_key``: subgoals'), or None."""
    ReadPart = make  # noqa: N806
    day = _SAME_DAY.search(task)
    if day is not None:
        lead = day["lead"] if day["lead"].strip()[-2:].casefold() == "on" else "to "  # "falls on", else "to"
        rest = re.sub(r"\s+", " ", f"{task[:day.start()]} {lead}{PICKED}{task[day.end():]}").strip()
        aside = _ASIDE.match(rest)  # "(I'd like A and B on one day, and don't touch B)": B served its date; A moves
        if aside and PICKED not in aside["ctx"] and words(_title(day["t"])) <= words(aside["ctx"]):
            rest = f"{aside['main']}{aside['end']}"
        return ReadPart(f"What is the date of {day['o']}?", object_key(_title(day["t"])),
                        Asked("date", words(_title(day["t"]))), rest, where=f"the calendar event {day['o']}")
    found = place_part(task)
    if found is not None and (not words(found[2].replace(PICKED, " ")) - _ASKING or _EDITS.match(found[2])):
        found = None  # "What's the location of my X?": the answer; "Clear the venue of my X": the event's own field
    mailed = mailed_part(task) if found is None else None
    if mailed is not None:
        who, rest = mailed
        medium = "email" if re.search(r"(?i)\b(?:e-?)?mail", task) else "text message"  # where it was said
        return ReadPart(f"Which place did {who} name in their {medium}?", object_key(who), Asked(MAILED, words(who)), rest,
                        where=f"{who}'s {medium}")
    if found is None:
        return None
    event, title, rest = found
    return ReadPart(f"Where is {event}?", object_key(title), Asked("address", words(title) | {"place"}), rest,
                    where=event if re.search(r"(?i)\bevent\b", event) else f"the calendar event {event}")  # "my X" alone: no app


__all__ = ["MAILED", "mailed_part", "named_place", "place_part", "read_part"]
