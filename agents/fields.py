"""Typing: which of the task's values go into which field of the screen.

A field takes the value it is named for ("To" a recipient, "Subject" a title, a body the
message, also a body named or hinted in any language: "Nachricht", "Сообщение"; "Hour"/"Minute" the parts of a
time); a search field takes what the task names when that is not on screen; a field already holding one of the
task's values is left alone; a task acting on an existing item types only what names it. A field's hint dumped as its
text ("First name", "Phone", with no hint attribute) names the field, which is empty. A password or PIN field (masked,
or named so) takes only a value said to be one: an address, a phone number, a date or a name says what else it is.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import unquote

from . import pickers, ui_glossary, word_forms
from .clock_times import time_shown
from .goal import Goal
from .perceptor import Screen
from .switch_states import separable_state
from .text import normalize, words
from .values import FIELDS, SECRET_NAMES, Value, fit

SEARCH = frozenset({"search", "find"})
RECENT_TYPES = 4  # a value typed this recently into some field is offered again only below the rest
OBJECT_KINDS = ("quoted", "recipient", "name", "file")
# Verbs that act on something that exists: a time or date in such a task says which one, it is not typed.
# Widget-class words that ids carry ("recipient_text_view", "compose_edit_text"): they say nothing of the value.
_WIDGET = re.compile(r"\b(?:auto ?complete |multi ?auto ?complete )?(?:text ?view|edit ?text|text ?field|text ?box|text ?input"
                     r"|input ?field)\b", re.I)
# A secret's field, named in the languages phones ship (the masked flag aside), and a value said to be one.
_SECRET = re.compile(rf"{SECRET_NAMES}|\bpin\b|passcode|\bpw\b", re.I)
_PICKING = frozenset(words("delete remove call turn star unstar pin unpin mute unmute archive open favourite favorite "
                           "unfavourite play mark dismiss cancel stop disable enable", stopwords=frozenset()))


def to_type(values: list[Value], goal: Goal, question: bool = False) -> list[Value]:
    """The values to type (all of them when making something; a question or a task acting on an
    existing item types only what names it, into a search field)."""
    if question:
        return [v for v in values if v.kind in OBJECT_KINDS + ("url",)]  # a web address is where to look
    if goal.creating or not (goal.verbs & _PICKING or separable_state(goal.text) is not None):  # "slå på väckarklockan
        return values  # 6:30": a verb and its particle switch the 6:30 alarm on; "put alarm on 7:30" makes one
    return [v for v in values if v.kind in OBJECT_KINDS + ("phone", "reference", "email", "url", "handle")]


def type_candidates(element_id: int, label: str, screen: Screen, values: list[Value], objects: list[str],
                    visible: bool, history: list[dict[str, Any]],
                    creating: bool = False) -> list[tuple[dict[str, Any], str, float]]:
    """Values of the task for this field: the ones it is named for first; a search field takes
    what the task names when that is not on screen; a field already holding a value of the task
    is left alone."""
    named = label != "text field"  # the perceptor's name for a field that says nothing
    shown = screen.editable.get(element_id, "")
    hint_shown = not named and hint_as_text(shown)  # "First name", "Phone": its hint, dumped as its text
    named_as = _WIDGET.sub(" ", f"{label if named else shown if hint_shown else ''} {screen.context.get(element_id, '')}")
    field_words = words(named_as, stopwords=frozenset())
    example = shows_example(shown, values)  # "Mã khách hàng (VD: PE0400...)": a code like the task's, as its hint
    current = "" if hint_shown or example else normalize(shown)
    named = named or hint_shown
    today = pickers.reference_day(screen)
    texts = {v: pickers.field_text(v, field_words, screen.editable.get(element_id, ""), screen, today, named_as)
             for v in values}
    renaming = any(v.kind == "title" for v in values) and any(  # the old name, to be replaced by the new one
        normalize(v.text) == current for v in values if v.kind in OBJECT_KINDS)
    replaced = _replaced(current, values, history)
    renaming = renaming or replaced is not None
    if current and not renaming and any(
            current in (normalize(v.text), normalize(texts[v] or "")) if v.kind in pickers.DATED else
            normalize(v.text) in current or (len(current) > 5 and current in normalize(v.text) and typed(v, history))
            for v in values):  # part of a value not typed yet is the old name ("Road trip" -> "Road trip best")
        return []  # holds what we typed (or part of it; a date or time in any form)
    search = bool(field_words & SEARCH)
    focused = 0.5 if is_focused(screen, element_id) else 0.0
    out = []
    said = ui_glossary.concepts(f"{named_as} {screen.editable.get(element_id, '')}")  # its hint, dumped as its text
    body = "message" in said and "search" not in said  # "Nachricht verfassen", "Сообщение": a body in any language
    lone = not named and len(screen.editable) == 1 and not search  # a screen's only field, which says nothing: a chat's box
    secret = has_flag(screen, element_id, "password") or bool(_SECRET.search(named_as))
    named_for = {v: 1.0 if body and v.kind == "message" and fit(v, field_words) >= 0 else
                 1.0 if secret and v.kind == "secret" else  # a masked field, or one named so in any language
                 max(0.5, fit(v, field_words)) if lone and v.kind == "message" else fit(v, field_words) for v in values}
    best_fit = max(named_for.values(), default=0.0)
    by_id = _id_field_words(screen.locators.get(element_id, {}).get("resource_id", ""))
    for value in values:
        text = texts[value]
        if text is None or pickers.in_fields(value, screen, today):
            continue  # no part of it goes here ("12 minutes" in an hours field), or a field holds it already
        if secret and value.kind != "quoted" and not _SECRET.search(" ".join(value.fits)):
            continue  # "sign in as kate@mail.com": the address is the account, never the password
        if search and value.kind != "url" and (visible or value.kind not in OBJECT_KINDS + ("phone", "reference", "email", "handle")):
            continue  # search only for what is not on screen (a web address goes where it is typed)
        fits = max(named_for[value], 1.0 if value is example else 0.0) + (1.0 if search else 0.0)
        if value.kind == "quoted" and creating and field_words & FIELDS["title"] and not search:
            fits = 1.0  # 'a calendar event "Interview call"': the quoted words name what is made
        if value.kind == "quoted" and named and not current and _named_beside(value, field_words):
            fits = 1.0  # "açıklamaya da 'Mart kirası' yaz", "'Rent' in the note field": the field named beside the quote
        if fits < 0 or (value.kind in OBJECT_KINDS and not creating and fits <= 0):
            continue  # what names an existing item is searched for, not typed into a message
        typed_before = any(h.get("kind") == "type" and text in h.get("line", "") for h in history[-RECENT_TYPES:])
        first = 0.2 if not named and value.kind in ("recipient", "email", "phone") else 0.0  # forms start with "To"
        score = 2.0 + 1.5 * fits + focused + first + (0.3 if not current else 0.0) - (1.5 if typed_before else 0.0)
        score -= 0.5 if named_for[value] < best_fit else 0.0  # the field is named for another of the values
        score += 1.0 if value is replaced else 0.0  # the field holding the old one takes the new
        if named_for[value] <= 0 < fit(value, by_id) and value.kind != "quoted":
            score += 0.4  # labelled "Oggetto", "Орын" (no word the task's value fits), its id "compose_subject", "location"
        if search and value.kind in ("phone", "email") and any(normalize(o) != normalize(value.text) for o in objects):
            score -= 0.5  # "add bo@x.org to Bo Li's contact": the item named is looked up, the address is what goes in
        out.append(({"kind": "type", "element": element_id, "text": text},
                    f'type "{text}" into [{element_id}] {label}', score))
    if search and not visible and not out and objects:  # the item the task names unquoted ("how is Desk Lamp rated?")
        name = objects[0]
        if normalize(name) not in {normalize(v.text) for v in values} and normalize(name) != current:
            again = any(h.get("kind") == "type" and name in h.get("line", "") for h in history[-RECENT_TYPES:])
            out.append(({"kind": "type", "element": element_id, "text": name},
                        f'type "{name}" into [{element_id}] {label}', 3.5 + focused - (1.5 if again else 0.0)))
    return out




# The words field hints are made of: what a field takes (agents/values.py FIELDS) and how a hint asks for it.
_HINT_WORDS = frozenset().union(*FIELDS.values()) | frozenset(words(
    "first last given family middle surname company enter your add type here optional e mail number address password",
    stopwords=frozenset()))


def _named_beside(value: Value, field_words: set[str]) -> bool:
    """Does a word beside the quote name this empty field, as written or as another form ("açıklamaya": "Açıklama")?
    Only a field's own words of four letters or more: "to", "at" name no field."""
    named = {w for w in field_words - _HINT_VERBS if len(w) >= 4}
    return bool(value.near & named) or word_forms.forms(set(value.near) - named, named) > 0


_HINT_VERBS = frozenset(words("enter type add write your here optional", stopwords=frozenset()))


_TOKEN = re.compile(r"[A-Za-z0-9-]{4,}")


def _shape(text: str) -> str:
    """A code's shape: its runs of letters and of digits ("PE04000123456", "KH0400": "a9"; "2207-KH": "9-a")."""
    return re.sub(r"([a9])\1+", r"\1", re.sub(r"\d", "9", re.sub(r"[A-Za-z]", "a", text)))


def shows_example(shown: str, values: list[Value]) -> Value | None:
    """The task's code whose example a field's text shows as its hint ("Customer ID (e.g. KH0400...)", "Nhập mã (VD:
    PE0400...)"): a token of the same shape, letters and digits, that is not the code itself; None when none."""
    if not shown:
        return None
    for value in values:
        if value.kind == "reference" and value.text.casefold() not in shown.casefold() and any(
                _shape(t) == _shape(value.text) and re.search(r"\d", t) for t in _TOKEN.findall(shown)):
            return value
    return None


def hint_as_text(shown: str) -> bool:
    """Is a field's text its hint dumped as text ("First name", "Enter your email"): a few words, no digits, each a
    word of field names?"""
    said = words(shown, stopwords=frozenset())
    return bool(said) and len(shown.split()) <= 4 and not any(c.isdigit() for c in shown) and said <= _HINT_WORDS


def _replaced(current: str, values: list[Value], history: list[dict[str, Any]]) -> Value | None:
    """The value that replaces the one the field holds from before, when the task gives the old and the new ('every
    event at "A" is now at "B"', 'set its location from "A" to "B"'); else None."""
    named = [v for v in values if v.kind in ("quoted", "address", "title")]
    held = [v for v in named if normalize(v.text) == current]
    others = [v for v in named if normalize(v.text) != current]
    return others[0] if current and len(held) == 1 and len(others) == 1 and not typed(held[0], history) else None


def without(text: str, values: list[str]) -> str:
    for value in values:
        text = text.replace(value, " ")
    return text


def typed(value: Value, history: list[dict[str, Any]], today: date | None = None) -> bool:
    """Was the value, or each part of it (a time's hour and minutes), typed in some form?"""
    lines = [h.get("line", "") for h in history if h.get("kind") == "type" and h.get("outcome") == "success"]
    if any(value.text in unquote(h.get("line", "")) for h in history  # filled in by a deep link (mailto:?body=...)
           if h.get("kind") == "open_uri" and h.get("outcome") == "success"):
        return True
    return any(value.text in line for line in lines) or (
        ":" in value.text and all(any(f'"{p}"' in line for line in lines) for p in value.text.split(":"))) or (
        value.kind in pickers.DATED and any(all(any(f'"{p}"' in line for line in lines) for p in form)
                                            for form in pickers.forms(value, today or pickers.machine_day())))


def shows(screen: Screen, text: str) -> bool:
    """Is ``text`` on screen outside any field (a sent message, a saved title)?"""
    return any(holds(label, text) for i, label in screen.labels.items() if i not in screen.editable) or any(
        holds(line, text) for line in screen.lines if line.startswith("    "))


def holds(label: str, text: str) -> bool:
    """Does ``label`` show ``text``, a clock time also in another notation ("9:55 AM" on "09:55")?"""
    return normalize(text) in normalize(label) or time_shown(text, label)


def has_flag(screen: Screen, element_id: int, flag: str) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return line.endswith(")") and flag in line.rsplit("(", 1)[-1]


def is_focused(screen: Screen, element_id: int) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return "focused" in line.rsplit("(", 1)[-1]


def submitted(values: list[Value], history: list[dict[str, Any]], confirm: frozenset[str]) -> list[str]:
    """The task's values (not the names of things) typed and then submitted by a tap on a confirm
    button ("Save", "Done"): a row showing one afterwards is the result, not a thing to open."""
    last_type = max((i for i, h in enumerate(history) if h.get("kind") == "type" and h.get("outcome") == "success"),
                    default=-1)
    confirmed = any(h.get("kind") == "tap" and h.get("outcome") == "success" and words(
        h.get("line", "").split("]", 1)[-1].split("(in:")[0], stopwords=frozenset()) & confirm
                    for h in history[last_type + 1:]) if last_type >= 0 else False
    return [v.text for v in values if v.kind not in OBJECT_KINDS and typed(v, history)] if confirmed else []


# Words of a field's resource id that say how it is built, not what it takes ("compose_to_field", "et_message_input").
_ID_GENERIC = frozenset("compose edit text input field view box et tv txt edt etv layout container value entry".split())


def _id_field_words(resource_id: str) -> set[str]:
    """The words a developer named a field by ("licensePlateInput", "compose_subject": English whatever the UI's
    language); none for obfuscated ids ("ajs", "a1b") or ids of no word of four letters."""
    tail = resource_id.rsplit("/", 1)[-1]
    if not re.fullmatch(r"[A-Za-z]+(?:_[A-Za-z]+)*", tail):
        return set()
    parts = [p.casefold() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", tail)]
    if not any(len(p) >= 4 and re.search(r"[aeiouy]", p) for p in parts):
        return set()
    return set(parts) - _ID_GENERIC
