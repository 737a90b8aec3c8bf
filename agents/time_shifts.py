"""Moving a time by an amount: "move X one hour later", "push X back by 30 minutes", "bring it forward an hour",
"X: +1h". The new time is the one the form's time field holds now, shifted: typed as a time, never the amount
itself ("1 hour" typed into the time field or the location). Plain English task grammar; the field is found by
its value's shape and its label words, not by any app's layout.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import parse_time
from .perceptor import Screen
from .text import words
from .values import FIELDS, Value

_AMOUNT = r"(?P<n>\d+(?:[.,]5)?|an?|one|half an)\s*(?P<u>hours?|hrs?|h|minutes?|mins?|m)\b"
_SHIFTS = (
    re.compile(rf"\b{_AMOUNT}\s+(?P<d>later|earlier|sooner|after|before)\b", re.I),
    re.compile(rf"\b(?:push|move|shift|put|bump|set|bring|pull)\b[^.;!?]{{0,60}}?\b(?P<d>back|later|earlier|forward|ahead)"
               rf"\s+(?:by\s+)?{_AMOUNT}", re.I),
    re.compile(rf"(?<![\w+\-])(?P<d>[+\-])\s?{_AMOUNT}", re.I),
)
_LATER = frozenset("later after back + ahead".split())
_TIME_FIELD = frozenset(words("time start hour when from begins", stopwords=frozenset()))
_CLOCK = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s*$", re.I)


def shift(task: str) -> tuple[int, str] | None:
    """(minutes to add, the amount's words as said) when the task moves a time by an amount, else None."""
    for pattern in _SHIFTS:
        m = pattern.search(task)
        if not m:
            continue
        said = m.group("d").casefold()
        if said == "forward" and not re.search(r"\bbring\b", task[:m.start("d")], re.I):
            continue  # "move it forward" may mean either way; "bring it forward" is earlier
        n = m.group("n").casefold()
        amount = 0.5 if n == "half an" else 1.0 if n in ("a", "an", "one") else float(n.replace(",", "."))
        minutes = round(amount * (60 if m.group("u").casefold().startswith("h") else 1))
        return (minutes if said in _LATER else -minutes), m.group(0)
    return None


def time_field(screen: Screen) -> int | None:
    """The form's editable field holding a clock time, named as a time (not a duration)."""
    for i, value in screen.editable.items():
        label = f"{screen.labels.get(i, '')} {screen.locators.get(i, {}).get('resource_id', '').replace('_', ' ')}"
        if _CLOCK.match(value or "") and words(label.replace("/", " ")) & _TIME_FIELD:
            return i
    return None


def adjust(task: str, values: list[Value], screen: Screen, history: list[dict[str, Any]]) -> list[Value]:
    """The task's values with the amount of a shift replaced by the shifted time: the time typed already, else
    the time field's value moved (no time field on screen: nothing to type yet). A date said with a shift names
    the item moved ("X on Friday one hour later"), so it is not typed either."""
    found = shift(task)
    if found is None:
        return values
    minutes, _ = found
    kept = [v for v in values if v.kind not in ("duration", "date")]  # "X on Friday one hour later": the day says which
    typed = [t for h in history if h.get("kind") == "type" and h.get("outcome") == "success"
             for t in re.findall(r'"([^"]*)"', h.get("line", ""))[-1:] if _CLOCK.match(t)]
    if typed:
        return kept + [Value(typed[-1], "time", FIELDS["time"])]
    field = time_field(screen)
    at = parse_time(screen.editable[field]) if field is not None else None
    if at is None:
        return kept
    total = (at[0] * 60 + at[1] + minutes) % (24 * 60)
    return kept + [Value(f"{total // 60:02d}:{total % 60:02d}", "time", FIELDS["time"])]


__all__ = ["adjust", "shift", "time_field"]
