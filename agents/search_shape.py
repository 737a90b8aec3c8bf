"""A search field told by its shape when nothing on it says search (Compose, Flutter and web views dump no ids).

A search page puts one text field at the top ("What do you want to listen to?", "Mau makan apa hari ini?")
and says search elsewhere: a magnifier or the keyboard's search key named so, or a list of recent searches
below it ("Recent searches", "Pencarian terakhir", "검색 기록"). Such a field is a search field when:

- it is the screen's only text field, and its top lies in the upper quarter of the screen;
- its own name names no form field (a message, title, e-mail, phone, address or amount field), unless it offers
  kinds to look for, one no form field's ("Restaurant name or a dish..."); the
  perceptor's "text field", given a field that says nothing, names none;
- another element or text line of the screen holds a search word in any language (:func:`says_search`).
"""

from __future__ import annotations

from . import ui_glossary
from .perceptor import Screen
from .text import words
from .values import FIELDS

# Search fields' names in the languages phones ship (label, hint or id words).
SEARCH_WORDS = frozenset(words("search find query suche suchen durchsuchen rechercher recherche buscar búsqueda pesquisar cerca "
                               "zoeken szukaj hledat sök søg søk haku hae ara поиск найти 搜索 검색 検索 بحث खोज cari pencarian "
                               "tìm αναζήτηση חיפוש ค้นหา جستجو",
                               stopwords=frozenset()))


def says_search(text: str) -> bool:
    """Does a label or hint say search, in any language the glossary of common controls holds
    (agents/ui_concepts.toml: "Голосовий пошук", "Pretraga", "Keresés") or the short list above?"""
    return bool(words(text, stopwords=frozenset()) & SEARCH_WORDS) or "search" in ui_glossary.concepts(text)


_UPPER = 0.25  # of the screen's height
UNNAMED = "text field"  # agents/perceptor.py's name for a field with no words of its own
_FORM_FIELDS = frozenset().union(*(FIELDS[k] for k in ("email", "phone", "title", "message", "amount", "address",
                                                     "duration"))) - {"search", "type", "to", "at", "when", "go"}


def shaped_search(screen: Screen, element_id: int) -> bool:
    """Is this text field, which names no search, the search field of a search page (see the module docstring)?"""
    if list(screen.editable) != [element_id] or element_id not in screen.bounds:
        return False
    height = max((b[3] for b in screen.bounds.values()), default=0)
    if not height or screen.bounds[element_id][1] > _UPPER * height:
        return False
    name = screen.labels.get(element_id, "")
    name = "" if name == UNNAMED else name  # the perceptor's name for a field that says nothing names no form field
    said = f"{name} {screen.editable.get(element_id, '')}"
    if words(said) & _FORM_FIELDS and not _offers_kinds(said):
        return False
    own = f"[{element_id}]"
    return any(_says(screen.labels.get(i, "")) for i in screen.actionable if i != element_id) or any(
        line.startswith("    ") and _says(line) for line in screen.lines if not line.startswith(own))


# "or" in the languages phones ship; words that are also an article or a preposition elsewhere (Dutch "of", the "o"
# of Spanish and Portuguese, Turkish "ya da") are left out. Unspaced scripts write it inside a run.
_OR = frozenset(words("or ou oder lub albo nebo alebo ili или або veya atau hoặc vagy eller tai sau ή או أو یا या অথবা "
                      "அல்லது", stopwords=frozenset()))
_ASKING = frozenset(words("enter type input add write here your optional", stopwords=frozenset()))  # how a hint asks
_OR_UNSPACED = ("或者", "或", "또는", "または", "หรือ")


def _offers_kinds(text: str) -> bool:
    """A hint that offers kinds to look for ("Restaurant name or a dish...", "Song, artist or album"): a form
    field's word ("name", "title") among alternatives, one of which is no form field's word, names what is looked
    for, not the one value a form takes ("Email or phone" stays a form field)."""
    said = words(text, stopwords=frozenset())
    if not (said & _OR or any(o in text for o in _OR_UNSPACED)):
        return False
    return bool(words(text) - _FORM_FIELDS - _OR - _ASKING)


def _says(text: str) -> bool:
    """A search word, or one inflected ("Recent searches": "searche")."""
    return says_search(text) or any(any(k.startswith(w) for w in SEARCH_WORDS if len(w) >= 4) for k in words(text))
