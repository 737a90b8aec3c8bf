"""A destination said by its case ending, in languages that put "to" at the end of the name.

Estonian "Kalamajasse", Finnish "Kamppiin" / "Tikkurilaan" / "Itäkeskukseen" / "Espoolle", Hungarian "Budapestre" /
"Debrecenbe" / "Nyugatihoz", Turkish "Kadıköy'e": a capitalised name (one to four words; the task's first word only
with an apostrophe ending) whose last word ends in the case for where to go is the destination, typed with the ending
cut off ("Kalamaja", "Budapest", "Kadıköy"), a part of the task as said. The cases for where from ("Kalamajast",
"Budapestről", "Kadıköy'den"), a name with no ending, and names that end so by themselves ("Ankara", "Singapore":
the Hungarian two-letter endings follow a consonant) name no destination. The field it goes in: agents/entry_points.py.
"""

from __future__ import annotations

import re

_CAP = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])[\w'’\-]*"
# Endings for "into / onto / to" (longest first), each after at least three letters of the name.
_ENDINGS = ("sse", "lle", "seen", "hin", "aan", "ään", "een", "iin", "oon", "öön", "uun", "yyn",  # Estonian, Finnish
            "ba", "be", "ra", "re", "hoz", "hez", "höz",  # Hungarian
            "'ya", "'ye", "'a", "'e", "’ya", "’ye", "’a", "’e")  # Turkish (a name's ending after an apostrophe)
_RUN = re.compile(rf"(?<!\S)(?P<v>(?:{_CAP}\s+){{0,3}}{_CAP})(?![\w'’\-])")
_VOWELS = "aeiouyáéíóöőúüűäõ"


def destination(task: str) -> str | None:
    """The place ``task`` names by a case ending of direction, without the ending ("Tikkurilaan" -> "Tikkurila")."""
    for m in _RUN.finditer(task.strip()):
        name = m["v"]
        last = name.split()[-1]
        ending = next((e for e in sorted(_ENDINGS, key=len, reverse=True) if last.endswith(e)), None)
        stem = last[:-len(ending)] if ending else ""
        if ending is None or len(stem) < 3 or not (ending[0] in "'’" or stem.isalpha() and m.start()):
            continue  # the task's first word is its verb, unless a name's apostrophe ending says otherwise
        if len(ending) == 2 and ending[0] not in "'’" and stem[-1].casefold() in _VOWELS:
            continue  # Hungarian "-ra"/"-be" follow a consonant here: "Ankara", "Singapore" are names as they are
        if ending in ("aan", "ään", "een", "iin", "oon", "öön", "uun", "yyn"):
            stem = last[:-2]  # Finnish: the vowel doubled, then "n" ("Kamppiin" -> "Kamppi")
        return name[:len(name) - len(last)] + stem
    return None
