"""Terse notes said as the request they stand for: a field set with "=", a count asked after a
colon, a switch named after a place, text added at the end of a note, a note sent to an address.

"contact Mia Wong: email = mia@ex.org" changes that contact's email; "unread mails: how many?"
asks how many unread mails there are; "display: dark theme on" turns dark theme on in display;
"memo Groceries += eggs" adds "eggs" at the end of that memo; "memo Groceries -> bo@ex.org" mails
its text to bo@ex.org; "note Groceries: insert "eggs" at top" edits that note's text; "Budget review
start time?" asks when that event starts (things that start and end at a time are events); "Add Yoga to my calendar (Park Hall, Friday 8:00)" creates that event
there. General note-taking grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .arrow_targets import targeted
from .note_fragments import fragment
from .ranked_wording import ranked_note
from .referents import HELD
from .task_verbs import VERBS
from .terse_arrows import arrowed
from .verb_last import verb_last
from .word_fixes import arrowed_fix

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Items whose words are their content: text added to one goes at its end.
_WRITTEN = r"note|memo|document|doc|draft|text file|journal entry"
# Words for an item's kind, said before its name in a note ("event Standup", "contact Mia Wong").
_KINDS = (r"event|meeting|appointment|note|memo|contact|alarm|reminder|task|album|playlist|folder|file|document"
          r"|bookmark|list|chat|group|place")
# A state a counted item is in, said after it ("alarms on", "tasks done").
_STATES = r"on|off|enabled|disabled|active|inactive|done|open|unread|read|starred|pinned|muted|archived|due|overdue"


def terse_form(text: str) -> str:
    """The request a terse note stands for (see the module docstring); ``text`` when it is none."""
    body = text.strip()
    for rule in (arrowed_fix, arrowed, _assigned, _counted, _switched, _appended, _edited, _mailed, _timed, _calendared,
                 _carded, targeted, _verb_last, _ranked_note, fragment):
        said = rule(body)
        if said:
            return said
    return text


def _verb_last(text: str) -> str:
    return "" if (said := verb_last(text)) == text else said


def _ranked_note(text: str) -> str:
    return "" if (said := ranked_note(text)) == text else said


def _quoted(text: str) -> str:
    text = text.strip().rstrip(".")
    return text if HELD.fullmatch(text) else f'"{text}"'


def _named(thing: str) -> str:
    """"event Standup" -> 'the event "Standup"'; a thing said without its kind stays as it is."""
    m = re.fullmatch(rf"(?:the |my )?(?P<k>{_KINDS})\s+(?P<n>\S.*)", thing.strip(), re.I)
    return f"the {m.group('k').casefold()} {_quoted(m.group('n'))}" if m else thing.strip()


def _assigned(body: str) -> str:
    """"event Standup: location = Room 4" -> change the location of the event "Standup" to "Room 4"."""
    m = re.fullmatch(r"(?P<x>[^:=<>]{2,60}?)\s*:\s*(?P<f>[a-z][\w\- ]{0,24}?)\s*(?::=|=|->|=>|→)\s*(?P<v>\S.*)",
                     body, re.I)
    if not m or m.group("v").startswith(("=", ">")):
        return ""
    return f"change the {m.group('f').casefold()} of {_named(m.group('x'))} to {_quoted(m.group('v'))}"


def _counted(body: str) -> str:
    """"alarms on: how many?" -> how many alarms are on?; "notes with bills: count?" the same way; with no mark
    between, only a question of a few words naming no verb ("Kiwi bookmarks how many?")."""
    m = re.fullmatch(r"(?P<x>[^:?]{2,80}?)\s*[:,\-–—]\s*(?:how many|count)\s*\?*", body, re.I) \
        or re.fullmatch(rf"(?:(?:my|the|all) )?(?P<x>(?:[\w\-]+ ){{0,3}}[\w\-]+s(?: (?:{_STATES}))?)\s+(?:how many|count)\s*\?+",
                        body, re.I)
    if not m or m["x"].split()[0].casefold() in VERBS | {"tell", "i", "you", "we"}:
        return ""
    things = re.sub(rf"^(?P<n>[\w\- ]*?\w)\s+(?P<s>{_STATES})$", r"\g<n> are \g<s>", m.group("x").strip(), flags=re.I)
    return f"how many {things}?"


def _switched(body: str) -> str:
    """"display: dark theme on" -> turn on dark theme in display (the place said first, a colon, the switch)."""
    m = re.fullmatch(r"(?P<p>[\w\- ]{2,30}?):\s*(?P<x>[a-z][\w\- ]{1,40}?)\s+(?P<s>on|off)\.?", body, re.I)
    if not m:
        return ""
    return f"turn {m.group('s').casefold()} {m.group('x')} in {m.group('p')}"


def _appended(body: str) -> str:
    """"memo Groceries += eggs" -> add "eggs" to the end of the memo "Groceries"."""
    m = re.fullmatch(rf"(?P<k>{_WRITTEN})\s+(?P<t>.+?)\s*\+=\s*(?P<v>.+)", body, re.I)
    if not m:
        return ""
    return f"add {_quoted(m.group('v'))} to the end of the {m.group('k').casefold()} {_quoted(m.group('t'))}"


def _edited(body: str) -> str:
    """"note Groceries: insert "eggs" at top" -> insert "eggs" at top in the note "Groceries" (an edit of that
    note's text, never a new note saying the edit)."""
    m = re.fullmatch(rf"(?P<k>{_WRITTEN}|list)\s+(?P<t>[^:]{{1,40}}?)\s*:\s*(?P<e>(?:insert|append|prepend|replace|swap|fix|"
                     rf"correct)\b.+|(?:add|put|write)\b.+?\b(?:at|on|to|as)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|end|start|"
                     rf"beginning|first\s+line|last\s+line|new\s+line)\b.*)", body, re.I)
    if not m:
        return ""
    return f"{m.group('e').rstrip(' .')} in the {m.group('k').casefold()} {_quoted(m.group('t'))}"


# A person's details said as a record: each field with a value of its own shape.
_CARD_FIELDS = (("email", r"(?:e-?mail(?: address)?)", rf"{_EMAIL}"),
                ("phone number", r"(?:phone(?: number)?|number|mobile|cell|tel)", r"\+?[\d][\d\s().\-]{4,}\d"),
                ("address", r"(?:address|home address|street address)", r"\d[^;]*?[A-Za-z][^;]*?"),
                ("birthday", r"(?:birthday|born|date of birth|dob)", r"[^;,]*\d[^;,]*"))


def _carded(body: str) -> str:
    """"Mia Wong: email mia@ex.org, address 4 Elm Rd, Lyon" -> give my contact Mia Wong the email mia@ex.org and the
    address 4 Elm Rd, Lyon (every part a field of a person's card, with a value of that field's shape)."""
    m = re.fullmatch(r"(?P<n>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})\s*:\s*(?P<r>.+?)\.?", body)
    if not m:
        return ""
    starts = "|".join(f"{said}\\s*[:=]?\\s+" for _, said, _ in _CARD_FIELDS)
    pieces = [p for p in re.split(rf",\s*(?={starts})", m["r"], flags=re.I) if p.strip()]
    said = []
    for piece in pieces:
        for name, field_words, shape in _CARD_FIELDS:
            f = re.fullmatch(rf"{field_words}\s*[:=]?\s+(?P<v>{shape})\s*", piece.strip(), re.I)
            if f:
                said.append(f"the {name} {f['v'].strip()}")
                break
        else:
            return ""
    return f"give my contact {m['n']} {' and '.join(said)}" if said else ""


def _mailed(body: str) -> str:
    """"(mail) memo Groceries -> bo@ex.org" -> email bo@ex.org the text of the memo "Groceries"."""
    m = re.fullmatch(rf"(?:(?:e-?mail|mail|send)\s+)?(?P<k>{_WRITTEN})\s+(?P<t>.+?)\s*(?:->|=>|→|\bto)\s*(?P<to>{_EMAIL})\.?",
                     body, re.I)
    if not m:
        return ""
    return f"email {m.group('to')} the text of the {m.group('k').casefold()} {_quoted(m.group('t'))}"


def _timed(body: str) -> str:
    """"Budget review start time?" -> What is the start time of the event Budget review? (said without its kind)."""
    m = re.fullmatch(r"(?P<o>[^:?]{2,60}?):?\s+(?P<a>start time|end time|starting time|finishing time)\s*\?+", body, re.I)
    if not m or re.search(rf"\b(?:{_KINDS})s?\b", m.group("o"), re.I):
        return ""
    return f"What is the {m.group('a').casefold()} of the event {m.group('o').strip()}?"


_WHEN = re.compile(r"^(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                   r"\s+\d|today\b|tomorrow\b|tonight\b|next\b|noon\b|midnight\b|at\b|on\b|from\b)", re.I)


def _calendared(body: str) -> str:
    """"Add Yoga to my calendar (Park Hall, Friday 8:00)" -> create a calendar event "Yoga" (location: Park Hall,
    Friday 8:00): a named thing added to a calendar is a new event; the detail that is no day or time is its place."""
    m = re.fullmatch(r"(?:(?:please|kindly|just) )*(?:add|put|pop|stick|enter|pencil(?: in)?) (?P<x>(?-i:[A-Z\ue000])[^()]*?) (?:to|in|into|on|onto) (?:my |the )?"
                     r"(?:calendar|schedule|agenda|diary|planner)(?P<rest>(?:\s*\((?P<d>[^()]+)\)|[,\s]+(?:on|at|for|from)\b.*)?)\.?",
                     body, re.I)
    if not m:
        return ""
    rest = m.group("rest")
    if m.group("d"):
        parts = [p.strip() for p in m.group("d").split(",")]
        place = next((i for i, p in enumerate(parts) if p[:1].isupper() and not _WHEN.match(p)), None)
        if place is not None:
            parts[place] = f"location: {parts[place]}"
        rest = f" ({', '.join(parts)})"
    return f"create a calendar event {_quoted(m.group('x'))}{rest}"
