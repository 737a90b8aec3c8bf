"""A speaker's clipped auxiliary spelled out ("I'd like to know X": I would like to know X), for agents/wording.py."""

from __future__ import annotations

import re

_CLIPPED = {"d": "would", "ll": "will", "m": "am", "re": "are", "ve": "have"}


def unclipped(text: str) -> str:
    """The speaker's clipped auxiliary, where a sentence starts, spelled out outside quotes ("I'd like to know X": I
    would like to know X), so that every reader of what is said around a request meets one form of it; a message's
    own words ("text Bo I'm late") stay as written."""
    parts = re.split(r"(\"[^\"]*\"|“[^”]*”|«[^»]*»)", text)
    parts[::2] = [re.sub(r"(?:^|(?<=[.!?] ))(?P<p>I|we)'(?P<a>d|ll|m|re|ve)\b",
                         lambda m: f"{m['p']} {_CLIPPED[m['a'].casefold()]}", part, flags=re.I) for part in parts[::2]]
    return "".join(parts)


__all__ = ["unclipped"]
