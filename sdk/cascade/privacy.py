"""PII detectors: find typed spans of private data in text.

Each detector is a cheap regular expression followed, where a checksum exists, by the check
(Luhn for cards, mod-97 for IBANs, ``phonenumbers`` validity for phone numbers), so a screen
full of coordinates and prices does not turn into placeholders. Overlaps keep the longer span.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

import phonenumbers

from ..errors import ConfigurationError
from ..settings import DataKind
from .pii_addresses import addresses
from .pii_checks import card_groups, iban_in, iban_ok, named_reference
from .pii_codes import alnum_codes, coded_messages, one_time_codes
from .pii_digits import spelled_runs, spelled_view
from .pii_documents import document_numbers
from .pii_forms import NamePattern, boundary, continues_word, digit_lookalikes, evasive_spans, fold, read_pieces
from .pii_ids import national_ids
from .pii_labels import bank_codes, card_codes, codes_after_cards, labelled_accounts, labelled_ids
from .pii_names import SoundNames
from .pii_nickname_table import pet_names, weak_names
from .pii_nicknames import NameForms
from .pii_passing import NameEvidence
from .pii_secrets import secrets
from .pii_spelled import base64_runs, mail_view
from .pii_stdnum import checked_numbers
from .pii_views import letters_view, plain_view, to_text
from .pii_words import is_word

DATA_KINDS: tuple[DataKind, ...] = get_args(DataKind)
_DIGIT_KINDS = frozenset({"card", "phone", "otp", "national_id", "iban"})


@dataclass(frozen=True)
class Span:
    """One piece of private data: ``text[start:end]`` of kind ``kind``; ``key`` identifies the value."""

    kind: DataKind
    start: int
    end: int
    value: str
    key: str


# Patterns start with a character class where they can, so the regex engine skips ahead fast;
# boundary checks that would need a look-behind at the start are done in Python (pii_forms.boundary).
_EMAIL_TAIL = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.(?:[A-Za-z]{2,63}(?![A-Za-z])|[^\W\d_]{2,63})")  # IDN domains too ("@østergaard.dk")
_EMAIL_LOCAL = frozenset("._%+-")  # besides the letters and digits of a word (``continues_word``)
_IBAN = re.compile(r"[A-Za-z][A-Za-z]\d\d(?:[ .-]?[A-Za-z0-9]){11,30}\b")  # in groups, dashed, dotted, lower case too
_IBAN_DIGITS = re.compile(r"\d\d(?=[ .-]?[A-Za-z0-9]{4})")
_CARD = re.compile(r"\d(?:[ .-]?\d){12,18}(?!\d)")
_ID_PREFIX = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{0,5})[-_]$")  # "INV-2026-000481", "SN_...", "R-2026-...": an id's digits
_NOT_GLUED = r"(?!\d)(?![A-Za-z_\u00c0-\u024f\u0370-\u052f])"  # no digit or letter of a spaced script follows
_DIGIT_RUN = re.compile(r"\d[\d ().\-\u00a0]{5,22}\d" + _NOT_GLUED)  # long enough for a card or a phone number
_PHONE_WORDS = re.compile(r"(?i)(?:(?:call|phone|tel|mobile|cell|whatsapp|fax|text|sms|number|contact|ring|telefon\w*|"
                          r"tel[eé]fono|t[eé]l[eé]phone|handy|celular|móvil|movil|телефон|тел)\b|电话|電話|手机|携帯|전화|"
                          r"هاتف|جوال|تلفن|फ़ोन|फोन|โทร|טלפון|msisdn|wa\.me/)")
_BUSINESS_LINES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                             phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN})
_DATE_LIKE = re.compile(  # a date that does not go on like a number (06.12.34.56.78 is a French phone)
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?![-/.]?\d)|\d{1,2}:\d{2}"
)
_HEX_PAIR = re.compile(r"(?<![\w])(?=[0-9]?[A-Fa-f])[0-9A-Fa-f]{2}[ :]$")
_SC = "".join(chr(c) for c in range(0x20, 0x20C1) if unicodedata.category(chr(c)) == "Sc")  # $ £ € ₹ ₫ ₺ ...
_CURRENCY = re.compile(rf"[{re.escape(_SC)}]\s?$|\s?[{re.escape(_SC)}]")  # a sign right before or after a number
_PHONE_CACHE_SIZE, _TEXT_CACHE_SIZE = 4096, 1024
_PARAGRAPHS_FROM = 400  # characters of a text read paragraph by paragraph


def luhn_ok(digits: str) -> bool:
    """True when ``digits`` passes the Luhn checksum used by payment cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


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
        contacts = list(contacts)
        pets = pet_names(contacts)  # "Дима Орлов" for Дмитрий Орлов: as written, or declined ("с Димой")
        weak = weak_names(contacts)  # "Wale" for Adewale, "Mali" for มะลิ: with evidence only
        self._names = NamePattern(contacts + pets + weak)
        self._sounds = SoundNames(contacts)
        self._forms = NameForms(contacts, pets)
        self._evidence = NameEvidence(contacts + pets + weak, weak)
        self._phone_cache: dict[str, list[tuple[int, str, str]]] = {}
        self._cache: OrderedDict[str, tuple[Span, ...]] = OrderedDict()

    def find(self, text: str) -> list[Span]:
        """All spans in ``text``, sorted, without overlaps (a longer span wins).

        Results are memoised for the last few hundred texts (a stable system prompt is
        scanned once), and a long text is read paragraph by paragraph (blank lines between):
        the task, the instructions and the history a prompt repeats at each step are read once.
        """
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return list(cached)
        if len(text) > _PARAGRAPHS_FROM and "\n\n" in text:
            spans, at = [], 0
            for paragraph in text.split("\n\n"):
                spans += [Span(s.kind, at + s.start, at + s.end, s.value, s.key) for s in self.find(paragraph)]
                at += len(paragraph) + 2
        else:
            spans = self._spans(text)
        spans = _repeated(text, spans)
        self._cache[text] = tuple(spans)
        if len(self._cache) > _TEXT_CACHE_SIZE:
            self._cache.popitem(last=False)
        return spans

    def _spans(self, text: str) -> list[Span]:
        folded = fold(text)
        view = plain_view(folded)  # without invisible characters, URL escapes decoded
        if view is not None:
            spans = []
            for s in self._find(view[0]):
                start, end = to_text(s.start, s.end, view[1], view[2])
                spans.append(Span(s.kind, start, end, text[start:end], s.key))
        else:
            spans = self._find(folded)
        if view is None and folded is not text:  # values as written; keys as read
            spans = [Span(s.kind, s.start, s.end, text[s.start : s.end], s.key) for s in spans]
        return spans

    def _find(self, text: str, *, decode: bool = True) -> list[Span]:
        found: list[Span] = []
        kinds = self.kinds
        if "email" in kinds and "@" in text:
            found += _emails(text)
        if "email" in kinds and (view := mail_view(text)) is not None:  # "ana [at] example [.] org", "ana @ example.org"
            found += [Span("email", a, b, text[a:b], s.key) for s in _emails(view[0])
                      for a, b in [to_text(s.start, s.end, view[1], view[2])]]
        if "iban" in kinds:
            found += [Span("iban", m.start(), m.start() + len(hit[0]), *hit)  # from its check digits: a faster scan
                      for d in _IBAN_DIGITS.finditer(text) if d.start() >= 2 and text[d.start() - 2 : d.start()].isalpha()
                      and (m := _IBAN.match(text, d.start() - 2)) and boundary(text, m.start()) and (hit := iban_in(m.group()))]
            found += [Span("iban", start, end, text[start:end], key)
                      for start, end, key in labelled_accounts(text) + bank_codes(text)]
        digit_view = digit_lookalikes(text) if kinds & _DIGIT_KINDS else text  # "9OO 345", "〇九〇・一二三四", "415_555"
        pieces = [(0, text)] + (read_pieces(digit_view) if digit_view is not text else [])  # (offset, text)
        if kinds & {"card", "phone"}:
            taken = list(found)  # IBANs and e-mails
            found += self._cards_and_phones(text, taken)
            if "card" in kinds:
                found += [Span("card", start, end, text[start:end], key) for start, end, key in card_codes(text)
                          + codes_after_cards(text, [(c.start, c.end) for c in found if c.kind == "card"])]
            if digit_view is not text:  # read again, as digits
                found += [Span(s.kind, s.start, s.end, text[s.start : s.end], s.key)
                          for s in self._cards_and_phones(digit_view, taken)]
        if "address" in kinds:
            found += [Span("address", start, end, text[start:end], key) for start, end, key in addresses(text)]
        if "otp" in kinds:
            taken = [(s.start, s.end) for s in found if s.kind != "otp"]  # a phone number's groups are no code
            found += [Span("otp", at + start, at + end, text[at + start : at + end], key) for at, seen in pieces
                      for start, end, key in one_time_codes(seen) + coded_messages(seen, [(a - at, b - at) for a, b in taken])]
            found += [Span("otp", start, end, text[start:end], key) for start, end, key in alnum_codes(text) + secrets(text)]
        if "national_id" in kinds:
            found += [Span("national_id", at + start, at + end, text[at + start : at + end], key) for at, seen in pieces
                      for start, end, key in national_ids(seen) + labelled_ids(seen)
                      if not named_reference(text[max(0, at + start - 40) : at + start].rsplit("\n", 1)[-1])]
            found += [Span("national_id", at + start, at + end, text[at + start : at + end], key) for at, seen in pieces
                      for start, end, key in document_numbers(seen)]
        if kinds & {"national_id", "iban"}:  # any country's identity and bank numbers, by their checks
            found = _checked_numbers(text, found, kinds)
        if "name" in kinds:  # whole, or as written: "Alex", "Kowalskiej", "A.K." for Aleksandra Kowalska
            lower: list[tuple[int, int, str]] = []  # "ask kofi": a part in lower case, with evidence only
            named = [(start, end, key) for names in (self._names, self._forms) if names
                     for start, end, key in (names.spans(text, lower) if names is self._names else names.spans(text))
                     if boundary(text, start)]
            named += [(start, end, key) for start, end, key in lower if boundary(text, start)  # "مریم" in a script
                      and not (text[start].islower() and is_word(text[start:end], text))  # without capitals
                      and self._evidence.framed(text, start, end)]
            edges = {at for start, end, _ in named for at in (start, end)}
            found += [Span("name", start, end, text[start:end], key) for start, end, key in named
                      if self._evidence.named(text, start, end)  # "Will" the verb stays
                      and not self._evidence.someone_else(text, start, end, edges)]  # so does "Sarah Chen"
            found += [Span("name", start, end, text[start:end], key) for start, end, key in self._evidence.handles(text)]
        if "name" in kinds and self._sounds:  # "박지훈" for Park Ji-hoon
            found += [Span("name", start, end, text[start:end], key) for start, end, key in self._sounds.spans(text)]
        found += [Span(kind, start, end, text[start:end], key) for kind, start, end, key in evasive_spans(text)
                  if kind in kinds]
        if decode and kinds & _DIGIT_KINDS and (view := spelled_view(text)) is not None:
            found += self._spelled(text, view)  # "nine one seven, five five five ...", "восемь девять один ..."
        if decode and (view := letters_view(text)) is not None:  # "two two nine T a n n e r s H i l l"
            found += [Span(s.kind, start, end, text[start:end], s.key) for s in self._find(view[0])
                      for start, end in [to_text(s.start, s.end, view[1], view[2])]]
        if decode:  # "bWFyYS52b3NzQGV4YW1wbGUubmV0": base64 of an e-mail address, masked whole
            found += [Span(inner[0].kind, start, end, text[start:end], inner[0].key) for start, end, plain in base64_runs(text)
                      if (inner := self._find(plain, decode=False))]
        return _without_overlaps(found)

    def _spelled(self, text: str, view: tuple[str, list[int], list[int]]) -> list[Span]:
        """Cards, phone numbers, codes, identity numbers and addresses in the reading of ``text`` with its spelled
        digits as digits, mapped back onto the words; a run of seven digits or more that none of them claims is a phone
        number spelled so as not to be read."""
        runs = spelled_runs(text)
        spans = []
        for s in self._find(view[0], decode=False):
            start, end = to_text(s.start, s.end, view[1], view[2])
            if (s.kind in _DIGIT_KINDS or s.kind == "address") and any(a < end and start < b for a, b, _ in runs):
                spans.append(Span(s.kind, start, end, text[start:end], s.key))
        spans += [Span("phone", a, b, text[a:b], number) for a, b, number in runs
                  if len(number) >= 7 and "phone" in self.kinds and not any(s.start <= a and b <= s.end for s in spans)]
        return spans

    def _cards_and_phones(self, text: str, taken: list[Span]) -> list[Span]:
        """Cards (Luhn) and phone numbers (phonenumbers), from the long runs of digits."""
        kinds = self.kinds
        spans = []
        pos = 0
        while (m := _DIGIT_RUN.search(text, pos)) is not None:
            start, end = m.span()
            glued_card = text[start - 1].isalpha() and len(m.group()) >= 13 and "card" in kinds if start else False
            prefix = _ID_PREFIX.search(text, max(0, start - 8), start) if start and text[start - 1] in "-_" else None
            if prefix is not None and _PHONE_WORDS.fullmatch(prefix.group(1)):
                prefix = None  # "TEL-..." is a phone number
            if (not boundary(text, start) and not glued_card) or prefix is not None:  # "B12 415-555-0132": skip "12"
                pos = start + 1
                while pos < len(text) and text[pos].isalnum():
                    pos += 1
                continue
            pos = end
            if any(t.start < end and start < t.end for t in taken):
                continue  # the digits of an IBAN
            if named_reference(text[max(0, start - 40) : start].rsplit("\n", 1)[-1]):
                continue  # "Invoice 2026-004812", "IMEI 35-...": an identifier, named so
            if _CURRENCY.search(text, max(0, start - 3), start) or _CURRENCY.match(text, end):
                continue  # "12 345 678 ₫", "€ 1 299 000": a price
            run = m.group()
            if "card" in kinds and not (start and text[start - 1] == "+"):  # "+..." is a phone number
                cards = [(c.start(), card) for c in _CARD.finditer(run) if (card := _card_in(c.group()))]
                if cards:
                    spans += [Span("card", start + at, start + at + len(card), card, digits(card)) for at, card in cards]
                    continue
            if "phone" in kinds and not _DATE_LIKE.match(run):  # "2024-05-01 10:30" is a date, not DC's 202
                lead = 1 if start and text[start - 1] in "+(" else 0  # "+44 ..." and "(415) ..." start one earlier
                valid = self._phones_in(text[start - lead : end])
                for offset, value, key in valid:
                    if key:  # a business's line (toll-free, premium, shared-cost, one national number) is no one's
                        spans.append(Span("phone", start - lead + offset, start - lead + offset + len(value), value, key))
                if not valid and _looks_like_phone(text, start - lead, end):
                    value = text[start - lead : end]
                    spans.append(Span("phone", start - lead, end, value, ("+" if lead and value[0] == "+" else "") + digits(value)))
        return spans

    def _phones_in(self, raw: str) -> list[tuple[int, str, str]]:
        """Valid numbers in one candidate run of digits: (offset, as written, E.164, or "" for a business's line);
        memoised."""
        cached = self._phone_cache.get(raw)
        if cached is not None:
            return cached
        found = []
        if 7 <= sum(ch.isdigit() for ch in raw) <= 15:
            for match in phonenumbers.PhoneNumberMatcher(raw, self.region, leniency=phonenumbers.Leniency.VALID):
                key = "" if phonenumbers.number_type(match.number) in _BUSINESS_LINES else \
                    phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                value, offset = match.raw_string, match.start
                if value.startswith("(") and value.count("(") > value.count(")"):
                    value, offset = value[1:], offset + 1  # "(415-555-0132)": the bracket is not the number's
                found.append((offset, value, key))
        if len(self._phone_cache) >= _PHONE_CACHE_SIZE:
            self._phone_cache.clear()
        self._phone_cache[raw] = found
        return found


def _checked_numbers(text: str, found: list[Span], kinds: frozenset[DataKind]) -> list[Span]:
    """``found`` with the identity and bank numbers that pass a country's check: such a number is no phone number
    phonenumbers would not call valid ("910417-4520" is a Swedish personnummer); other kinds' spans stay."""
    def weak(s: Span) -> bool:  # a phone number phonenumbers calls invalid (valid ones have E.164 keys), or a guess
        return s.kind in ("phone", "national_id", "otp") and not s.key.startswith("+")
    taken = [(s.start, s.end) for s in found if not weak(s)]
    checked = [Span(kind, start, end, text[start:end], key) for kind, start, end, key in checked_numbers(text, taken)
               if kind in kinds]
    if not checked:
        return found
    return [s for s in found if s.kind != "phone" or not weak(s) or not any(
        s.start < c.end and c.start < s.end for c in checked)] + checked


def _card_in(value: str) -> str | None:
    """The card ``value`` starts with: all of it, else without its last groups ("4175 3590 8945 7148 05/29": the
    expiry follows the number); Luhn-valid, 13-19 digits, grouped as cards are."""
    while len(number := digits(value)) >= 13:
        if len(number) <= 19 and luhn_ok(number) and card_groups(value):
            return value
        cut = max(value.rfind(" "), value.rfind("-"), value.rfind("."))
        if cut < 0:
            return None
        value = value[:cut]
    return None


def _looks_like_phone(text: str, start: int, end: int) -> bool:
    """A run of digits written the way phone numbers are, valid or not: ``+`` and 7-15 digits, an area
    code in brackets, trunk-0 or grouped numbers; or 7-15 digits right after a word like "call"."""
    run = text[start:end]
    number = digits(run)
    if not 7 <= len(number) <= 15 or len(set(number)) == 1 or _DATE_LIKE.match(run):
        return False  # a date (and time) is no phone number
    if run[0] in "+(":
        return True
    groups = [g for g in re.split(r"[ ().\-\u00a0]+", run) if g]
    if run.count(".") == 1 and len(groups) == 2 or run.count(".") == 3 and all(len(g) <= 3 for g in groups):
        return False  # a decimal number (a price, a coordinate) or an IP address
    if len(groups) >= 3 and all(len(g) == 3 for g in groups[1:]) and (
            " " not in run and len(groups[0]) <= 3 or len(groups[0]) <= 2 and number[0] != "0"):
        return False  # thousands grouped with dots, commas or spaces: "Rp 1.250.000", "12 345 678 views"
    if all(len(g) == 2 for g in groups) and _HEX_PAIR.search(text, max(0, start - 3), start):
        return False  # bytes in hex: "DE AD BE EF 00 11 22 33"
    if len(groups) >= 2 and all(2 <= len(g) <= 5 for g in groups[1:]) and len(groups[0]) <= 5:
        return True  # 415-555-0132, 020 7946 0958, 06 12 34 56 78, 555.0199
    before = text[max(0, start - 24) : start].rsplit("\n", 1)[-1]  # "call ..." on the same line
    return bool(_PHONE_WORDS.search(before)) or (len(groups) == 1 and number[0] == "0" and len(number) >= 9)


def digits(text: str) -> str:
    """The digits of ``text`` in ASCII, whichever way they are written (full-width ４, Arabic-Indic ٤,
    Devanagari ४, superscript ⁴): a number read in one form and typed in another is the same number."""
    if text.isascii():
        return _NOT_ASCII_DIGIT.sub("", text)  # the common case, in C
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


_NOT_ASCII_DIGIT = re.compile(r"[^0-9]+")


def _emails(text: str) -> list[Span]:
    spans = []
    for m in _EMAIL_TAIL.finditer(text):
        start = m.start()
        if start > 1 and text[start - 1] == '"' and (quote := text.rfind('"', max(0, start - 66), start - 1)) >= 0:
            start = quote  # a quoted local part: "john..doe"@example.org
        while start > 0 and (text[start - 1] in _EMAIL_LOCAL or continues_word(text[start - 1])):
            start -= 1
        if start == m.start():  # a local part in a script without spaces: 用户@例子.广告
            while start > 0 and text[start - 1].isalnum():
                start -= 1
        if start < m.start():
            value = text[start : m.end()]
            spans.append(Span("email", start, m.end(), value, value.lower()))
    return spans


_REPEATED_KINDS = frozenset({"otp", "card", "national_id", "iban", "phone"})


def _repeated(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and each other place where the digits of one of them (five or more, as written) stand alone: a
    code found in its message is masked in the link that repeats it too ("code: 52917 ... /login/52917")."""
    values = {s.value: s for s in spans if s.kind in _REPEATED_KINDS and len(s.value) >= 5 and s.value.isdigit()}
    if not values:
        return spans
    more = [Span(s.kind, m.start(), m.end(), s.value, s.key) for value, s in values.items()
            for m in re.finditer(rf"(?<!\d){value}(?!\d)", text)]
    return _without_overlaps(spans + more) if len(more) > len(values) else spans


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longest spans first, then any shorter span that touches none of them."""
    starts: list[int] = []
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start, s.kind == "phone")):  # a code beats a phone
        i = bisect.bisect_right(starts, span.start)
        if i and kept[i - 1].end > span.start:
            continue
        if i < len(kept) and kept[i].start < span.end:
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


__all__ = ["DATA_KINDS", "PiiDetector", "Span", "digits", "iban_ok", "luhn_ok"]
