"""A new value said as a fact, then the request to update the field it goes in.

"The Yoga class on Friday is happening at Hall B now - update its location", "Standup is at 9:30 from now on,
so change its time", "the offsite moved to Lisbon. Fix the venue": the thing, its new value, and the field the
request names: change that field of the thing to the value. A fact with no field to update after it stays as
said. General English only.
"""

from __future__ import annotations

import re

_FIELD = r"(?P<f>location|place|venue|address|time|start time|date|day)"
_FACT = re.compile(r"^(?P<x>(?!(?:i|we|you|it|they|he|she|there)\b)\S.{0,80}?) (?:is|'s|will be|has moved|has been moved|moved|"
                   r"was moved|got moved|is moving) (?:now |being )?(?:happening |taking place |held |going to be )?(?P<p>at|in|to|on)"
                   r" (?P<v>\S[^,;.!?]*?)(?: now| instead| from now on| these days)?\s*(?:[-–—]|[.;,])\s*(?:so |and |please )*"
                   rf"(?:update|change|fix|correct|edit|amend|set) (?:its|the|their|that|this) {_FIELD}(?: (?:too|as well|accordingly))?"
                   r"\s*[.!]?$", re.I)


def new_value(text: str) -> str:
    """``text`` as a change of the field it names to the value said before it (see the module docstring)."""
    m = _FACT.match(text.strip())
    if not m:
        return text
    field = m["f"].casefold()
    thing = re.sub(r"^The\b", "the", m["x"])
    return f"change the {'location' if field in ('place', 'venue') else field} of {thing} to {m['v']}"
