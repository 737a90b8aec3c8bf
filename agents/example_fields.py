"""The field whose example has the shape of the task's value: "Ejemplo: 1234 ABC" under a plate field takes "4821 KLM".

Forms show what a field takes by an example written beside it, in the screen's language: a helper line under it
("Ejemplo: 1234 ABC", "e.g. AB12 CDE", "例: 090-1234-5678", "Örn: 34 ABC 123", "Пример: А123ВС 77"), its own hint, or
its label ("Passport no. (e.g. X1234567)"). The example's words differ from the task's, but its shape does not: the
same runs of letters and of digits (each about as long), with the same separators between them. A task's value of
that shape (a plate, a passport, booking or member number, a phone number in its local form) is typed into that
field, whole (the example's shape reads it from the task where the task's words alone would cut it short), above a field named for nothing the task says and above a focused field that holds other text already. Only a
value with a digit and an example that is not the value itself; a field holding digits of its own (filled in) is
left alone, as is a search field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .candidate_lists import raise_or_add
from .lookup import search_field
from .perceptor import Screen
from .values import task_values

_RUN = re.compile(r"[^\W\d_]+|\d+|\s+|[^\w\s]")
_SHORT = 48  # characters: an example line is short (a sentence that mentions a number is none)
_NEAR = 110  # px: a helper line sits right under its field (or a label right above it)


def shape_pattern(value: str) -> re.Pattern[str] | None:
    """A pattern for texts of ``value``'s shape: its letter and digit runs each one longer or shorter at most, its
    separators as they are (a space may be left out); None for a value with no digit or fewer than four signs."""
    value = value.strip()
    if not any(c.isdigit() for c in value) or sum(c.isalnum() for c in value) < 4:
        return None
    parts = []
    for run in _RUN.findall(value):
        n = len(run)
        if run[0].isdigit():
            parts.append(rf"\d{{{max(n - 1, 1)},{n + 1}}}")
        elif run[0].isalpha():
            parts.append(rf"[^\W\d_]{{{max(n - 1, 1)},{n + 1}}}")
        elif run.isspace():
            parts.append(r"\s?")
        else:
            parts.append(re.escape(run))
    return re.compile(rf"(?<![\w]){''.join(parts)}(?![\w])")


def _gap(box: list[int], placed: list[int]) -> float | None:
    """How far a line placed ``placed`` is from the field ``box``: right under it as is, right above it counted
    double (a helper line goes under its field, a label above); None when not beside it."""
    left, top, right, bottom = box
    if not (placed[0] < right and placed[2] > left):
        return None
    if 0 <= placed[1] - bottom <= _NEAR:
        return placed[1] - bottom
    return 2.0 * (top - placed[3]) if 0 <= top - placed[3] <= _NEAR // 2 else None


def examples(screen: Screen, element: int) -> list[str]:
    """The texts that may show a field's example: its own text and label, and the short plain lines beside it that
    are nearer to it than to any other field."""
    out = [screen.editable.get(element, ""), screen.labels.get(element, "")]
    for i, placed in screen.placed.items():
        if i >= len(screen.lines) or not placed or len(line := screen.lines[i].strip()) > _SHORT:
            continue
        gaps = {e: g for e in screen.editable if (box := screen.bounds.get(e)) and (g := _gap(box, placed)) is not None}
        if gaps and min(gaps, key=lambda e: gaps[e]) == element:
            out.append(line)
    return [t for t in out if t]


def field_for(screen: Screen, value: str) -> int | None:
    """The one field whose example has ``value``'s shape (and is not the value itself), else None."""
    pattern = shape_pattern(value)
    if pattern is None:
        return None
    found = []
    for element in screen.editable:
        if element not in screen.actionable or search_field(screen, element):
            continue
        shown = screen.editable.get(element, "")
        if value.casefold() in shown.casefold() or (any(c.isdigit() for c in shown) and (
                not pattern.search(shown) or example_codes(shown) == [shown.strip()])):
            continue  # holds the value already, or a number of its own (filled in; a hint says more: "例: 090-...")
        if any(pattern.search(t) and value.casefold() not in t.casefold() for t in examples(screen, element)):
            found.append(element)
    return found[0] if len(found) == 1 else None


def _code_like(token: str) -> bool:
    """A token an example of a code is made of: one with a digit, or a short run of capitals; none that ends an
    abbreviation or a label ("z.", "Örn:")."""
    if token.endswith((".", ":")) and not any(c.isdigit() for c in token):
        return False
    core = token.strip("()[],;")
    return any(c.isdigit() for c in core) or (core.isalpha() and core.isupper() and len(core) <= 4)


def example_codes(text: str) -> list[str]:
    """The examples of codes a field's text shows: runs of code-like tokens with a digit ("Örn: 34 ABC 123" ->
    ["34 ABC 123"], "z. B. C01X00T47" -> ["C01X00T47"])."""
    out, run = [], []
    for token in [*text.split(), ""]:
        if token and _code_like(token):
            run.append(token.strip("()[],;"))
            continue
        if any(c.isdigit() for c in " ".join(run)):
            out.append(" ".join(run))
        run = []
    return out


def said_like_examples(task: str, screen: Screen) -> list[str]:
    """The task's texts of the shape of a field's example ("06 KLM 482" for "Örn: 34 ABC 123"): the whole value,
    where the task's words alone would cut it short."""
    out = []
    for element in screen.editable:
        for text in examples(screen, element):
            for code in example_codes(text):
                pattern = shape_pattern(code)
                out += [m.group(0) for m in pattern.finditer(task)] if pattern else []
    return out


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type each value the task or a candidate offers into the field whose example has its shape (in place)."""
    offered = [c.action.get("text", "") for c in out if c.action.get("kind") == "type"]
    texts = dict.fromkeys([*said_like_examples(task, screen), *offered, *(v.text for v in task_values(task))])
    top = max((c.score for c in out), default=0.0)
    for text in texts:
        element = field_for(screen, text) if text else None
        if element is not None:
            raise_or_add(out, make, {"kind": "type", "element": element, "text": text},
                         f'type "{text}" into [{element}] {screen.labels.get(element, "")}', max(top + 0.5, 3.8))
            return
