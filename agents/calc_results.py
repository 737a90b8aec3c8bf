"""A calculator already showing the sum a task asks: its live result is the answer.

Calculators show the expression typed ("4,500×18%", "1,280÷4") in their formula field and the result right under it
("=810", "320"), live as the keys are pressed or after "=". A task whose numbers all stand in that expression ("an
18% tip on 4,500", "1280 split four ways" with the four said in words) is answered by the result: the run finishes
with it, in whatever language the task asks, question mark or not; pressing "=" or more keys would only repeat it
or start another sum. The formula field (an editable line) is the live sum; a history list's older sums count only
where no field holds one, and then the newest (the lowest) that holds the task's numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .perceptor import Screen

_FIELD = re.compile(r'^\s*\[\d+\] \S+ "[^"]*" = "(?P<value>[^"]*)"')
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_OPERATOR = re.compile(r"[+\-−×÷*/%^]")
_EXPRESSION = re.compile(r"^[\d\s.,()]*\d[\d\s.,()]*(?:[+\-−×÷*/^][\s(]*\d[\d\s.,()]*%?|%)+\s*$")
_RESULT = re.compile(r"^=?\s*(?P<value>[-−]?\d[\d,.\u00a0 ]*)$")
# A phone number, date or code written with hyphens ("555-0123", "(030) 123-4567", "2024-05-01") reads like a
# difference: it is one only on a screen with the keys of other operators (a dialer has digits, * and # alone).
_HYPHENATED = re.compile(r"^[\d\s().]*\d(?:\s*[-−]\s*\d[\d().]*)+\s*$")
_OPERATOR_KEY = re.compile(r'^\s*\[\d+\] \S+ "[+×÷=]"')
_CLEARING = re.compile(r"\b(?:clear|reset|delete|erase)\b", re.I)
LEAD = 1.0


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any] | None) -> None:
    """Add (in place) the finish answering the calculator's result above all, when it holds the task's numbers."""
    result = shown_result(task, screen.lines)
    if result is None or make is None or _CLEARING.search(task):
        return
    top = max((c.score for c in out), default=0.0)
    out.append(make({"kind": "done", "answer": result}, f"answer {result!r} and finish", top + LEAD))


def shown_result(task: str, lines: list[str]) -> str | None:
    """The result shown under the expression that holds every number of the task; None where none does."""
    said = {_value(n) for n in _NUMBER.findall(task)}
    if not said:
        return None
    found: list[tuple[bool, int, str]] = []
    keypad = any(_OPERATOR_KEY.match(line) for line in lines)
    for index, line in enumerate(lines):
        field = _FIELD.match(line)
        text = field["value"] if field else _text(line)
        if not _EXPRESSION.match(text) or not _OPERATOR.search(text) or (_HYPHENATED.match(text) and not keypad):
            continue
        if not said <= {_value(n) for n in _NUMBER.findall(text)}:
            continue
        result = next((m["value"].strip() for later in lines[index + 1:index + 3]
                       if (m := _RESULT.match(_text(later).split(" | ")[0].strip()))), None)
        if result:
            found.append((field is not None, index, result))
    return max(found)[2] if found else None


def _text(line: str) -> str:
    """A line's shown text: a control's label, or a plain line's words."""
    quoted = re.match(r'^\s*\[\d+\] \S+ "(?P<label>[^"]*)"', line)
    return quoted["label"] if quoted else line.strip()


def _value(number: str) -> str:
    """A number without its grouping marks ("4,500" and "4.500" are 4500; "0.07" stays)."""
    return re.sub(r"[.,](?=\d{3}(?:\D|$))", "", number)
