"""Reverse look-ups: "whose number is +1 555 0100?", "who has the e-mail ana@x.org?", "which contact uses 0171 22
33 44?". The question gives a value and asks for its owner: the answer is the name on the row (or the page)
that shows that value, never the value itself. Phone numbers match by their digits whatever the spacing or
country prefix ("+1 285-555-0255" on "(285) 555-0255"), e-mails by their text. Plain English question grammar
and list conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .values import PATTERNS

_PATTERN = dict(PATTERNS)
_OWNER = re.compile(r"\bwhose\b|\bwho\b|\bwhich (?:contact|person|friend|one)\b|\bbelongs? to\b|\bsomebody\b|\bsomeone\b"
                    r"|\bwhom\b", re.I)
_LABEL = re.compile(r"\b(?:mobile|home|work|phone|e-?mail|cell|number|address|contact|details|info)\b", re.I)
_NAME = re.compile(r"^\s*([^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,3})\s*$")


def asked_value(task: str) -> str | None:
    """The phone number or e-mail whose owner the question asks for; None when it asks no owner."""
    if not _OWNER.search(task):
        return None
    for kind in ("email", "phone"):
        m = _PATTERN[kind].search(task)
        if m and len(re.sub(r"\D", "", m.group(0))) >= (0 if kind == "email" else 7):
            return m.group(0).strip()
    return None


def _same(value: str, text: str) -> bool:
    if "@" in value:
        return value.casefold() in text.casefold()
    digits = re.sub(r"\D", "", value)
    shown = [re.sub(r"\D", "", m.group(0)) for m in _PATTERN["phone"].finditer(text)]
    return any(len(d) >= 7 and (d.endswith(digits[-10:]) or digits.endswith(d[-10:])) for d in shown)


def owner(task: str, lines: Sequence[str]) -> str | None:
    """The name shown with the asked value: the row's other part ("Ana Ruiz | +1 285-555-0255"), or on a
    contact's page the title line above it."""
    value = asked_value(task)
    if value is None:
        return None
    texts = [_plain(line) for line in lines]
    for index, text in enumerate(texts):
        if not _same(value, text) or lines[index].lstrip().startswith("[") and "(field" in lines[index]:
            continue
        parts = [p.strip() for p in re.split(r"\s*[|·•,]\s*|\n", text) if p.strip() and not _same(value, p)]
        names = [p for p in parts if _NAME.match(p) and not _LABEL.search(p)]
        if names:
            return names[0]
        title = next((t for t, line in zip(texts[:index], lines[:index])  # a page's title, its first plain line
                      if line.startswith("    ") and _NAME.match(t) and not _LABEL.search(t)), None)
        if title:
            return title
    return _only_result(value, lines)


_CHROME = frozenset("create add new search clear navigate back more options menu filter sort cancel".split())


def _only_result(value: str, lines: Sequence[str]) -> str | None:
    """With the value typed into a search box, the one row found is its owner (a search by number or
    address lists the people who have it, by name)."""
    box = next((i for i, line in enumerate(lines) if "(field" in line and (m := re.search(r'= "(.*)"', line))
                and _same(value, m.group(1))), None)
    if box is None:
        return None
    found = [t for line in lines[box + 1:] if line.startswith("[") and _NAME.match(t := _plain(line))
             and not set(t.casefold().split()) & _CHROME]
    return found[0] if len(found) == 1 else None


def _plain(line: str) -> str:
    m = re.match(r'\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s*=\s*"(.*)")?(?:\s+\([^()]*\))?\s*$', line)
    return (m.group(1) or "").strip() if m else line.strip()
