"""One field of an existing item cleared: "remove the email address from Bo Li's contact", "clear the label of
my 7:00 alarm", "delete Bo's phone number but keep the rest".

The item stays; only the field goes. So its Delete button is never the way: the item's edit form is opened (its
Edit / pencil), the field named is emptied (a real text field takes a whole new text: the empty one clears it),
and the form is saved. Plain English task grammar and Android form conventions only, never an app's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .perceptor import Screen
from .text import normalize, words

# The fields an item's form keeps, as a task names them, and the words of the form field that holds each.
_FIELDS = {
    "email": ("e-?mail(?: address)?", "email mail"),
    "phone": ("(?:phone|mobile|cell|telephone)(?: number)?|number", "phone mobile number telephone cell tel"),
    "address": ("(?:street |home |postal )?address", "address street"),
    "birthday": ("birthday|date of birth", "birthday birth"),
    "website": ("website|web address|url", "website url site"),
    "label": ("label|name tag", "label"),
    "location": ("location|venue|place", "location place where venue"),
    "description": ("description|notes", "description notes note details"),
    "nickname": ("nickname", "nickname"),
    "company": ("company|employer|organi[sz]ation", "company organization organisation work"),
}
_VERB = r"(?:remove|delete|clear|erase|wipe|drop|take\s+(?:off|out)|get\s+rid\s+of|blank(?:\s+out)?|empty)"
_OWNER = r"(?:(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*)*['’]s?|my|the|his|her|their|its)"
_POSSESSOR = r"(?:(?-i:[A-Z])[\w\-]*['’]s?|his|her|their|its)"
# "remove the email address from Bo's contact", "clear Bo Li's phone number", "delete the label of my 7:00 alarm"
_SAID = re.compile(rf"\b{_VERB}\s+(?:the\s+|{_OWNER}\s+)?(?P<f>{'|'.join(f'(?:{p})' for p, _ in _FIELDS.values())})"
                   rf"(?:\s+field)?(?P<rest>\s+(?:for|from|of|on|in|off)\s+[^.;!?]+)?", re.I)
# "clear Bo Li email" (terse), "delete it ... (the email from Bo in Contacts ...)": the field the pronoun stands for
_TERSE = re.compile(rf"^\s*{_VERB}\s+(?:(?-i:[A-Z])[\w'’\-]*\s+){{1,3}}(?P<f>e-?mail|phone|number|address|birthday|website)\b",
                    re.I)
_PRONOUN = re.compile(rf"^\s*{_VERB}\s+it\b.*\(\s*the\s+(?P<f>e-?mail(?: address)?|phone(?: number)?|address|"
                      r"birthday|website)\s+(?:from|of)\s+[A-Z][^()]*\b(?:in|on)\s+(?:my\s+)?contacts\b", re.I)
# An item (not a message) owns the field: its card, entry, event, alarm, or the contacts said.
_ITEM = re.compile(r"\b(?:contacts?|card|entry|profile|details|alarm|event|appointment|meeting|record)\b", re.I)
_KEEPING = re.compile(r"\b(?:keep(?:ing)?|leave|leaving|but not|the rest)\b", re.I)
_NAMES = re.compile(r"(?<![.!?(]\s)(?<!^)\b(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)*")
_APPS = frozenset({"contacts", "contact", "calendar", "clock", "notes", "i"})
_DELETE_WORDS = frozenset(words("delete remove trash discard erase", stopwords=frozenset()))
_SAVE = frozenset(words("save done ok apply update confirm", stopwords=frozenset()))
_EDIT = frozenset(words("edit modify change", stopwords=frozenset()))
CLEAR_SCORE = 6.0
SAVE_BOOST = 4.0
DELETE_PENALTY = 4.0


@dataclass(frozen=True)
class Cleared:
    """The field to empty (its kind) and the words a form field holding it is named by."""

    kind: str
    field_words: frozenset[str]


def cleared(task: str) -> Cleared | None:
    """The field a task asks to clear on an existing item, or None (deleting the item, or a mail, is no field)."""
    m = _PRONOUN.search(task) or _TERSE.search(task)
    if m is None:
        m = _SAID.search(task)
        if m is None:
            return None
        said_field = normalize(m.group("f"))
        rest = m.group("rest") or ""
        possessed = re.search(rf"{_POSSESSOR}\s+{re.escape(m.group('f'))}", task[m.start():m.end()], re.I) is not None
        # "delete the email from Bo" is a mail; "the email address from Bo's contact" / "Bo's email" is a field
        mail_like = said_field in ("email", "e-mail") and not possessed and not _ITEM.search(rest)
        if mail_like or not (_ITEM.search(rest) or possessed or _KEEPING.search(task)):
            return None
    said_field = normalize(m.group("f"))
    for kind, (pattern, field_words) in _FIELDS.items():
        if re.fullmatch(pattern, said_field, re.I):
            return Cleared(kind, frozenset(words(field_words, stopwords=frozenset())))
    return None  # pragma: no cover - every pattern above is a field's


def adjust(out: list[Any], task: str, screen: Screen, make: Any, history: list[dict[str, Any]]) -> None:
    """Rescore ``out`` in place when the task clears a field: never the item's Delete; in a form, the field
    emptied, then Save; on the item's page, its Edit; once saved, finish."""
    field = cleared(task)
    if field is None or make is None:
        return
    emptied = _emptied(history)
    owners = {normalize(n) for n in _NAMES.findall(task)} - _APPS
    for candidate in out:
        element = candidate.action.get("element")
        label = normalize(screen.labels.get(element, "")) if isinstance(element, int) else ""
        own = words(label, stopwords=frozenset())
        if candidate.action.get("kind") in ("tap", "long_press") and own & _DELETE_WORDS and len(own) <= 3:
            candidate.score -= DELETE_PENALTY  # the item stays: only one of its fields goes
        elif candidate.action.get("kind") == "back" and not emptied:
            candidate.score = min(candidate.score, 0.1)  # "but leave the rest" is no going back
        elif candidate.action.get("kind") == "tap" and label in owners and not screen.editable.get(element):
            candidate.score += 2.5  # the row of the item whose field goes ("Bo Li")
    holders = [i for i in screen.editable if words(screen.labels.get(i, ""), stopwords=frozenset()) & field.field_words]
    if holders:
        element = holders[0]
        if normalize(screen.editable.get(element, "")) and not emptied:
            out.append(make({"kind": "type", "element": element, "text": ""},
                            f"clear [{element}] {screen.labels.get(element, '')}", CLEAR_SCORE))
            return
        for candidate in out:
            label = screen.labels.get(candidate.action.get("element", -1), "")
            if candidate.action.get("kind") == "tap" and words(label, stopwords=frozenset()) & _SAVE:
                candidate.score += SAVE_BOOST  # the field is empty: save the form
        return
    if emptied and _saved_since(history):
        for candidate in out:
            if candidate.action.get("kind") == "done" and candidate.action.get("success") is not False:
                candidate.score = max(candidate.score, 5.0)  # the form is saved without the field
        return
    if not screen.editable or all(_is_search(screen, i) for i in screen.editable):
        for candidate in out:
            label = normalize(screen.labels.get(candidate.action.get("element", -1), "")).split()
            if candidate.action.get("kind") == "tap" and 0 < len(label) <= 3 and set(label[:1]) & _EDIT:
                candidate.score += 2.5  # the item's page: its edit form holds the field
            elif candidate.action.get("kind") == "tap" and field.field_words & set(label) and _value_row(label):
                candidate.score -= DELETE_PENALTY  # the field's row (an address) opens a mail or a call, not the form


def _emptied(history: list[dict[str, Any]]) -> bool:
    return any(h.get("kind") == "type" and h.get("outcome") == "success" and h.get("line", "").endswith('""')
               for h in history)


def _saved_since(history: list[dict[str, Any]]) -> bool:
    last = max(i for i, h in enumerate(history) if h.get("kind") == "type" and h.get("line", "").endswith('""'))
    return any(h.get("kind") == "tap" and h.get("outcome") == "success" and words(
        h.get("line", "").split("]", 1)[-1].split("(in:")[0], stopwords=frozenset()) & _SAVE for h in history[last + 1:])


def _is_search(screen: Screen, element: int) -> bool:
    return "search" in normalize(f"{screen.labels.get(element, '')} {screen.editable.get(element, '')}")


def _value_row(label: list[str]) -> bool:
    return any("@" in w or sum(c.isdigit() for c in w) >= 3 for w in label)
