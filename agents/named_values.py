"""A value named by whose it is, said as where it comes from, and the note it is written into.

"Save the Netflix code in a note named "TV"": the code is the one Netflix sent ("the code from
Netflix", to be looked up in the messages or mail), and "a note named ..." that a value is saved
into is a new note. General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

_VALUE = re.compile(r"\b(?P<d>the|my) (?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){0,2}) (?P<a>(?:verification |login |"
                    r"security |confirmation )?code|booking reference|tracking number)\b"
                    r"(?!\s+(?:from|of|that|which)\b)", re.I)
_NO_SENDER = frozenset("wi-fi wifi sim vpn bluetooth door gate alarm qr".split())  # "the Wi-Fi code" is no one's message
_SOURCE = re.compile(r"\b(?:from|in|out of) (?:the |my |an? )?(?:\w+ )?(?:e-?mail|mail|messages?|texts?|sms|inbox|chat)\b",
                     re.I)  # "the Netflix code from my mail": its source is said
_SAVING = re.compile(r"^(?:save|write|copy|store|put|keep|jot|note)\b", re.I)
_A_NOTE = re.compile(r"\b(?P<p>in|into|to|as) an? note (?=(?:named|called|titled|entitled)\b)", re.I)


def sourced(request: str) -> str:
    """``request`` with "the Netflix code" said "the code from Netflix" (when the request names no source),
    saved (if it is) in a new note when "a note named X"."""
    head = request.split("(", 1)[0]  # the reason in brackets keeps its own words
    m = _VALUE.search(head)
    if not m or m.group("n").casefold() in _NO_SENDER or _SOURCE.search(head):
        return request
    request = f"{request[:m.start()]}{m.group('d')} {m.group('a')} from {m.group('n')}{request[m.end():]}"
    return _A_NOTE.sub(lambda n: f"{n.group('p')} a new note ", request, count=1) if _SAVING.match(request) else request
