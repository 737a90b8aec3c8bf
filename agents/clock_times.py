"""Clock times said the many ways people say them, written as the parsers read them ("7:30 PM", "19:30").

"7.30pm", "7 30 p.m." -> "7:30 PM"; "19h30", "19:30h", "19.30 Uhr" -> "19:30"; "quarter past seven" -> "7:15",
"half past six in the evening" -> "6:30 PM", "ten to five" -> "4:50"; "seven thirty pm", "seven o'clock" -> "7:30 PM",
"7:00"; "3 in the afternoon", "7 tonight" -> "3 PM", "7 PM tonight". General English only; a message's own words
(after "saying", a colon or a dash) and quoted text are left as written.
"""

from __future__ import annotations

import re

_HOURS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25,
            "half": 30}
_SPOKEN_MINUTES = {"oh five": 5, "o five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25,
                   "twenty five": 25, "thirty": 30, "thirty-five": 35, "thirty five": 35, "forty": 40, "forty-five": 45,
                   "forty five": 45, "fifty": 50, "fifty-five": 55, "fifty five": 55}
_HOUR = r"(?P<h>1[0-2]|0?[1-9]|" + "|".join(_HOURS) + ")"
_AMPM = r"(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)(?![\w])"
_PART = (r"(?P<part>in the morning|in the afternoon|in the evening|at night|tonight|this evening|this afternoon"
         r"|this morning|tomorrow morning|tomorrow evening|tomorrow afternoon|tomorrow night)")
_LEAD = r"(?<![\w:.])"

_DOTTED = re.compile(_LEAD + r"(?P<h>1[0-2]|0?[1-9])(?:\.|\s)(?P<m>[0-5]\d)\s?" + _AMPM, re.I)  # 7.30pm, 7 30 p.m.
_H_SEP = re.compile(r"(?:(?<=\bat )|(?<![\w:.]))(?P<h>[01]?\d|2[0-3])(?:h|\.(?=[0-5]\d\s?(?:h|hrs|uhr)\b))(?P<m>[0-5]\d)"
                    r"(?:\s?(?:h|hrs|uhr))?\b|(?<![\w:.])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\s?(?:h|hrs|uhr)\b", re.I)  # 19h30, 19:30h
_PAST_TO = re.compile(r"\b(?P<mw>" + "|".join(sorted(_MINUTES, key=len, reverse=True)) + r")(?: minutes?)? (?P<rel>past|after|to|till|before) "
                      + _HOUR + r"(?: o'?clock)?(?:\s(?:" + _AMPM[:-len(r"(?![\w])")] + r"(?![\w])|" + _PART + "))?", re.I)
_SPOKEN = re.compile(r"\b(?P<h>" + "|".join(_HOURS) + r") (?P<m>" + "|".join(sorted(_SPOKEN_MINUTES, key=len, reverse=True))
                     + r")\s?(?:" + _AMPM[:-len(r"(?![\w])")] + r"(?![\w])|" + _PART + r")", re.I)  # seven thirty pm
_OCLOCK = re.compile(r"\b" + _HOUR + r" o'?clock\b(?:\s(?:" + _AMPM[:-len(r"(?![\w])")] + r"(?![\w])|" + _PART + "))?", re.I)
_DAY_PART = re.compile(r"(?P<pre>\b(?:at|for|to|until|till|by|from|around|about) )" + _HOUR + r" " + _PART + r"\b", re.I)
_SAID = re.compile(r"\b(?:saying|says|reads|that says)\b|:\s|\s[-–—]\s")
_HELD = re.compile(r"\ue000\d+\ue001")


def clock_times(text: str) -> str:
    """``text`` with its clock times written as "H:MM AM/PM" (or "HH:MM"); what a message says stays as said."""
    said = _SAID.search(text)
    head, tail = (text[:said.start()], text[said.start():]) if said else (text, "")
    parts = re.split(f"({_HELD.pattern})", head)
    return "".join(p if _HELD.fullmatch(p) else _times(p) for p in parts) + tail


def _times(text: str) -> str:
    text = _DOTTED.sub(lambda m: f"{int(m['h'])}:{m['m']} {_meridiem(m['ap'])}", text)
    text = _H_SEP.sub(_h_separated, text)
    text = _PAST_TO.sub(_past_to, text)
    text = _SPOKEN.sub(lambda m: _clock(_hour(m["h"]), _SPOKEN_MINUTES[m["m"].lower()], m["ap"], m["part"]), text)
    text = _OCLOCK.sub(lambda m: _clock(_hour(m["h"]), 0, m["ap"], m["part"]), text)
    return _DAY_PART.sub(lambda m: m["pre"] + _clock(_hour(m["h"]), None, None, m["part"]), text)


def _h_separated(m: re.Match[str]) -> str:
    """"19h30" -> "19:30"; "1h30" is a duration (an hour and a half) unless said as a time, "at 7h30"."""
    if m["h"] is not None and len(m["h"]) == 1 and not re.search(r"\bat\s$", m.string[:m.start()]):
        return m.group(0)
    return f"{int(m['h'] or m['h2']):02d}:{m['m'] or m['m2']}"


def _past_to(m: re.Match[str]) -> str:
    hour, minutes = _hour(m["h"]), _MINUTES[m["mw"].lower()]
    if m["rel"].lower() in ("to", "till", "before"):
        hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
    return _clock(hour, minutes, m["ap"], m["part"])


def _clock(hour: int, minutes: int | None, ap: str | None, part: str | None) -> str:
    """"7:30 PM" when the time of day is said, else "7:30"; a day said with it ("tonight") stays after it."""
    marker = _meridiem(ap) if ap else _part_meridiem(part, hour) if part else ""
    time = f"{hour}:{minutes:02d}" if minutes is not None else str(hour)
    keep = f" {part}" if part and not part.lower().startswith(("in the", "at night")) else ""
    return f"{time} {marker}".strip() + keep


def _hour(said: str) -> int:
    return _HOURS.get(said.lower()) or int(said)


def _meridiem(ap: str) -> str:
    return "AM" if ap.lower().startswith("a") else "PM"


def _part_meridiem(part: str, hour: int) -> str:
    part = part.lower()
    if "morning" in part:
        return "AM"
    return "AM" if "night" in part and hour == 12 else "PM"


WRITTEN = re.compile(r"(?<![\w:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s?(?P<ap>[ap])\.?\s?m\b\.?)?", re.I)


def day_minutes(m: re.Match[str]) -> tuple[int, bool]:
    """A written time as minutes after midnight, and whether it said AM or PM."""
    hour, ap = int(m["h"]) % 24, (m["ap"] or "").lower()
    if ap and hour <= 12:
        hour = hour % 12 + (12 if ap == "p" else 0)
    return hour * 60 + int(m["m"]), bool(ap)


def time_shown(time: str, label: str) -> bool:
    """Does ``label`` show the clock time ``time`` in another notation? "9:55 AM" is on "09:55 Water plants",
    "9:55 PM" on "21:55"; a time shown without AM/PM on a 12-hour screen ("9:55") matches either half of the day."""
    if not (said := WRITTEN.fullmatch(time.strip())):
        return False
    want, _ = day_minutes(said)
    for shown in WRITTEN.finditer(label):
        have, marked = day_minutes(shown)
        if have == want or (not marked and 1 <= int(shown["h"]) <= 12 and have % 720 == want % 720):
            return True
    return False
