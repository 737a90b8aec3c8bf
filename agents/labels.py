"""Names for the elements of a real screen.

An element is named by everything it says (text, content-desc, hint), then by the texts of the
children it folds in. Controls that say nothing themselves (a Compose switch, an empty chat
input, an icon button) borrow the title of the row they sit in; every control also keeps that
row as context ("Follow" in the row of "natgeo"). Scroll containers and WebViews never fold
their children: their rows stay separate lines. Resource-id tails name an element only when
they are words ("compose_button"), never obfuscated ("gm8").
"""

from __future__ import annotations

import re

from ..device.types import Element
from .screen_order import reading_order
from .text import display, normalize

CAP = 120  # characters of one label or info line; longer ones are cut and marked
CONTEXT_CAP = 80
ROW_MAX_SHARE = 0.4  # an ancestor taller than this share of the screen is a page, not a row
_ID_WORDS = re.compile(r"[a-z]+(?:_[a-z]+)*")
_SHORT_STATE = 4  # "ON", "OFF", "켜짐": a switch's text that is only its state


def cap(text: str, limit: int = CAP) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def said_lines(text: str) -> list[str]:
    """The lines of one text or description, each a part: Flutter and other toolkits merge a row's
    texts into its content-desc one per line ("Title\nSubtitle")."""
    return [display(line) for line in text.splitlines() if line.strip()]


def repeats(desc: str, folded: list[str]) -> bool:
    """Whether a description only repeats the texts its children show ("Ana, Lunch?, 9:40" over the
    texts "Ana", "Lunch?", "9:40": React Native and web views label a touchable with its visible text)."""
    rest = normalize(desc)
    if not folded or not rest:
        return False
    for part in sorted((normalize(f) for f in folded), key=len, reverse=True):
        rest = rest.replace(part, " ", 1) if part else rest
    return not re.sub(r"[\s,;|·•\-:]+", "", rest)


def own_parts(e: Element, folded: list[str] | None = None) -> list[str]:
    """What the element says itself: a field its hint (its text is the value), a switch its
    description before its state text, anything else its text, description and hint (a
    description that only repeats the ``folded`` child texts is left to them, one part each)."""
    if folded and not e.is_editable and not e.checkable and repeats(e.content_desc, folded):
        return [line for line in said_lines(e.text)]
    if e.is_editable:
        parts = [e.hint, e.content_desc]
    elif e.checkable:
        parts = [e.content_desc, e.text]
    else:
        parts = [e.text, e.content_desc, "" if e.text else e.hint]
    return [line for p in parts if p for line in said_lines(p)]


# A badge drawn over an icon ("N", "NEW", "HOT"): said after the name it decorates, never as the title.
_BADGE = re.compile(r"^(?:[A-Z]|NEW|HOT|BETA|NEU|NUEVO|NOVO|NOUVEAU|NUOVO|YENİ|BARU|MỚI|新|新着|신규|НОВОЕ|НОВИНКА)!?$")


def merge(parts: list[str], limit: int = CAP) -> str:
    """Join distinct parts with " | " (a part already inside an earlier one is dropped; a badge goes after the
    name it decorates), capped."""
    kept: list[str] = []
    seen: list[str] = []
    parts = sorted(parts, key=lambda p: bool(_BADGE.match(p.strip()))) if len(parts) > 1 else parts
    for part in parts:
        key = normalize(part)
        if key and not any(key in s for s in seen):
            kept.append(part)
            seen.append(key)
    return cap(" | ".join(kept), limit)


def id_words(resource_id: str) -> str:
    """"compose button" for ``…:id/compose_button``; "" for obfuscated tails ("ngl", "gm8", "a1b")."""
    tail = resource_id.rsplit("/", 1)[-1]
    letters = tail.replace("_", "")
    if not _ID_WORDS.fullmatch(tail) or len(letters) < 4 or not re.search(r"[aeiouy]", letters):
        return ""
    return tail.replace("_", " ")


class Tree:
    """Parent/child links of one dump, for rows and borrowed labels."""

    def __init__(self, elements: list[Element], height: int) -> None:
        self.elements = elements
        self.height = max(height, 1)
        self.children: dict[int, list[int]] = {}
        for e in elements:
            if e.parent is not None:
                self.children.setdefault(e.parent, []).append(e.id)

    def subtree(self, root: int, skip: int | None = None) -> list[Element]:
        out, stack = [], [root]
        while stack:
            current = stack.pop()
            if current == skip:
                continue
            out.append(self.elements[current])
            stack.extend(reversed(self.children.get(current, [])))
        return out

    def texts(self, root: int, skip: int) -> list[Element]:
        """Nodes under ``root`` (outside ``skip``'s subtree) that say something."""
        return [n for n in self.subtree(root, skip) if n.id != root and (n.text or n.content_desc)]

    def row(self, e: Element) -> Element | None:
        """The nearest ancestor below any scroll container or page-sized box that holds other text."""
        current = e.parent
        while current is not None:
            a = self.elements[current]
            if a.scrollable or a.bounds.height > ROW_MAX_SHARE * self.height:
                return None
            if self.texts(a.id, e.id):
                return a
            current = a.parent
        return None

    def context(self, e: Element, actionable: set[int]) -> str:
        """The plain texts of the row ``e`` sits in (the object a verb button acts on); a row of
        peers (launcher icons, tabs) gives none."""
        row = self.row(e)
        if row is None:
            return ""
        plain = [n for n in self.texts(row.id, e.id) if n.id not in actionable]
        return merge([line for n in plain for line in said_lines(n.text or n.content_desc)], CONTEXT_CAP)

    def borrowed(self, e: Element, actionable: set[int]) -> str:
        """A title for a control that says nothing: its row's plain text nearest in line with it (read top down),
        then (not for fields) a tappable cell spanning half the row beside it (a Flutter or Compose room card
        "Wohnzimmer / 4 Lampen" left of its bare switch: the row's title, not the slider caption under it),
        else a labelled neighbour in the same row; outside rows, a sibling text on the same line."""
        row = self.row(e)
        if row is not None:
            pool = self.texts(row.id, e.id)
        elif e.parent is not None:
            pool = [n for n in self.texts(e.parent, e.id) if _same_line(n, e)]
        else:
            pool = []
        pool = _read(pool)  # a row's title before its summary, whatever the dump's order
        plain = [n for n in pool if n.id not in actionable]
        controls = [] if e.is_editable else [n for n in pool if n.id in actionable]  # a field is not its buttons
        cells = [n for n in controls if _same_line(n, e) and row is not None
                 and 2 * n.bounds.width >= row.bounds.width]
        ranked = [n for n in plain if _same_line(n, e)] + cells + plain + controls
        return cap((said_lines(ranked[0].text or ranked[0].content_desc) or [""])[0]) if ranked else ""


def _read(nodes: list[Element]) -> list[Element]:
    """``nodes`` as a person reads them: lines top down, each left to right."""
    by_id = {n.id: n for n in nodes}
    return [by_id[i] for i in reading_order((n.id, (n.bounds.left, n.bounds.top, n.bounds.right, n.bounds.bottom))
                                            for n in nodes)]


def _same_line(a: Element, b: Element) -> bool:
    return a.bounds.top < b.bounds.bottom and b.bounds.top < a.bounds.bottom


def is_bare_state(e: Element) -> bool:
    """A switch whose only words are its state ("ON", "켜짐"): it takes its row's title too."""
    return e.checkable and not e.content_desc and 0 < len(e.text.strip()) <= _SHORT_STATE
