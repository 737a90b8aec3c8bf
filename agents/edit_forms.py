"""Reaching an existing item's edit form and the field a new value needs, by Android conventions.

A task that puts a new value on an item that exists ("add bo@li.org to Bo Li's contact", "move the Gym
alarm to 7:15") types it into the item's edit form. On the item's own page no field shows yet: the form
is behind an "Edit" button (a pencil whose description is "Edit", "Modifier", "編集"), else behind the
overflow menu. In the form, a field the value needs may not show until its "Add email" / "Add phone"
row, or a generic "Add field" / "More fields", is pressed. Material / Android conventions and plain
English task grammar only, never an app's words.
"""

from __future__ import annotations

import re
from typing import Any

from .answers import asked
from .fields import OBJECT_KINDS, submitted, typed
from .goal import parse_goal
from .lookup import search_field
from .menus import OVERFLOW_LABELS
from .perceptor import Screen
from .text import normalize, words
from .values import task_values

# An edit button's first word in the languages phones ship (a pencil's content description).
_EDIT = frozenset(words("edit modify change bearbeiten ändern modifier éditer editar modifica modificar redigeren bewerken "
                        "edytuj upravit redigera rediger muokkaa düzenle ubah sửa แก้ไข تعديل संपादित редактировать изменить "
                        "редагувати 編集 편집 编辑 編輯", stopwords=frozenset()))
# The words of the field each kind of new value needs, as an "Add ..." row names it.
_FIELD_WORDS = {kind: frozenset(words(names, stopwords=frozenset())) for kind, names in {
    "email": "email e-mail mail", "phone": "phone number mobile telephone tel cell", "address": "address street location",
    "date": "date birthday day anniversary", "time": "time", "url": "website url site link", "title": "title label name",
    "message": "note notes description text",
}.items()}
_OWN_FIELDS = frozenset({"email", "phone", "address", "date", "url"})  # values a form keeps in a field of their own
_ADD = frozenset(words("add new insert plus +", stopwords=frozenset()))
_MORE_FIELDS = frozenset(normalize(s) for s in ("add field", "add fields", "add more", "more fields", "add another field",
                                                "show more fields", "add information", "add info", "more", "show more"))
_ADDING = frozenset(words("add put save give attach insert include store", stopwords=frozenset()))
_SAVE = frozenset(words("save done ok apply update confirm", stopwords=frozenset()))
_MAILING = frozenset(words("email mail e-mail", stopwords=frozenset()))
_SENDS = frozenset(words("email mail text message send sms call", stopwords=frozenset()))
_AN_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EDIT_BOOST = 2.5
SAVED_PENALTY = 2.0
ADD_FIELD_BOOST = 2.0


def adjust(out: list[Any], task: str, screen: Screen, objects: list[str], history: list[dict[str, Any]]) -> None:
    """Rescore ``out`` (the ranker's candidates, in place): the Edit button (else the overflow) on an item's page
    when a new value waits and no form shows; in a form, the "Add <field>" row of a value no field takes."""
    goal = parse_goal(task)
    saved = [normalize(t) for t in submitted(task_values(task), history, _SAVE)] if not screen.editable else []
    for candidate in out:  # the value just saved, shown on the item's page: the result, not a row to open
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "tap" and any(t in normalize(screen.labels.get(element, "")) for t in saved):
            candidate.score -= SAVED_PENALTY
    pending = [v for v in task_values(task) if v.kind not in OBJECT_KINDS and v.kind in _FIELD_WORDS and not typed(v, history)]
    if goal.creating or not pending or not objects or asked(task) is not None:
        return
    forms = [i for i in screen.editable if not search_field(screen, i)]
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    if not forms and _messaged_here(task, goal.verbs, screen):  # the values are the message, not new fields
        for candidate in taps:  # "Email Bo Li" on Bo Li's card: their address (a mailto: row) opens the mail to them
            if (goal.verbs | goal.words) & _MAILING and _AN_ADDRESS.search(screen.labels.get(candidate.action["element"], "")):
                candidate.score += EDIT_BOOST
        return
    if not forms:
        listed = any(normalize(o) in normalize(screen.labels.get(c.action["element"], "")) for c in taps for o in objects)
        shown = any(normalize(o) in normalize(line) for line in screen.lines for o in objects)
        if listed or not (shown or _pressed_overflow(history[-1:])):
            return  # a list of items (open the named one first), or neither the item's page nor its menu
        edits = [c for c in taps if _is_edit(screen.labels.get(c.action["element"], ""))]
        for candidate in edits:
            candidate.score += EDIT_BOOST
        if not edits and not _pressed_overflow(history):
            for candidate in taps:
                if normalize(screen.labels.get(candidate.action["element"], "")) in OVERFLOW_LABELS:
                    candidate.score += EDIT_BOOST - 1.0
        return
    if not goal.verbs & _ADDING:
        return  # a changed value goes where the old one is ("change Bo's number to ..."), no new field
    field_words = set().union(*(words(f"{screen.labels.get(i, '')} {screen.editable.get(i, '')} "
                                      f"{screen.context.get(i, '')}") for i in forms))
    missing = [v for v in pending if v.kind in _OWN_FIELDS and not _FIELD_WORDS[v.kind] & field_words]
    for candidate in taps:
        label = screen.labels.get(candidate.action["element"], "")
        own = words(label, stopwords=frozenset())
        if own & _ADD and any(own & _FIELD_WORDS[v.kind] for v in missing):
            candidate.score += ADD_FIELD_BOOST  # "Add email" for the address to add
        elif missing and normalize(label) in _MORE_FIELDS:
            candidate.score += ADD_FIELD_BOOST - 0.5  # "Add field": the list of fields it offers
    texts = {v.text for v in missing}
    for candidate in out:  # a field holding another value (the name, the number) is not the one the new value needs
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "type" and candidate.action.get("text") in texts and screen.editable.get(element):
            candidate.score -= 1.0


def _messaged_here(task: str, verbs: set[str], screen: Screen) -> bool:
    """Is this the page of the person a sending task writes to (their name shown, no value to add to it)?"""
    recipients = [normalize(v.text) for v in task_values(task) if v.kind == "recipient"]
    return bool(verbs & _SENDS and not verbs & _ADDING and recipients) and any(
        r == normalize(line) for line in screen.lines for r in recipients)


def _is_edit(label: str) -> bool:
    """"Edit", "Edit contact", "編集": a short label that starts with an edit verb."""
    said = normalize(label).split()
    return 0 < len(said) <= 3 and bool(words(said[0], stopwords=frozenset()) & _EDIT)


def _pressed_overflow(history: list[dict[str, Any]]) -> bool:
    """Was an overflow menu opened in the last few actions (and its items had no Edit)?"""
    pressed = [normalize(h.get("line", "").split("] ", 1)[-1].split(" (in:")[0]) for h in history[-3:] if h.get("kind") == "tap"]
    return any(p in OVERFLOW_LABELS for p in pressed)
