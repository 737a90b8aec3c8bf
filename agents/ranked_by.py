"""A superlative by a count each row shows: "the chat with the most unread messages" (its "7 unread"), "the album
with the fewest photos" (its "3 photos"), "the folder with the highest number of files"; or by how often one name
comes back in the list ("call back whoever called me the most times": the caller with the most rows of a call log).

The count a row shows is the number written right before one of the words of the thing counted ("7 unread",
"24 photos") or right after it with a colon ("Unread: 7"). Plain English task grammar; the rows' words are matched
as they are shown, in any language the task is said in.
"""

from __future__ import annotations

import re

from .text import words

# Words after "the most" that make another superlative ("the most expensive") or no count ("the most times").
_NOT_COUNTED = r"(?:expensive|recent|recently|distant|popular|important|common|rated|reviewed|likely|of|time|times|often)"
_STOP = r"(?:than|in|on|of|at|to|from|and|or|that|which|who|is|are|has|have|it|them)"
_NOUN = rf"(?P<noun>(?!{_NOT_COUNTED}\b)[a-z][\w-]*(?:\s+(?!{_STOP}\b)[a-z][\w-]*)?)"
MOST_OF = re.compile(rf"(?:(?<!\bat\s)\bthe|\bwith|\bw/)\s+(?:most\s+|highest\s+(?:number\s+of\s+)?|(?:largest|biggest|greatest)\s+"
                     rf"number\s+of\s+){_NOUN}", re.I)
# "has piled up way more unread messages than the rest": the most, said as a comparison with all the others
MORE_THAN_ALL = re.compile(rf"\bmore\s+{_NOUN}\s+than\s+(?:the\s+)?(?:rest|others?|any\s+other|all\s+the\s+others?)\b", re.I)
FEWEST_OF = re.compile(rf"(?:(?<!\bat\s)\bthe|\bwith|\bw/)\s+(?:fewest\s+|least\s+|lowest\s+(?:number\s+of\s+)?|smallest\s+number\s+of\s+)"
                       rf"{_NOUN}", re.I)
# "whoever called me the most times", "the most frequent caller", "who texted me most often", "again and again"
FREQUENT = re.compile(r"\b(?:the\s+)?most\s+(?:times|often)\b|\bmost\s+frequent(?:ly)?\b|\bagain\s+and\s+again\b"
                      r"|\bover\s+and\s+over\b|\brepeatedly\b", re.I)
_LOGS = frozenset(words("recent recents history log logs activity", stopwords=frozenset()))
_PARTS = re.compile(r"\s[|·•]\s|,\s")
_SHOWN = re.compile(r"(?<![\d.,:])(\d+)\s+([^\W\d]+)|([^\W\d]+)\s*:\s*(\d+)(?![\d.,:])")


def counted_noun(task: str) -> tuple[set[str], bool] | None:
    """The words of the thing a "most / fewest" superlative counts and whether the largest count wins."""
    for pattern, largest in ((MOST_OF, True), (MORE_THAN_ALL, True), (FEWEST_OF, False)):
        m = pattern.search(task)
        if m:
            return words(m["noun"], stopwords=frozenset()) - {"count", "number"}, largest
    return None


def count_of(task: str, label: str) -> float | None:
    """The count a row shows of the task's counted thing: "7 unread", "24 photos", "Unread: 7"; None when none."""
    asked = counted_noun(task)
    if not asked or not asked[0]:
        return None
    for m in _SHOWN.finditer(label):
        number, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if words(word, stopwords=frozenset()) & asked[0]:
            return float(number)
    return None


def how_often(rows: dict[int, str]) -> dict[int, float]:
    """Each row's count of rows titled as it is (its first part: "Ana Ruiz" of "Ana Ruiz | Missed · 09:10")."""
    titles = {i: _PARTS.split(label.strip(), maxsplit=1)[0].strip().casefold() for i, label in rows.items()}
    titled = {i: t for i, t in titles.items() if t and _PARTS.search(rows[i])}  # a row of parts, not a button
    counts = {i: float(sum(1 for other in titled.values() if other == t)) for i, t in titled.items()}
    return counts if max(counts.values(), default=0.0) >= 2 else {}  # no name comes back: no log of repeats here


def history_tabs(screen_labels: dict[int, str], selected: set[int]) -> list[int]:
    """For "how often": the tabs or menu items that open a log of past events ("Recents", "History", "Activity")."""
    return [i for i, label in screen_labels.items() if i not in selected and words(label, stopwords=frozenset()) & _LOGS
            and len(label.split()) <= 3]
