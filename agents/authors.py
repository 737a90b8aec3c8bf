"""A person named by what they wrote, used by a later step: "text whoever sent me the email "Lease" ...", "message
whoever wrote last in the Hiking group ...", "the phone number of the sender of "Quote"".

Who it was is read first, where the message is (a mail's sender, a group's last speaker), then the rest is done
with the name in hand (the text sent to that person, their number looked up). Plain English task grammar only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_HELD = r"\ue000\d+\ue001|[\"“][^\"”]{1,80}[\"”]"  # a quoted subject (held aside by the wording, or as typed)
_WHO = r"(?:whoever|whomever|the\s+(?:person|one|member|people)\s+(?:who|that))"
_SENT = re.compile(rf"{_WHO}\s+(?:sent|e-?mailed|mailed|wrote)\s+(?:me\s+)?(?:the\s+|that\s+)?(?:e-?mail|mail|message)?\s*"
                   rf"(?P<t>{_HELD})(?:\s+(?:e-?mail|mail|message)\b)?"
                   rf"|\b(?:the\s+)?sender\s+of\s+(?:the\s+)?(?:e-?mail\s+|mail\s+)?(?P<t2>{_HELD})(?:\s+(?:e-?mail|mail|message)\b)?",
                   re.I)
_GROUP = r"(?:the\s+|my\s+)?(?P<{}>[\w'’&-]+(?:\s+[\w'’&-]+){{0,3}}?)\s+group(?:\s+chat)?\b"
_LAST = re.compile(rf"{_WHO}\s+(?:wrote|posted|spoke|messaged|said\s+something)\s+(?:last|most\s+recently)\s+in\s+{_GROUP.format('g')}"
                   rf"|\bthe\s+(?:author|sender|writer)\s+of\s+the\s+(?:last|latest|newest|most\s+recent)\s+message\s+in\s+"
                   rf"{_GROUP.format('g2')}", re.I)


_ONLY_ASKED = re.compile(r"\s*(?:(?:what|who)(?:'s|\s+is|\s+was)\s+|(?:tell me|find out|identify)\s+|)", re.I)


class Author(NamedTuple):
    question: str  # the question that reads who it was
    key: str  # the words that find the message: its subject, or the group's name
    rest: str  # the task with the person said as ``picked``
    where: str  # where it is read, in words ("mail "Lease"", "Hiking group")


def author_part(task: str, picked: str) -> Author | None:
    """Who to read first, or None when the task names no person by what they wrote."""
    m = _SENT.search(task)
    if m is not None and _ONLY_ASKED.fullmatch(task[:m.start()]) and re.fullmatch(r"[\s?.!]*", task[m.end():]):
        return None  # "what is the sender of the email X?": the question itself, nothing to do with the name after
    if m is not None:
        title = m["t"] or m["t2"]
        return Author(f"Who sent me the mail {title}?", title.strip('"“”'), _rest(task, m, picked), f"mail {title}")
    m = _LAST.search(task)
    if m is not None:
        group = m["g"] or m["g2"]
        return Author(f"Who wrote the last message in the {group} group?", group, _rest(task, m, picked), f"{group} group")
    return None


def _rest(task: str, m: re.Match[str], picked: str) -> str:
    return re.sub(r"\s+", " ", f"{task[:m.start()]}{picked}{task[m.end():]}").strip()
