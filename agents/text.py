"""Text as real screens write it, made comparable: Unicode normalisation and script-aware words.

Real Android writes "Wi‑Fi" with a non-breaking hyphen (U+2011), puts NBSP and thin spaces in
labels, and shows Chinese, Japanese, Korean, Thai, Arabic and Cyrillic text. Matching a task
to a label works on :func:`words`: NFKC-normalised, casefolded, every dash made "-", every
space made " ", accents kept, ``\\w`` tokens of any script (vowel signs included), hyphenated
compounds joined ("wifi"), plurals stemmed ("messages" meets "message"), British spellings as US
ones ("Favourites" meets "favorite"), and character bigrams
for scripts written without spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from ..unitext import NO_SPACES, pairs

# A full name in a task: two or more capitalised words ("Ana Ruiz", "Jean-Luc O'Neil"); case-sensitive inside re.I.
QUOTED = re.compile(r"[\"“«„][^\"”»“]*[\"”»“]")  # a quoted span, straight or typographic quotes
FULL_NAME = r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)+"

_DASHES = re.compile(r"[\u002d\u00ad\u058a\u05be\u1400\u1806\u2010-\u2015\u2043\u2212\u2e17\u2e1a\u2e3a\u2e3b"
                     r"\u2e40\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_POINTING = re.compile(r"[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")  # Hebrew/Arabic vowel points
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\uff07]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@cache
def _ascii_digits() -> dict[int, str]:
    """Every script's decimal digits as ASCII ones ("٦", "۶", "६", "৬", "๖", "၆" meet "6"): NFKC folds only fullwidth
    ones. Built on the first text that has such a digit, not at import."""
    return {c: str(unicodedata.decimal(chr(c))) for c in range(0x80, 0x20000) if unicodedata.category(chr(c)) == "Nd"}


_NATIVE_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit (\d is any script's) other than an ASCII one

_NO_SPACES = NO_SPACES  # Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar: no spaces between words

# British spellings as the US ones, so "Favourites" meets "favorite" (word keys only; text stays as written).
_ISE = ("organ custom personal synchron optim minim maxim recogn author categor priorit final real memor summar normal "
        "apolog util visual local initial").split()
SPELLING = {
    **{uk: us for uk, us in (w.split(":") for w in (
        "favourite:favorite unfavourite:unfavorite colour:color labelled:labeled labelling:labeling cancelled:canceled "
        "cancelling:canceling centre:center grey:gray licence:license programme:program catalogue:catalog "
        "dialogue:dialog aeroplane:airplane travelling:traveling jewellery:jewelry metre:meter litre:liter "
        "theatre:theater neighbour:neighbor behaviour:behavior mum:mom cheque:check").split())},
    **{f"{stem}is{end}": f"{stem}iz{end}" for stem in _ISE for end in ("e", "ed", "ing", "ation")},
}

STOPWORDS = frozenset(
    "a an the to of in on for and or with my me i it is be by at from that this then as up set turn "
    "please can you your new all off".split()
)


@cache
def _word_pattern() -> re.Pattern[str]:
    """``\\w`` plus combining marks (Thai, Devanagari and Arabic vowel signs are marks, not ``\\w``)."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M"))
    char = rf"[\w{re.escape(marks)}]"
    return re.compile(rf"{char}+(?:['\-]{char}+)*")


def normalize(text: str) -> str:
    """NFKC, casefolded, dashes as "-", any run of spaces as one " ", invisible marks and Hebrew/Arabic
    vowel points dropped (written on some screens, rarely typed); any script's decimal digits as ASCII."""
    text = unicodedata.normalize("NFKC", text)
    text = text if text.isascii() or not _NATIVE_DIGIT.search(text) else text.translate(_ascii_digits())
    text = _POINTING.sub("", _INVISIBLE.sub("", text))
    text = _APOSTROPHES.sub("'", _DASHES.sub("-", text))
    return _SPACES.sub(" ", text).strip().casefold()


def display(text: str) -> str:
    """Text fit to show a model: NFKC, one kind of space and dash, case and accents kept."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return _SPACES.sub(" ", _DASHES.sub("-", text)).strip()


def _bigrams(run: str) -> set[str]:
    return set(pairs(run))


def words(text: str, *, stopwords: frozenset[str] = STOPWORDS) -> set[str]:
    """Comparable word keys of ``text`` in any script (see the module docstring)."""
    out: set[str] = set()
    for token in _word_pattern().findall(normalize(text)):
        for word in [token.replace("-", "").replace("'", ""), *_apostrophe_parts(token), *_hyphen_parts(token)]:
            _add_keys(out, word, stopwords)
    return {w for w in out if w}


def lead_keys(text: str, *, stopwords: frozenset[str] = frozenset()) -> set[str]:
    """The keys of the first word of ``text`` as read, whatever the hash seed: a run written without spaces
    gives only its first pair ("收藏此照片" -> {"收藏"}), another word all of its keys ("Groceries" ->
    {"grocerie", "grocery"}). Compare them as a set; never take one of them by iterating."""
    tokens = _word_pattern().findall(normalize(text))
    if not tokens:
        return set()
    run = _NO_SPACES.match(tokens[0])
    return set(pairs(run.group())[:1]) if run else words(tokens[0], stopwords=stopwords)


def _hyphen_parts(token: str) -> list[str]:
    """The words of a phrase hyphenated into one word, three parts or more ("flip-to-glyph" meets "Flip to
    Glyph", "picture-in-picture" "Picture in picture"); "wi-fi", "auto-rotate", "voice-chat" stay whole only.
    A short particle hyphenated before a word is the word too: Bantu languages join a class or locative prefix
    to a loanword or name that way ("se-kitchen", "e-Durban", "ku-WhatsApp"), as "e-wallet" is a wallet."""
    head, _, tail = token.partition("-")
    if token.count("-") == 1 and 1 <= len(head) <= 3 and head.isalpha() and head not in _PREFIXES and len(tail) >= 3 \
            and tail.replace("'", "").isalpha():
        return [tail.replace("'", "")]
    parts = [p.replace("'", "") for p in token.split("-")] if token.count("-") >= 2 else []
    return parts if sum(len(p) >= 3 for p in parts) >= 2 else []


# English and Latin prefixes that make another word ("re-enter" is no "Enter", "co-host" no "host").
_PREFIXES = frozenset("re co pre non un ex sub dis mis anti".split())


def _apostrophe_parts(token: str) -> list[str]:
    """The word inside a token that carries an apostrophe: Turkish writes a suffix after a name or an
    abbreviation ("Wi-Fi'ı", "Bluetooth'u", "WhatsApp'tan"); French and Italiano elide an article
    before the word ("l'application", "dell'app"). English "n't" and "'s" are left as they are."""
    if "'" not in token:
        return []
    head, _, tail = token.rpartition("'")
    head = head.replace("-", "").replace("'", "")
    if head in _ELIDED and len(tail) >= 3:
        return [tail]
    if len(head) >= 2 and 1 <= len(tail) <= 4 and tail not in ("t", "s", "ll", "re", "ve", "d", "m"):
        return [head]
    return []


# Articles and prepositions French and Italiano elide before a vowel ("l'", "d'", "dell'", "un'").
_ELIDED = frozenset("l d j m n s t c qu lorsqu puisqu dell all dall nell sull un quest quell".split())


def elided_joins(keys: set[str]) -> set[str]:
    """The keys of ``keys`` that are an elided article written onto another key there ("lapplication" beside
    "application", both keys of "l'application"): one word, not two, when both sides elide it alike."""
    return {k for k in keys for t in keys if k != t and k.endswith(t) and k[:len(k) - len(t)] in _ELIDED}


def _add_keys(out: set[str], word: str, stopwords: frozenset[str]) -> None:
    """Add the keys of one word (a CJK run's bigrams; a plural's singular; the US spelling)."""
    if word:
        runs = _NO_SPACES.findall(word)
        for run in runs:
            out |= _bigrams(run)
        for rest in _NO_SPACES.sub(" ", word).split() if runs else [word]:
            if rest not in stopwords:
                key = rest[:-1] if len(rest) > 3 and rest.endswith("s") and not rest.endswith("ss") else rest
                out.add(SPELLING.get(key, key))
                if len(rest) > 4 and rest.endswith("ies"):  # "groceries" meets "grocery" ("cookies" still meets "cookie")
                    out.add(rest[:-3] + "y")


def overlap(a: set[str], b: set[str]) -> float:
    """How much of ``a`` and ``b`` agree: shared keys, CJK bigrams counting half."""
    shared = a & b
    return sum(0.5 if _NO_SPACES.fullmatch(w) and len(w) <= 2 else 1.0 for w in shared)


def outside_quotes(text: str, edit: Callable[[str], str]) -> str:
    """``text`` with ``edit`` applied to the stretches outside quotes (what is quoted is typed as written)."""
    parts, last = [], 0
    for match in QUOTED.finditer(text):
        parts += [edit(text[last:match.start()]), match.group()]
        last = match.end()
    return "".join(parts) + edit(text[last:])


def row_key(text: str) -> frozenset[str]:
    """A row's texts ("A | B | C") as a set: the same row whatever order a dump lists them in ("1.75 | Pho" is
    "Pho | 1.75"), so a control's row context meets the row's own label."""
    return frozenset(p.strip() for p in normalize(text).split("|") if p.strip())
