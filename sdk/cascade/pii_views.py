"""Private data hidden by characters nobody sees: a view of the text without them, and the way back.

Zero-width spaces and joiners, direction marks and overrides, soft hyphens, word joiners, and the marks that
underline, strike through or put a digit in a keycap ("k̲a̲t̲e̲", "4️⃣1️⃣5️⃣") can sit
inside a phone number, a card or an e-mail ("4111<U+200B>1111...") so that a pattern reading the raw
text misses it; URLs write ``@`` and ``+`` as ``%40`` and ``%2B``, HTML as ``&#64;`` or ``&commat;``
(any numeric entity is read as its character). ``plain_view`` drops the former
and decodes the latter (and a query value's "+" for a space), and keeps, for each character of the view, where it came from, so a span
found in the view maps back onto the text as written (``to_text``).
"""

from __future__ import annotations

import re

_INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063" \
             "\u2064\u2066\u2067\u2068\u2069\ufeff" \
             "\u0332\u0333\u0335\u0336\u0337\u0338\u20dd\u20e3\ufe0e\ufe0f"  # underlines, strokes, keycaps: "4️⃣", "k̲"
_HIDDEN = re.compile(f"[{_INVISIBLE}]|%(?:40|2[bBeE0])"  # %40 @, %2B +, %2E ., %20 space
                     r"|&(?:#(?:\d{2,5}|[xX][0-9a-fA-F]{2,4})|commat|period|plus|nbsp|hyphen|dash|lowbar);")  # HTML
_DECODED = {"%40": "@", "%2b": "+", "%2e": ".", "%20": " ", "&commat;": "@", "&period;": ".", "&plus;": "+",
            "&nbsp;": " ", "&hyphen;": "-", "&dash;": "-", "&lowbar;": "_"}
_QUERY_VALUE = re.compile(r"[?&][\w.\-]{1,30}=([^&\s#]+)")


def plain_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(view, starts, ends)``: ``view[i]`` stands for ``text[starts[i]:ends[i]]``; None when nothing is hidden."""
    edits = {m.start(): (m.end(), _decoded(m.group())) for m in _HIDDEN.finditer(text)} \
        if not text.isascii() or "%" in text or "&" in text else {}
    if "+" in text and "=" in text and "?" in text:  # a query value writes spaces as "+": "?q=221B+Baker+Street"
        for value in _QUERY_VALUE.finditer(text):
            edits.update((i, (i + 1, " ")) for i in range(value.start(1) + 1, value.end(1) - 1)
                         if text[i] == "+" and text[i - 1].isalnum() and text[i + 1].isalnum())
    return edited(text, edits) if edits else None


_SHORT = 600  # characters of a text read for words spelled out
_SPELLED_OUT = re.compile(r"(?<![^\W\d_])[^\W\d_](?: [^\W\d_]){3,}(?![^\W\d_])")  # "T a n n e r s"
_LETTER_GAP = re.compile(r"(?<=(?<![^\W\d_])[^\W\d_]) (?=[^\W\d_](?![^\W\d_]))(?!(?<=[a-zß-ÿ] )[A-ZÀ-Þ])")


def letters_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(view, starts, ends)``: ``text`` with each word spelled letter by letter written together ("T a n n e r s
    H i l l" -> "Tanners Hill": a capital after a small letter starts the next word); None when it spells none. Read
    in short texts only (a typed message, a field's value): a long prompt is no place to disguise a word."""
    if len(text) > _SHORT or " " not in text or not _SPELLED_OUT.search(text):
        return None
    return edited(text, {m.start(): (m.end(), "") for m in _LETTER_GAP.finditer(text)})


def edited(text: str, edits: dict[int, tuple[int, str]]) -> tuple[str, list[int], list[int]]:
    """``(view, starts, ends)``: ``text`` with ``text[start:end]`` read as ``written`` for each ``start: (end,
    written)`` of ``edits`` (one that overlaps an earlier is left out); each character written stands for the whole
    of what it replaces, and what is replaced by nothing goes with the character before ("5️⃣": the keycap)."""
    view: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start in sorted(edits):
        if start < pos:
            continue
        end, written = edits[start]
        view += text[pos:start]
        starts += range(pos, start)
        ends += range(pos + 1, start + 1)
        view += written
        starts += [start] * len(written)
        ends += [end] * len(written)
        if not written and ends and ends[-1] == start:
            ends[-1] = end
        pos = end
    view += text[pos:]
    starts += range(pos, len(text))
    ends += range(pos + 1, len(text) + 1)
    return "".join(view), starts, ends


def _decoded(hidden: str) -> str:
    """What an escape stands for ("%40", "&#64;", "&#x40;", "&commat;": "@"); an invisible character stands for nothing."""
    if hidden.startswith("&#"):
        code = int(hidden[3:-1], 16) if hidden[2] in "xX" else int(hidden[2:-1])
        return chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
    return _DECODED.get(hidden.lower(), "")


def to_text(start: int, end: int, starts: list[int], ends: list[int]) -> tuple[int, int]:
    """The span of the text as written that ``view[start:end]`` stands for."""
    return starts[start], ends[end - 1]


__all__ = ["edited", "letters_view", "plain_view", "to_text"]
