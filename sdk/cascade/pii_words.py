"""Common words, to tell a name that is also a word ("Will", "May", "Mark", "Vale", "Grace", Vietnamese "Hoa",
Turkish "Deniz") from a name that is only a name ("Kofi", "Alex"), and a neighbour that is an ordinary word ("Holnap
Zsófival": Hungarian "tomorrow") from someone else's surname.

``is_common``: among the most frequent words of eight languages (en, es, fr, pt, de, it, nl, ru) by
``pyspellchecker``'s frequency lists, which rank given names far below the words people write every day ("will" is
English's 46th word, "john" its 6,378th). ``is_word``: the same, or among the most frequent of one of the thirty other
languages ``wordfreq`` ships (Hungarian, Turkish, Vietnamese, Polish, Indonesian, Greek, Ukrainian ...) that another
word of the sentence is common in too. Those lists count names among the words ("lászló" is Hungarian's 293rd), so
a word is read in its sentence's language only, and a word they rank high in several languages at once is left out:
an international given name ("david", "maria", "sarah"). The lists are read once, on the first question.
"""

from __future__ import annotations

import gzip
import heapq
import itertools
import json
import re
from collections import Counter
from functools import cache
from importlib import resources

import wordfreq

from .pii_forms import skeleton

_LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "nl", "ru")
_TOP = 3000  # words of each language's list that count as common
_UNSPACED = ("zh", "ja", "ko")  # written without spaces: a list of their words says nothing of a name's word
_WORDS = re.compile(r"[^\W\d_]{2,}")
_SHARED = 3  # a word high in this many other languages' lists at once is a name the world shares


@cache
def _common() -> frozenset[str]:
    words: set[str] = set()
    for language in _LANGUAGES:
        counts = json.loads(gzip.decompress((resources.files("spellchecker") / "resources" / f"{language}.json.gz")
                                            .read_bytes()))
        words.update(heapq.nlargest(_TOP, counts, key=counts.__getitem__))
    return frozenset(words | {skeleton(w) for w in words})


@cache
def _other_languages() -> dict[str, int]:
    """Each common word of the other languages (as a skeleton) -> the languages it is common in, as bits."""
    files = wordfreq.available_languages(wordlist="small")  # read as files: wordfreq's own reading keeps them all
    lists = [{skeleton(w) for w in itertools.islice(itertools.chain(*wordfreq.read_cBpack(files[language])), _TOP)}
             for language in sorted(set(files) - set(_LANGUAGES + _UNSPACED))]
    seen = Counter(said for top in lists for said in top)  # "dávid" (hu) is "david" (cs)
    bits: dict[str, int] = {}
    for i, top in enumerate(lists):
        for said in top:
            if seen[said] < _SHARED:
                bits[said] = bits.get(said, 0) | 1 << i
    return bits


def is_common(word: str) -> bool:
    """True when ``word`` (any case, with or without its accents) is a common word of one of eight languages."""
    return word.lower() in _common() or skeleton(word) in _common()


def is_word(word: str, text: str | None = None) -> bool:
    """True when ``word`` (any case, with or without its accents) is a common word of one of eight languages, or of
    another language; with ``text``, of another language that the other words of ``text`` are common in too ("Hoa" in
    "Hoa hồng giảm 20%", Vietnamese; not "Oskar" in "Oskar won": Icelandic writes the name often, the sentence is
    English)."""
    if is_common(word):
        return True
    bits = _other_languages().get(skeleton(word), 0)
    return bool(bits) and (text is None or any(bits & _other_languages().get(skeleton(w), 0)
                                               for w in _WORDS.findall(text) if w != word))


__all__ = ["is_common", "is_word"]
