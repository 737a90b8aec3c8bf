"""Keys that recognise a screen and an element again, however the data on them changes.

A screen's :func:`signature` is its structure: the kind and resource id of each actionable
element, with the first part of its label for elements outside repeated rows (a toolbar's
"Search", a settings row's "Display"), digits masked, states left out ("Wi-Fi: ON" and
"Wi-Fi: OFF" are one screen). Rows that share a resource id (a contact list, an inbox) count
once, by kind and id only, so the number of rows and what they say do not matter. A screen
with little structure adds its title (the first text shown) to tell it from its siblings.
An element's :func:`element_key` is the same token: every row of a list has the same key.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from .perceptor import Screen
from .text import normalize

_LINE = re.compile(r"^\[(\d+)\] (\S+) ")
_DIGITS = re.compile(r"\d+")
_STATE = re.compile(r":\s*(on|off|an|aus|activé|désactivé|sí|no|true|false)$", re.I)
_MAX_PART = 40
_FEW = 2  # a screen with this many element tokens or fewer adds its title


def kinds(screen: Screen) -> dict[int, str]:
    """Element id -> its class's short name (``Switch``, ``LinearLayout``), read from the lines."""
    return {int(m.group(1)): m.group(2) for m in map(_LINE.match, screen.lines) if m}


def flags(screen: Screen, element_id: int) -> str:
    """The flags in the element's line ("on, scrollable", ...); '' when it has none."""
    line = next((line for line in screen.lines if line.startswith(f"[{element_id}] ")), "")
    return line.rsplit("(", 1)[-1].rstrip(")") if line.endswith(")") else ""


def mask(text: str) -> str:
    """Comparable, with digits masked and a trailing state dropped ("Battery 82%" -> "battery #%")."""
    return _DIGITS.sub("#", _STATE.sub("", normalize(text)))[:_MAX_PART]


def _rid(screen: Screen, element_id: int) -> str:
    return screen.locators.get(element_id, {}).get("resource_id", "").rsplit("/", 1)[-1]


def repeated(screen: Screen) -> set[int]:
    """Ids of rows: actionable elements whose resource id is shared with another element."""
    counts = Counter(_rid(screen, i) for i in screen.actionable)
    return {i for i in screen.actionable if _rid(screen, i) and counts[_rid(screen, i)] > 1}


def element_key(screen: Screen, element_id: int, *, rows: set[int] | None = None,
                kind_of: dict[int, str] | None = None) -> str:
    """``kind|resource-id|first label part`` (rows: ``row|kind|resource-id``)."""
    rows = repeated(screen) if rows is None else rows
    kind = (kind_of if kind_of is not None else kinds(screen)).get(element_id, "")
    if element_id in rows:
        return f"row|{kind}|{_rid(screen, element_id)}"
    if "scrollable" in flags(screen, element_id):
        return f"{kind}|{_rid(screen, element_id)}|"  # a list is named by a row: its label changes
    first = screen.labels.get(element_id, "").split(" | ", 1)[0]
    return f"{kind}|{_rid(screen, element_id)}|{mask(first)}"


def title(screen: Screen) -> str:
    """The first text the screen shows that is no element (its heading, mostly)."""
    return next((line.strip() for line in screen.lines if line.startswith("    ")), "")


def signature(screen: Screen) -> str:
    """The screen's structural fingerprint (see the module docstring)."""
    rows, kind_of = repeated(screen), kinds(screen)
    tokens = sorted({element_key(screen, i, rows=rows, kind_of=kind_of) for i in screen.actionable})
    if len(tokens) <= _FEW:
        tokens.append(f"title|{mask(title(screen))}")
    text = "\n".join([screen.package, *tokens])
    return hashlib.blake2b(text.encode(), digest_size=10).hexdigest()
