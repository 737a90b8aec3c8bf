"""An item named by part of its number: "the contact whose number ends in 0307", "the one with a phone number ending
4411", "the card starting with 4929", "contact ...0307".

A list row rarely shows the whole number, but a list's search box finds by it (contacts, call logs, banking apps
all match digits), so the digits are typed into the screen's search field; once the field holds them, the first row
found is the item (opened to act on it). Plain English wording for a number's end or start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .candidate_lists import raise_or_add
from .lookup import search_field
from .perceptor import Screen

_NUMBER = r"\b(?:number|phone|mobile|cell|digits?|card|account|iban|no\.?|#)"
_END = re.compile(rf"{_NUMBER}[^.?!;]{{0,30}}?\b(?:ends?|ending|finish(?:es|ing)?)\s+(?:in|with|on)?\s*[\"'“]?"
                  r"(?P<d>\+?\d[\d ]{1,12}\d)\b", re.I)
_START = re.compile(rf"{_NUMBER}[^.?!;]{{0,30}}?\b(?:starts?|starting|begins?|beginning)\s+(?:in|with)?\s*[\"'“]?"
                    r"(?P<d>\+?\d[\d ]{1,12}\d)\b", re.I)
_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s?(?P<d>\d{3,})\b")  # "contact ...0307"


def fragment(task: str) -> str | None:
    """The digits an item is named by ("0307"), None when the task names none."""
    m = _END.search(task) or _START.search(task) or _ELLIPSIS.search(task)
    return m.group("d").replace(" ", "") if m else None


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type the digits into the search field; once it holds them, open the first row found."""
    digits = fragment(task)
    if digits is None:
        return
    fields = [i for i in screen.editable if search_field(screen, i)]
    if not fields:
        return
    field = fields[0]
    if digits not in re.sub(r"\D", "", screen.editable.get(field, "")):
        out.append(make({"kind": "type", "element": field, "text": digits},
                        f'type "{digits}" into [{field}] {screen.labels.get(field, "")}', 4.5))
        return
    box = screen.bounds.get(field)
    rows = [i for i in screen.actionable if i not in screen.editable and i in screen.bounds and box
            and screen.bounds[i][1] >= box[3] and _is_row(screen, i)]
    if rows:
        first = min(rows, key=lambda i: screen.bounds[i][1])
        raise_or_add(out, make, {"kind": "tap", "element": first}, f"tap [{first}] {screen.labels.get(first, '')}", 4.0)


def _is_row(screen: Screen, element: int) -> bool:
    """A list row: wide (most of the screen's width), not a scrolling container itself, and labelled."""
    left, _, right, _ = screen.bounds[element]
    widest = max((b[2] for b in screen.bounds.values()), default=0)
    line = next((ln for ln in screen.lines if ln.startswith(f"[{element}]")), "")
    return right - left >= 0.6 * widest and "scrollable" not in line.rsplit("(", 1)[-1] and bool(
        screen.labels.get(element, "").strip())
