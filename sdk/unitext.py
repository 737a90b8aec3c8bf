"""Words of any script, made comparable: the base every layer's text matching builds on.

Real text mixes scripts: Chinese, Japanese and Thai are written without spaces, Thai and Devanagari
vowel signs are combining marks (not ``\\w``), full-width letters and ligatures have NFKC twins.
:func:`fold` makes two spellings of the same text equal; :func:`script_words` cuts folded text into
words, scripts without spaces into overlapping character pairs, so "设置" is found inside "微信设置".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Scripts written without spaces between words: Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar.
NO_SPACES = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       r"\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]+")

# Letters of the scripts written right to left: Hebrew, Arabic (and its supplements), Syriac, Thaana, N'Ko, Samaritan,
# Mandaic, and the Hebrew and Arabic presentation forms (U+FEFF, the byte-order mark, is no letter).
RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def fold(text: str) -> str:
    """NFKC and casefolded: full-width, ligature and case variants of a text compare equal."""
    return unicodedata.normalize("NFKC", text).casefold()


@cache
def word_pattern() -> re.Pattern[str]:
    """``\\w`` plus combining marks (Thai, Devanagari and Arabic vowel signs are marks, not ``\\w``),
    joined across inner apostrophes and hyphens ("don't", "wi-fi")."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M"))
    char = rf"[^\W_]|[{re.escape(marks)}]"
    return re.compile(rf"(?:{char})+(?:['\-](?:{char})+)*")


def pairs(run: str) -> list[str]:
    """Overlapping character pairs of a run written without spaces (the run itself when shorter)."""
    return [run] if len(run) < 2 else [run[i:i + 2] for i in range(len(run) - 1)]


def script_words(text: str) -> list[str]:
    """The words of ``text`` in order, folded, a possessive ``'s`` and inner ``'``/``-`` dropped, runs of scripts written
    without spaces as pairs of their letters (marks left out)."""
    out: list[str] = []
    for token in word_pattern().findall(fold(text)):
        word = re.sub(r"'s$", "", token).replace("-", "").replace("'", "")  # a possessive is its noun
        for piece in re.split(f"({NO_SPACES.pattern})", word):
            if NO_SPACES.fullmatch(piece):  # pairs of base letters: search indexes drop vowel signs and tone marks
                letters = "".join(c for c in piece if not unicodedata.category(c).startswith("M"))
                out.extend(pairs(letters) if letters else [])
            elif piece:
                out.append(piece)
    return out
