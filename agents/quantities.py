"""A quantity of one item put in a cart: "add two of X to my cart", "I need X twice", "3x X in my basket".

Shops take a quantity three ways: a quantity field (typed), a stepper (its "+" pressed until the count it shows
is the one asked), or only the add button (pressed once per item). Until the cart holds the count, the task is
not done. Plain English task grammar and common shop controls only, never an app's words.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import normalize, words

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "a couple of": 2, "a pair of": 2, "both": 2}
_N = r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a couple of|a pair of)"
_CART = r"\b(?:cart|basket|bag|trolley)\b"
_COUNTS = (
    re.compile(rf"\b(?:add|put|buy|get|order|place|throw|pop)\s+{_N}\s*(?:x\s+|of\s+|units?\s+of\s+|pieces?\s+of\s+)?"
               rf"(?!minutes?|hours?|seconds?|days?|weeks?|percent|%)", re.I),
    re.compile(rf"\b{_N}\s*x\s+[\"“]?[A-Z\w]", re.I),
    re.compile(rf"\bquantity\s+(?:of\s+|to\s+)?{_N}\b", re.I),
    re.compile(rf"\b(?:quantity|number)\s+of\s+[^.;]{{1,60}}?\s+to\s+{_N}\b", re.I),
)
_TWICE = re.compile(r"\b(?:twice|two times|x2|×2)\b", re.I)
_PLUS = frozenset({"+", "＋", "⊕"})
_STEP_WORDS = frozenset(words("increase increment plus more", stopwords=frozenset()))
_QTY_WORDS = frozenset(words("quantity qty amount count", stopwords=frozenset()))
_ADD = frozenset(words("add", stopwords=frozenset()))
_CART_WORDS = frozenset(words("cart basket bag trolley", stopwords=frozenset()))
_SHOWN = re.compile(r"^\s*(?:(?:qty|quantity|amount)\s*:?\s*)?(\d{1,2})\s*$", re.I)
PRESS_SCORE = 6.0


def wanted_count(task: str) -> int | None:
    """How many of one item a task puts in a cart (2 or more), else None ("add 2 minutes", "add a note")."""
    if not re.search(_CART, task, re.I):
        return None
    for pattern in _COUNTS:
        m = pattern.search(task)
        if m:
            said = m.group("n").casefold()
            count = int(said) if said.isdigit() else _NUMBERS.get(said, 0)
            return count if count >= 2 else None
    return 2 if _TWICE.search(task) else None


def adjust(out: list[Any], task: str, screen: Screen, make: Any, history: list[dict[str, Any]]) -> None:
    """Rescore ``out`` in place toward the count the task asks: a quantity field typed, a stepper's "+" pressed,
    else the add button pressed again; no finishing before."""
    count = wanted_count(task)
    if count is None or make is None:
        return
    fields = [i for i in screen.editable if words(screen.labels.get(i, "")) & _QTY_WORDS]
    if fields:
        if normalize(screen.editable.get(fields[0], "")) != str(count):
            out.append(make({"kind": "type", "element": fields[0], "text": str(count)},
                            f"type {count} into [{fields[0]}] {screen.labels.get(fields[0], '')}", PRESS_SCORE))
        return
    taps = {c.action["element"]: c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)}
    steppers = [i for i in taps if screen.labels.get(i, "").strip() in _PLUS or _steps(screen.labels.get(i, ""))]
    adders = [i for i in taps if (own := words(screen.labels.get(i, ""), stopwords=frozenset())) & _ADD
              and own & _CART_WORDS]
    shown = _shown_count(screen)
    if steppers and shown is not None:
        if shown < count:
            _press(out, taps[steppers[0]], sum(1 for h in history[-8:] if h.get("kind") == "tap"))
        return  # the count shows: the add button (or nothing more) finishes as usual
    if adders:
        pressed = sum(1 for h in history if h.get("kind") == "tap" and h.get("outcome") == "success"
                      and normalize(screen.labels.get(adders[0], "")) in normalize(h.get("line", "")))
        if 0 < pressed < count:
            _press(out, taps[adders[0]], pressed)  # once per item: the add button again


def _steps(label: str) -> bool:
    """A stepper's "+" by its words ("Increase quantity", "Plus", "Add one more"): "more" alone is a tab or a
    menu ("More", "More options", "See more"), no step."""
    said = words(label, stopwords=frozenset())
    return bool(said & (_STEP_WORDS - {"more"})) or "more" in said and bool(said & (_QTY_WORDS | _ADD | {"one"}))


def _press(out: list[Any], candidate: Any, pressed: int = 0) -> None:
    """``candidate`` first, above the repeat penalty of its ``pressed`` presses so far (progress.penalty)."""
    candidate.score = max(candidate.score, PRESS_SCORE, max(c.score for c in out) + 1.0) + 3.0 * pressed
    for other in out:
        if other.action.get("kind") == "done":
            other.score = min(other.score, -1.0)  # not before the cart holds the count


def _shown_count(screen: Screen) -> int | None:
    """The count a stepper shows: a text (or line) that is only a number, or "Qty 2"."""
    for line in screen.lines:
        label = _LABEL.match(line)
        m = _SHOWN.match(label.group(1) if label else line)
        if m:
            return int(m.group(1))
    return None


_LABEL = re.compile(r'^\[\d+\]\s+\S+\s+"([^"]*)"')
