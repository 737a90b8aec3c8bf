"""A need said of someone with the way it reaches them: "Ana Ruiz needs the gate code by text", "bo@x.org needs to get
report.pdf by email", "Ana needs the file name of my newest photo, sent on WhatsApp".

English states such a request as the other person's need and the channel: "<person> needs (to get | to have | to
receive) <thing> by <text | SMS | email>" or "..., sent on <app>". It is the request to send that person the thing that
way: "text Ana Ruiz the gate code", "email bo@x.org report.pdf", "send Ana ... on WhatsApp". General English only.
"""

from __future__ import annotations

import re

from .text import FULL_NAME

_WHO = rf"(?P<who>{FULL_NAME}|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)"
_NEED = re.compile(rf"^\s*{_WHO}\s+(?:still\s+|also\s+)?needs\s+(?:to\s+(?:get|have|receive)\s+)?(?P<what>[^,;:]+?)"
                   r"(?:,?\s+(?:by|via|over|through|as an?)\s+(?P<way>text(?: message)?|sms|e-?mail|mail)"
                   r"|,\s+sent\s+(?:on|via|over|through|in)\s+(?P<app>(?-i:[A-Z])[\w\-]*))\s*[.!]?\s*$", re.I)
_VERB = {"text": "text", "text message": "text", "sms": "text", "email": "email", "e-mail": "email", "mail": "email"}


def as_request(text: str) -> str:
    """``text`` as the request to send (see the module docstring); the same text when it says no such need."""
    m = _NEED.match(text)
    if m is None:
        return text
    if m["app"]:
        return f"send {m['who']} {m['what']} on {m['app']}"
    return f"{_VERB[m['way'].casefold()]} {m['who']} {m['what']}"
