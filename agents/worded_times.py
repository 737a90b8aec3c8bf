"""Durations and clock times said in words, as the goal parser reads them: "five minutes" -> "5 minutes", "half an hour"
-> "30 minutes", "half past six" -> "6:30", "at seven" -> "at 7:00", "noon" -> "12:00" (wording's first pass;
said_numbers.py reads the richer spoken forms)."""

from __future__ import annotations

import re

_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                       "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_NUMBERS.update({w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})
_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_UNITS = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|o'?clock|[ap]\.?m\b\.?)"


def times_in_digits(text: str) -> str:
    """Durations and times in words as digits ("five minutes", "half an hour", "at seven")."""
    text = re.sub(r"(\d)\s*(?:min|m)\b(?!\w)", r"\1 minutes", text)
    text = re.sub(r"\bhalf an hour\b", "30 minutes", text, flags=re.I)
    text = re.sub(r"\ban hour and a half\b", "90 minutes", text, flags=re.I)
    text = re.sub(r"\ba quarter of an hour\b", "15 minutes", text, flags=re.I)
    text = re.sub(r"\ban? (hour|minute|second(?! (?:tab|window|one|page|note|alarm|time|account|copy)\b)|day|week)\b(?!s)", r"1 \1", text, flags=re.I)
    text = re.sub(rf"\b(?P<t>{_NUMBER})(?:[\s-](?P<u>{_NUMBER}))?\b(?=\s*{_UNITS})",
                  lambda m: str(_NUMBERS[m.group("t").casefold()] + _NUMBERS.get((m.group("u") or "").casefold(), 0)),
                  text, flags=re.I)
    text = re.sub(rf"\bhalf past (\d{{1,2}}|{_NUMBER})\b", lambda m: f"{_as_int(m.group(1))}:30", text, flags=re.I)
    text = re.sub(r"\b(\d{1,2}) ?o'?clock\b", r"\1:00", text, flags=re.I)
    text = re.sub(r"\bnoon\b|\bmidday\b", "12:00", text, flags=re.I)
    text = re.sub(r"\bmidnight\b", "00:00", text, flags=re.I)
    return re.sub(rf"\bat (?P<n>{_NUMBER}|\d{{1,2}})\b(?![:.,]?\d|\s*(?:[ap]\.?m|%|percent|[A-Z]))",
                  lambda m: f"at {_as_int(m.group('n'))}:00" if _as_int(m.group("n")) <= 24 else m.group(0), text)


def _as_int(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.casefold(), 99)
