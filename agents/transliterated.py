"""An app's Latin name said in the task's own script: "বিকাশ" is bKash, "สปอติฟาย" Spotify, "Телеграм" Telegram.

People write a brand as it sounds in their script; the launcher shows it in Latin letters, so no word is
shared. Both are brought to ASCII (anyascii) and then to a sound key: consonants only, voiced and unvoiced
alike ("b"/"p", "d"/"t"), "th"/"sh"/"ph" as one sound, doubled letters once. A Latin label whose key is the key
of a word of the task in another script (or is found inside an unspaced run of Thai, Lao, Khmer, Burmese or
kana) is named by it. Keys shorter than three sounds say nothing (too many names share them); Chinese
characters are read for their meaning, not their sound, and are left out.

A task word is heard as a word, not with what its language writes onto it: a Korean particle ("그랩을"), the
kana around a katakana name ("グラブを呼んで"; Korean and Japanese write "r" and "l" with one letter), the Thai
syllables around it (a Thai vowel written before its consonant starts a syllable: "เรียกแกร็บให้หน่อย"). A brand
clipped with the Arabic article, after an open-verb: :func:`clipped`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cascadroid.errors import ConfigurationError

_SHORTEST = 3  # sounds in a key that can name an app
_INSIDE = 4  # sounds in a key found inside an unspaced run of the task
_PAIRS = (("th", "t"), ("sh", "s"), ("ph", "f"), ("kh", "k"), ("ch", "c"), ("ck", "k"), ("gh", "g"))
_SOUNDS = str.maketrans("bdgqcvz", "ptkkkws")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff]")
_WORD = re.compile(r"[^\s\d.,!?;:()\[\]\"'“”«»،؟。、！？・]+")  # a word with its vowel signs (Bengali, Thai marks)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ARTICLES = ("وال", "بال", "فال", "ال")  # the Arabic article, alone or after a joined "and", "with", "so"
_ONE_LIQUID = re.compile(r"[\uac00-\ud7a3\u30a0-\u30ff]")  # Hangul and katakana: one letter for "r" and "l"
_PARTICLE = re.compile(r"(?<=\w\w)(?:이랑|에서|으로|한테|에게|하고|을|를|이|가|은|는|에|로|도|만|랑|좀)$")  # Korean
_KATAKANA = re.compile(r"[\u30a0-\u30ff]+")
_SYLLABLE = re.compile(r"(?=[\u0e40-\u0e44\u0ec0-\u0ec4])")  # a Thai or Lao vowel written before its consonant


def _ascii(text: str) -> str:
    try:
        from anyascii import anyascii
    except ImportError as exc:  # a core dependency; a broken install says how to mend it
        raise ConfigurationError("reading app names said in another script needs anyascii, which is not installed",
                                 hint="pip install anyascii") from exc
    return anyascii(text)


@lru_cache(maxsize=4096)
def sound_key(text: str) -> str:
    """"bKash" and "বিকাশ" -> "pks"; "Spotify" and "สปอติฟาย" -> "sptf"."""
    said = re.sub(r"[^a-z]", "", _ascii(text).lower())
    said = re.sub(r"m(?=[kgtdcjsz])", "n", said).replace("x", "ks")  # a nasal before these is "n", however a script writes it ("-लिंक")
    for pair, sound in _PAIRS:
        said = said.replace(pair, sound)
    said = re.sub(r"[aeiouyhw]", "", said.translate(_SOUNDS))
    return re.sub(r"(.)\1+", r"\1", said)


def clipped(word: str, label: str) -> bool:
    """An Arabic-script word with the article written onto a brand's first sounds ("الواتس": WhatsApp, "الانستا":
    Instagram, "السناب": Snapchat): at least three sounds, a leading "w"/"v" kept, the start of a longer name. Read
    only as the object of an open-verb (agents/opened_apps.py): "الرسالة" (the message) elsewhere names no "Resolve"."""
    bare = next((word[len(a):] for a in _ARTICLES if word.startswith(a) and len(word) - len(a) >= 3), "")
    if not bare:
        return False
    said_, named = _led(bare), _led(label)
    return len(said_) >= _SHORTEST and len(named) > len(said_) and named.startswith(said_) or sound_key(bare) == sound_key(label)


def _led(text: str) -> str:
    """The sound key with a leading "w"/"v" kept (the key drops it: "واتس" and "WhatsApp" both start with it)."""
    first = re.sub(r"[^a-z]", "", _ascii(text).lower())[:1]
    return ("w" if first in ("w", "v") else "") + sound_key(text)


def _latin(label: str) -> bool:
    letters = [ch for ch in label if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def said(task: str, label: str) -> bool:
    """Does ``task`` say the Latin ``label`` in another script (one word or two, or inside an unspaced run)?"""
    if not _latin(label):
        return False
    key = sound_key(label)
    if len(key) < _SHORTEST:
        return False
    runs = [w for w in _WORD.findall(task) if not _latin(w) and not _HAN.search(w)]
    pieces = [p for w in _WORD.findall(task) if not _latin(w) for p in _pieces(w)]
    spoken = [sound_key(w) for w in pieces]
    if any(_ONE_LIQUID.search(w) for w in pieces):  # one letter for "r" and "l"
        spoken, key = [k.replace("l", "r") for k in spoken], key.replace("l", "r")
    if any(k == key and (len(key) > _SHORTEST or len(p) <= len(label) + 1) for k, p in zip(spoken, pieces)) or any(
            a + b == key for a, b in zip(spoken, spoken[1:])):
        return True  # a three-sound key names the label only in a word about its length ("выключи" is no "Clock")
    return len(key) >= _INSIDE and any(key in sound_key(w) for w in runs if _UNSPACED.search(w))


def _pieces(word: str) -> list[str]:
    """A task word as heard: without a Korean particle written onto it, its katakana runs
    apart from the kana and characters around them, a Thai run cut into its syllables."""
    if _HAN.search(word) or _KATAKANA.search(word):
        return _KATAKANA.findall(word)
    if _SYLLABLE.search(word[1:]):
        return [p for p in _SYLLABLE.split(word) if p]
    return [_PARTICLE.sub("", word)]


def sounded(task: str, label: str) -> int:
    """How many Latin words of ``task`` sound like a word of ``label`` written in another script ("board" and
    "बोर्ड", "account" and "अकाउंट": Hinglish, Arabizi, romanised Thai on a screen in its own script). Two words too
    short alone count when no other word does and they are said together as two of the label's ("aage badho":
    "आगे बढ़ें", each word as its own); a verb's nasalised ending is no consonant ("बढ़ें", "badhen": "badho"). A
    capitalised word after the first is a name, heard as no word of the screen ("Kenta" is no "アカウント")."""
    if _latin(label):
        return 0
    shown = [w for w in _WORD.findall(label) if not _latin(w) and not _HAN.search(w)]
    said = [w for k, w in enumerate(_WORD.findall(task)) if _latin(w) and not (k and _NAME_CASE.fullmatch(w))]
    count = len({k for k in set().union(*map(_keys, said)) & set().union(*map(_keys, shown)) if len(k) >= _SHORTEST})
    if count:
        return count
    pairs = {(a, b) for x, y in _neighbours(label, latin=False) for a in _keys(x) for b in _keys(y) if a and b}
    heard = {(a, b) for x, y in _neighbours(task, latin=True) for a in _keys(x) for b in _keys(y) if a and b}
    return 2 if any(len(a + b) >= _SHORTEST for a, b in pairs & heard) else 0


_NAME_CASE = re.compile(r"[A-Z][a-z]+")  # a capitalised word after the first: a person's or place's name ("Kenta")


def _neighbours(text: str, latin: bool) -> list[tuple[str, str]]:
    """Pairs of words next to each other in one part of ``text`` (not across "|"): the Latin ones, or the others."""
    out = []
    for part in text.split("|"):
        said = [w for w in _WORD.findall(part) if _latin(w) == latin and not _HAN.search(w)]
        out += list(zip(said, said[1:]))
    return out


_NASALISED = re.compile(r"(?<=[\u093e-\u094c\u09be-\u09cc\u0a3e-\u0a4c])[\u0901\u0902\u0981\u0982\u0a02\u0a70]$"
                        r"|(?<=[aeiou])[nm]$")  # "-ें", "-en": a vowel said through the nose


def _keys(word: str) -> set[str]:
    """A word's sound key, and the key of its stem where it ends in a nasalised vowel ("बढ़ें", "badhen")."""
    plain = _NASALISED.sub("", word)
    return {sound_key(word), sound_key(plain)}
