"""A name said by its initials ("SBI", "RATP", "ADAC") where the screen writes it in full ("State Bank of India", "Régie
Autonome des Transports Parisiens"): the run of capitalised words whose initials spell the task's all-capitals word, one
letter a word, the small words of names between them passed over ("of", "des", "für", "und"). Used only where the
initials themselves are not on the screen.
"""

from __future__ import annotations

import re

_INITIALS = re.compile(r"[A-ZÀ-ÞА-ЯЁΑ-Ω]{2,6}")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# The small words that names keep lower-case between their capitalised words, in the languages written in these scripts
_SMALL = frozenset("of and the for de du des la le les et di del della da do dos das e y für und der die des van von voor en "
                   "och og i w z na и для".split())


def spelled(key: str, texts: list[str]) -> str | None:
    """The words of ``texts`` whose initials spell ``key`` (an all-capitals word of two to six letters), else None."""
    if not _INITIALS.fullmatch(key):
        return None
    for text in texts:
        found = list(_WORD.finditer(text))
        for i, first in enumerate(found):
            if first.group(0)[0] != key[0] or not first.group(0)[0].isupper():
                continue
            letters, last = "", first
            for word in found[i:]:
                gap = text[last.end():word.start()] if word is not first else ""
                if gap.strip() or (letters and word.group(0).isupper() and len(word.group(0)) > 1):
                    break  # a mark between the words ends the name, and so does an acronym of its own
                if word.group(0)[0].isupper():
                    letters += word.group(0)[0]
                elif word.group(0).casefold() not in _SMALL:
                    break
                last = word
                if letters == key:
                    return text[first.start():word.end()]
                if not key.startswith(letters):
                    break
    return None
