"""How long a row lasts, for "the longest / shortest X": an event, a call, a track, a route.

A row says its length either as a span from a start to an end ("08:30–10:00", "9am - 11:30am", "22:00 – 01:00"
across midnight) or as a length ("1 h 30 min", "90 min", "2 hrs", "45 Min.").
The value is in minutes. Task words: English superlatives of time ("longest", "shortest", "takes (up) the most
time", "lasts the longest", "longest duration").
"""

from __future__ import annotations

import re

# "the longest event", "lasts the longest", "takes up the most time", "the shortest call", "with the longest duration"
LONGEST = re.compile(r"\blongest\b|\b(?:takes?|taking|lasts?|lasting)\s+(?:up\s+)?the\s+most\s+time\b|"
                     r"\bmost\s+time\b(?=[^.?!]*\?)", re.I)
SHORTEST = re.compile(r"\bshortest\b|\b(?:takes?|taking|lasts?|lasting)\s+(?:up\s+)?the\s+least\s+time\b", re.I)

_CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?(?:m\b\.?)?"
_SPAN = re.compile(rf"(?<![\d:.]){_CLOCK}\s*(?:[-–—~〜→]|\bto\b|\buntil\b|\btill\b|\bbis\b|\bà\b|\ba\b)\s*{_CLOCK}(?![\d:])",
                   re.I)
_HOURS = r"(?:h|hr|hrs|hours?|std\.?|stunden?|heures?|horas?|ore|ч|時間)"
_MINUTES = r"(?:min|mins|minutes?|minuten?|minutos?|minuti|мин|分)"
_LENGTH = re.compile(rf"(?<![\d:.,])(?:(\d+(?:[.,]\d+)?)\s*{_HOURS}(?![^\W\d_]))?\s*(?:(\d+)\s*{_MINUTES}\.?(?![^\W\d_]))?(?!\s*(?:ago|back|earlier|前)\b)",
                     re.I)


def _clock(hour: str, minute: str | None, half: str | None) -> int | None:
    h, m = int(hour), int(minute or 0)
    if half:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half.lower() == "p" else 0)
    if h > 24 or m > 59:
        return None
    return h * 60 + m


def span_minutes(text: str) -> float | None:
    """Minutes between a span's start and end ("08:30–10:00" -> 90; "22:00-01:00" -> 180); None without one."""
    for m in _SPAN.finditer(text):
        h1, m1, p1, h2, m2, p2 = m.groups()
        if m1 is None and m2 is None and not (p1 or p2):
            continue  # "3 - 5" is a range of numbers, no times
        start, end = _clock(h1, m1, p1 or p2), _clock(h2, m2, p2)
        if start is None or end is None:
            continue
        return float((end - start) % (24 * 60) or 24 * 60)
    return None


def length_minutes(text: str) -> float | None:
    """A length said as such: "1 h 30 min" -> 90, "45 min" -> 45, "2 hrs" -> 120; None without one."""
    for m in _LENGTH.finditer(text):
        hours, minutes = m.group(1), m.group(2)
        if hours or minutes:
            return float((hours or "0").replace(",", ".")) * 60 + int(minutes or 0)
    return None


def minutes(text: str) -> float | None:
    """How long a row says its thing lasts, in minutes: a span of times first, else a length."""
    found = span_minutes(text)
    return found if found is not None else length_minutes(text)
