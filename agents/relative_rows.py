"""An item named by its place beside another: "the alarm right after my 09:00 one", "the event before Lunch".

Lists of things in order (alarms, events, messages, songs) are told apart by a value each row shows, most
often a time. "The alarm that comes right after my 09:00 one" is the row whose value comes next after the
09:00 row's, in the order the list shows them; once that list is on screen the task is said with that
value instead ("the 13:20 alarm"), and every other rule (its switch, its row, the check that it is done)
reads it as if it had been named. Until then, or when the anchor is not listed, the task stays as it is.
English task grammar; the values (times, titles) are read from the screen.
"""

from __future__ import annotations

import re

from .perceptor import Screen
from .text import normalize

_TIME = r"\d{1,2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
# "the alarm (that comes) (right) after my 09:00 one", "the event just before 'Lunch'", "the song following X"
_RELATION = re.compile(
    rf"\bthe\s+(?P<kind>[a-z]+)\s+(?:(?:that|which)\s+(?:comes?|is|rings|goes\s+off|starts)\s+)?"
    rf"(?:right\s+|just\s+|directly\s+|immediately\s+)?(?P<way>after|before|following|preceding)\s+"
    rf"(?:(?:my|the)\s+)?(?P<anchor>{_TIME}|[\"“'][^\"”']+[\"”']|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)(?:\s+(?:one|alarm|event)\b)?",
    re.I)
_VALUE = re.compile(r"(?<![\d:])(\d{1,2}:\d{2})(?![\d:])")


def _clock(text: str) -> str | None:
    """"9:00", "09:00", "9am", "9 pm" -> "09:00" / "21:00"; None for no time."""
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s?(?:([ap])\.?m\.?)?", text.strip(), re.I)
    if not m or (m.group(2) is None and m.group(3) is None):
        return None
    hour = int(m.group(1)) % 12 + (12 if (m.group(3) or "").lower() == "p" else 0) if m.group(3) else int(m.group(1))
    return f"{hour:02d}:{m.group(2) or '00'}"


def _order(screen: Screen) -> list[tuple[str, str]]:
    """(time, title) of each listed row in reading order, once per time."""
    seen: dict[str, str] = {}
    for element in screen.actionable:
        label = screen.labels.get(element, "")
        m = _VALUE.search(label)
        if m and element not in screen.editable:
            time = _clock(m.group(1)) or m.group(1)
            title = next((p for p in label.split(" | ") if not _VALUE.search(p)), "")
            if time not in seen or (title and not seen[time]):
                seen[time] = title
    return list(seen.items())


def resolve(task: str, screen: Screen) -> str:
    """``task`` with "the X after/before <anchor>" said as the row the screen lists there ("the 13:20 alarm")."""
    m = _RELATION.search(task)
    if not m:
        return task
    rows = _order(screen)
    anchor = m.group("anchor").strip().strip("\"“”'")
    time = _clock(anchor)
    spot = next((i for i, (t, title) in enumerate(rows) if (t == time if time else normalize(anchor) == normalize(title))),
                None)
    if spot is None:
        return task
    step = 1 if m.group("way").lower() in ("after", "following") else -1
    if not 0 <= spot + step < len(rows):
        return task
    value = rows[spot + step][0]
    return f"{task[:m.start()]}the {value} {m.group('kind')}{task[m.end():]}"
