"""A copy of a timed item asked for as a new one: "make a copy of my "Gym" alarm at 18:30", "duplicate alarm Gym ->
18:30", "I want my Gym alarm twice: ... one that goes off at 18:30", "copy my Yoga event to Friday".

Phones have no copy button on an alarm or an event; a copy at another time is a new item with the same name at
that time, the original left as it is: "set a new alarm for 18:30 labelled "Gym"", "create a new event titled
"Yoga" on Friday". Plain English task grammar only.
"""

from __future__ import annotations

import re

from .referents import HELD

_KIND = r"(?P<k>alarm|event|reminder|appointment|meeting)"
_NAME = r"(?P<n>\ue000\d+\ue001|[\w'’\-]+(?: [\w'’\-]+){0,3}?)"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?=\W|$)"
_DAY = (r"(?:today|tomorrow|(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2})")
_WHEN = rf"(?P<t>{_DAY}(?: at {_CLOCK})?|{_CLOCK})"
_COPY = r"(?:copy|duplicate|clone)"
_FORMS = (
    re.compile(rf"^(?:please )?(?:make|create|add|set up) (?:a |an |one )?(?:copy|duplicate|clone|second one) of (?:my |the )?"
               rf"{_NAME} {_KIND}\b,?(?: [^,;]*?)? (?:at|for|on|to) {_WHEN}", re.I),
    re.compile(rf"^(?:please )?{_COPY} (?:my |the )?{_NAME} {_KIND}\b,?(?: [^,;]*?)? (?:at|for|on|to) {_WHEN}", re.I),
    re.compile(rf"^(?:please )?{_COPY} {_KIND} {_NAME}\s*(?:->|=>|→|to|at|for)\s*{_WHEN}", re.I),
    re.compile(rf"\bmy {_NAME} {_KIND} twice\b[^?]*?\b(?:at|for|on) {_WHEN}", re.I),
)


def copied(text: str) -> str:
    """``text`` as the new item a copy is (see the module docstring); the same text when it asks for none."""
    for pattern in _FORMS:
        m = pattern.search(text)
        if m is None:
            continue
        name, kind, when = m["n"], m["k"].casefold(), m["t"]
        name = name if HELD.fullmatch(name) else f'"{name}"'
        if kind == "alarm":
            return f"set a new alarm for {when} labelled {name}" if re.fullmatch(_CLOCK, when) else text
        at = "at" if re.fullmatch(_CLOCK, when) else "on"
        return f"create a new {kind} titled {name} {at} {when}"
    return text
