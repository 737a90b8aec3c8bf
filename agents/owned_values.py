"""A person's value said by its short name: "Bo Li's email" is Bo Li's e-mail address when the task asks
for it ("what's Bo Li's email?", "can you tell me Bo Li's email") or states it ("Bo Li's email is
bo@x.org"); "read Bo Li's email" or "reply to Bo Li's email" stay a message. General English only.
"""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*"  # a name (one or more capitalised words)
_MAIL = r"e-?mail|mail"
# A question or a request to be told a value, politeness allowed before it.
_ASKS = (r"^(?:(?:hey|hi|ok|okay|so)\b[,!]?\s*)?(?:(?:please|pls|can|could|would|will) (?:you )?(?:please )?)?"
         r"(?:what(?:'s| is| was|s)?|tell me|give me|send me|show me|get me|find(?: me)?|look up|remind me of"
         r"|do you (?:know|have)|I need|I want|which is)\b")
_STATES = r"\s*(?:is|was|is now|has changed to|changed to|=|:)\s+(?=\S+@\S+\.\w)"


def owned_values(text: str) -> str:
    """``text`` with a person's "email" that means their e-mail address said as "email address"."""
    text = re.sub(rf"\b(?P<n>{_NAME})'s (?P<m>{_MAIL})\b(?! address)(?={_STATES})", r"\g<n>'s \g<m> address", text)
    if re.match(_ASKS, text.strip(), re.I):
        text = re.sub(rf"\b(?P<n>{_NAME})'s (?P<m>{_MAIL})\b(?! address)(?=\s*(?:please\b|pls\b)?\s*[?.!]*\s*$)",
                      r"\g<n>'s \g<m> address", text)
    return text
