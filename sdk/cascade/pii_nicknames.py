"""A contact's name as people write it in passing: shortened, declined, by initials, by the given name alone.

- a short form: the start of a name part (four letters or more: "Alex" for Alexander, "Kath" for Katharina), or its
  first three letters or more with a diminutive ending ("Danny" for Daniel, "Juanito", "Kathie", "Andrzejek", "Rosinha"
  for Rosa, Turkish "Emrecim"); a
  nickname that shares no start with the name ("Bill", "Sasha") is beyond any rule;
- a declined or possessive form: the part (four letters or more), or the part without its last vowel, with a case
  ending of the languages that decline names (Hungarian's family "-ék" before it: "Zsófiáéknál") (a stem of three letters takes an ending of two, or is Cyrillic: "Димой") ("Kowalskiej", "Annę", "Iwony", "Ivanu", "Иванову", "Péternek",
  "Mikolle", "Annas");
- initials with dots ("A.K.", "A. K.") of a contact's first and last names;
- a Korean contact's given name (the last two syllables of three) before an honorific or a particle ("민준씨"); a
  Chinese or Japanese name part ("田中", "由紀" of 田中 由紀; "晓明", "小明", "阿明" of 陈晓明) before an honorific, or
  standing apart before a particle ("田中さん", "晓明说").

Only words written as names are (a capital, then small letters: "alex", "LINE" stay) count; a part is a word of the
contact's name that starts with a capital. A short form's start, or a declined form's stem, holds four letters or more
("Marek" is not Marco's, "Line" not Lina's), unless a doubled consonant shows the short form ("Danny").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .pii_forms import literal_trie, skeleton

_SHORTEST = 4  # letters of a name's start that name its bearer alone
_DIMINUTIVE = tuple(skeleton(e) for e in (  # endings that make a short form of a name, longest first
    "ciğim cığım cuğum cüğüm çiğim çığım cim cım cum cüm çim çım "  # Turkish "my dear" ("Ayşeciğim", "Denizcim")
    "ushka uszka ička ichka ечка очка енька онька ушка юшка inho inha ito ita ico ica illo illa ino ina etta ette "
    "chen lein tje ke ek ík ka ko ie ey ya y i o a ша ня ка ик ек").split())
_CASE_ENDINGS = frozenset(skeleton(e) for e in (  # endings that decline a name: Slavic, Baltic, Finnic, Hungarian, Germanic possessives
    "owi ovi ego emu iej ej ie ą ę ou om em ym im ach ami a u e y i o "
    "ого ему ой ою ом ем ей ым им ов ова ову ину у ю а я е ы и "
    "ові ою і ї є о "  # Ukrainian (the last: a vocative, "Оксано")
    "owa ową owej ova ová ovou ové ovej "  # a wife's or daughter's form of the surname, declined ("Wójcikową")
    "ho mu "  # Czech and Slovak for a name that does not decline otherwise ("Kofiho")
    "ο ου ε η α "  # Greek, after the nominative's -ος/-ης/-ας ("Νίκο", "Νίκου")
    "as is us os ai ui "
    "lle lla lta ssa sta ksi n "
    "nak nek val vel tol tól tõl rol ról ről hoz hez höz nal nál nel nél ert ért ot et t ra re ba be "
    "s es").split())
_GREEK_NOMINATIVE = ("ος", "ός", "ης", "ής", "ας", "άς")
_VOWELS = frozenset("aeiouyаяоеыиэюё")
_INITIALS = re.compile(r"\. ?([^\W\d_])\.(?!\w)")
_CJK = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]+")
_CJK_TITLE = re.compile("さん|様|さま|ちゃん|くん|君|先生|氏|殿|先輩|女士|小姐|老师|老師|同学|同學")  # an honorific after a name
_CJK_AFTER = re.compile("[はがをにとのもへ的说說给給在吗嗎呢啊呀和跟对對让讓是也都]|から|まで|(?![\u4e00-\u9fff\u3040-\u30ff])")
_KOREAN_AFTER = re.compile(r"(?:씨|님|아|야|이가|이는|이|에게|한테|의|는|은|가|을|를|도|랑|하고|(?![\uac00-\ud7af]))")


class NameForms:
    """Contacts found by the short, declined and abbreviated forms of their names."""

    def __init__(self, contacts: Iterable[str], pets: Iterable[str] = ()) -> None:
        self._parts: dict[str, str] = {}  # skeleton of a part (four letters or more) -> the contact's key
        self._pets: set[str] = set()  # parts that are pet forms ("Дима"): declined only, not shortened again
        self._initials: dict[tuple[str, str], str] = {}  # (first, last) initial -> the contact's key
        self._given: dict[str, str] = {}  # a Korean given name -> the contact's key
        self._cjk: dict[str, str] = {}  # a Chinese or Japanese name part or pet form -> the contact's key
        starts: set[str] = set()
        for pet in pets:
            word = pet.split()[0]
            if len(word) >= _SHORTEST and word.isalpha() and skeleton(word) not in self._parts:
                self._parts[skeleton(word)] = skeleton(pet)
                self._pets.add(skeleton(word))
                starts.update((word[:3], skeleton(word[:3]).capitalize()))
        for contact in contacts:
            contact = " ".join(contact.split())
            words = contact.split(" ")
            for word in words:
                if len(word) >= _SHORTEST and word[0].isupper() and word.isalpha():
                    self._parts.setdefault(skeleton(word), skeleton(contact))
                    starts.update((word[:3], skeleton(word[:3]).capitalize()))  # as written, without its accents
            if len(words) >= 2 and all(w[:1].isupper() and w[:1].isalpha() for w in (words[0], words[-1])):
                self._initials.setdefault((words[0][0], words[-1][0]), skeleton(contact))
            if re.fullmatch(r"[\uac00-\ud7af]{3}", contact):
                self._given[contact[1:]] = contact
            if re.fullmatch(r"[\u4e00-\u9fff]{3}", contact):  # 陈晓明: 晓明, 小明, 阿明
                self._cjk.update(dict.fromkeys((contact[1:], "小" + contact[2], "阿" + contact[2]), contact))
            elif len(words) >= 2 and all(_CJK.fullmatch(w) for w in words):  # 田中 由紀: 田中, 由紀
                self._cjk.update({w: contact for w in words if len(w) >= 2})
        # capitalised words that start as a part does (in C: the few such words are checked in Python)
        self._words = re.compile(f"(?:{literal_trie(starts)})[^\\W\\d_]*") if starts else None

    def __bool__(self) -> bool:
        return bool(self._words or self._initials or self._given or self._cjk)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of each short, declined or abbreviated form of a contact's name in ``text``."""
        found = []
        if self._words is not None:
            for m in self._words.finditer(text):
                if m.start() and text[m.start() - 1].isalpha() or m.group()[1:].isupper():
                    continue  # inside a word, or in capitals ("LINE"): a brand, not a name
                if (word := skeleton(m.group())) not in self._parts:
                    if (key := self._form_of(word)) is not None:
                        found.append((m.start(), m.end(), key))
        if self._initials and "." in text:
            for m in _INITIALS.finditer(text):  # ". K." after the first initial
                start = m.start() - 1
                if start >= 0 and (key := self._initials.get((text[start], m.group(1)))) is not None and \
                        (not start or not (text[start - 1].isalnum() or text[start - 1] == ".")):
                    found.append((start, m.end(), key))
        for given, key in self._given.items():
            at = text.find(given)
            while at >= 0:
                if (not at or not "\uac00" <= text[at - 1] <= "\ud7af") and _KOREAN_AFTER.match(text, at + len(given)):
                    found.append((at, at + len(given), key))
                at = text.find(given, at + 1)
        for part, key in self._cjk.items():
            at = text.find(part)
            while at >= 0:
                end = at + len(part)
                if _CJK_TITLE.match(text, end) or (not at or not _CJK.match(text[at - 1])) and _CJK_AFTER.match(text, end):
                    found.append((at, end, key))
                at = text.find(part, at + 1)
        return found

    def _form_of(self, word: str) -> str | None:
        """The contact whose name ``word`` (a skeleton) shortens or declines."""
        for part, key in self._parts.items():
            if part in self._pets:
                stem = part[:-1] if part[-1] in _VOWELS else part
                if word != part and word.startswith(stem) and word[len(stem) :] in _CASE_ENDINGS:
                    return key  # "Димой", "Диме": a pet form declined
                continue
            if part.startswith(word) and len(word) >= _SHORTEST:
                return key  # "alex" for "alexander"
            if word.startswith(part[:3]):
                for ending in _DIMINUTIVE:
                    if word.endswith(ending) and len(stem := word[: -len(ending)]) >= 3 and (
                            len(stem) >= _SHORTEST and part.startswith(stem) or stem == part[:-1] and part[-1] in _VOWELS
                            or stem[-1] == stem[-2] and part.startswith(stem[:-1])):
                        return key  # "danny" for "daniel", "juanito" for "juan", "rosinha" for "rosa"
                for stem in (part, part[:-1] if part[-1] in _VOWELS and len(part) >= _SHORTEST else None,
                             part[:-2] if part.endswith(_GREEK_NOMINATIVE) else None):
                    if stem and word.startswith(stem) and _declined(ending := word[len(stem):]) and (
                            len(stem) >= _SHORTEST or len(ending) >= 2 or not stem.isascii()):
                        return key  # "kowalskiej", "ivanu", "péternek", "димой"
        return None


def _declined(ending: str) -> bool:
    """Is ``ending`` (a skeleton) a case ending, or Hungarian's "-ék" (the family, "Zsófiáék") with or without
    one ("Kovácséknál")?"""
    return ending in _CASE_ENDINGS or ending[:2] == "ek" and (len(ending) == 2 or ending[2:] in _CASE_ENDINGS)


__all__ = ["NameForms"]
