"""Words typed without their accents: "Thu Ha" is "Thu Hà", "Jose" "José", "Lodz" "Łódź".

People often type a name (or any word) in plain ASCII, leaving out the diacritics the screen shows,
most of all in Vietnamese, where every syllable carries marks. A word of an unaccented task meets a
label word once that label word's marks are set aside; "Ha" does not meet "Hằng" (another syllable).
A task that writes accents itself is taken as written; short words count only capitalised, as names
("do" is no "Đó").
"""

from __future__ import annotations

import re
import unicodedata

from .text import normalize

_TOKEN = re.compile(r"[^\W\d_]+")
_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})
_MAX = 2.0


def folded(word: str) -> str:
    """``word`` without its diacritics ("hằng" -> "hang", "łódź" -> "lodz")."""
    base = unicodedata.normalize("NFKD", word.casefold().translate(_LETTERS))
    return "".join(c for c in base if not unicodedata.combining(c))


def fit(task: str, label: str) -> float:
    """1 for each word of an unaccented task (a name, or four letters or more) that meets an accented word of ``label``."""
    said = normalize(task)
    if not said.isascii():
        return 0.0
    tokens = _TOKEN.findall(task)
    task_words = {t.casefold() for i, t in enumerate(tokens) if len(t) >= 4 or (i > 0 and t[:1].isupper())}
    accented = {folded(w) for w in _TOKEN.findall(normalize(label)) if not w.isascii()}
    return min(_MAX, float(len(task_words & accented)))
