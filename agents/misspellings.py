"""Task words typed with a slip, put right: "adress", "calender", "favroites", "mesages" -> address, calendar,
favourites, messages.

Only words a task's parsers key on (what a phone keeps, the fields of its items, its verbs and days) are put
right, and only a slip one edit away that no other English word is: a letter doubled or dropped beside its twin
("adress", "messsage"), two neighbours swapped ("favroite"), and in a long word one letter typed for another
("calender"). A word that is itself in the list, or differs only by a final "s", is left as it is. Quoted text is
held aside before this runs. General English spelling only.
"""

from __future__ import annotations

import re
from functools import cache

_WORDS = frozenset("""address addresses calendar calendars message messages contact contacts favourite favourites
favorite favorites location birthday password passwords settings setting bookmark bookmarks brightness bluetooth
notification notifications schedule reminder reminders recipe recipes restaurant restaurants tomorrow yesterday
wednesday thursday saturday february appointment appointments delete remove rename archive forward download
downloads document documents picture pictures photo photos gallery playlist playlists album albums alarm alarms
folder folders recording recordings network wireless hotspot airplane subject attachment conversation
conversations cheapest nearest closest highest lowest rating reviews review directions navigate unread""".split())


def respelled(text: str) -> str:
    """``text`` with the slips above put right (see the module docstring); other words as they are."""
    return re.sub(r"(?<![\w.@/'\-])[A-Za-z]{5,}(?![\w.@/'\-])", lambda m: _right(m.group(0)), text)


def _right(word: str) -> str:
    folded = word.casefold()
    if folded in _WORDS:
        return word
    found = _fixes().get(folded)
    if not found or not (word.islower() or word[1:].islower()):
        return word  # "ADRESS" or "AdRess": no slip of ours
    return found if word.islower() else found.capitalize()


@cache
def _fixes() -> dict[str, str]:
    """Every slip one edit away from a word of the list, to that word (a slip two words share is left out)."""
    slips: dict[str, set[str]] = {}
    for right in _WORDS:
        for slip in _slips(right):
            if slip not in _WORDS and slip.rstrip("s") != right.rstrip("s"):
                slips.setdefault(slip, set()).add(right)
    return {slip: next(iter(rights)) for slip, rights in slips.items() if len(rights) == 1}


def _slips(word: str) -> set[str]:
    found = set()
    for i, letter in enumerate(word):
        if i and word[i - 1] == letter:
            found.add(word[:i] + word[i + 1:])  # "adress": a double letter typed once
        found.add(word[:i] + letter + word[i:])  # "messsage": a letter typed twice
        if i + 1 < len(word) and word[i + 1] != letter:
            found.add(word[:i] + word[i + 1] + letter + word[i + 2:])  # "favroite": neighbours swapped
        if len(word) >= 8 and letter in "aeiou":
            found.update(word[:i] + vowel + word[i + 1:] for vowel in "aeiou" if vowel != letter)  # "calender"
    found.discard(word)
    return found
