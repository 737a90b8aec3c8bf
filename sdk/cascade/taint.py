"""Taint: what the agent read from a private source stays private wherever it reappears.

Detectors find private data in the form they know; a value that reappears in another form
(a one-time code typed bare into a compose field, a line of a note copied into a message,
a phone number in the history) slips past them. A per-run :class:`TaintSet` remembers:

- every text read from a screen of an app under ``local_only`` (all of it, detected or not:
  ``kind="tainted"``, mode ``local_only``);
- every private value the detectors found on any screen, with the mode its kind has there.

:meth:`TaintSet.find` then finds those values in any later text (a prompt, typed text, a tool
argument), normalised: case and Unicode form folded, digits compared without separators
(``+1 (415) 555-0132`` is ``14155550132``; six digits or more of a longer number count too).
Words shorter than ``min_chars`` and words of trusted text (the task, the agent's own
instructions) or seen on public screens before are not tracked alone: they carry no secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..settings import PrivacyMode
from ..unitext import fold
from .policy import PrivacyPolicy
from .privacy import Span, digits

TAINTED = "tainted"  # the kind of undetected text from a local_only source
_DIGIT_KINDS = frozenset({"phone", "card", "iban", "otp", "national_id"})
_TOKEN = re.compile(r"\d(?:[ \-.()/\u00a0]{0,2}\d)*|[^\W\d_]+")
_DIGIT_TOKEN = re.compile(r"\d(?:[ \-.()/\u00a0]{0,2}\d)*")
_WORD = re.compile(r"[^\W\d_]+")
_UNSPACED = re.compile(r"[\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff]")  # CJK, kana, hangul
_PART_DIGITS = 6  # a run this long copied out of a longer private number still counts
_MERGE_GAP = 4  # hits this close (", ", " at ") are masked as one span
_RANK = {"allow": 0, "mask": 1, "local_only": 2}


@dataclass(frozen=True)
class Taint:
    """Where a remembered value came from: its kind, its mode there, the app's package, the text."""

    kind: str
    mode: PrivacyMode
    source: str
    origin: str = ""  # the screen text it was read in (cut to 200 characters)


@dataclass(frozen=True)
class TaintHit:
    """``text[start:end]`` repeats a remembered value of ``taint``; ``key`` names it for placeholders."""

    start: int
    end: int
    value: str
    key: str
    taint: Taint

    def span(self) -> Span:
        """As a detector span, for masking with the placeholder of its kind."""
        return Span(self.taint.kind, self.start, self.end, self.value, self.key)  # type: ignore[arg-type]


class TaintSet:
    """The values one run must keep private, and where each came from (see the module docstring)."""

    def __init__(self, policy: PrivacyPolicy, *, min_chars: int = 4) -> None:
        self.policy = policy
        self.min_chars = min_chars
        self._words: dict[str, Taint] = {}
        self._digits: dict[str, Taint] = {}
        self._parts: dict[str, Taint] = {}
        self._lengths: list[int] = []
        self._public: set[str] = set()
        self._new: list[list[str]] = []  # rows learned since the last drain
        self._trusted: set[str] = set()
        self._screens: set[str] = set()

    def __len__(self) -> int:
        return len(self._words) + len(self._digits)

    def has_read(self, key: str) -> bool:
        """True when the screen with this key (digest) was read already."""
        return key in self._screens

    def holds_private(self) -> bool:
        """True when some remembered value may not leave as it is (its mode is not ``allow``)."""
        return any(t.mode != "allow" for index in (self._words, self._digits) for t in index.values())

    # -- keeping across a restart ----------------------------------------------------------

    def drain(self) -> list[list[str]]:
        """The values learned since the last drain, as JSON-ready rows; :meth:`restore` takes them
        back (a caller appends them to a file, so a resumed run knows what it read before)."""
        rows, self._new = self._new, []
        return rows

    def restore(self, rows: Iterable[list[str]]) -> None:
        """Take back rows from :meth:`drain` (numbers' parts are derived again)."""
        for index, key, kind, mode, source, origin in rows:
            taint = Taint(kind, mode, source, origin)  # type: ignore[arg-type]
            if index == "w":
                self._add(self._words, key, taint)
            else:
                self._remember(key, taint, words=False)
        self._new = []

    # -- learning ---------------------------------------------------------------------------

    def trust(self, *texts: str) -> None:
        """Words of trusted text (the task, the agent's own prompts) are never tracked alone."""
        for text in texts:
            if text in self._trusted:
                continue
            self._trusted.add(text)
            words = _units(fold(text))
            self._public |= words
            for word in words & self._words.keys():
                if self._words[word].kind == TAINTED:
                    del self._words[word]

    def observe(self, package: str, texts: Iterable[str], *, key: str | None = None) -> None:
        """Read one screen of ``package``: remember its private values (all of it if local_only).

        ``key`` (the screen's digest) skips a screen already read.
        """
        if key is not None:
            if key in self._screens:
                return
            self._screens.add(key)
        joined = "\n".join(t for t in texts if t)
        if not joined:
            return
        policy = self.policy
        app_private = policy.app_local_only(package)
        spans = policy.detector.find(joined)
        outside: list[str] = []
        pos = 0
        for span in spans:
            outside.append(joined[pos : span.start])
            pos = span.end
            mode: PrivacyMode = "local_only" if app_private else policy.mode_for(span.kind, package)
            taint = Taint(span.kind, mode, package, span.value)
            self._remember(span.value, taint, words=span.kind not in _DIGIT_KINDS and mode == "local_only")
        outside.append(joined[pos:])
        if app_private:
            for text in joined.split("\n"):
                self._remember(text, Taint(TAINTED, "local_only", package, text[:200]), words=True)
        else:
            self._public |= _units(fold(" ".join(outside)))

    def _remember(self, value: str, taint: Taint, *, words: bool) -> None:
        for run in _DIGIT_TOKEN.findall(value):
            number = digits(run)
            if len(number) >= self.min_chars:
                self._add(self._digits, number, taint)
                for size in range(_PART_DIGITS, len(number)):
                    for i in range(len(number) - size + 1):
                        self._add(self._parts, number[i : i + size], taint)
                if len(number) not in self._lengths:
                    self._lengths.append(len(number))
        if words:
            for word in _units(fold(value)):
                if (len(word) >= self.min_chars or _UNSPACED.match(word)) and word not in self._public:
                    self._add(self._words, word, taint)

    def _add(self, index: dict[str, Taint], key: str, taint: Taint) -> None:
        old = index.get(key)
        if old is None or _RANK[taint.mode] > _RANK[old.mode]:
            index[key] = taint
            if index is not self._parts:
                self._new.append(["w" if index is self._words else "d", key, taint.kind, taint.mode, taint.source,
                                  taint.origin])

    # -- finding ----------------------------------------------------------------------------

    def find(self, text: str, *, modes: Iterable[PrivacyMode] = ("local_only", "mask")) -> list[TaintHit]:
        """Remembered values in ``text`` whose mode is one of ``modes``, sorted, close hits merged."""
        wanted = frozenset(modes)
        if not (self._words or self._digits) or not text:
            return []
        maybe_words = self._words.keys() & _units(fold(text)) if self._words else set()
        has_digits = bool(self._digits) and any(  # a cheap first pass: most texts repeat nothing
            len(token) >= self.min_chars and self._digit_taint(digits(token)) for token in _DIGIT_TOKEN.findall(text))
        if not maybe_words and not has_digits:
            return []
        hits: list[TaintHit] = []
        if has_digits:
            for m in _DIGIT_TOKEN.finditer(text):
                taint = self._digit_taint(digits(m.group()))
                if taint is not None and taint.mode in wanted:
                    start = m.start() - (1 if m.start() and text[m.start() - 1] in "+(" else 0)
                    hits.append(TaintHit(start, m.end(), text[start : m.end()], "", taint))
        if maybe_words:  # only the words that matched are looked for again, with their positions
            spaced = "|".join(re.escape(w) for w in sorted(maybe_words, key=len, reverse=True) if not _UNSPACED.match(w))
            grams = "|".join(re.escape(w) for w in maybe_words if _UNSPACED.match(w))
            patterns = ([rf"(?<![^\W\d_])({spaced})(?![^\W\d_])"] if spaced else []) + (
                [rf"(?=({grams}))"] if grams else [])  # pairs of characters overlap: look ahead at each one
            for m in re.finditer("|".join(patterns), text, re.IGNORECASE):
                group = next(g for g in range(1, len(patterns) + 1) if m.group(g) is not None)
                taint = self._words.get(fold(m.group(group)))
                if taint is not None and taint.mode in wanted:
                    hits.append(TaintHit(m.start(group), m.end(group), m.group(group), "", taint))
            hits.sort(key=lambda h: h.start)
        return self._merged(text, hits)

    def _digit_taint(self, number: str) -> Taint | None:
        if len(number) < self.min_chars:
            return None
        found = self._digits.get(number) or (self._parts.get(number) if len(number) >= _PART_DIGITS else None)
        if found is not None:
            return found
        for size in self._lengths:  # a remembered number inside a longer run of digits
            if size < len(number):
                for i in range(len(number) - size + 1):
                    found = self._digits.get(number[i : i + size])
                    if found is not None:
                        return found
        return None

    @staticmethod
    def _merged(text: str, hits: list[TaintHit]) -> list[TaintHit]:
        merged: list[TaintHit] = []
        for hit in hits:
            last = merged[-1] if merged else None
            if last is not None and last.taint.kind == hit.taint.kind and hit.start - last.end <= _MERGE_GAP:
                taint = last.taint if _RANK[last.taint.mode] >= _RANK[hit.taint.mode] else hit.taint
                end = max(last.end, hit.end)
                merged[-1] = TaintHit(last.start, end, text[last.start : end], "", taint)
            else:
                merged.append(hit)
        return [
            TaintHit(h.start, h.end, h.value, _key(h), h.taint) for h in merged
        ]


def _units(folded: str) -> set[str]:
    """The words of folded text; a run of a script written without spaces (Chinese, Japanese,
    Korean) counts by its pairs of characters, so a part of it is found again elsewhere."""
    words = set(_WORD.findall(folded))
    if not _UNSPACED.search(folded):
        return words
    units = set()
    for word in words:
        if _UNSPACED.search(word):
            units.update(word[i : i + 2] for i in range(len(word) - 1))
        else:
            units.add(word)
    return units


def _key(hit: TaintHit) -> str:
    """One key per value however it is written: digits alone for numbers, folded words otherwise."""
    if hit.taint.kind in _DIGIT_KINDS:
        return digits(hit.value) or hit.value
    tokens = _TOKEN.findall(fold(hit.value))
    return " ".join(digits(t) if t[0].isdigit() else t for t in tokens) or hit.value


def with_hits(found: list[tuple[Span, PrivacyMode]], hits: list[TaintHit]) -> list[tuple[Span, PrivacyMode]]:
    """Detector spans plus the remembered values the detectors missed (a hit inside a span adds nothing;
    a span overlapping a stricter hit takes the stricter mode)."""
    if not hits:
        return found
    out = list(found)
    for hit in hits:
        inside = [i for i, (span, _) in enumerate(out) if span.start < hit.end and hit.start < span.end]
        if not inside:
            out.append((hit.span(), hit.taint.mode))
            continue
        if hit.taint.mode == "local_only":
            for i in inside:
                out[i] = (out[i][0], "local_only")
        if not any(out[i][0].start <= hit.start and hit.end <= out[i][0].end for i in inside):
            out.append((hit.span(), hit.taint.mode))  # partly outside: the rest of it is masked too
    return _no_overlap(out)


def _no_overlap(found: list[tuple[Span, PrivacyMode]]) -> list[tuple[Span, PrivacyMode]]:
    """Masking needs disjoint spans: overlapping ones are joined, keeping the strictest mode."""
    found.sort(key=lambda f: (f[0].start, -f[0].end))
    out: list[tuple[Span, PrivacyMode]] = []
    for span, mode in found:
        if out and span.start < out[-1][0].end:
            last, last_mode = out[-1]
            end = max(last.end, span.end)
            strict = last_mode if _RANK[last_mode] >= _RANK[mode] else mode
            value = last.value + span.value[last.end - span.start :] if end > last.end else last.value
            out[-1] = (Span(last.kind, last.start, end, value, last.key if end == last.end else f"{last.key}+{span.key}"), strict)
        else:
            out.append((span, mode))
    return out


__all__ = ["TAINTED", "Taint", "TaintHit", "TaintSet", "with_hits"]
