"""How many messages one person sent: "How many text messages has Oda sent me today?".

The count is read in the conversation with that person (the page titled with their name), not on the list of
conversations (there the person is one row, whatever they sent): the list's row is opened first. In the
conversation each message is a bubble between the title bar and the text field; the person's are drawn on the
left, one's own on the right (or said to be one's own: "You said", "You:", "Me:"). Messaging app conventions and
plain English question grammar.
"""

from __future__ import annotations

import re

from .perceptor import Screen
from .text import words

# "has Oda Lind sent me", "did Ana text me", "Oda has been texting me", "messages from Oda" (counting's own)
_SENT_BY = re.compile(r"\b(?:has|have|did)\s+(?P<a>(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2})\s+(?:sent|send|texted|text|"
                      r"messaged|message|written|wrote|write|emailed|email)\b"
                      r"|(?P<b>(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2})\s+(?:has|have)\s+(?:been\s+)?(?:sent|texted|"
                      r"texting|messaged|messaging|written|writing)\s+me\b", re.I)
_MINE = re.compile(r"^(?:you|me|i)\b\s*(?:said|wrote|sent)?\s*:|\|\s*(?:you|me)\s+(?:said|wrote|sent)\b|\byou said\b", re.I)
_MESSAGES = frozenset(words("message messages text texts sms msg msgs chat chats email emails mail mails",
                            stopwords=frozenset()))


def sender(task: str) -> str | None:
    """The person whose messages a count question counts ("has Oda Lind sent me"), else None."""
    m = _SENT_BY.search(task)
    return (m["a"] or m["b"]).strip() if m else None


def counts_messages(noun: set[str]) -> bool:
    return bool(noun & _MESSAGES)


def title_of(label: str) -> str:
    return re.split(r"\s[|·•]\s|,\s|\.\s", label.strip(), maxsplit=1)[0].strip().rstrip(".")


def their_row(screen: Screen, rows: list[int], who: str) -> int | None:
    """On a list of conversations: the row titled with the person's name (to open), else None."""
    wanted = words(who)
    return next((i for i in rows if words(title_of(screen.labels.get(i, ""))) == wanted), None)


def in_conversation(screen: Screen, who: str) -> bool:
    heads = [line.strip() for line in screen.lines if line.startswith("    ")][:2]
    return any(words(h) == words(who) for h in heads)


def received(screen: Screen) -> int | None:
    """The bubbles the other person sent in the conversation on screen (left-drawn, not said to be one's own)."""
    width = screen.width or max((b[2] for b in screen.bounds.values()), default=0)
    fields = [screen.bounds[i] for i in screen.editable if i in screen.bounds]
    bottom = min((b[1] for b in fields), default=None)
    if not width or bottom is None:
        return None
    bars = [b for i, b in screen.bounds.items() if i not in screen.editable and b[3] - b[1] < 160 and b[1] < 300]
    top = max((b[3] for b in bars), default=0)
    bubbles = [i for i in screen.actionable if i not in screen.editable and (b := screen.bounds.get(i))
               and b[1] >= top and b[3] <= bottom and b[2] - b[0] < 0.9 * width and screen.labels.get(i, "").strip()]
    if not bubbles:
        return None
    theirs = [i for i in bubbles if screen.bounds[i][0] < 0.25 * width and not _MINE.search(screen.labels.get(i, ""))]
    return len(theirs)
