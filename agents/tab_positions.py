"""A tab's place said in its name ("Transactions | Onglet 3 sur 4", "闲鱼 | 第 1 个标签,共 5 个"): dropped.

Flutter's and many web toolkits' tab bars add the tab's position to each tab's description, in the
phone's language ("Tab 1 of 4", "Tab 1 von 4", "ট্যাব ৪ এর ৫"). The part names nothing the task asks
for and dilutes the tab's name. It is told by structure, in any language: two or more controls of the
screen carry a part of the same shape, two numbers (digits of any script) with the same words around
them, the second number the same on each (the count of tabs) and the first different (the place), all on
one line across the screen (a tab bar; a list's "1 of 3 done" rows stand under each other).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .perceptor import Screen

_NUMBER = re.compile(r"\d+")
_MAX_TABS = 12
_MAX_PART = 40  # characters: a place part is short


def _value(digits: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in digits))


def _place(part: str) -> tuple[str, int, int] | None:
    """(the words around the numbers, the first number, the second) of a short part with exactly two numbers."""
    numbers = _NUMBER.findall(part)
    if len(part) > _MAX_PART or len(numbers) != 2:
        return None
    first, second = (_value(n) for n in numbers)
    return _NUMBER.sub("#", part.strip()), first, second


def _one_line(screen: Screen, elements: list[int]) -> bool:
    boxes = [screen.bounds.get(e) for e in elements]
    return all(boxes) and max(b[1] for b in boxes) < min(b[3] for b in boxes)  # they overlap vertically


def drop_positions(screen: Screen) -> None:
    """Drop the place parts of a tab bar from its tabs' labels and lines (see the module docstring)."""
    found: dict[tuple[str, int], list[tuple[int, str, int]]] = {}
    for element in screen.actionable:
        parts = screen.labels.get(element, "").split(" | ")
        if len(parts) < 2:
            continue
        for part in parts[1:]:
            place = _place(part)
            if place and 1 <= min(place[1:]) and max(place[1:]) <= _MAX_TABS:
                skeleton, first, second = place
                # the count is the larger number (Korean and Bengali say it first)
                found.setdefault((skeleton, max(first, second)), []).append((element, part, min(first, second)))
    for tabs in found.values():
        if len(tabs) < 2 or len({place for _, _, place in tabs}) < len(tabs) or not _one_line(screen, [t[0] for t in tabs]):
            continue
        for element, part, _ in tabs:
            label = screen.labels[element]
            kept = " | ".join(p for p in label.split(" | ") if p != part)
            screen.labels[element] = kept
            screen.lines = [line.replace(f'"{label}"', f'"{kept}"', 1) if line.startswith(f"[{element}] ") else line
                            for line in screen.lines]
