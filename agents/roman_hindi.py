"""Hindi and Urdu verbs written in Latin letters, in every form a task says them.

The glossary's Roman Hindi words (agents/ui_concepts.toml, ``[said.hi_latn]``) are imperatives: "bhejo", "bhej
do", "chalao", "band karo". People say the same verb in its other forms: "ammi ko 2000 bhejne hain" (have to send),
"gaana chalana hai", "light band kar dijiye", "paise bhejwa do", "kal bhejenge". Each of those is the glossary's
verb: its stem (the imperative without its "-o", or the verb before its "do") followed by one of the endings Hindi
and Urdu glue onto a verb (infinitive, obligation, polite imperative, subjunctive, future, participle, the
causative "-wa"), then optionally by the helping verb "de-" (to give: "do", "dena", "dijiye", "diya").

Read only in a sentence that is Roman Hindi or Urdu (one of its function words: postpositions, the copula, the
common pronouns, helping verbs), and never in a form that is an everyday English word: a code-switched "banana bread
recipe ko save karo" names a banana, not the verb "bana" ("make").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# The endings of a Hindi/Urdu verb after its stem, in Latin letters (several spellings each): infinitive and its
# oblique and feminine ("-na", "-ne", "-ni"), the imperatives ("-o", "-iye"/"-ie"/"-iyega", "-en"/"-ein"), the
# subjunctive ("-e", "-un"), the future ("-ega", "-egi", "-enge", "-engi", "-oge", "-ogi", "-unga", "-ungi"), the
# participles ("-ta", "-ti", "-te", "-a", "-i", "-ya", "-yi", "-ye") and the conjunctive ("-kar", "-ke").
_ENDINGS = ("o", "na", "ne", "ni", "iye", "ie", "iyega", "iyegi", "ijiye", "en", "ein", "e", "un", "oon",
            "ega", "egi", "enge", "engi", "oge", "ogi", "unga", "ungi", "oonga", "oongi", "ta", "ti", "te", "a", "i",
            "ya", "yi", "ye", "kar", "ke")
_CAUSATIVE = ("wa", "va")  # "bhejwa do": have it sent
# The helping verb "de-" (give) after the main verb: "bhej do", "bhej dena", "bhej dijiye", "bhej diya".
_GIVE = ("do", "de", "dena", "dene", "deni", "dijiye", "dijie", "dijiyega", "diya", "di", "diye", "denge", "dega",
         "degi", "dein", "den", "doge")
# Function words of Hindi and Urdu in Latin letters: postpositions, the copula, pronouns, particles, helping verbs.
# (English homographs left out: "the", "is", "us", "me", "main", "par".)
_FUNCTION = frozenset("ko ka ki ke se mein mein pe tak hai hain hoon hun tha thi ye yeh wo woh isko usko mujhe mere "
                      "mera meri apna apni apne hamara tum aap kya kyun nahi nahin mat bhi zara jaldi abhi wala wali "
                      "wale karo karna karne kijiye karein dijiye chahiye".split())  # and the forms of "do", "give", "need"
_WORD = re.compile(r"[a-z]+")


def is_roman_hindi(text: str) -> bool:
    """Whether ``text`` (lower case) says a function word of Roman Hindi/Urdu."""
    return len([w for w in _WORD.findall(text) if w in _FUNCTION]) >= 1


@cache
def _stems(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(the stem, the glossary phrase) of each imperative phrase: "bhejo" -> "bhej", "bhej do" -> "bhej",
    "band karo" -> "band kar", "chala do" -> "chala"; stems of four letters or more."""
    out = []
    for phrase in phrases:
        head, _, last = phrase.rpartition(" ")
        if last == "do" and head:
            stem = head
        elif phrase.endswith("o") and not phrase.endswith("oo"):
            stem = phrase[:-1]
        else:
            continue
        if len(stem.replace(" ", "")) >= 4:
            out.append((stem, phrase))
    return tuple(out)


@cache
def _pattern(stem: str) -> re.Pattern[str]:
    causative = "|".join(_CAUSATIVE)
    endings = "|".join(sorted(set(_ENDINGS), key=len, reverse=True))
    give = "|".join(sorted(_GIVE, key=len, reverse=True))
    return re.compile(rf"\b{re.escape(stem)}(?:{causative})?(?:{endings})?\b(?:\s+(?:{give})\b)?")


def canonical(text: str, phrases: Iterable[str]) -> str:
    """The glossary phrases (of ``phrases``, Roman Hindi imperatives) whose verb ``text`` says in any of its forms,
    joined by spaces; "" where the text is no Roman Hindi/Urdu."""
    if not is_roman_hindi(text):
        return ""
    found = [phrase for stem, phrase in _stems(tuple(sorted(phrases)))
             if any(not _english(m.group().split()[len(stem.split()) - 1]) for m in _pattern(stem).finditer(text))]
    return " ".join(dict.fromkeys(found))


_ENGLISH = 3.5  # Zipf frequency (wordfreq) from which a form is an everyday English word: "banana" is no "bana-na"


def _english(word: str) -> bool:
    """Whether a verb form is also a common English word ("banana"), read as English in a code-switched task."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 (its lists load only when a Roman Hindi verb is met)
    return zipf_frequency(word, "en") >= _ENGLISH
