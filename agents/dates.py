"""Dates, times and durations as tasks and screens write them.

A task says "March 14 at 3pm", "next Tuesday", "tomorrow", "the 21st", "in 2 weeks", "for 12
minutes" or "1h 30m"; a screen shows "Mon, Mar 16", "März 2026", "14 mars", "3月14日" or a day cell
"14" described as "Thursday, March 14". Each is resolved against a reference day (the phone's:
``pickers.reference_day``); a weekday fixes the year when none is written. Reading only: what to
type and where to tap live in ``pickers``. Plain English task words; month and weekday names of
the languages phones commonly ship.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .text import normalize

# Month names as phones write them (in English and the major Western European languages),
# full and abbreviated ("sept", "märz", "déc").
_MONTH_NAMES = (
    "january jan januar janv janvier enero ene gennaio gen janeiro januari",
    "february feb februar févr fevr février fevrier febrero febbraio fev fevereiro februari",
    "march mar märz maerz mars marzo março marco maart mrt",
    "april apr avril avr abril aprile",
    "may mai mayo maggio mag maio mei",
    "june jun juni juin junio giugno giu junho",
    "july jul juli juil juillet julio luglio lug julho",
    "august aug août aout agosto ago augustus",
    "september sep sept septembre septiembre settembre set setembro",
    "october oct oktober okt octobre octubre ottobre ott outubro out",
    "november nov novembre noviembre novembro",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro",
)
MONTHS: dict[str, int] = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split()}
_WEEKDAYS = ("monday mon montag lundi lunes lunedì", "tuesday tue tues dienstag mardi martes martedì",
             "wednesday wed mittwoch mercredi miércoles mercoledì", "thursday thu thur thurs donnerstag jeudi jueves giovedì",
             "friday fri freitag vendredi viernes venerdì", "saturday sat samstag samedi sábado sabato",
             "sunday sun sonntag dimanche domingo domenica")
WEEKDAYS: dict[str, int] = {name: i for i, names in enumerate(_WEEKDAYS) for name in names.split()}
_M = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_M_EN = ("january|february|march|april|may|june|july|august|september|october|november|december|"
         "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
# Other languages' month names a task writes after its day ("du 13 au 15 juin", "am 3. Oktober", "el 5 de mayo"):
# full names only (an abbreviation or "marco" may be any word; a Mars bar is no March), "mai" and "mei" being their May.
_M_DAY_FIRST = "|".join(sorted((re.escape(m) for m in MONTHS if m not in _M_EN.split("|") and m != "marco" and (
    len(m) >= 4 or m in ("mai", "mei"))), key=len, reverse=True))
_W = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er|e|\.)?"
_PAST = ("last", "past", "previous", "most recent")
_REL_DAY = r"(?:the\s+)?day\s+after\s+tomorrow|today|tonight|tomorrow|yesterday"
DATE = re.compile(
    rf"\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b"
    rf"|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|(?:\b(?:{_W})\.?,?\s+)?(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_M_EN})\b\.?"
    rf"|\b(?:{_M_EN})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d|:))"
    rf"(?:,?\s+\d{{4}})?"
    rf"|\b\d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?(?:{_M_DAY_FIRST})(?![\w-]|\s+bars?\b)(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|\b\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\b\d{{1,2}}\s*월\s*\d{{1,2}}\s*일"
    rf"|\b(?:{_REL_DAY})\b"
    rf"|\b(?:(?:next|this|coming|last|past|previous|most\s+recent)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"|\bin\s+(?:\d+|a|one|two|three|four|five|six|seven)\s+(?:days?|weeks?)\b|\bnext\s+week\b"
    rf"|\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b", re.I)
TIME = re.compile(r"\b\d{1,2}:\d{2}(?:\s?[ap]\.?\s?m\b\.?)?(?!\d)|\b\d{1,2}\s?[ap]\.?\s?m\b\.?|\bnoon\b|\bmidnight\b",
                  re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "ninety": 90}
_UNITS = {"h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours", "m": "minutes",
          "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes", "s": "seconds",
          "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds"}
_NUM = r"\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|ten|fifteen|twenty|thirty|forty(?:-five)?|ninety"
# A number word takes a spelled-out unit after a space ("as" is no "a s", "am" no "a m"); digits any unit.
DURATION = re.compile(rf"\b(?:half an hour|(?:(?:\d+(?:\.\d+)?[\s-]*(?:hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)"
                      rf"|(?:{_NUM})[\s-]+(?:hours?|hrs?|minutes?|mins?|seconds?|secs?))\b"
                      rf"(?:\s*(?:and\s+)?(?:a\s+half\b)?)?\s*)+)", re.I)


def find_dates(text: str, today: date) -> list[tuple[str, date]]:
    """Each date ``text`` names, as written and resolved against ``today``."""
    out = []
    for m in DATE.finditer(text):
        day = parse_date(m.group(0), today)
        if day is not None:
            out.append((m.group(0).strip(), day))
    return out


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` names ("Sat, Mar 21", "21 mars 2026", "2026-03-21", "3/21", "tomorrow",
    "next Tuesday", "the 21st", "in 3 days", "14 | Thursday, March 14"); None when it names none."""
    for part in text.split(" | "):
        found = _parse_one(normalize(part).strip(" .,;()"), today)
        if found is not None:
            return found
    return None


def _parse_one(t: str, today: date) -> date | None:
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?", t):  # month first, as English tasks write it
        return _dated(int(m[1]), int(m[2]), _year(m[3]), None, today)
    if m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", t):  # day first with dots (European)
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]", t):
        return _dated(int(m[2]), int(m[3]), _year(m[1]), None, today)
    rel = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
    if t in rel or re.fullmatch(r"(?:the )?day after tomorrow", t):
        return today + timedelta(days=rel.get(t, 2))
    if m := re.fullmatch(rf"(?:(next|this|coming|on|last|past|previous|most recent) )?({_W})", t):
        if m[2] in WEEKDAYS and len(m[2]) > 3 and m[1] in _PAST:  # "last Saturday": the one before today
            return today - timedelta(days=(today.weekday() - WEEKDAYS[m[2]]) % 7 or 7)
        if m[2] in WEEKDAYS and len(m[2]) > 3:
            ahead = (WEEKDAYS[m[2]] - today.weekday()) % 7
            return today + timedelta(days=ahead or (7 if m[1] in ("next", "coming") else 0))
    if m := re.fullmatch(r"in (\d+|a|one|two|three|four|five|six|seven) (day|week)s?", t):
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1]]
        return today + timedelta(days=n * (7 if m[2] == "week" else 1))
    if t == "next week":
        return today + timedelta(days=7)
    if m := re.fullmatch(r"(?:on )?the (\d{1,2})(?:st|nd|rd|th)", t):
        day = int(m[1])
        month, year = (today.month, today.year) if day >= today.day else _next_month(today)
        return _make(year, month, day)
    weekday = None
    if m := re.match(rf"({_W})\.?,?\s+", t):
        weekday, t = WEEKDAYS[m[1]], t[m.end():]
    year_m = re.search(r",?\s+(\d{4})$", t)
    year = int(year_m[1]) if year_m else None
    t = t[:year_m.start()] if year_m else t
    if m := re.fullmatch(rf"(?:the )?(\d{{1,2}}){_ORD}\s+(?:of |de )?({_M})\.?", t):
        return _dated(MONTHS[m[2]], int(m[1]), year, weekday, today)
    if m := re.fullmatch(rf"({_M})\.?\s+(\d{{1,2}}){_ORD}", t):
        return _dated(MONTHS[m[1]], int(m[2]), year, weekday, today)
    return None


def _year(text: str | None) -> int | None:
    return None if not text else int(text) + (2000 if len(text) == 2 else 0)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_month(day: date) -> tuple[int, int]:
    return (1, day.year + 1) if day.month == 12 else (day.month + 1, day.year)


def _dated(month: int, day: int, year: int | None, weekday: int | None, today: date) -> date | None:
    """A month and day in the year written, else the year whose weekday fits, else the nearest one."""
    if year is not None:
        return _make(year, month, day)
    options = [d for d in (_make(today.year + k, month, day) for k in (0, 1, -1)) if d is not None]
    if weekday is not None:
        fitting = [d for d in options if d.weekday() == weekday]
        options = fitting or options
    return min(options, key=lambda d: abs((d - today).days)) if options else None


def shown_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a month heading: "March 2026", "März 2026", "mars 2026", "2026年3月"."""
    t = normalize(text).strip(" .,")
    if m := re.fullmatch(rf"({_M})\.?,?\s+(\d{{4}})", t):
        return int(m[2]), MONTHS[m[1]]
    if m := re.fullmatch(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]", t):
        return int(m[1]), int(m[2])
    return None


def parse_time(text: str) -> tuple[int, int] | None:
    """(hour 0-23, minute) of "3pm", "3:30 p.m.", "15:30", "15.30", "noon"; None otherwise."""
    t = normalize(text).replace(".", ":").replace(" ", "")
    if t in ("noon", "midday"):
        return 12, 0
    if t == "midnight":
        return 0, 0
    m = re.fullmatch(r"(\d{1,2})(?:[:h](\d{2}))?:?([ap])?:?m?:?", t)
    if not m or (m[2] is None and m[3] is None):
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3]:
        hour = hour % 12 + (12 if m[3] == "p" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


def parse_duration(text: str) -> dict[str, int]:
    """{"hours": 1, "minutes": 30} for "1h 30m", "an hour and a half", "90 minutes" (as said)."""
    t = normalize(text)
    if "half an hour" in t:
        return {"minutes": 30}
    out: dict[str, float] = {}
    for m in re.finditer(rf"({_NUM})[\s-]*([a-z]+)(\s+and\s+a\s+half)?", t):
        unit = _UNITS.get(m[2])
        if unit is None:
            continue
        n = float(m[1]) if m[1][0].isdigit() else _NUMBER_WORDS.get(m[1], 1)
        out[unit] = out.get(unit, 0) + n + (0.5 if m[3] else 0)
    whole: dict[str, int] = {}
    for unit, n in out.items():  # 1.5 hours: 1 hour 30 minutes
        whole[unit] = whole.get(unit, 0) + int(n)
        if n != int(n) and unit != "seconds":
            smaller = "minutes" if unit == "hours" else "seconds"
            whole[smaller] = whole.get(smaller, 0) + round((n - int(n)) * 60)
    return whole
