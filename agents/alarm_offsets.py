"""An alarm or reminder set some time before or after an event: "an alarm 30 minutes before "Standup" starts",
"remind me 1 hour after the match ends", "before (the) start of "X", Monday, May 4". The event's time is read
first, then moved by the offset. Plain English task grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DATE, DURATION, parse_duration, parse_time

_OFFSET = re.compile(rf"(?P<d>{DURATION.pattern})\s*(?P<dir>before|ahead of|prior to|earlier than|after|later than)\s+"
                     rf"(?:the\s+)?(?P<o>.+?)\s*(?:\b(?P<end>starts?|begins?|ends?|finish(?:es)?)\b|\(|(?=\s+on\s)|[.,;!?]|$)",
                     re.I)


@dataclass(frozen=True)
class Offset:
    """The event whose time is read, whether its end is meant, its day, the rest ("Set an alarm for it") and the move."""

    event: str
    ends: bool
    on: str
    rest: str
    minutes: int


def offset(task: str) -> Offset | None:
    """The event an alarm is set relative to, or None when the task sets none."""
    m = _OFFSET.search(task)
    minutes = sum(n * {"hours": 60, "minutes": 1}.get(unit, 0) for unit, n in parse_duration(m["d"]).items()) if m else 0
    said = m["o"].strip() if m else ""
    lead = re.match(r"(?:the\s+)?(?P<w>start|beginning|end|finish)\s+of\s+", said, re.I)  # "before (the) start of X"
    said = said[lead.end():] if lead else said
    title = re.match(r'["“]([^"”]{1,80})["”]', said)  # 'before "Standup" Friday': the title, then its day
    obj = title.group(1) if title else said.strip('"“”')
    if obj.casefold() in ("it", "this", "that", "them"):  # "... before it begins": the item named earlier
        named = re.search(r'["“]([^"”]{1,80})["”]', task[:m.start()])
        obj = named.group(1) if named else ""
    if not minutes or not obj or DATE.fullmatch(obj) or parse_time(obj):
        return None
    ends = bool(m["end"] and m["end"].casefold().startswith(("end", "finish"))) or bool(
        lead and lead["w"].casefold() in ("end", "finish"))
    day = DATE.search(task, m.start("o") + (lead.end() if lead else 0) + (title.end() if title else len(said)))
    sign = -1 if m["dir"].casefold() in ("before", "ahead of", "prior to", "earlier than") else 1
    head = task[:m.start()].rstrip()
    if not re.search(r"\b(?:alarm|remind|reminder|timer|notify|notification)\b", head, re.I):
        head = "Set an alarm"  # "wake me 30 minutes before ..."
    rest = re.sub(r"\s+", " ", f"{head} for it").strip()
    return Offset(obj, ends, f" on {day.group(0)}" if day else "", rest, sign * minutes)
