"""A search field told by its shape when nothing on it says search (Compose, Flutter and web views dump no ids).

A search page puts one text field at the top ("What do you want to listen to?", "Mau makan apa hari ini?")
and says search elsewhere: a magnifier or the keyboard's search key named so, or a list of recent searches
below it ("Recent searches", "Pencarian terakhir", "검색 기록"). Such a field is a search field when:

- it is the screen's only text field, and its top lies in the upper quarter of the screen;
- its own name names no form field (a message, title, e-mail, phone, address or amount field); the
  perceptor's "text field", given a field that says nothing, names none;
- another element or text line of the screen holds a search word in any language (lookup.SEARCH_WORDS).
"""

from __future__ import annotations

from .perceptor import Screen
from .text import words
from .values import FIELDS

_UPPER = 0.25  # of the screen's height
UNNAMED = "text field"  # agents/perceptor.py's name for a field with no words of its own
_FORM_FIELDS = frozenset().union(*(FIELDS[k] for k in ("email", "phone", "title", "message", "amount", "address",
                                                     "duration"))) - {"search", "type", "to", "at", "when", "go"}


def shaped_search(screen: Screen, element_id: int, search_words: frozenset[str]) -> bool:
    """Is this text field, which names no search, the search field of a search page (see the module docstring)?"""
    if list(screen.editable) != [element_id] or element_id not in screen.bounds:
        return False
    height = max((b[3] for b in screen.bounds.values()), default=0)
    if not height or screen.bounds[element_id][1] > _UPPER * height:
        return False
    name = screen.labels.get(element_id, "")
    name = "" if name == UNNAMED else name  # the perceptor's name for a field that says nothing names no form field
    if words(f"{name} {screen.editable.get(element_id, '')}") & _FORM_FIELDS:
        return False
    own = f"[{element_id}]"
    return any(_says(screen.labels.get(i, ""), search_words) for i in screen.actionable if i != element_id) or any(
        line.startswith("    ") and _says(line, search_words) for line in screen.lines if not line.startswith(own))


def _says(text: str, search_words: frozenset[str]) -> bool:
    """A search word, or one inflected ("Recent searches": "searche")."""
    return any(k in search_words or any(k.startswith(w) for w in search_words if len(w) >= 4) for k in words(text))
