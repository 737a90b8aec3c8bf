"""Where a dated thing takes place, carried to someone or into a note, said the way the readers take it.

"Tell Bo on Signal where my "Yoga" event on Friday is" is "send Bo a Signal message with the location of my "Yoga"
event on Friday"; "write where X on Friday takes place in a new note titled Y" is "check my calendar for the
location of X on Friday and save it in a new note titled Y" (a thing that takes place on a day is on the calendar).
Plain English task grammar only: quotes are held as placeholders, names are capitalised.
"""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z])[\w'\-]+(?:\s+(?-i:[A-Z])[\w'\-]+){0,2}"
_DAY = (r"(?:on\s+|this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+(?:the\s+)?\w+\s+\d{1,2}(?:st|nd|rd|th)?)?"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}(?:st|nd|rd|th)?|today|tomorrow)")
_BE = r"(?:is|takes\s+place|happens|will\s+be|is\s+held|is\s+being\s+held)"
_TOLD = re.compile(rf"^(?P<p>(?:please\s+)?)(?:tell|let)\s+(?P<n>{_NAME})(?:\s+know)?(?:\s+(?:on|via|over|in)\s+(?P<a>(?-i:[A-Z])\w+))?"
                   rf"\s+where\s+(?P<x>(?:my|the|our)\s+[^,;?]+?|\ue000\d+\ue001[^,;?]*?|(?-i:[A-Z])[^,;?]*?)(?P<d>\s+{_DAY})?\s+{_BE}(?P<e>\s+{_DAY})?\s*[.!]?$",
                   re.I)
_NOTED = re.compile(rf"^(?P<p>(?:please\s+)?)(?:write|note|jot|put|save)(?:\s+down)?\s+where\s+(?P<x>[^,;?]+?)(?P<d>\s+{_DAY})?\s+{_BE}"
                    rf"(?P<e>\s+{_DAY})?\s+(?:in|into|as)\s+(?P<n>(?:a|my|the)\s+(?:new\s+)?note\b.*?)\s*[.!]?$", re.I)


def carried_place(text: str) -> str:
    """``text`` said as a read location passed on (see the module docstring); the same text otherwise."""
    m = _TOLD.match(text.strip())
    if m is not None and (m["d"] or m["e"] or re.search(_DAY, m["x"], re.I)):
        app = f" {m['a']}" if m["a"] else ""
        return f"{m['p']}send {m['n']} a{app} message with the location of {m['x']}{m['d'] or m['e'] or ''}"
    m = _NOTED.match(text.strip())
    if m is not None and (m["d"] or m["e"] or re.search(_DAY, m["x"], re.I)):
        return f"{m['p']}check my calendar for the location of {m['x']}{m['d'] or m['e'] or ''} and save it in {m['n']}"
    return text
