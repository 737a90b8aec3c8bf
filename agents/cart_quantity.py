"""A quantity in the cart set to what is wanted: "I only want one X in my cart, not 4", "cart: X x1 only",
"make the quantity of X in my cart one again", "I need 4 of the X in my cart, not just one".

The cart shows each item with its quantity ("Qty 4"). When its row has a control that lowers (raises) it ("-",
"Decrease"; "+", "Increase"), that is pressed until the quantity shows; a cart without one is set by removing the
item and adding it again from its page, once per unit wanted. Nothing else in the cart is touched and nothing is bought. Shopping app conventions
and plain English task grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .fields import SEARCH
from .perceptor import Screen
from .progress import REPEAT
from .ranked import Ranked
from .text import normalize, words

_NUMBERS = {"one": 1, "a single": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_N = r"(?P<n>one|a single|two|three|four|five|\d+)"
_CART = r"(?:\w+\s+)?(?:cart|basket|bag|trolley)"
_SOME = r"(?:\d+|one|two|three|four|five|an?)"
_WANTED = (
    re.compile(rf"\b(?:(?:only|just|actually|really)\s+)?(?:want|need)\s+{_N}\s+(?:of\s+)?(?:the\s+)?(?P<x>(?-i:[A-Z])[^,.;]*?)\s+"
               rf"in\s+(?:my|the)\s+{_CART}\b", re.I),
    re.compile(rf"\bthere(?:'s|’s|\s+is|\s+are)\s+{_SOME}\s+(?:of\s+)?(?:the\s+)?(?P<x>(?-i:[A-Z])[^,.;]*?)\s+in\s+(?:my|the)\s+"
               rf"{_CART}\b.*?\b(?:(?:only|just|actually|really)\s+)?(?:want|need)\s+(?:the\s+)?{_N}\b", re.I),
    re.compile(rf"\b{_CART}\s*:\s*(?P<x>.+?)\s*[x×]\s*(?P<n>\d+)\b", re.I),
    re.compile(rf"\bquantity of\s+[\"“]?(?P<x>[^\"”]+?)[\"”]?\s+in\s+(?:my|the)\s+{_CART}\s+(?:back\s+)?(?:to\s+)?{_N}\b", re.I),
    re.compile(rf"\bhow many\s+(?P<x>(?-i:[A-Z])[^,.;]*?)\s+(?:I'm|I’m|I am)\s+(?:buying|getting|ordering)\b[^.;]*?\bto\s+{_N}\b",
               re.I),
)
_QTY = re.compile(r"\b(?:qty|quantity|amount)\s*:?\s*(\d+)\b|\bx\s*(\d+)\b", re.I)
_LOWER = re.compile(r"^(?:-|−|–|decrease|minus|remove one|fewer|less)\b", re.I)
_RAISE = re.compile(r"^(?:\+|＋|increase\b|plus\b|add one\b|one more\b)", re.I)
_ADD = re.compile(r"^(?:add to (?:cart|basket|bag|trolley)|add)\b", re.I)
_REMOVE = re.compile(r"^(?:remove|delete)\b", re.I)
_CART_BUTTON = re.compile(r"^(?:cart|basket|bag|trolley)\b", re.I)
_BUY = re.compile(r"^(?:checkout|check out|place order|buy|pay|order)\b", re.I)


def wanted(task: str) -> tuple[str, int] | None:
    """(the item, the quantity wanted) when the task puts a cart quantity back, else None."""
    for pattern in _WANTED:
        m = pattern.search(task)
        if m:
            n = m.group("n").casefold()
            return m.group("x").strip(), _NUMBERS.get(n, int(n) if n.isdigit() else 1)
    return None


def _said(h: dict[str, Any]) -> str:
    return h.get("line", "").split("] ", 1)[-1].split(" (in: ")[0].strip().strip('"“”')


def shown_quantity(item: str, screen: Screen) -> int | None:
    """The quantity the cart shows for ``item`` (the line after its name), else None."""
    key = normalize(item)
    for n, line in enumerate(screen.lines):
        if key in normalize(line) and not _REMOVE.match(line.split('"')[-2] if line.count('"') >= 2 else ""):
            for after in screen.lines[n:n + 3]:
                m = _QTY.search(after)
                if m:
                    return int(m.group(1) or m.group(2))
    return None


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, history: list[dict[str, Any]]) -> None:
    """Lower the item's quantity (or remove it), add it again once per unit wanted, finish once that many are in;
    never check out."""
    ask = wanted(task)
    if ask is None:
        return
    item, want = ask
    key = normalize(item)
    taps = [_said(h) for h in history if h.get("kind") == "tap" and h.get("outcome") == "success"]
    removed = next((i for i, t in enumerate(taps) if _REMOVE.match(t) and key in normalize(t)), None)
    added = sum(1 for t in taps[removed + 1:] if _ADD.match(t)) if removed is not None else 0
    shown = shown_quantity(item, screen)
    labels = {i: screen.labels.get(i, "") for i in screen.actionable}
    own_page = any(line.strip() and normalize(line.strip()) == key for line in screen.lines if line.startswith("    "))
    search = next((i for i, value in screen.editable.items() if words(
        f"{labels.get(i, '')} {screen.context.get(i, '')} {value}", stopwords=frozenset()) & SEARCH), None)
    for c in candidates:
        kind, element = c.action.get("kind"), c.action.get("element")
        label = labels.get(element, "") if element is not None else ""
        if kind == "done" and c.action.get("answer") is None:
            c.score = 7.0 if shown == want or (removed is not None and added >= want) else min(c.score, 0.5)
        elif kind == "tap" and _BUY.match(label):
            c.score -= 5.0  # putting the cart right buys nothing
        elif shown is not None and shown > want and kind == "tap" and (
                (_LOWER.match(label) or _REMOVE.match(label)) and key in normalize(f"{label} {screen.context.get(element, '')}")):
            c.score += 5.0 if _LOWER.match(label) or not any(
                _LOWER.match(labels[i]) and key in normalize(screen.context.get(i, "")) for i in labels) else 0.0
        elif shown is not None and shown < want and kind == "tap" and (_RAISE.match(label) or _REMOVE.match(label)) \
                and key in normalize(f"{label} {screen.context.get(element, '')}"):
            c.score += 5.0 if _RAISE.match(label) or not any(
                _RAISE.match(labels[i]) and key in normalize(screen.context.get(i, "")) for i in labels) else 0.0
        elif removed is not None and added < want:
            if kind == "tap" and own_page and _ADD.match(label):
                c.score += 6.0 + REPEAT * added  # its page: add it again, once per unit (a repeat here is the plan)
            elif kind == "tap" and not own_page and key in normalize(label) and not _REMOVE.match(label):
                c.score += 4.0  # its row in the shop: its page
            elif kind == "long_press" or kind == "tap" and _CART_BUTTON.match(label):
                c.score -= 4.0  # not its menu, nor the cart again before it is added
            elif kind == "back" and shown is None and not own_page and not any(key in normalize(v) for v in labels.values()) \
                    and search is None:
                c.score = max(c.score, 3.0)  # the cart without it: back to the shop
    if removed is not None and added < want and search is not None and not own_page and not any(
            key in normalize(v) for i, v in labels.items() if i not in screen.editable) and candidates:
        typed = any(h.get("kind") == "type" and key in normalize(h.get("line", "")) for h in history[-3:])
        if not typed and isinstance(candidates, list):  # the shop's search box: the item by its name
            candidates.append(replace(candidates[0], action={"kind": "type", "element": search, "text": item},
                                      text=f'type "{item}" into [{search}] {labels.get(search, "")}', score=5.0))
