"""A question that asks for the items of a collection ("which files have I starred?", "list my favourite photos",
"pinned notes?") is answered with the names of every row on the page that collection names (its title), never by
acting on a row.

The page is the one whose title says the collection ("Favourites", "Starred", "Pinned"), beyond the kind of item
asked for and the app's name (a "Files" home page lists folders, not the files asked for). A row's name is its
label up to the first " | " or ", " (the details after it are no name). Marks that mean one thing (starred,
favourite, hearted, liked) are one collection. Plain English question grammar and list conventions only.
"""

from __future__ import annotations

import re

from . import counting
from .perceptor import Screen
from .text import words

# "which files have I ...", "which ones", "what are they", "list my ...", a terse "starred files?"
_LIST_ASKED = re.compile(r"\bwhich\s+(?:of\s+my\s+)?(?:[a-z]+\s+)?(?:[a-z]{2,}[a-hj-rtv-z]s|ones)\s+(?:have|had|did|are|were|do|is)\b"
                         r"|\bwhich ones\b|\bwhat are (?:they|those|these)\b|\blist\b"
                         r"|^\W*(?:my\s+)?[a-z]+\s+[a-z]{3,}s\s*\?\s*$", re.I)
_COUNT = re.compile(r"\bhow many\b|\bcount\b|\bnumber of\b", re.I)
_MARKED = frozenset({"starred", "star", "favorite", "favorites", "hearted", "heart", "liked", "like", "loved"})
_GENERIC = frozenset({"all", "list", "items", "my", "view", "page"})


def asks_list(task: str) -> bool:
    """The question asks for every item of a collection (not how many, not one of them)."""
    return bool(_LIST_ASKED.search(task)) and not _COUNT.search(task)


def answer(task: str, screen: Screen, app_words: set[str]) -> str | None:
    """The names of every row on the page the question's collection names, joined ("A and B"); None elsewhere."""
    if not asks_list(task):
        return None
    asked = _family(words(task))
    title = next((line.strip() for line in screen.lines if line.startswith("    ") and line.strip()), "")
    named = _family(words(title)) - _GENERIC - app_words - _item_kinds(task)
    if not named or not named <= asked:
        return None  # not the collection's page (a home page, another folder)
    names = [_name(screen.labels.get(i, "")) for i in counting.rows(screen)]
    names = [n for n in names if n]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _family(found: set[str]) -> set[str]:
    return {"favorite" if w in _MARKED else w for w in found}


def _item_kinds(task: str) -> set[str]:
    """The kind of item asked for ("files", "photos"): a page titled with it alone names no collection."""
    return _family(words(" ".join(re.findall(r"\b[a-z]{3,}s\b", task.lower())))) - {"favorite"}  # marks name a page


def _name(label: str) -> str:
    return re.split(r"\s[|·]\s|,\s", label, maxsplit=1)[0].strip()


__all__ = ["answer", "asks_list"]
