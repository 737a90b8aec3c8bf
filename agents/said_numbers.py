"""Numbers said in words, written in digits: clock times, month days, dollar amounts, percentages, counts.

People dictate or type "set an alarm for seven thirty in the morning", "quarter to eight p.m.", "on Friday, March
the sixth", "the twenty-first of May", "twenty-five dollars", "forty percent", "a fifteen-minute timer"; the
parsers read "07:30", "19:45", "March 6", "May 21", "$25", "40%", "15-minute". Only what is unambiguous is
rewritten: a clock time needs a part of the day ("a.m.", "in the evening"), "o'clock" or "at"; a bare number needs
a unit after it. A message's own words (after "saying" or a colon) stay as said. General English only.
"""

from __future__ import annotations

import re

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_VALUE = {w: i for i, w in enumerate(_ONES)} | {w: 10 * i for i, w in enumerate(_TENS, 2)}
_ORDINAL_ONES = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_ORDINAL = {w: i for i, w in enumerate(_ORDINAL_ONES, 1)} | {"twentieth": 20, "thirtieth": 30}

_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "|".join(sorted(_ONES[10:], key=len, reverse=True))
_TWO_DIGIT = rf"(?:(?:{'|'.join(_TENS)})(?:[\s\-](?:{_ONE_TO_NINE})\b)?|{_TEEN}|{_ONE_TO_NINE}|zero)"
_NUMBER = rf"(?:(?:{_ONE_TO_NINE}) hundred(?:(?: and)? {_TWO_DIGIT})?|{_TWO_DIGIT})"
_HOUR = "twelve|eleven|ten|" + _ONE_TO_NINE
_MINUTE = rf"(?:oh[\s\-](?:{_ONE_TO_NINE})|(?:twenty|thirty|forty|fifty)(?:[\s\-](?:{_ONE_TO_NINE})\b)?|{_TEEN})"
_DAY_ORDINAL = (r"(?:(?:twenty|thirty)[\s\-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|"
                r"thirtieth|" + "|".join(sorted(_ORDINAL_ONES, key=len, reverse=True)) + ")")
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_PART = (r"(?P<part>[ap]\.m\.(?!\s*$|\s+(?-i:[A-Z]))|[ap]\.?m\b|in the (?:morning|afternoon|evening)|at night|tonight"
         r"|(?=o'?clock))")
_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|persons|items?|times|stars?)"

_TIME = re.compile(rf"\b(?P<h>{_HOUR})(?:[\s\-](?P<m>{_MINUTE}))?\s*(?:o'?clock\s*)?{_PART}(?:\s*o'?clock)?", re.I)
_AT_TIME = re.compile(rf"\b(?P<at>at|from|until|till|to|by) (?P<h>{_HOUR})[\s\-](?P<m>{_MINUTE})\b(?!\s*{_UNIT})", re.I)
_PAST = re.compile(rf"\b(?P<q>half|(?:a )?quarter) (?P<w>past|after|to|before) (?P<h>{_HOUR})\b(?:\s*{_PART})?", re.I)
_NOON = re.compile(r"\btwelve noon\b|\b(?:twelve )?midday\b", re.I)
_DATE = re.compile(rf"\b(?P<month>(?-i:{_MONTH})),? (?:the )?(?P<o>{_DAY_ORDINAL})\b|\bthe (?P<o2>{_DAY_ORDINAL}) of "
                   rf"(?P<month2>(?-i:{_MONTH}))\b", re.I)  # "you may first ...": a month has its capital
_MONEY = re.compile(rf"\b(?P<d>{_NUMBER}) dollars?(?: and (?P<c>{_TWO_DIGIT}) cents?)?\b", re.I)
_PERCENT = re.compile(rf"\b(?P<n>{_NUMBER})(?: percent\b| per cent\b|%)", re.I)
_COUNTED = re.compile(rf"\b(?P<n>{_NUMBER})(?P<sep>[\s\-]){_UNIT}\b", re.I)
_SAID = re.compile(r"\b(?:saying|says|reads|that reads)\b|:\s")  # a message's own words follow


def number(words: str) -> int:
    """The value of a number said in words ("forty-five", "one hundred and five", "oh five")."""
    total = 0
    for word in re.split(r"[\s\-]+", words.lower()):
        if word == "hundred":
            total *= 100
        elif word in _VALUE:
            total += _VALUE[word]
    return total


def _day(words: str) -> int:
    parts = re.split(r"[\s\-]+", words.lower())
    return (_VALUE[parts[0]] if len(parts) > 1 else 0) + _ORDINAL[parts[-1]]


def _clock(hour: int, minute: int, part: str | None) -> str:
    part = (part or "").lower()
    if part.startswith("p") or "afternoon" in part or "evening" in part or part in ("tonight", "at night") and hour >= 5:
        hour = hour % 12 + 12
    elif part.startswith("a") or "morning" in part:
        hour %= 12
    return f"{hour:02d}:{minute:02d}" if part else f"{hour}:{minute:02d}"


def _time(match: re.Match[str]) -> str:
    minute = number(match["m"]) if match["m"] else 0
    return _clock(number(match["h"]), minute, match["part"])


def _past(match: re.Match[str]) -> str:
    hour, minute = number(match["h"]), 30 if match["q"].lower() == "half" else 15
    if match["w"].lower() in ("to", "before"):
        hour, minute = hour - 1 if hour > 1 else 12, 60 - minute
    return _clock(hour, minute, match["part"])


def _money(match: re.Match[str]) -> str:
    cents = number(match["c"]) if match["c"] else 0
    return f"${number(match['d'])}" + (f".{cents:02d}" if cents else "")


def said_in_digits(text: str) -> str:
    """``text`` with the clock times, month days, amounts, percentages and counts it says in words in digits."""
    said = _SAID.search(text)
    if said:
        return said_in_digits(text[:said.start()]) + text[said.start():]
    text = _NOON.sub("12:00", text)
    text = _PAST.sub(_past, text)
    text = _TIME.sub(_time, text)
    text = _AT_TIME.sub(lambda m: f"{m['at']} {number(m['h'])}:{number(m['m']):02d}", text)
    text = _DATE.sub(lambda m: f"{(m['month'] or m['month2']).capitalize()} {_day(m['o'] or m['o2'])}", text)
    text = _MONEY.sub(_money, text)
    text = _PERCENT.sub(lambda m: f"{number(m['n'])}%", text)
    return _COUNTED.sub(lambda m: f"{number(m['n'])}{m['sep']}{m.group()[len(m['n']) + 1:]}", text)
