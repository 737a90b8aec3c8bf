"""Private data hidden by characters nobody sees: a view of the text without them, and the way back.

Zero-width spaces and joiners, direction marks and overrides, soft hyphens and word joiners can sit
inside a phone number, a card or an e-mail ("4111<U+200B>1111...") so that a pattern reading the raw
text misses it; URLs write ``@`` and ``+`` as ``%40`` and ``%2B``. ``plain_view`` drops the former
and decodes the latter, and keeps, for each character of the view, where it came from, so a span
found in the view maps back onto the text as written (``to_text``).
"""

from __future__ import annotations

import re

_INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063" \
             "\u2064\u2066\u2067\u2068\u2069\ufeff"
_HIDDEN = re.compile(f"[{_INVISIBLE}]|%(?:40|2[bBeE0])")  # %40 @, %2B +, %2E ., %20 space
_DECODED = {"%40": "@", "%2b": "+", "%2e": ".", "%20": " "}


def plain_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(view, starts, ends)``: ``view[i]`` stands for ``text[starts[i]:ends[i]]``; None when nothing is hidden."""
    if text.isascii() and "%" not in text or not _HIDDEN.search(text):
        return None
    view: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _HIDDEN.finditer(text):
        for i in range(pos, m.start()):
            view.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        if len(m.group()) == 3:
            view.append(_DECODED[m.group().lower()])
            starts.append(m.start())
            ends.append(m.end())
        pos = m.end()
    for i in range(pos, len(text)):
        view.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return "".join(view), starts, ends


def to_text(start: int, end: int, starts: list[int], ends: list[int]) -> tuple[int, int]:
    """The span of the text as written that ``view[start:end]`` stands for."""
    return starts[start], ends[end - 1]


__all__ = ["plain_view", "to_text"]
