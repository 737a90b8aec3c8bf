"""What is in my cart, read first and passed on: "text Bo what's in my cart", "sms Bo my cart items", "send Bo an
SMS listing everything in my basket", "what's in my cart? Text the list to Bo".

The cart page is read first (its title says cart, basket, bag or trolley): each item is the name its own remove
button carries ("Remove Rye bread") or, without one, the line above its quantity ("Qty 2"). Then the names are
sent to the person, in one text. Shopping app conventions and plain English task grammar only.
"""

from __future__ import annotations

import re

OBJECT = "cart contents"  # the read part's object: the cart's items
KIND = "items"  # the kind of value read: every item's name, in the cart's order
LINES = "item lines"  # the same names, one a line (written into a note)

_NAME = r"(?P<who>(?-i:[A-Z])[\w'\-]+(?:\s+(?-i:[A-Z])[\w'\-]+){0,2})"
_CART = r"(?:(?:my|the)\s+)?(?:\w+\s+)?(?:cart|basket|bag|trolley)"
_SEND = r"(?:text|sms|message|send|tell)"
_PASSED = (
    re.compile(rf"^\s*(?:please\s+)?{_SEND}\s+{_NAME}\s+(?:(?:an?\s+)?(?:sms|text|message)\s+)?(?:listing\s+)?(?:what(?:'s|\s+is)"
               rf"|everything(?:\s+that(?:'s|\s+is))?|all(?:\s+that(?:'s|\s+is))?|the\s+(?:items|things|contents))\s+(?:in|of)\s+{_CART}\b",
               re.I),
    re.compile(rf"^\s*(?:please\s+)?{_SEND}\s+{_NAME}\s+{_CART}\s+(?:items|contents|list)\b", re.I),
    re.compile(rf"^\s*what(?:'s|\s+is)\s+in\s+{_CART}\s*\?\s*{_SEND}\s+(?:the\s+list|it|them|that)\s+to\s+{_NAME}", re.I),
)
_LISTED = r"(?:what(?:'s|\s+is)|everything|all|(?:the\s+)?(?:names\s+of\s+the\s+)?(?:items|things|contents|products)|each\s+(?:product|item|thing))"
_TITLE_SAID = r"(?:called|titled|named)\s+(?P<title>[\"“][^\"”]{1,60}[\"”]|(?-i:[A-Z])[^,.;:\"“]{0,60}?)"
# "write what's in my cart into a new note called "X"", "a note titled X listing each product in the cart"
_INTO_NOTE = (
    re.compile(rf"\b{_LISTED}\s+(?:in|of)\s+{_CART}\b[^.;]*?\bnote\b[^.;\"“]*?\b{_TITLE_SAID}(?=\s*(?:[,.;]|$|\s+(?:with|one|a\s+line|each)\b))",
               re.I),
    re.compile(rf"\bnote\b[^.;\"“]*?\b{_TITLE_SAID}\s+(?:listing|with|holding|containing|of)\s+{_LISTED}\s+(?:in|of|from)\s+"
               rf"{_CART}\b", re.I),
    re.compile(rf"\bnote\b[^.;\"“]*?\b(?:called|titled|named)\s+[\"“](?P<title>[^\"”]{{1,60}}?)\s+(?:listing|with|holding|containing)\s+"
               rf"{_LISTED}\s+(?:in|of|from)\s+{_CART}\b", re.I),  # the same, its clause quoted with the title by a rewording
)
_LABEL = re.compile(r"^\[\d+\]\s+\S+\s+\"(?P<l>[^\"]+)\"")
_REMOVE = re.compile(r"^(?:remove|delete)\s+(?P<x>.+)$", re.I)
_QTY = re.compile(r"^\s*(?:qty|quantity)\b", re.I)
_TITLE = re.compile(r"\b(?:cart|basket|bag|trolley)\b", re.I)


def cart_part(task: str, picked: str) -> tuple[str, str, str] | None:
    """(question, kind of value, the rest with ``picked`` where the names go) when ``task`` passes on the cart."""
    for pattern in _PASSED:
        m = pattern.search(task)
        if m:
            return "What is in my cart?", KIND, f'text {m["who"]}: "{picked}"'
    for pattern in _INTO_NOTE:  # written into a new note, one item a line
        m = pattern.search(task)
        if m:
            title = m["title"].strip().strip('"“”')
            return "What is in my cart?", LINES, f'Create a new note titled "{title}" saying "{picked}"'
    return None


def read(lines: list[str], kind: str = KIND) -> str | None:
    """The names of the cart's items ("A, B and C", or one a line for ``LINES``) on a cart page, else None."""
    titles = [line.strip() for line in lines if line.startswith("    ") and line.strip()]
    if not titles or not _TITLE.search(titles[0]):
        return None
    names = []
    for n, line in enumerate(lines):
        m = _LABEL.match(line.strip())
        removed = _REMOVE.match(m["l"]) if m else None
        if removed:
            names.append(removed["x"].strip())
        elif line.startswith("    ") and n + 1 < len(lines) and _QTY.match(lines[n + 1]) and not any(
                _LABEL.match(later.strip()) and _REMOVE.match(_LABEL.match(later.strip())["l"]) for later in lines):
            names.append(line.strip())
    names = list(dict.fromkeys(names))
    if not names:
        return None
    if kind == LINES:
        return "\n".join(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
