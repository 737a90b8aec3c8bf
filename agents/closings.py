"""The thanks or "for me" that closes a request: "turn the wifi off for me, thanks", "Switch off the hotspot, ta."

A message said after ":" or "saying" keeps its own closing words ("text Bo: see you, ta"), and one that is nothing but
thanks stays whole. General English only.
"""

from __future__ import annotations

import re

_TAIL = re.compile(r"(?:[,\s]+|^)(?:for me|please|thanks(?: a lot| so much)?|thank you(?: so much)?|cheers|ok\??|okay\??"
                   r"|if you can|if possible|if you could|when you can|when you get a chance|real quick|for now)"
                   r"\s*[.!]*\s*$", re.I)
# A closing British "ta" after a comma: thanks, unless a message said after ":" or "saying" ends with it ("text Bo: see you, ta").
_TA = re.compile(r",\s*ta\s*[.!]*\s*$", re.I)
_TAPPED_OK = re.compile(r"\b(?:hit|tap|press|click|select|choose|push)\s+(?:on\s+)?(?:the\s+)?(?:ok|okay)(?:\s+button)?\s*[.!]*\s*$", re.I)
_MESSAGE_SAID = re.compile(r":\s|\bsaying\b", re.I)


def untailed(text: str) -> str:
    """``text`` without the thanks or "for me" closing it; a message said after ":" or "saying" keeps its own ("text Bo: thanks, ta").
    An "OK" tapped is the button ("change the time and hit OK")."""
    if _TAPPED_OK.search(text):
        return text.strip()
    new = _TAIL.sub("", text if _MESSAGE_SAID.search(text) else _TA.sub("", text)).strip()
    return text.strip() if re.search(r"(?::|\bsaying)\s*$", new, re.I) else new
