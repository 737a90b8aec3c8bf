"""A count or an amount asked of a thing the task names in lower case, read where the screen labels that thing.

"Nimetembea hatua ngapi leo?" on a dashboard of tiles ("6,842" over "Hatua"), "hoeveel staat er op m'n
spaarrekening?" on a list of accounts ("Oranje Spaarrekening | V 123 · Rente 1,50% | € 3.482,16"): no capitalised
name to find, the question's own word labels the value. A tile: a line that is only the topic word, with a lone
number on the line above (or else below) it. A row: the first that says a topic word of four letters or more and
shows a money amount (a balance, a price), in either number convention. Structure only: any language.
"""

from __future__ import annotations

import re

from .text import normalize

_LONE = re.compile(r"^\s*\d[\d.,\u00a0\u202f']*\s*$")
_MONEY = re.compile(r"[$€£¥₹₩₺₽]\s?-?\d[\d.,\u00a0\u202f']*\d|\d[\d.,\u00a0\u202f']*\d\s?(?:[$€£¥₹₩₺₽]|kr\b|zł|Kč|Ft\b|lei\b)")
_WORD = re.compile(r"[^\W\d_]{4,}")


def value(kind: str, topic: set[str], texts: list[str]) -> str | None:
    """The tile's number (a count) or the named row's money amount (a count asked with a much/many word, an
    amount); None when no line is labelled by the question's words."""
    asked = {w for w in topic if len(w) >= 4}
    for i, text in enumerate(texts):  # a tile: its label alone on a line, its number beside it
        label = set(_WORD.findall(normalize(text)))
        if label and label <= asked and len(text.split()) <= 3:
            for j in (i - 1, i + 1):
                if 0 <= j < len(texts) and _LONE.match(texts[j]):
                    return texts[j].strip()
    for text in texts:
        if set(_WORD.findall(normalize(text))) & asked:
            money = _MONEY.search(text)
            if money and kind in ("count", "amount"):
                return money.group(0).strip()
    return None
