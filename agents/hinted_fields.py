"""A field named by its own word in the task: "naar Utrecht Centraal", "To: Ana", "para Ana", "subject lunch".

Forms name an empty field with one word (its hint or label: "Naar", "To", "Para", "Betreff") and a task
often says that very word right before the value ("ik wil naar Utrecht Centraal, ..."). The value is what
follows the word up to a comma or the clause's end: a capitalised run or a number when one starts there
(always so after a two-letter word such as "to"), else at most four words up to a function word. Not for a
search field (agents/search_queries.py), a field holding text already, or a field another rule types into.
Typing goes above rows that merely contain the value; below a row that is the value exactly unless the
task asks to enter, fill or search (the row is then the thing to open).

A field whose hint is the shape of a number ("09xxxxxxxxx", "+7 (___) ___-__-__", "•••• •••• •••• ••••") takes the
number of that shape the ranker offers to type: its digit count and the hint's own digits agree
(:func:`templated`), above rows that show look-alike numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import bound_fields, example_fields, money_amounts, numbered_fields, trip_destinations, trip_origins, ui_glossary
from .candidate_lists import raise_or_add
from .cleared_fields import cleared
from .entry_points import asks_search
from .function_words import FUNCTION_WORDS
from .lookup import search_field
from .perceptor import Screen
from .text import STOPWORDS, normalize, words
from .values import FIELDS

_STOP = re.compile(r"[,;:!?()\"“”،؛，。]|\.(?:\s|$)")
_TOKEN = re.compile(r"\S+")
_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω]|\d)")
_CONNECTORS = frozenset("de van den der la le del da di von du".split())  # inside a capitalised run ("Den Bosch")
# Verbs asking to put text in, besides the search concept (English; other languages name the field itself).
_BODY = FIELDS["message"]  # "message Ana": the verb, and a body never takes the name after its own word
_ENTERING = frozenset(words("enter type input fill write put paste", stopwords=frozenset()))


def value_after(task: str, word: str) -> str | None:
    """The value a task gives right after ``word`` ("naar Utrecht Centraal, ..." -> "Utrecht Centraal"); in
    a script without capitals the word may carry a prefixed particle (Arabic "بعنوان", with title). Not the
    task's first word: that is its verb ("Message Ana")."""
    prefix = r"(?<!\w)\w{0,2}" if word.upper() == word.lower() else r"(?<!\w)"  # a caseless script
    m = re.search(rf"{prefix}{re.escape(word)}\s*:?\s+(?P<v>\S.*)", task, re.I)
    if m is None or not task[:m.start()].strip():
        return None
    clause = _STOP.split(m.group("v"), maxsplit=1)[0].strip()
    tokens = _TOKEN.findall(clause)
    if not tokens:
        return None
    if _NAME.match(tokens[0]):
        run = [tokens[0]]
        for k, token in enumerate(tokens[1:], 1):
            if _NAME.match(token) or (token in _CONNECTORS and k + 1 < len(tokens) and _NAME.match(tokens[k + 1])):
                run.append(token)
            else:
                break
        return " ".join(run)
    if len(word) <= 2:
        return None  # "to say hi": a two-letter word is a preposition far more often than a field's name
    kept = []
    for token in tokens[:4]:
        if normalize(token) in FUNCTION_WORDS or normalize(token) in STOPWORDS:
            break
        kept.append(token)
    return " ".join(kept) or None


def _field_word(label: str) -> str | None:
    """A field's one-word name ("Naar", "To:", "Betreff *", "Add title": "title"), else None."""
    parts = re.sub(r"[:*]", " ", label).split()
    if len(parts) == 2 and any("add" in ui_glossary.concepts(p) for p in parts):  # "إضافة عنوان" (add title)
        parts = [p for p in parts if "add" not in ui_glossary.concepts(p)]
    return parts[0] if len(parts) == 1 and len(parts[0]) >= 2 and parts[0].isalpha() else None


def asks_entry(task: str) -> bool:
    """Does the task ask to enter, fill or search (rather than open a thing it names)?"""
    return bool(words(task, stopwords=frozenset()) & _ENTERING) or asks_search(task) or \
        "search" in ui_glossary.concepts(task)


def place(out: list[Any], make: Callable[..., Any], screen: Screen, element: int, text: str, entering: bool) -> None:
    """Type ``text`` into ``element``: above the rows that contain it, below a row that is it exactly unless
    the task asks to enter it (the existing candidate raised, or a new one)."""
    said = normalize(text)
    taps = [c for c in out if c.action.get("kind") == "tap"]
    exact = [c.score for c in taps if normalize(screen.labels.get(c.action.get("element", -1), "")) == said]
    top = max((c.score for c in out), default=0.0)
    score = max(top + 0.5, 3.8) if entering or not exact else max(exact) - 0.1
    raise_or_add(out, make, {"kind": "type", "element": element, "text": text},
                 f'type "{text}" into [{element}] {screen.labels.get(element, "")}', score)


_SLOT = "xX#_•*0123456789"
_TEMPLATE = re.compile(r"^[+\s().\-xX#_•*\d]{6,}$")


def fits_template(hint: str, text: str) -> bool:
    """``text``'s digits fill ``hint``, a number's shape: as many digits as slots, the hint's digits in place."""
    hint = hint.strip()
    slots = [c for c in hint if c in _SLOT]
    digits = [c for c in text if c.isdigit()]
    if not _TEMPLATE.match(hint) or sum(c.isdigit() for c in slots) == len(slots) or len(slots) < 6:
        return False  # a number itself is no shape
    if len(digits) != len(slots) and not (hint.startswith("+") and len(digits) == len(slots) + 1):
        return False
    lead = digits[len(digits) - len(slots):]
    return all(s == d for s, d in zip(slots, lead, strict=True) if s.isdigit())


def templated(out: list[Any], screen: Screen) -> None:
    """Raise the typing of a number into the empty field whose hint is that number's shape (in place)."""
    top = max((c.score for c in out), default=0.0)
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "type" and element in screen.editable and \
                not screen.editable[element].strip() and fits_template(screen.labels.get(element, ""),
                                                                       candidate.action.get("text", "")):
            candidate.score = max(candidate.score, top + 0.5)


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type the value the task gives after an empty field's own name into that field (in place); a task
    that empties a field gives no value ("remove the email address from ...": "address" is none)."""
    templated(out, screen)  # "09xxxxxxxxx": the number of that shape
    money_amounts.adjust(out, task, screen, make)  # "50 lari": "50" into the empty amount field
    money_amounts.cards(out, task, screen)  # "recárgame 100": the "$100" card of a top-up page's grid
    numbered_fields.adjust(out, task, screen, make)  # "till 512345": into the field named "Till number"
    bound_fields.adjust(out, task, screen, make)  # "aluguel até 3500": "3500" into the empty "Máximo" field
    if cleared(task) is not None:
        return
    typing = {c.action.get("element") for c in out if c.action.get("kind") == "type"}
    for element in screen.editable:
        if element not in screen.actionable or element in typing or screen.editable.get(element, "").strip():
            continue
        word = _field_word(screen.labels.get(element, ""))
        if word is None or normalize(word) in _BODY or search_field(screen, element):
            continue
        text = value_after(task, word)
        if text is None or any(normalize(text) in normalize(v) for v in screen.editable.values() if v):
            continue
        place(out, make, screen, element, text, asks_entry(task))
    trip_destinations.adjust(out, task, screen, make)  # "таксі на вокзал": into the empty "Куди їдемо?"
    trip_origins.adjust(out, task, screen, make)  # "渋谷から横浜まで": the start field before the end's
    example_fields.adjust(out, task, screen, make)  # "Ejemplo: 1234 ABC" under a field: "4821 KLM" goes there
