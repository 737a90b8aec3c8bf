"""A contact saved in Latin letters named in kanji before a Japanese honorific: "高橋さん" for Haruto Takahashi.

Kanji are read as Japanese reads them (``pykakasi``'s dictionary, loaded on the first kanji before an honorific):
the one to four kanji right before さん, 様, 先生, 氏, くん, ちゃん ... whose reading, long vowels written short
("Satou", "Satoh" and "Sato" alike), is a part of a contact's name. Only before an honorific: a word's kanji may
read as a name does ("砂糖", sugar, reads "satou").
"""

from __future__ import annotations

import re
from functools import cache

_HONORIFIC = re.compile("さん|様|さま|先生|氏|くん|君|ちゃん|殿|先輩")
_TITLED = re.compile(rf"[\u4e00-\u9fff\u3005]+(?={_HONORIFIC.pattern})")


def reading_key(latin: str) -> str:
    """A romanised Japanese name with its long vowels short ("Satou", "Satoh", "Yuuki" -> "sato", "sato", "yuki")."""
    said = re.sub(r"[^a-z]", "", latin.lower())
    return re.sub(r"ou|oo|oh(?![aeiou])|uu", lambda m: m.group()[0], said)


@cache
def _kakasi():  # noqa: ANN202 - pykakasi's converter has no public type
    import pykakasi

    return pykakasi.kakasi()


def kanji_names(text: str, readings: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, key) of the kanji before an honorific in ``text`` that read as a name part in ``readings``
    (reading key -> the contact's key)."""
    found: list[tuple[int, int, str]] = []
    if not readings or not _HONORIFIC.search(text):
        return found
    for m in _TITLED.finditer(text):
        for n in range(1, min(4, len(m.group())) + 1):  # "営業部高橋さん": the name is the last kanji
            said = reading_key("".join(part["hepburn"] for part in _kakasi().convert(m.group()[-n:])))
            if said in readings:
                found.append((m.end() - n, m.end(), readings[said]))
                break
    return found


__all__ = ["kanji_names", "reading_key"]
