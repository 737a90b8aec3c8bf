"""Contact names written in another script than the contact list's: "박지훈" for Park Ji-hoon, "عبد الرحمن" for
Abdelrahman, "Aleksei Smirnov" for Алексей Смирнов.

Both sides are brought to ASCII (anyascii) and then to a sound key: consonants only, voiced and unvoiced alike
("b"/"p", "g"/"k"), "th"/"sh"/"ph" as one sound, doubled letters once; an "r" before a consonant may be silent
("Park" is 박, "bak"). A word, or two words in a row, of one script whose key is the key of a contact's name
part or whole name in the other is the contact's. Keys shorter than four sounds say nothing (too many names
share them), and a key of four only when the vowels sound alike too; Chinese characters are read for their meaning, not their sound, and are left out. A Korean given name in
Latin letters as it is romanised, hyphen or not, by any of the ways of romanising ("Seo-yeon" for 이서연, "Olesja" or
"Olesia" for Олеся), counts too, from five letters, and so does a
Latin name part spelled letter for letter in another script ("Кофи" for Kofi, "Νίκος" for Nikos, "ゆうき" of
"ゆうきくん" for Yuki: a glued honorific taken off), from four; so does a family name in kanji before an honorific, as
Japanese reads it ("高橋さん" for Takahashi: ``pii_kanji``). (The same
sound key reads app names in ``agents/transliterated.py``; the layers keep the two apart.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from anyascii import anyascii

from .pii_honorifics import glued
from .pii_kanji import kanji_names, reading_key

_SHORTEST = 4  # sounds in a key that can name a contact
_PAIRS = (("th", "t"), ("sh", "s"), ("ph", "f"), ("kh", "k"), ("ch", "c"), ("ck", "k"), ("gh", "g"))
_SOUNDS = str.maketrans("bdgqcvz", "ptkkkws")
_VOWEL_SOUNDS = str.maketrans("bdgqcvzeyow", "ptkkkwsiiuu")  # the same, and the vowels in two kinds
_ALIKE = 0.8  # how alike, vowels and all, two names of a short key must sound
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_WORD = re.compile(  # a word of a script that is not Latin nor Han: Greek to Lao, Tibetan, Myanmar, Georgian,
    # Hangul, Ethiopic, Khmer, kana
    "[\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0dff\u0e01-\u0e4e"
    "\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u1780-\u17ff\u3041-\u30ff"
    "\uac00-\ud7af]+")
_JY = str.maketrans("jy", "ii")
_LATIN_NAME = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u024f'-]+")  # a capitalised Latin word


def _letters(text: str) -> str:
    """``text`` in Latin letters, lower case, without anything else ("Νίκος" -> "nikos", "Seo-yeon" -> "seoyeon")."""
    return re.sub(r"[^a-z]", "", anyascii(text).lower())


def _said(text: str) -> str:
    said = _letters(text)
    said = re.sub(r"m(?=[kgtdcjsz])", "n", said).replace("x", "ks")
    for pair, sound in _PAIRS:
        said = said.replace(pair, sound)
    return said


@lru_cache(maxsize=4096)
def sound_keys(text: str) -> frozenset[str]:
    """"Park Ji-hoon" and "박지훈" -> {"pkjn", ...}: the keys ``text`` may sound like (with and without a silent r)."""
    said = _said(text)
    keys = set()
    for form in (said, re.sub(r"r(?=[^aeiouy]|$)", "", said)):
        keys.add(re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhw]", "", form.translate(_SOUNDS))))
    return frozenset(k for k in keys if len(k) >= _SHORTEST)


class SoundNames:
    """Contacts found by how their names sound, across scripts."""

    def __init__(self, contacts: Iterable[str]) -> None:
        self._latin: dict[str, tuple[str, str]] = {}  # key -> (the contact, its name or part the key is of), Latin
        self._other: dict[str, tuple[str, str]] = {}  # the same for contacts in other scripts
        self._romanised: dict[str, str] = {}  # a contact's name, or its given name, in Latin letters -> the name
        self._spelled: dict[str, str] = {}  # a Latin contact's name or part as letters -> the name (exact spellings)
        self._readings: dict[str, str] = {}  # a Latin contact's part as Japanese reads it ("takahashi") -> the name
        for contact in contacts:
            contact = " ".join(contact.split())
            if not contact:
                continue
            keys = self._latin if _LATIN.search(contact) else self._other
            for name in [contact, *contact.split(" ")]:
                keys.update(dict.fromkeys(sound_keys(name), (contact, name)))
                if keys is self._other and len(name) >= 2:  # "서연" is "Seoyeon", "Seo-yeon", "Seo Yeon"
                    self._romanised.update(dict.fromkeys(_romanised(name), contact))
                elif keys is self._latin and len(said := _letters(name)) >= 4:
                    self._spelled[_spelling(said)] = contact  # "Kofi" is "Кофи", "Nikos" "Νίκος", "Jihoon" "지훈"
                if keys is self._latin and name != contact and len(name) >= 3:
                    self._readings[reading_key(name)] = contact.lower()  # "Takahashi" is "高橋さん"

    def __bool__(self) -> bool:
        return bool(self._latin or self._other)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of each word or pair of words of ``text`` that sounds like a contact in another script."""
        found: list[tuple[int, int, str]] = []
        if self._latin and not text.isascii():
            words = list(_OTHER_WORD.finditer(text))
            found += _matches(words, text, self._latin)
            found += [(m.start() + a, m.start() + b, self._spelled[said].lower()) for m in words
                      for a, b, said in [_glued_spelling(m.group())] if said in self._spelled]
            found += kanji_names(text, self._readings)
        if self._other:
            found += _matches(list(_LATIN_NAME.finditer(text)), text, self._other)
            found += [(m.start(), m.end(), self._romanised[said].lower()) for m in _LATIN_NAME.finditer(text)
                      if (said := _spelling(re.sub(r"[^a-z]", "", m.group().lower()))) in self._romanised]
        return found


def _romanised(name: str) -> set[str]:
    """``name`` and, for a Korean name of three syllables, its given name, in Latin letters (five or more)."""
    names = {name, name[1:]} if re.fullmatch("[\uac00-\ud7af]{3}", name) else {name}
    return {_spelling(said) for n in names if len(said := _letters(n)) >= 5}


@lru_cache(maxsize=8192)
def _glued_spelling(word: str) -> tuple[int, int, str]:
    """Where the name in ``word`` of another script is without a glued honorific, and its ``_spelling``."""
    start, end = glued(word)
    return start, end, _spelling(_letters(word[start:end]))


def _spelling(said: str) -> str:
    """A romanised name with "j", "y" and "i" alike, and "oo" as "u", as the ways of romanising write them ("Olesya",
    "Olesja", "Olesia" for Олеся; "Yuliia", "Julia" for Юлія; "Jihoon", "Jihun" for 지훈)."""
    said = said.translate(_JY).replace("oo", "u")
    return re.sub(r"i+", "i", said) if "ii" in said else said


def _matches(words: list[re.Match[str]], text: str, keys: dict[str, tuple[str, str]]) -> list[tuple[int, int, str]]:
    found = []
    i = 0
    while i < len(words):
        word = words[i]
        pair = words[i + 1] if i + 1 < len(words) and text[word.end() : words[i + 1].start()].isspace() else None
        if pair is not None and (hit := _hit(word.group() + pair.group(), keys)):
            found.append((word.start(), pair.end(), hit))
            i += 2
            continue
        if hit := _hit(word.group(), keys):
            found.append((word.start(), word.end(), hit))
        i += 1
    return found


def _hit(said: str, keys: dict[str, tuple[str, str]]) -> str | None:
    for key in sound_keys(said):
        if key in keys and (len(key) > _SHORTEST or _alike(said, keys[key][1])):
            return keys[key][0].lower()
    return None


def _alike(one: str, other: str) -> bool:
    """Do two names of four sounds sound alike with their vowels too ("박지훈" and "Park Ji-hoon" do; "Переказ" and
    "Brooks", "لندن" and "Valentina" share their consonants only)?"""
    return SequenceMatcher(None, _vowelled(one), _vowelled(other)).ratio() >= _ALIKE


@lru_cache(maxsize=1024)
def _vowelled(text: str) -> str:
    said = re.sub(r"r(?=[^aeiouy]|$)", "", _said(text)).replace("h", "")
    return re.sub(r"(.)\1+", r"\1", said.translate(_VOWEL_SOUNDS))


__all__ = ["SoundNames", "sound_keys"]
