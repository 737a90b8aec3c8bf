"""Numbers, times, amounts and dates said in words, as people say them aloud (the ``spoken`` noise kind).

"19:30" -> "seven thirty p.m." (or "seven thirty in the evening", "half past seven in the evening"), "15" ->
"fifteen", "$25" -> "twenty-five dollars", "40%" -> "forty percent", "Friday, March 6" -> "Friday, March sixth",
"10 minutes" -> "ten minutes". Only what is unambiguous is said: phone numbers, codes, addresses, years and
numbers over a hundred keep their digits. General English only.

A goal's {slot} is said in words through its format spec (``{time:w1}``, style 1), read by ``FORMATTER``.
"""

from __future__ import annotations

import re
import string

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_ONES = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_ORDINAL_TENS = {20: "twentieth", 30: "thirtieth"}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_UNITS = r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|persons|items?|times|percent)"

_TIME = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?:\s?(?P<ap>[ap])\.?m\b\.?)?(?![\d:])", re.I)
_MONEY = re.compile(r"(?<![\w.$])\$(?P<d>\d{1,3})(?:\.(?P<c>\d{2}))?(?![\d,.]\d)")
_PERCENT = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})\s?%")
_DATE = re.compile(rf"\b(?P<month>{_MONTHS}) (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![,.]?\d)")
_COUNTED = re.compile(rf"(?<![\w.,:\-+#$])(?P<n>100|[1-9]?\d)(?P<sep>[ \-])(?P<unit>{_UNITS})\b")
_WHOLE_COUNT = re.compile(r"^(?:100|[1-9]?\d)$")


def number_words(n: int) -> str:
    """0-999 in words ("forty-five", "one hundred and five")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    rest = n % 100
    return f"{_ONES[n // 100]} hundred" + (f" and {number_words(rest)}" if rest else "")


def ordinal_words(n: int) -> str:
    """1-31 as an ordinal ("third", "twenty-first")."""
    if n < 20:
        return _ORDINAL_ONES[n]
    if n % 10 == 0:
        return _ORDINAL_TENS[n]
    return f"{_TENS[n // 10]}-{_ORDINAL_ONES[n % 10]}"


def time_words(hour: int, minute: int, style: int = 0, meridiem: str = "") -> str:
    """A clock time said aloud: style 0 "seven thirty p.m.", 1 "seven thirty in the evening", 2 "half past seven
    in the evening". A 24-hour time always says its part of the day, so 07:30 and 19:30 stay apart."""
    if meridiem:
        hour = hour % 12 + (12 if meridiem.lower() == "p" else 0)
    twelve = hour % 12 or 12
    part = "in the morning" if hour < 12 else "in the afternoon" if hour < 18 else "in the evening"
    if style and hour == 12 and minute == 0:
        return "noon" if style == 2 else "twelve noon"
    if style == 2 and minute in (0, 15, 30, 45):
        following = twelve % 12 + 1
        later = "in the morning" if hour + 1 < 12 else "in the afternoon" if hour + 1 < 18 else "in the evening"
        said = {0: f"{number_words(twelve)} o'clock {part}", 15: f"quarter past {number_words(twelve)} {part}",
                30: f"half past {number_words(twelve)} {part}", 45: f"quarter to {number_words(following)} {later}"}
        return said[minute]
    minutes = "" if minute == 0 else f" oh {_ONES[minute]}" if minute < 10 else f" {number_words(minute)}"
    if style == 0:
        return f"{number_words(twelve)}{minutes} {'a.m.' if hour < 12 else 'p.m.'}"
    return f"{number_words(twelve)}{minutes} {part}"


def _money(match: re.Match[str]) -> str:
    dollars = int(match["d"])
    said = f"{number_words(dollars)} dollar{'' if dollars == 1 else 's'}"
    cents = int(match["c"] or 0)
    return said + (f" and {number_words(cents)} cent{'' if cents == 1 else 's'}" if cents else "")


def _date(match: re.Match[str], style: int) -> str:
    day = ordinal_words(int(match["d"]))
    return [f"{match['month']} {day}", f"{match['month']} the {day}", f"the {day} of {match['month']}"][style % 3]


def spoken(text: str, style: int = 0) -> str:
    """``text`` with its clock times, dollar amounts, percentages, month days and counted amounts in words."""
    text = _TIME.sub(lambda m: time_words(int(m["h"]), int(m["m"]), style, m["ap"] or "")
                     if int(m["h"]) < 24 else m.group(), text)
    text = _MONEY.sub(_money, text)
    text = _PERCENT.sub(lambda m: f"{number_words(int(m['n']))} percent", text)
    text = _DATE.sub(lambda m: _date(m, style), text)
    return _COUNTED.sub(lambda m: f"{number_words(int(m['n']))}{m['sep']}{m['unit']}", text)


def spoken_value(value: str, style: int = 0) -> str:
    """A slot's value in words: a bare count up to a hundred, or ``spoken`` of what it says; anything else
    (a phone number, a code, an address, a name) as it is."""
    value = str(value)
    if _WHOLE_COUNT.match(value):
        return number_words(int(value))
    if re.search(r"\d{4,}|\d[\d\s\-]{6,}\d|@|\b[A-Z][a-z]+ (?:Street|St|Road|Rd|Avenue|Ave|Lane|Way)\b", value):
        return value
    return spoken(value, style)


class SpokenFormatter(string.Formatter):
    """``str.format`` that says a field with format spec ``w0``/``w1``/``w2`` in words, in that style."""

    def format_field(self, value, format_spec: str) -> str:
        if re.fullmatch(r"w\d", format_spec):
            return spoken_value(value, int(format_spec[1:]))
        return super().format_field(value, format_spec)

    def vformat(self, format_string, args, kwargs) -> str:  # "at seven a.m.." said once
        return re.sub(r"\b([ap])\.m\.\.", r"\1.m.", super().vformat(format_string, args, kwargs))


FORMATTER = SpokenFormatter()
