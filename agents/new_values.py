"""A new value said as a fact, then the request to update the field it goes in.

"The Yoga class on Friday is happening at Hall B now - update its location", "Standup is at 9:30 from now on,
so change its time", "the offsite moved to Lisbon. Fix the venue": the thing, its new value, and the field the
request names: change that field of the thing to the value. The field can be named in the fact instead ("the
Quiz night: the venue is now Room 2, update it", "the time of Standup is now 9:30 - fix it"). A fact with no field
to update after it stays as said. General English only.
"""

from __future__ import annotations

import re

_FIELD = r"(?P<f>location|place|venue|address|time|start time|date|day)"
_FACT = re.compile(r"^(?P<x>(?!(?:i|we|you|it|they|he|she|there)\b)\S.{0,80}?) (?:is|'s|will be|has moved|has been moved|moved|"
                   r"was moved|got moved|is moving) (?:now |being )?(?:happening |taking place |held |going to be )?(?P<p>at|in|to|on)"
                   r" (?P<v>\S[^,;.!?]*?)(?: now| instead| from now on| these days)?\s*(?:[-–—]|[.;,])\s*(?:so |and |please )*"
                   rf"(?:update|change|fix|correct|edit|amend|set) (?:its|the|their|that|this) {_FIELD}(?: (?:too|as well|accordingly))?"
                   r"\s*[.!]?$", re.I)


_NOW = r"(?:is|'s|will be|has changed to|changed to|has moved to|moved to|should be) (?:now |from now on )?"
_UPDATE = (r"\s*(?:[-–—]|[.;,:])\s*(?:so |and |please |just )*(?:update|change|fix|correct|edit|amend) (?:it|this|that|them)"
           r"(?: (?:too|as well|accordingly))?\s*[.!]?$")
# "X: the venue is now Y, update it", "the venue of X is now Y, update it": the field named in the fact.
_NAMED = (re.compile(rf"^(?P<x>(?!(?:i|we|you|it|they|he|she|there)\b)\S[^:]{{0,80}}?):\s+the {_FIELD} {_NOW}(?P<v>\S[^,;!?]*?)"
                     rf"(?: now| instead)?{_UPDATE}", re.I),
          re.compile(rf"^the {_FIELD} (?:of|for) (?P<x>\S.{{0,80}}?) {_NOW}(?P<v>\S[^,;!?]*?)(?: now| instead)?{_UPDATE}", re.I))


def new_value(text: str) -> str:
    """``text`` as a change of the field it names to the value said before it (see the module docstring)."""
    m = _FACT.match(text.strip()) or next((n for p in _NAMED if (n := p.match(text.strip()))), None)
    if not m:
        return text
    field = m["f"].casefold()
    thing = re.sub(r"^The\b", "the", m["x"])
    return f"change the {'location' if field in ('place', 'venue') else field} of {thing} to {m['v']}"
