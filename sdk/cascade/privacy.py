"""PII detectors: find typed spans of private data in text.

Each detector is a cheap regular expression followed, where a checksum exists, by the check
(Luhn for cards, mod-97 for IBANs, ``phonenumbers`` validity for phone numbers), so a screen
full of coordinates and prices does not turn into placeholders. Overlaps keep the longer span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

import phonenumbers

from ..errors import ConfigurationError
from ..settings import DataKind

DATA_KINDS: tuple[DataKind, ...] = get_args(DataKind)


@dataclass(frozen=True)
class Span:
    """One piece of private data: ``text[start:end]`` of kind ``kind``; ``key`` identifies the value."""

    kind: DataKind
    start: int
    end: int
    value: str
    key: str


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d ().\-\u00a0]{5,18}\d(?![\w])")
_DIGITS = re.compile(r"\d+")
_OTP = re.compile(r"(?<![\w.,])(?<!\d-)\d{4,8}(?!\w)(?![.,-]\d)")
_OTP_WORD = re.compile(
    r"\b(?:code|codes|otp|one[- ]time|verification|verify|passcode|pin|2fa|security code|login code)\b",
    re.IGNORECASE,
)
_STREET_WORDS = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|"
    "parkway|pkwy|square|sq|highway|hwy|circle|cir|close|crescent|strasse|straße|str|weg|allee|gasse|platz"
)
_ADDRESS = re.compile(
    r"\b\d{1,5}[A-Za-z]?(?: [A-Z][A-Za-z'.-]*){1,4} (?i:" + _STREET_WORDS + r")\b\.?"
    r"(?:,? (?i:apt|suite|unit)\.? ?\w+|,? #\w+)?"
    r"(?:, [A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3}\b)?"
    r"(?:,? [A-Z]{2} \d{5}(?:-\d{4})?\b|,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|,? \d{5}(?:-\d{4})?\b)?"
    r"|\b[A-Z][a-zäöü]+(?:straße|strasse|weg|allee|gasse|platz) \d{1,4}[a-z]?\b"
)
_POSTCODE = re.compile(
    r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b"  # US state + ZIP
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"  # UK postcode
)
_OTP_WINDOW = 40


def luhn_ok(digits: str) -> bool:
    """True when ``digits`` passes the Luhn checksum used by payment cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


class PiiDetector:
    """Finds private data in text.

    ``region`` is the default region for phone numbers written without ``+``; ``contacts``
    are names known to the device (matched as whole names and as capitalised name parts of
    three letters or more); ``kinds`` limits which kinds are looked for.
    """

    def __init__(
        self,
        *,
        region: str = "US",
        contacts: Iterable[str] = (),
        kinds: Iterable[DataKind] = DATA_KINDS,
    ) -> None:
        self.kinds = frozenset(kinds)
        unknown = self.kinds - set(DATA_KINDS)
        if unknown:
            raise ConfigurationError(
                f"unknown data kinds {sorted(unknown)}", hint=f"use some of {', '.join(DATA_KINDS)}"
            )
        region = region.upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ConfigurationError(
                f"phone region {region!r} is not a region phonenumbers knows",
                hint="use a two-letter ISO 3166 code such as US, GB or DE",
            )
        self.region = region
        self._names = _name_pattern(contacts)

    def find(self, text: str) -> list[Span]:
        """All spans in ``text``, sorted, without overlaps (a longer span wins)."""
        found: list[Span] = []
        kinds = self.kinds
        if "email" in kinds and "@" in text:
            found += [Span("email", m.start(), m.end(), m.group(), m.group().lower()) for m in _EMAIL.finditer(text)]
        if "iban" in kinds:
            found += [
                Span("iban", m.start(), m.end(), m.group(), m.group().replace(" ", ""))
                for m in _IBAN.finditer(text)
                if iban_ok(m.group())
            ]
        if "card" in kinds:
            found += self._cards(text)
        if "phone" in kinds:
            found += self._phones(text)
        if "otp" in kinds:
            found += self._otps(text)
        if "address" in kinds:
            found += [Span("address", m.start(), m.end(), m.group(), m.group().lower()) for m in _ADDRESS.finditer(text)]
            found += [
                Span("address", m.start(), m.end(), m.group(), m.group()) for m in _POSTCODE.finditer(text)
            ]
        if "name" in kinds and self._names is not None:
            found += [Span("name", m.start(), m.end(), m.group(), m.group().lower()) for m in self._names.finditer(text)]
        return _without_overlaps(found)

    def _cards(self, text: str) -> list[Span]:
        spans = []
        for m in _CARD.finditer(text):
            digits = m.group().replace(" ", "").replace("-", "")
            if 13 <= len(digits) <= 19 and luhn_ok(digits):
                spans.append(Span("card", m.start(), m.end(), m.group(), digits))
        return spans

    def _phones(self, text: str) -> list[Span]:
        spans = []
        for cand in _PHONE_CANDIDATE.finditer(text):
            raw = cand.group()
            if not 7 <= sum(len(d) for d in _DIGITS.findall(raw)) <= 15:
                continue
            for match in phonenumbers.PhoneNumberMatcher(raw, self.region, leniency=phonenumbers.Leniency.VALID):
                key = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                value, start = match.raw_string, cand.start() + match.start
                if value.startswith("(") and value.count("(") > value.count(")"):
                    value, start = value[1:], start + 1  # "(415-555-0132)": the bracket is not the number's
                spans.append(Span("phone", start, start + len(value), value, key))
        return spans

    def _otps(self, text: str) -> list[Span]:
        words = [m.span() for m in _OTP_WORD.finditer(text)]
        if not words:
            return []
        spans = []
        for m in _OTP.finditer(text):
            start, end = m.span()
            if any(w_end <= start and start - w_end <= _OTP_WINDOW or w_start >= end and w_start - end <= _OTP_WINDOW
                   for w_start, w_end in words):
                spans.append(Span("otp", start, end, m.group(), m.group()))
        return spans


def _name_pattern(contacts: Iterable[str]) -> re.Pattern[str] | None:
    names: set[str] = set()
    for contact in contacts:
        contact = " ".join(contact.split())
        if not contact:
            continue
        names.add(contact)
        names.update(part for part in contact.split(" ") if len(part) >= 3 and part[0].isupper())
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longest spans first, then any shorter span that touches none of them."""
    starts: list[int] = []
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        i = bisect.bisect_right(starts, span.start)
        if i and kept[i - 1].end > span.start:
            continue
        if i < len(kept) and kept[i].start < span.end:
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


__all__ = ["DATA_KINDS", "PiiDetector", "Span", "iban_ok", "luhn_ok"]
