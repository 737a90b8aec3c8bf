"""A new item's fields said as a list after the request, or named with a verb, said the plain way.

"new memo pls, title Trip, text Pack boots" -> 'create a new memo titled "Trip" that says "Pack boots"';
"new reminder at 6:15, call it Gym" -> 'set a new reminder at 6:15 titled "Gym"'; "a meeting Budget review on
Friday" -> 'titled "Budget review"'; "new event "Demo" Friday 9:00, location = Hall B" and "..., where: the
address of the cheapest hotel" -> with that value (or what it refers to) as its location; "new group in Chirp:
name it Choir, members Ana Ruiz and Bo Li" -> 'create a new Chirp group titled "Choir" with Ana Ruiz and Bo
Li'; "mail my memo Trip to bo@ex.org. The subject should be Trip too." -> 'mail my "Trip" memo to bo@ex.org,
with "Trip" as the subject'; "mail bo@ex.org, subject Trip, text Boots" -> 'mail bo@ex.org, subject "Trip", body
"Boots"' (a mail's labelled parts, quoted). A value runs to the next comma or field said (what to write may hold commas);
its inner words stay. Runs on the task as written, quotes and all. General English task grammar and common
field names only, never an app's words.
"""

from __future__ import annotations

import re

from .loose_grammar import address_kept

_TITLE = r"title|name|label|heading|headline"
_SUBJECT = r"subject(?: line)?"
_BODY = r"text|body|content|contents|message|description|details|caption"
_PLACE = r"location|place|venue|address|where"
_PEOPLE = r"members|participants|guests|attendees|invitees|people"
_FIELD = rf"(?P<f>{_SUBJECT}|{_TITLE}|{_BODY}|{_PLACE}|{_PEOPLE})"
_ASSIGN = r"\s*(?:=|:|\bshould be\b|\bmust be\b|\bwill be\b|\bis\b|\bto be\b)?\s*"
# Where an item starts: after a comma, semicolon or colon, a full stop, "and", or right after the request.
_SEP = re.compile(r"\s*(?:[,;:]\s*|[.?!]\s+|\s+[-–—]\s+|\s+and\s+|\s+)", re.I)
# A new item asked for ("new memo", "create an event", "into a new note"); a request to send ("email my memo").
_NOUNS = (r"note|memo|alarm|timer|reminder|event|entry|appointment|meeting|contact|group|album|playlist|folder"
          r"|list|task|bookmark|document|file|board|channel|page|card|label|tag|project")
_MAKING = re.compile(rf"\b(?:new\s+|(?:create|make|add|set up|start|schedule|write|open)\s+(?:me\s+)?(?:a|an)\s+(?:new\s+)?)"
                     rf"(?P<k>(?:[\w\-]+\s+){{0,2}}?(?:{_NOUNS}))\b(?:\s+(?:in|on)\s+(?-i:[A-Za-z])[\w\-]+)?"
                     r"|^\s*(?:please\s+)?(?:schedule|book|plan)\b(?=\s+[\"“])", re.I)  # 'schedule "Demo" ...': a new event
# Items named by a title said right after their noun ("a calendar entry Lunch with Bo using ...").
_TITLED = r"note|memo|event|entry|appointment|meeting|reminder|task|album|playlist|folder|list|group|board|channel|project"
_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|Today|Tomorrow"
_CAP = rf"(?!(?:{_DAYS})\b)(?-i:[A-Z])[\w'\-]*"
_LINKS = r"using|with|on|at|in|for|from|to|by|and|or|that|which|who|tomorrow|today|tonight|next|this|every|please|pls|the|an?" \
         r"|as|about|so|then|via|it|where|when"
# A title in sentence case, or with names joined by "with" / "of" ("Budget review", "Dinner with Felix").
_TITLE_AFTER = re.compile(rf"\s+(?P<v>{_CAP}(?:\s+(?!(?:{_LINKS})\b)(?-i:[a-z])[\w'\-]*)*"
                          rf"(?:\s+(?:(?:with|of|and|&|for|the|de)\s+)?{_CAP})*)(?=\s|[,;:.!?]|$)")
_WHEN = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                   r"today|tomorrow|tonight|next|this|every|at|on|in|for|from|with|called|named|titled", re.I)
_NAMING = rf"(?P<n>call|name|title|label|caption|entitle|tag)\s+(?:it|this|that|them|the\s+(?:new\s+)?(?:{_NOUNS}))\b\s*:?\s*"
# One item of the list: "call it X", "title X", "with location X", "the subject should be X", "text = X".
_ITEM = re.compile(rf"(?:and\s+)?(?:{_NAMING}|(?P<s>(?:set|make)\s+(?:the|its)\s+)?(?:with\s+)?(?:(?:the|a|its)\s+)?{_FIELD}\b"
                   rf"(?!\s+(?:of|for|in|on)\b)(?(s)\s+(?:to|as)\b){_ASSIGN})(?=\S)", re.I)  # "and set the place to X"
# A field's value said before the field: ", and put X (in) as the location", "and use X as its title".
_VALUE_FIRST = re.compile(rf",?\s+and\s+(?:put|use|enter|set|add|have)\s+(?P<x>(?:the|its|their|my)\s+[^,;]+?)(?:\s+in)?\s+as\s+"
                          rf"(?:the|its)\s+(?P<f>{_PLACE}|title|name|subject)\b", re.I)
# A new mail to someone: its subject and body are said in quotes, the way mail requests label them.
_MAILING = re.compile(r"^\s*(?:(?:could|can|would|will) you\s+|please\s+|pls\s+)*(?:(?:e-?mail|mail)\s+(?:to\s+)?|(?:write|send|compose|draft)\s+(?:an?\s+)?(?:new\s+)?"
                      r"(?:e-?mail|mail)\s+to\s+|send\s+(?=\S+\s+an?\s+(?:e-?mail|mail)\b))"
                      r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?-i:[A-Z])[\w'\-]*(?:\s+(?-i:[A-Z])[\w'\-]*)*)(?:\s+an?\s+(?:e-?mail|mail)\b)?",
                      re.I)
_SENDING = re.compile(r"\b(?:e-?mail|mail|send|forward|share|text|message)\b", re.I)
_EDITING = re.compile(r"\b(?:change|update|rename|edit|replace|move|reschedule|needs?)\b", re.I)
# What a value of an item refers to rather than says: "the address of the top hotel", "its name".
_REFERENCE = re.compile(r"^(?:the|its|their|his|her|my|our|this|that|whatever|same as)\b|^[\w\-]+ of (?:the|my|our|a|an)\b")
_QUOTED = re.compile(r'["“«„][^"”»“]*["”»“]')
_END = r"(?:\s+(?:too|as well|also|please|thanks|then))*\s*[.!]?$"
_PERSON = r"(?-i:[A-Z])[\w'\-]*(?:\s+(?-i:[A-Z])[\w'\-]*)*"
_PEOPLE_LIST = re.compile(rf"{_PERSON}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_PERSON})*")


def specified(text: str) -> str:
    """``text`` with a new item's (or a sent item's) fields said plainly; the same text when it lists none."""
    text = text if _EDITING.search(text) else _OWN_NAMED.sub(_name_first, text)
    if _MAILING.match(text):  # "email Bo, the address you find in my contacts, subject X": no field of the mail
        text = address_kept(text)
    head = _MAKING.search(text) or _MAILING.match(text)
    if head and head.re is _MAKING or re.match(rf"\W*(?:put|pop|stick)\s+(?:a|an)\s+(?:new\s+)?(?:{_NOUNS})\b", text, re.I):
        # "..., and put the address of X in as the location": the value said first
        text = _VALUE_FIRST.sub(r" with \g<x> as its \g<f>", text)
    mail = head is not None and head.re is _MAILING
    sending = not head and _SENDING.search(text) and not _EDITING.search(text)
    if not head and not sending:
        return text
    start = head.end() if head else len(re.split(r"[.?!]\s+", text, maxsplit=1)[0])
    out: list[tuple[int, str]] = [(-1, text[:start])]
    pos, changed = start, False
    named = _TITLE_AFTER.match(text, start) if head and not mail and re.search(rf"(?:{_TITLED})$", head.group("k") or "", re.I) \
        else None
    if named and (_WHEN.match(named.group("v")) or re.match(r"\s*(?::|[-–—]\s)", text[named.end():])):
        named = None  # a date, or a terse "new note Plans: ..." (its own rule)
    if named:
        out.append((0, f' titled "{named.group("v")}"'))  # "create an entry Lunch with Bo using ...": its title
        pos = named.end()
    while pos < len(text):
        sep = _SEP.match(text, pos)
        item = _ITEM.match(text, sep.end()) if sep else None
        value, end = _value(text, item) if item else ("", pos)
        listed = sep is not None and re.search(r"[,;:.?!\-–—]", sep.group(0)) is not None or (  # a comma list, or "and" after an item
            sep is not None and out[-1][0] >= 0 and "and" in sep.group(0))
        explicit = item is not None and (item.group("n") or item.group("s") or re.search(r"with\s|[=:]|\bbe\b", item.group(0), re.I))
        first = pos == start and re.match(r'[A-Z0-9"“«„]', value)  # "a note text Hi": right after the noun, capitalised
        clause = not listed and not explicit and _CLAUSE_VERB.search(value)  # "the time and venue Bo sent": no field given
        if not item or not value or clause or not (explicit or listed or first) or (
                not head and not re.search(r"\b(?:should|must|will) be\b", item.group(0), re.I)):
            nxt = re.search(r"[,;:]|[.?!]\s|\s+(?:and|with|[-–—])\s+", text[pos + 1:])  # nothing here: on to the next separator
            end = pos + 1 + nxt.start() if nxt else len(text)
            out.append((-1, text[pos:end]))
            pos = end
            continue
        person = bool(head and not mail and re.search(r"contact$", head.group("k") or "", re.I))
        out.append(_said(item, value, text[pos:sep.end()], person, mail))
        pos, changed = end, True
    if not changed:  # no list: at most a title after the noun, the request's head as it was
        return "".join(t for _, t in out) if named else text
    said, run = "", []
    for rank, part in out + [(-1, "")]:  # items in a row: the title first (said before the text it titles)
        if rank >= 0:
            run.append((rank, part))
            continue
        said += "".join(t for _, t in sorted(run, key=lambda item: item[0])) + part
        run = []
    said = re.sub(r"\s*\b(?:please|pls)\b(?=\s*(?:titled|that says|, with|with|$))", "", said, flags=re.I)
    return _made(said)


# "email my memo Trip list to bo@ex.org": an existing item named right after its noun (said 'my "Trip list" memo').
_OWN_NAMED = re.compile(rf"\b(?P<d>my|the|this|that)\s+(?P<k>note|memo|document|album|playlist|folder|list|event|bookmark"
                        rf"|board|project)\s+(?P<v>{_CAP}(?:\s+[\w'\-]+){{0,3}}?)(?=\s+(?:to|for|in|into|from|on|with|by|at"
                        rf"|and|or|as|about|so|then|please)\b|\s*[,;:.?!)]|$)")
_CLAUSE_VERB = re.compile(r"\b(?:\w+ed|sent|wrote|made|gave|took|got|told|has|have|had|is|was|are|were|says|said)\b")


def _name_first(m: re.Match[str]) -> str:
    value = m.group("v")
    if _WHEN.match(value) or _CLAUSE_VERB.search(value) or _QUOTED.search(value):
        return m.group(0)  # "the event Friday", "the note Bo sent": no name
    return f'{m.group("d")} "{value}" {m.group("k")}'


def _made(said: str) -> str:
    """"new group in Chirp titled ..." -> "create a new Chirp group titled ..." (an alarm, timer or reminder is set)."""
    m = re.match(rf"(?:please\s+)?new\s+(?P<k>(?:[\w\-]+\s+){{0,2}}?(?:{_NOUNS}))\b(?:\s+(?:in|on)\s+(?P<app>[\w\-]+))?",
                 said, re.I)
    if not m:
        return said
    verb = "set" if re.search(r"(?:alarm|timer|reminder)$", m.group("k"), re.I) else "create"
    app = f"{m.group('app')[:1].upper()}{m.group('app')[1:]} " if m.group("app") else ""
    return f"{verb} a new {app}{m.group('k')}{said[m.end():]}"


_FIELDS = _FIELD.replace("?P<f>", "")
_NEXT = (rf"\s+and\s+(?={_ITEM.pattern})|\s+with\s+(?:the\s+)?(?:{_FIELDS})\b|\s*(?:{_FIELDS})\s*[=:]|[.?!](?:\s|$)")
_STOP = re.compile(rf"\s*[,;]\s*|\s+[-–—]\s+|{_NEXT}", re.I)
_STOP_TEXT = re.compile(rf"(?:\s*[,;]\s*|\s+[-–—]\s+)(?=(?:and\s+)?(?:{_NAMING.replace('?P<n>', '')}|(?:with\s+)?(?:(?:the|a|its)\s+)?(?:{_FIELDS})\b)"
                        rf"|please\b|pls\b|thanks?\b|thank you\b|cheers\b|$)|{_NEXT}", re.I)


def _value(text: str, item: re.Match[str]) -> tuple[str, int]:
    """The value an item gives and where it ends: the people of a members item, else up to the next item."""
    if item.group("f") and re.fullmatch(_PEOPLE, item.group("f"), re.I):
        m = _PEOPLE_LIST.match(text, item.end())
        return (m.group(0), m.end()) if m else ("", item.end())
    quoted = _QUOTED.match(text, item.end())
    if quoted:  # "title "A, B"": the quote, commas and all
        return quoted.group(0), quoted.end()
    writing = bool(item.group("f")) and re.fullmatch(_BODY, item.group("f"), re.I) is not None
    stop = _STOP_TEXT if writing else _STOP  # what to write may hold commas; a name, a place, a subject stop at one
    m = stop.search(text, item.end())
    end = m.start() if m else len(text)
    if re.fullmatch(r"[.?!]+\s*", text[end:]) and (writing or "." in text[end:]):
        end = len(text)  # the task's last words: its full stop goes, a message keeps its question mark
    value = re.sub(_END, "", text[item.end():end], flags=re.I).strip()
    if re.match(r"(?:and|or|&|of|from|in|on|at|to|for|with)\b", value, re.I):
        return "", end  # "with its name and number": fields named, no value given
    return value, end


def _said(item: re.Match[str], value: str, before: str, person: bool, mail: bool) -> tuple[int, str]:
    """An item said plainly, and its rank among items in a row: titled "X", that says "X", with "X" as the
    subject / location, with A and B; a new contact is named (a person's name, not a title); a mail's
    subject and body are quoted after their labels."""
    kind = "title" if item.group("n") else _kind(item.group("f"))
    if mail and kind in ("title", "subject", "message"):
        quoted = value if _QUOTED.fullmatch(value) else f'"{value}"'
        comma = "," if re.search(r"[,;.?!\-–—]", before) else ""  # as it was listed (a colon opens the list)
        return (0, f'{comma} subject {quoted}') if kind != "message" else (1, f'{comma} body {quoted}')
    if person and kind == "title":
        return 0, f" named {value}"
    joint = "," if re.search(r"[.?!]", before) else ""
    if kind == "people":
        return 3, f" with {value}"
    if _REFERENCE.match(value) and not _QUOTED.fullmatch(value):
        the = "" if re.match(r"^(?:the|its|their|his|her|my|our|this|that)\b", value, re.I) else "the "
        value = re.sub(r"\s+(?:on|in)\s+((?:the\s+)?[\w\-.]+(?:\s+app)?)$", r" from \1", value)  # where it is looked up
        return 2, f"{joint} with {the}{value} as its {kind if kind != 'message' else 'text'}"
    quoted = value if _QUOTED.fullmatch(value) else f'"{value}"'
    if kind == "title":
        return 0, f" titled {quoted}"
    if kind == "message":
        return 1, f" that says {quoted}"
    return 2, f"{joint} with {quoted} as the {kind}"


def _kind(field: str) -> str:
    for kind, names in (("subject", _SUBJECT), ("title", _TITLE), ("message", _BODY), ("location", _PLACE)):
        if re.fullmatch(names, field, re.I):
            return kind
    return "people"
