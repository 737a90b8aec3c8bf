"""Common words of eight languages, to tell a name that is also a word ("Will", "May", "Mark", "Vale", "Grace")
from a name that is only a name ("Kofi", "Alex").

A word counts as common when it is among the most frequent of one of eight languages (en, es, fr, pt, de, it, nl,
ru), by ``pyspellchecker``'s frequency lists (the lists count names too, but given names
rank far below the words people write every day: "will" is English's 46th word, "john" its 6,378th). The lists
are read once, on the first question.
"""

from __future__ import annotations

import gzip
import heapq
import json
from functools import cache
from importlib import resources

from .pii_forms import skeleton

_LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "nl", "ru")
_TOP = 3000  # words of each language's list that count as common


@cache
def _common() -> frozenset[str]:
    words: set[str] = set()
    for language in _LANGUAGES:
        counts = json.loads(gzip.decompress((resources.files("spellchecker") / "resources" / f"{language}.json.gz")
                                            .read_bytes()))
        words.update(heapq.nlargest(_TOP, counts, key=counts.__getitem__))
    return frozenset(words | {skeleton(w) for w in words})


def is_common(word: str) -> bool:
    """True when ``word`` (any case, with or without its accents) is one of the common words of a language."""
    return word.lower() in _common() or skeleton(word) in _common()


__all__ = ["is_common"]
