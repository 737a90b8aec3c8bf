"""Private data written so that a plain detector misses it: the forms evasive or careless text takes.

- ``fold``: full-width letters and digits, other scripts' digits, dash and space look-alikes, each
  turned into its ASCII form one character for one (offsets stay valid), so "４１５−５５５−０１３２" is
  read as the phone number it is;
- ``digit_lookalikes``: kanji numerals and letters written for digits ("9OO", "O151") read as digits;
- ``continues_word``, ``boundary``: whether a character glues to the digits after it ("電話090-..." does not:
  Chinese, Japanese, Korean and Thai are written without spaces);
- ``evasive_spans``: e-mails spelled out ("ana (at) example (dot) org", pii_spelled), phone numbers spaced out
  ("4 1 5 5 5 5 0 1 3 2"), Cyrillic street addresses (digits spelled as words: pii_digits);
- ``NamePattern``: contact names matched whatever their case or accents ("SOREN OSTERGAARD" is
  "Søren Østergaard"), their single parts only when capitalised as names are.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import phonenumbers

from ..unitext import NO_SPACES
from .pii_digits import DIGIT_WORDS
from .pii_spelled import implied_emails, spelled_emails, words_of

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u207b\u208b\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u2007\u202f\u3000"


def _fold_table() -> dict[int, str]:
    table = {ord(ch): "-" for ch in _DASHES} | {ord(ch): " " for ch in _SPACES}
    table |= {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
    # every character Unicode gives one digit's value: other scripts' digits (٤, ۴, ४, ৪, ๔), superscripts and
    # subscripts (⁴, ₄), circled and parenthesised digits (④, ❹, ⑷), mathematical bold and monospace ones (𝟒, 𝟺)
    codes = [*range(0x80, 0x3000), *range(0xA600, 0xAC00), *range(0xFF10, 0xFF1A), *range(0x1D7CE, 0x1D800)]
    table |= {code: str(d) for code in codes if (d := unicodedata.digit(chr(code), None)) is not None}
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` with look-alike characters in ASCII, one for one (ASCII text comes back as it is)."""
    return text if text.isascii() else text.translate(_FOLD)


_KANJI_RUN = re.compile(r"[〇零幺一二三四五六七八九](?:[・･\-\s]?[〇零幺一二三四五六七八九]){3,}")  # 〇九〇・一二三四
# Sino-Korean digits as a number is read out ("공일공-일이삼사-오육칠팔"): seven or more, no word is that long
_HANGUL_RUN = re.compile(r"[공영일이삼사오육칠팔구](?:[\-\s]?[공영일이삼사오육칠팔구]){6,}")
_KANJI = str.maketrans("〇零幺一二三四五六七八九・･공영일이삼사오육칠팔구", "001123456789--00123456789")
_LOOK = frozenset("0123456789OoIlSBZ")
_LETTER_DIGITS = str.maketrans("OoIlSBZ", "0011582")
_LETTER_HINT = re.compile(r"\d[OoIlSBZ]|[OoIlSBZ]\d")
# groups of digits joined by what no number is written with ("415_555_0132", "4111|1111", "415 / 555 / 0132")
_ODD_JOINS = re.compile(r"\d{2,}(?:(?:[_|·•~*]| / )\d{2,}){2,}")
_GROUP_NEAR = re.compile(r"\d{2}[ .-]?$|^[ .-]?\d{2}")


def digit_lookalikes(text: str, reach: int = 24) -> str:
    """A second reading of ``text`` with digits written as look-alikes read as digits: kanji numerals in a run of
    four or more ("〇九〇・一二三四", "幺" too), Sino-Korean syllables in a run of seven or more ("공일공 일이삼사"), and O, o, I, l, S, B, Z among digits as OCR reads them ("+44 7700 9OO 345",
    "4532 O151", "98S5"; a token counts when it is mostly digits or sits next to a group of digits); groups of
    digits joined by what no number is written with read as spaced ("415_555_0132", "415 / 555 / 0132"). Only
    what changed and ``reach`` characters around it are kept, the rest is spaces (offsets stay); text without
    look-alikes comes back as it is."""
    edits: list[tuple[int, int, str]] = []
    if not text.isascii():
        edits += [(m.start(), m.end(), m.group().translate(_KANJI)) for run in (_KANJI_RUN, _HANGUL_RUN)
                  for m in run.finditer(text)]
    end = 0
    for hint in _LETTER_HINT.finditer(text):
        if hint.start() < end:
            continue
        start, end = hint.start(), hint.end()
        while start and text[start - 1] in _LOOK:
            start -= 1
        while end < len(text) and text[end] in _LOOK:
            end += 1
        token = text[start:end]
        if end - start < 3 or start and text[start - 1].isalpha() or end < len(text) and text[end].isalpha():
            continue  # part of a word ("SM-G991B", "Bl00d")
        near = _GROUP_NEAR.search(text[max(0, start - 3) : start]) or _GROUP_NEAR.search(text[end : end + 3])
        if sum(ch.isdigit() for ch in token) * 2 >= len(token) or near:
            edits.append((start, end, token.translate(_LETTER_DIGITS)))
    edits += [(m.start(), m.end(), re.sub(r"[_|·•~*/]", " ", m.group())) for m in _ODD_JOINS.finditer(text)]
    if not edits:
        return text
    out = [" "] * len(text)
    for start, end, _ in edits:
        lo, hi = max(0, start - reach), min(len(text), end + reach)
        out[lo:hi] = text[lo:hi]
    for start, end, digits_read in edits:
        out[start:end] = digits_read
    return "".join(out)


_READ = re.compile(r"\S+(?: {1,7}\S+)*")


def read_pieces(view: str) -> list[tuple[int, str]]:
    """(offset, piece) of each stretch of text a ``digit_lookalikes`` reading holds (the rest is spaces): the few
    places a second look at codes and identity numbers needs."""
    return [(m.start(), m.group()) for m in _READ.finditer(view)]


def continues_word(ch: str) -> bool:
    """True when digits right after ``ch`` would continue its word (a Latin letter, a digit, ``_``)."""
    return (ch.isalnum() or ch == "_") and not NO_SPACES.match(ch)


def boundary(text: str, start: int) -> bool:
    """True when ``text[start]`` does not continue a word or a number."""
    return start == 0 or not continues_word(text[start - 1])


_SPACED_DIGITS = re.compile(r"(?<![\d.\-])\+?\d(?:[ .\-/]\d){8,14}(?![\d\-])")
_DIGIT_WORD = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
_CYRILLIC_STREET = re.compile(
    r"(?<![\w])(?:ул\.|улица|вул\.|вулиця|пр-т|пр\.|просп\.|проспект|пер\.|переулок|провулок|ш\.|шоссе|б-р|"
    r"бульвар|наб\.|набережная|пл\.|площадь)\s*[А-ЯЁІЇЄҐ][\w\-]*(?:\s[А-ЯЁІЇЄҐ][\w\-]*){0,2},?\s*"
    r"(?:д\.|дом|буд\.)?\s*\d{1,4}[а-яa-z]?(?:,?\s*(?:кв\.|корп\.|к\.|стр\.|под\.)\s*\d{1,4})*"
    r"|(?<![\w])[А-ЯЁІЇЄҐ][а-яёіїєґ\-]+(?:\s[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ\-]+)?\s(?:пр-т|просп\.|проспект|ул\.|улица|"
    r"вул\.|пер\.|переулок|ш\.|шоссе|б-р|бульвар|наб\.|набережная|пл\.|площадь)\.?,?\s*(?:д\.|дом|буд\.)?\s*"
    r"\d{1,4}[а-яa-z]?(?:,?\s*(?:кв\.|корп\.|к\.|стр\.|под\.)\s*\d{1,4})*", re.I)  # the name first: "Невский пр-т, 28"


_CYRILLIC_WORDS = frozenset(  # the street words above, as ``words_of`` reads them ("пр-т": "пр", "т")
    "ул улица вул вулиця пр просп проспект пер переулок провулок ш шоссе б бульвар наб набережная пл площадь".split())
_DIGIT_WORD_RE = re.compile(rf"\b(?:{_DIGIT_WORD})\b", re.I)
# a vanity number: letters for the last digits ("415-HOT-DOGS", "1-800-FLOWERS", "(917) 55-CANDY")
_VANITY_HINT = re.compile(r"\d[ .)-]+(?:\d{1,3}[ .-])?[A-Z]{3}")
_VANITY = re.compile(r"(?<![\w(+-])(?:\+?1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])[0-9A-Z]{2,7}(?:[ .-][0-9A-Z]{2,7})?(?![\w-])")
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")


def _vanity_key(run: str) -> str | None:
    """The E.164 key of a vanity number whose letters spell its last digits, when it is a valid number."""
    if sum(ch.isupper() for ch in run) < 3 or re.fullmatch(r"\d{3}[ .-][A-Z]{7}", run):
        return None  # "503-SERVICE": a status and a word, unless "1-" or brackets say it is dialled
    number = re.sub(r"\D", "", run.translate(_KEYPAD))
    if len(number) == 10:
        number = "1" + number
    if len(number) != 11 or number[0] != "1":  # letters for digits: a North American habit
        return None
    try:
        parsed = phonenumbers.parse("+" + number)
    except phonenumbers.NumberParseException:
        return None
    return "+" + number if phonenumbers.is_valid_number(parsed) else None


def spoken_digits(text: str) -> str:
    """``text`` with digits spelled as words written as digits ("two zero five" -> "2 0 5"); a text
    naming fewer than three digit words, or none three in a row ("one of two" stays) comes back as it is."""
    if len(_DIGIT_WORD_RE.findall(text)) < 3 or not _SPELLED_RUN.search(text):
        return text
    return _DIGIT_WORD_RE.sub(lambda m: DIGIT_WORDS[m.group().lower()], text)


_SPELLED_RUN = re.compile(rf"\b(?:(?:{_DIGIT_WORD}|\d)[\s,\-]+){{2,}}(?:{_DIGIT_WORD}|\d)\b", re.I)  # "seven 3 zero"
_SPACED_HINT = re.compile(r"\d[ .\-/]\d[ .\-/]\d[ .\-/]\d")


def evasive_spans(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, key) for each e-mail, phone number or address written to slip past the plain
    patterns; ``text`` is already folded. Each pattern runs only where a cheap test says it may match."""
    found = []
    found += [("email", start, end, key) for start, end, key in spelled_emails(text)]
    found += [("email", start, end, key) for start, end, key in implied_emails(text)]
    if _SPACED_HINT.search(text):
        found += [("phone", m.start(), m.end(), re.sub(r"[^\d+]", "", m.group())) for m in _SPACED_DIGITS.finditer(text)]
    words = words_of(text)
    if _VANITY_HINT.search(text):
        found += [("phone", m.start(), m.end(), key) for m in _VANITY.finditer(text) if (key := _vanity_key(m.group()))]
    if not text.isascii() and not _CYRILLIC_WORDS.isdisjoint(words):
        found += [("address", m.start(), m.end(), m.group().lower()) for m in _CYRILLIC_STREET.finditer(text)]
    return found


_GLUED_ON = re.compile(r"[@/_-]|\.\w")  # a link's, an address's or a handle's next piece
_BASE = {"ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d", "þ": "t", "æ": "a", "œ": "o", "ß": "s"}


@functools.lru_cache(maxsize=4096)
def _skeleton_char(ch: str) -> str:
    low = ch.lower()[:1]
    base = _BASE.get(low) or unicodedata.normalize("NFD", low)[0]
    return base if base.isascii() else low


class _SkeletonTable(dict):
    """``str.translate``'s table for ``skeleton``, each character's entry made the first time it is met."""

    def __missing__(self, code: int) -> str:
        self[code] = _skeleton_char(chr(code))
        return self[code]


_SKELETON = _SkeletonTable()


def skeleton(text: str) -> str:
    """``text`` lower-cased without accents, one character for one ("SØREN" -> "soren")."""
    return text.lower() if text.isascii() else text.translate(_SKELETON)


def literal_trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (the longest where several start alike), as a trie: "ann|anna|anton" ->
    "an(?:n(?:a)?|ton)". The engine then tries one branch per letter instead of every word at every position."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return build(tree)


class NamePattern:
    """Contacts' whole names in any case and with or without accents ("SOREN OSTERGAARD" is "Søren
    Østergaard"); the parts of a name (three letters or more) only when capitalised as names are
    ("Rose" and "ROSE", never the word "rose"), and so the end of a long one (five letters or more: "Emeka" is
    Chukwuemeka's, "Rahman" Abdelrahman's); a name in a script written without spaces ends where
    it ends, whatever follows ("김민준님", "佐藤美咲さん"), and is found with or without its space."""

    def __init__(self, contacts: Iterable[str]) -> None:
        self.whole: set[str] = set()
        parts: set[str] = set()
        for contact in contacts:
            contact = " ".join(contact.split())
            if contact:
                self.whole.add(skeleton(contact))
                if NO_SPACES.match(contact[-1]) and " " in contact:  # "佐藤 美咲" is also written "佐藤美咲"
                    self.whole.add(skeleton(contact.replace(" ", "")))
                parts.update(skeleton(p) for p in contact.split(" ") if len(p) >= 3 and p[0].isalpha() and not p[0].islower())
                parts.update(skeleton(p).replace("-", glue) for p in contact.split(" ")  # "Abdelrahman", "Abdel Rahman"
                             if "-" in p and p[0].isupper() for glue in ("", " "))
        names = sorted(self.whole | parts, key=len, reverse=True)
        self._regex = re.compile(f"(?:{literal_trie(names)})") if names else None
        # the end of a long name (five letters or more of eight or more), looked for only where its last five are
        self._ends = {part[-n:] for part in parts if len(part) >= 8 and part.isalpha() for n in range(5, len(part) - 2)}
        self._last5 = {end[-5:] for end in self._ends}

    def __bool__(self) -> bool:
        return self._regex is not None

    def spans(self, text: str, lower: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, key) of each name in ``text`` (the start boundary is the caller's to check); a part written
        in lower case ("ask kofi", four letters or more) or in a script without capitals ("พี่มะลิ", "מר כהן"), no piece
        of a link or handle, goes to ``lower``."""
        if self._regex is None:
            return []
        folded = skeleton(text)
        found = []
        for m in self._regex.finditer(folded):
            if m.end() < len(folded) and continues_word(folded[m.end()]):
                continue  # "김민준님": Korean glues on
            if m.group() in self.whole or text[m.start()].isupper():
                found.append((m.start(), m.end(), m.group()))
            elif lower is not None and not text[m.start()].isupper() and len(m.group()) >= 3 + text[m.start()].islower() and \
                    not (m.start() and text[m.start() - 1] in "/._@#-") and not _GLUED_ON.match(text, m.end()):
                lower.append((m.start(), m.end(), m.group()))
        for last5 in self._last5:
            at = folded.find(last5)
            while at >= 0:
                start, end = at, at + 5
                while start and folded[start - 1].isalpha():
                    start -= 1
                if folded[start:end] in self._ends and text[start].isupper() and \
                        (end == len(folded) or not continues_word(folded[end])):
                    found.append((start, end, folded[start:end]))
                at = folded.find(last5, end)
        return found


__all__ = ["NamePattern", "boundary", "continues_word", "digit_lookalikes", "evasive_spans", "fold", "read_pieces", "literal_trie", "skeleton",
           "spoken_digits"]
