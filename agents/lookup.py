"""Looking a named thing up: the person, chat or mail a task names, when it is not on screen.

Contacts, chat lists and mail boxes show a screenful of rows; the one a task names ("Unstar Ana
Ruiz", "Post ... in the group Road trip") is usually further down. Real apps put a search field
on top of such lists ("Search contacts", "Search", "Suche"), and typing the name is the shortest
way to its row. The name is taken from the task: a run of capitalised words or a quoted title.
It is typed once; a search that then shows nothing lets the caller give up honestly.
"""

from __future__ import annotations

import re
from typing import Any

from .goal import first_word
from .perceptor import Screen
from .search_shape import says_search, shaped_search
from .text import normalize, words

SCORE = 3.5  # above a row sharing a word with the task, below a row naming the thing itself
_FIELD_WIDGET = re.compile(r"\b(?:edit ?text|text ?field|text ?view|src|bar|box|input|view|plate)\b", re.I)


def search_id(screen: Screen, element_id: int) -> str:
    """The element's resource id as words, a search run into another word split off ("searchbar_textfield",
    "expandSearch": "search bar textfield", "expand search")."""
    rid = screen.locators.get(element_id, {}).get("resource_id", "").rsplit("/", 1)[-1]
    return re.sub(r"(?i)search", " search ", rid).replace("_", " ").replace("-", " ")


def search_field(screen: Screen, element_id: int) -> bool:
    """Is this editable element a search field (by its label, hint, id words or row)?"""
    if element_id not in screen.editable:
        return False
    rid = search_id(screen, element_id)
    text = f"{screen.labels.get(element_id, '')} {screen.editable.get(element_id, '')} {screen.context.get(element_id, '')} {rid}"
    return says_search(_FIELD_WIDGET.sub(" ", text)) or shaped_search(screen, element_id)  # no word says search: the page's shape does


def search_candidates(screen: Screen, objects: list[str], typed_texts: set[str], visible: bool,
                      history: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, float]]:
    """Type the first thing the task names into the screen's search field when no row shows it
    (the values the caller already offers for typing are left to it)."""
    if visible or not objects:
        return []
    searched = {_typed_text(h) for h in history if h.get("kind") == "type" and h.get("outcome") == "success"}
    name = next((o for o in objects if o.strip() and normalize(o) not in typed_texts
                 and normalize(o) not in searched), None)
    if name is None:
        return _list_views(screen)
    out = []
    for element_id in screen.editable:
        if not search_field(screen, element_id) or normalize(screen.editable.get(element_id, "")) == normalize(name):
            continue
        label = screen.labels.get(element_id, "")
        out.append(({"kind": "type", "element": element_id, "text": name},
                    f'type "{name}" into [{element_id}] {label}', SCORE))
    return out or _list_views(screen)


# A view's tab that lists every item at once (a calendar's agenda, a list view), where no search is.
LIST_VIEWS = frozenset(normalize(s) for s in ("agenda", "schedule", "list", "list view", "all", "all items", "show all"))
_LIST_VIEW_SCORE = 1.5  # above a "New ..." button that shares a word with the task


def _list_views(screen: Screen) -> list[tuple[dict[str, Any], str, float]]:
    """The tab that lists everything, when the screen has no search field and the named row is not shown."""
    if any(search_field(screen, i) for i in screen.editable):
        return []
    selected = {int(m.group(1)) for line in screen.lines if (m := re.match(r"\[(\d+)\].*\(.*selected.*\)$", line))}
    return [({"kind": "tap", "element": i}, f"tap [{i}] {screen.labels.get(i, '')}", _LIST_VIEW_SCORE)
            for i in screen.actionable if i not in selected and normalize(screen.labels.get(i, "")) in LIST_VIEWS]


def _typed_text(entry: dict[str, Any]) -> str:
    line = entry.get("line", "")  # 'type [13] "search" "Ana Ruiz"': the text typed is quoted last
    return normalize(line.rsplit('"', 2)[-2]) if line.count('"') >= 2 else ""


def members_left(screen: Screen, names: list[str], history: list[dict[str, Any]], creating: bool,
                 started: bool = False) -> list[str]:
    """The people still to pick while a new group, event or chat is being made ("... with Ana Ruiz
    and Bo Li"): a form is open (a field that is no search field), or a "New ..." button was pressed
    in this app (a picker), and no tap on their row yet."""
    if not creating or not names or not (started or any(not search_field(screen, i) for i in screen.editable)):
        return []
    tapped = " ".join(normalize(h.get("line", "")) for h in history if h.get("kind") == "tap"
                      and h.get("outcome") == "success")
    return [n for n in names if normalize(n) not in tapped]


def member_candidates(screen: Screen, left: list[str], history: list[dict[str, Any]]
                      ) -> tuple[list[tuple[dict[str, Any], str, float]], dict[int, float]]:
    """Pick the members still left: tap a row naming one (a bonus per element id), else type the
    first into the form's search field (once)."""
    if not left:
        return [], {}
    rows = {i: 3.0 for i in screen.actionable if i not in screen.editable and any(
        normalize(n) in normalize(screen.labels.get(i, "")) for n in left)}
    if rows:
        return [], rows
    searched = {_typed_text(h) for h in history[-4:] if h.get("kind") == "type"}
    name = next((n for n in left if normalize(n) not in searched), None)
    out = [({"kind": "type", "element": i, "text": name}, f'type "{name}" into [{i}] {screen.labels.get(i, "")}',
            SCORE + 2.5) for i in screen.editable if name and search_field(screen, i)]
    return out, {}


_MADE = re.compile(r"\b(?:create|make|start|set up|add|new|compose|write|draft)\b\s+(?:a\s+|an\s+|new\s+|my\s+)*"
                   r"((?:[\w-]+\s+){0,2}?)([a-z]+)\b(?=\s*(?:called|named|titled|with|for|on|in|at|to|:|[\"“]|$))", re.I)


def object_nouns(task: str) -> tuple[set[str], set[str]]:
    """The noun of the thing a task makes and the words before it ("Set up a group chat named X" ->
    ({"chat"}, {"group"}): a "group chat" is a group; "Create a Signal group" -> ({"group"}, {"signal"}))."""
    heads, modifiers = set(), set()
    for m in _MADE.finditer(task):
        heads |= words(m.group(2))
        modifiers |= words(m.group(1))
    return heads, modifiers


def new_buttons(screen: Screen, task: str, create: frozenset[str]) -> dict[int, float]:
    """The buttons that make the kind of thing the task makes ("New group" for "create a group ..."),
    and how well: the modifier of a compound says the kind best ("New group" for "a group chat")."""
    heads, modifiers = object_nouns(task)
    out = {}
    for i in screen.actionable:
        own = words(screen.labels.get(i, "")) - create
        if i in screen.editable or first_word(screen.labels.get(i, "")) not in create or not own & (heads | modifiers):
            continue
        out[i] = 3.5 if own & modifiers else 3.0
    return out
