"""Terse field assignments on a person, said as the request they stand for.

Notes like "Bo Li email = bo@li.test", "people: Ana Ruiz address = 4 Rue Haute", "Ana Ruiz: add phone
+1 555 0100", "Kim Lee's mobile -> 0170 1234567" or "Kim Lee birthday: May 3" set one field of one
contact. Said plainly: "change the email of the contact Bo Li to bo@li.test" (a person's email,
number, address or birthday is kept in their contact, so the note is no mail to write). A plain ":"
counts as "=" only when the value has the field's shape (an address with a number, a phone number,
an e-mail address, a date), since "Bo Li email: see you" may be a message. General English note
grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .text import FULL_NAME

_NAME = FULL_NAME
# The fields of a contact and how a plain request names them.
_FIELD = {"phone number": "phone number", "phone": "phone number", "mobile number": "phone number",
          "mobile": "phone number", "cell": "phone number", "number": "phone number", "tel": "phone number",
          "email address": "email", "e-mail address": "email", "email": "email", "e-mail": "email",
          "address": "address", "home address": "address", "street address": "address", "birthday": "birthday",
          "nickname": "nickname", "company": "company", "job title": "job title"}
_ATTR = "|".join(sorted(map(re.escape, _FIELD), key=len, reverse=True))
_SET = r"=|:=|->|=>|→|:"
_NOTE = re.compile(rf"(?:(?P<app>[A-Za-z][\w ]{{0,20}}?)\s*:\s*)?(?P<n>{_NAME}?)(?:'s)?\s+(?P<a>{_ATTR})\s*"
                   rf"(?P<op>{_SET})\s*(?P<v>\S.*?)\s*\.?", re.I)
_ADDING = re.compile(rf"(?P<n>{_NAME}?)\s*:\s*(?:add|set|new|update|change)\s+(?:(?:the|an?|new|their|his|her)\s+)*"
                     rf"(?P<a>{_ATTR})\s*(?:(?:to|as)\s+|=\s*|:\s*)?(?P<v>\S.*?)\s*\.?", re.I)
_SHAPE = {"email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "phone number": re.compile(r"\+?\d[\d\s().\-]{5,}\d"),
          "address": re.compile(r".*\d.*\w{2,}.*"), "birthday": re.compile(r".*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                                                                           r"|nov|dec).*", re.I)}


def assigned(note: str) -> str:
    """``note`` as "change the FIELD of the contact NAME to VALUE" when it assigns a contact's field;
    the same text otherwise."""
    text = note.strip()
    m = _NOTE.fullmatch(text)
    if m and m.group("op") == ":" and not _shaped(m.group("a"), m.group("v")):
        m = None
    if m and m.group("op") in ("->", "=>", "→") and not _shaped(m.group("a"), m.group("v"), shapeless=True):
        m = None  # "Ana's number -> Bo Li by SMS": where the number goes (a person), not its new value
    if not m:
        m = _ADDING.fullmatch(text)
        m = m if m and _shaped(m.group("a"), m.group("v"), shapeless=True) else None
    if not m:
        return note
    field = _FIELD[m.group("a").casefold()]
    app = m.groupdict().get("app")
    where = f" in {app}" if app and app.casefold() not in ("contact", "contacts") else ""
    name = re.sub(r"'s$", "", m.group("n"))
    return f"change the {field} of the contact {name}{where} to {m.group('v')}"


def _shaped(attr: str, value: str, shapeless: bool = False) -> bool:
    """Does ``value`` look like a value of the field (``shapeless``: any value of a field of no set shape)?"""
    shape = _SHAPE.get(_FIELD[attr.casefold()])
    return bool(shape.fullmatch(value.strip())) if shape else shapeless


# "update the contact's name / their contact / their card": a change the reason around it spells out.
_UPDATE = re.compile(rf"^(?:update|change|fix|edit|correct|amend)\s+(?:the\s+contact(?:'s)?|their|his|her|the|{_NAME}'s)\s*"
                     r"(?P<f>name|contact(?:\s+card)?|card|entry|details|info|address|number|phone number|email)?\b", re.I)
_RENAMED = re.compile(rf"(?P<old>{_NAME})\b[^,;()]*?\b(?:is now|is now called|is now named|now goes by|goes by|is now known as"
                      rf"|changed (?:her|his|their) (?:last |family )?name to|has a new name,?)\s+(?P<new>{_NAME})", re.I)
_MOVED = re.compile(rf"(?P<n>{_NAME})\s+(?:has\s+)?moved\s+to\s+(?P<v>\d[^()]*?)\s*$", re.I)
_NEW_VALUE = re.compile(rf"(?P<n>{_NAME})(?:'s new (?P<a>{_ATTR}) is|\s+has a new (?P<b>{_ATTR})[,:]?)\s+(?P<v>\S[^()]*?)\s*$", re.I)


def reported(request: str) -> str:
    """"update the contact's name (Ana Ruiz got married and is now Ana Sato)" -> "rename the contact Ana
    Ruiz to Ana Sato"; "update their contact (Bo Li moved to 4 Rue Haute)" -> change Bo Li's address."""
    m = _UPDATE.match(request)
    context = re.search(r"\((?P<c>[^()]*)\)\s*[.!?]?\s*$", request)
    if not m or not context:
        return request
    said, field = context.group("c"), (m.group("f") or "").casefold()
    renamed = _RENAMED.search(said)
    if renamed and field in ("", "name", "contact", "contact card", "card", "entry", "details", "info"):
        return f"rename the contact {renamed.group('old')} to {renamed.group('new')}"
    moved = _MOVED.search(said)
    if moved and field in ("", "address", "contact", "contact card", "card", "entry", "details", "info"):
        return f"change the address of the contact {moved.group('n')} to {moved.group('v')}"
    new = _NEW_VALUE.search(said)
    if new:
        return f"change the {_FIELD[(new.group('a') or new.group('b')).casefold()]} of the contact {new.group('n')} " \
               f"to {new.group('v')}"
    return request
