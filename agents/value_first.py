"""A value said before the field it goes in: "put V as Bo's email", "use V as the location of Yoga".

"Put ana@ex.org on Ana Ruiz's contact as their email" and "could you save 12 Quay Rd as Bo Li's address in
my contacts" change that contact's field to the value; "use Room 4 as the location for Standup" changes the
location of Standup. Only a field a record holds (an email, an address, a phone number, a birthday, a location
...) is read so: "save the photo as my wallpaper" or "set Chrome as the default browser" stay as said. General
English only.
"""

from __future__ import annotations

import re

from .text import FULL_NAME

_FIELDS = (r"(?:home |work |postal |mailing |street )?address|e-?mail(?: address)?|(?:phone|mobile|cell|work|home) number"
           r"|phone|mobile|number|birthday|date of birth|nickname|company|job title|website|location|venue|place|notes?"
           r"(?= (?:field|line)\b)|label|title")
_PUT = r"(?P<verb>put|set|use|add|save|enter|list|store|pop)"
_VALUE = r"(?P<v>(?!(?:it|this|that|them|these|those|him|her|me|one)\b)\S.*?)"
_OWNER = rf"(?P<n>{FULL_NAME}|(?-i:[A-Z])[\w\-]+)'s?"
# "put V on Bo Li's contact as their email": the record said, then the field with a pronoun for its owner
_ON_RECORD = re.compile(rf"\b{_PUT} {_VALUE} (?:on|onto|in|to|into|for|under) {_OWNER} (?:contact(?: card| entry| details)?"
                        rf"|card|entry|details|profile) as (?:their|his|her|the|(?P=n)'s?) (?P<f>{_FIELDS})\b", re.I)
# "put V as Bo Li's address (in my contacts)"
_AS_OWNED = re.compile(rf"\b{_PUT} {_VALUE} as {_OWNER} (?P<f>{_FIELDS})\b(?P<where> (?:in|on) (?:my |the )?(?:contacts?"
                       rf"|address book|phone book)\b)?", re.I)
# "use V as the location of Standup"
_AS_THE = re.compile(rf"\b{_PUT} {_VALUE} as (?:the|its) (?P<f>{_FIELDS}) (?:of|for) (?P<x>[^,;.!?]+)", re.I)


def value_first(text: str) -> str:
    """``text`` with a value said before its field said as a change of that field (see the module docstring)."""
    said = _ON_RECORD.sub(lambda m: f"change the {_field(m)} of the contact {m['n']} to {m['v']}", text, count=1)
    if said == text:
        said = _AS_OWNED.sub(lambda m: (f"change the {_field(m)} of the contact {m['n']} to {m['v']}" if m["where"]
                                        else f"change {m['n']}'s {_field(m)} to {m['v']}"), text, count=1)
    if said == text:
        said = _AS_THE.sub(lambda m: f"change the {_field(m)} of {m['x']} to {m['v']}", text, count=1)
    return said


def _field(m: re.Match[str]) -> str:
    field = m["f"].casefold()
    return "email" if field.replace("-", "").startswith("email") else field
