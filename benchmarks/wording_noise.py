"""Noise a user's typing adds to a goal, applied to a goal's format string so its {slot}s stay intact.

Used by bench_structure.py ``--noise KIND`` to measure how the rules read the same tasks typed sloppily:

- ``typos``: one or two words of five letters or more get one slip each (two letters swapped, one dropped,
  one doubled, or a neighbouring key), never inside a {slot} or quotes;
- ``plain``: lower case, no sentence punctuation, apostrophes or quotes (``don't`` -> ``dont``; URLs kept);
- ``both``: ``plain`` then ``typos``.

Deterministic: the same template name and kind always give the same goal.
"""

from __future__ import annotations

import random
import re
import zlib

KINDS = ("typos", "plain", "both")

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    key: "".join(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    for row in _KEYBOARD_ROWS for i, key in enumerate(row)
}
_PROTECTED = re.compile(r"\{[^{}]*\}|\"[^\"]*\"")
_WORD = re.compile(r"[A-Za-z]{5,}")


def noisy(wording: str, kind: str, key: str) -> str:
    """``wording`` with ``kind`` noise, seeded by ``key`` (the template's name)."""
    if kind not in KINDS:
        raise ValueError(f"noise kind {kind!r} is not one of {', '.join(KINDS)}")
    rng = random.Random(zlib.crc32(f"{kind}:{key}".encode()))
    if kind in ("plain", "both"):
        wording = _plain(wording)
    if kind in ("typos", "both"):
        wording = _typos(wording, rng)
    return wording


def _outside_protected(wording: str, edit) -> str:
    """``edit`` applied to the stretches of ``wording`` outside {slots} and quotes."""
    parts, last = [], 0
    for match in _PROTECTED.finditer(wording):
        parts.append(edit(wording[last:match.start()]))
        parts.append(match.group())
        last = match.end()
    parts.append(edit(wording[last:]))
    return "".join(parts)


def _plain(wording: str) -> str:
    wording = re.sub(r"\"(\{[^{}]*\})\"", r"\1", wording)  # a quoted slot loses its quotes
    wording = _outside_protected(wording, lambda text: re.sub(r"[.,!?;:]+(?=\s|$)|['\"()]", "", text.lower()))
    return re.sub(r"\s{2,}", " ", wording).strip()


def _typos(wording: str, rng: random.Random) -> str:
    spans = [(match.start(), match.end()) for match in _PROTECTED.finditer(wording)]
    words = [m for m in _WORD.finditer(wording) if not any(a <= m.start() < b for a, b in spans)]
    if not words:
        return wording
    chosen = sorted(rng.sample(words, min(len(words), rng.choice((1, 2)))), key=lambda m: m.start(), reverse=True)
    for match in chosen:
        wording = wording[:match.start()] + _slip(match.group(), rng) + wording[match.end():]
    return wording


def _slip(word: str, rng: random.Random) -> str:
    """One typing slip inside ``word`` (its first letter kept, as people rarely miss it)."""
    i = rng.randrange(1, len(word) - 1)
    slip = rng.choice(("swap", "drop", "double", "neighbour"))
    if slip == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if slip == "drop":
        return word[:i] + word[i + 1:]
    if slip == "double":
        return word[:i] + word[i] + word[i:]
    near = _NEIGHBOURS.get(word[i].lower(), word[i])
    return word[:i] + rng.choice(near) + word[i + 1:]
