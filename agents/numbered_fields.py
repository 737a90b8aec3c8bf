"""A number said right after a word that names a form's field goes into that field, in any language.

"pay till 512345", "Kundennummer 40017 eintragen", "código 4821", "biller 0099123": a task names the field by one
of its words (the field's label, the caption line right above it, its id, or the hint it shows as its text while
empty) and says the number right after that word. Forms show such a field empty or with its hint; a field that
takes a number and shows no digit shows its hint, not a value. The number (three digits or more, spaces and dashes
dropped) is typed into that field above the rows and other fields that merely show look-alike numbers. A number
with a currency is a sum (agents/money_amounts.py); a word that names no field, a field holding digits already,
or a search field is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .candidate_lists import raise_or_add
from .function_words import FUNCTION_WORDS
from .lookup import search_field
from .money_amounts import CURRENCY_NAMES, SYMBOLS
from .perceptor import Screen
from .text import STOPWORDS, normalize, words

# A word, an optional "no."/"#"/":" and a number of three digits or more (spaces or dashes inside).
_SAID = re.compile(r"(?<![\w])(?P<w>[^\W\d_][\w'’-]*)\s*(?::|#|№|no\.?|nr\.?)?\s*(?P<n>\d(?:[\d -]*\d)?)(?![\w.,]\d)", re.I)
_AFTER_UNIT = re.compile(rf"\s*(?:[{SYMBOLS}]|(?P<u>[^\W\d_]+))", re.I)
_CAPTION_GAP = 120  # pixels between a caption line and the field under it


def said_numbers(task: str) -> list[tuple[str, str]]:
    """(word, digits) for each number of three digits or more the task says right after a word
    ("till 512345" -> ("till", "512345")); a sum with its currency is none."""
    out = []
    for m in _SAID.finditer(task):
        digits = re.sub(r"[ -]", "", m.group("n"))
        if sum(c.isdigit() for c in digits) < 3 or not digits.isdigit():
            continue
        if re.match(r"\s+(?-i:[A-Z])[^\W\d_]", task[m.end():]):
            continue  # "address 4820 Kanaalweg": a house number, the start of a longer value
        unit = _AFTER_UNIT.match(task, m.end())
        if unit and (unit.group("u") is None or normalize(unit.group("u")) in CURRENCY_NAMES):
            continue  # "500 kr", "₦500": money
        if normalize(m.group("w")) in CURRENCY_NAMES or any(c in SYMBOLS for c in task[max(0, m.start("n") - 2):m.start("n")]):
            continue
        out.append((m.group("w"), digits))
    return out


def _caption(screen: Screen, box: list[int]) -> str:
    """The text line right above a field, across it (its caption: "Customer number" over the box)."""
    best, gap = "", _CAPTION_GAP + 1
    for index, line_box in screen.placed.items():
        if index >= len(screen.lines):
            continue
        below = box[1] - line_box[3]
        across = min(box[2], line_box[2]) - max(box[0], line_box[0]) > 0
        if 0 <= below < gap and across:
            best, gap = screen.lines[index].strip(), below
    return best


def field_names(screen: Screen, element: int) -> str:
    """Everything that names a field: label, caption line, id words, and its hint when it shows no digit."""
    shown = screen.editable.get(element, "")
    label = screen.labels.get(element, "")
    rid = screen.locators.get(element, {}).get("resource_id", "").rsplit("/", 1)[-1]
    said = re.sub(r"[_\-]", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", rid))
    box = screen.bounds.get(element)
    caption = _caption(screen, box) if box else ""
    return f"{'' if label == 'text field' else label} {caption} {said} {shown}"


def _filled_with(shown: str, key: set[str], word: str) -> bool:
    """Does the field hold the name the task's word says ("send Tom Reed 400" on a payee field showing "Tom Reed"):
    a capitalised word of the task met in a text of several capitalised words, so a value, no hint?"""
    capitalised = [w for w in shown.split() if w[:1].isupper()]
    return word[:1].isupper() and len(capitalised) >= 2 and len(capitalised) == len(shown.split()) and bool(
        key & words(shown))


def _open(shown: str) -> bool:
    """A field that takes a number now: empty, or showing its hint (no digit in it)."""
    return not any(c.isdigit() for c in shown)


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type each number said after a field's own word into that field, above the rest (in place)."""
    said = said_numbers(task)
    if not said or not out:
        return
    skip = FUNCTION_WORDS | STOPWORDS
    for word, digits in said:
        key = words(word, stopwords=skip)
        if not key or len(normalize(word)) < 3:
            continue
        fields = [e for e in screen.editable if e in screen.actionable and _open(screen.editable.get(e, ""))
                  and not search_field(screen, e) and key & words(field_names(screen, e), stopwords=skip)
                  and not _filled_with(screen.editable.get(e, ""), key, word)]
        if len(fields) != 1:
            continue  # no field, or several, named by that word
        element = fields[0]
        top = max(c.score for c in out)
        raise_or_add(out, make, {"kind": "type", "element": element, "text": digits},
                     f'type "{digits}" into [{element}] {screen.labels.get(element, "")}', max(top + 0.5, 3.8))
