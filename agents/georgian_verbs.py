"""Georgian verb forms and the verbal nouns buttons show: one stem behind a preverb and the person's marks.

A Georgian button names an act by its verbal noun ("გადარიცხვა" transfer, "დაბლოკვა" blocking, "გაგზავნა"
sending), a task by a finite verb ("გადავურიცხო" let me transfer to him, "დამიბლოკე" block it for me,
"გამიგზავნე" send me). Both begin with the same preverb (გადა-, და-, გა-, ...); the verb then writes its
person's prefix (ვ- I, მ- me, გ- you, გვ- us) and a version vowel (ა ი უ ე) before the root, and each
ends its own way ("-ო", "-ე" / "-ვა", "-ება"). Word keys meet only when equal and a shared leading stem
stops at the preverb, so the two forms never met. Here they meet when the preverb is the same and, with
the verb's prefix and vowel set aside, the roots share a stem of three letters or more, the longer
ending after it three letters at most ("-ება").

The preverbs are the language's complete set but "ა-", a single letter that too many words begin with
that are no verb ("ანგარიში" account); the person prefixes and version vowels are all there are.
"""

from __future__ import annotations

import os
import re

_GEORGIAN = re.compile(r"^[\u10d0-\u10ff]+$")  # Mkhedruli, the script Georgian is written in
_PREVERBS = tuple(sorted("გადმო გადა ჩამო შემო გამო წამო ამო მიმო ჩა შე გა და წა მი მო".split(), key=len, reverse=True))
_PERSONS = ("გვ", "ვ", "მ", "გ")  # a finite verb's person before its root: us, I, me, you
_VERSIONS = "აიუე"  # the version vowel written before the root
_MIN_ROOT = 3
_ENDINGS_APART = 3  # the longer ending past the shared stem: a verb's "-ო", "-ე", "-ეთ"; a noun's "-ვა", "-ება", "-ობა"


def _preverb(word: str) -> str:
    return next((p for p in _PREVERBS if word.startswith(p) and len(word) - len(p) >= _MIN_ROOT), "")


def _roots(rest: str) -> set[str]:
    """What may follow the preverb as the root: the rest as written, without a person prefix, without a
    version vowel, and without both (a root may itself begin with one of these letters: "გზავნა")."""
    out = {rest}
    for person in ("", *_PERSONS):
        if not rest.startswith(person):
            continue
        after = rest[len(person):]
        out.add(after)
        if after[:1] and after[0] in _VERSIONS:
            out.add(after[1:])
    return {r for r in out if len(r) >= _MIN_ROOT}


def same_verb(task_word: str, label_word: str) -> bool:
    """Are two Georgian words a finite verb and a verbal noun (or two forms) of one verb with one preverb?"""
    if task_word == label_word or not (_GEORGIAN.match(task_word) and _GEORGIAN.match(label_word)):
        return False
    preverb = _preverb(task_word)
    if not preverb or _preverb(label_word) != preverb:
        return False
    for a in _roots(task_word[len(preverb):]):
        for b in _roots(label_word[len(preverb):]):
            common = len(os.path.commonprefix([a, b]))
            if common >= _MIN_ROOT and max(len(a), len(b)) - common <= _ENDINGS_APART:
                return True
    return False


__all__ = ["same_verb"]
