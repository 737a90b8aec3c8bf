"""A message passed on to another app: its whole text read where it came in, then sent there.

"Forward the last text Kofi Adjei sent me to Lina Park on Telegram", "send Lina on WhatsApp the latest
SMS I got from Kofi Adjei", "copy what Kofi Adjei just emailed me into my Viber chat with Lina Park": no
app forwards into another one, so the message is read whole (its sender's latest one) and typed into the
other app's conversation. A forward inside one app (a mail to an address) has its own button: not this.
General English and messaging conventions only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_NAME = r"(?-i:[A-Z])[\w'\-]+(?: (?-i:[A-Z])[\w'\-]+)+"
_MSG = r"(?:text(?: message)?|sms|message|e-?mail|mail|dm)"
_LAST = r"(?:(?:last|latest|most recent|newest|recent)\s+)?"
_SENT = r"(?:just\s+)?(?:sent|texted|wrote|e-?mailed|mailed|messaged|dm'?d)(?:\s+(?:to\s+)?me)?"
# "the last text Bo Li sent me", "the latest sms I got from Bo Li", "Bo Li's latest SMS", "what Bo Li just texted me"
_MESSAGE = re.compile(rf"\b(?:(?:the|my|that|this)\s+)?{_LAST}(?P<k>{_MSG})\s+(?:that\s+)?(?:(?P<a>{_NAME})\s+{_SENT}"
                      rf"|(?:I|we)\s+(?:just\s+)?(?:got|received|had)\s+from\s+(?P<b>{_NAME})|from\s+(?P<c>{_NAME}))"
                      rf"|\b(?P<d>{_NAME})'s\s+{_LAST}(?P<k2>{_MSG})\b|\bwhat\s+(?P<e>{_NAME})\s+(?P<v>{_SENT})", re.I)
# a value named before the message ("send Bo the address from the party mail from Ana"): that value is passed on
_VALUE = re.compile(r"\b(?:address|code|number|link|url|time|date|price|password|name|details|location|photo|picture|"
                    r"file|attachment)\b(?:\s+\S+){0,5}\s*$", re.I)
_PASS = re.compile(r"\b(?:forward|send|pass|share|copy|relay|post|paste|take)\b", re.I)
# where it goes: "on Telegram", "in signal", "via WhatsApp", "into my Viber chat with ..."
_ON = re.compile(r"\b(?:on|in|via|over|through|using|into|to)\s+(?:my\s+|the\s+)?(?P<app>[A-Za-z][\w\-]*)"
                 r"(?=\s+(?:chat|group|conversation|app|with|the|a|an|my|what|whatever|that|this)\b|\s*[,.;:!?()]|\s*$)")
_NOT_APPS = frozenset("text texts sms message messages email e-mail mail dm it them him her me chat word words full "
                      "whole me contacts phone".split())
_MAIL = re.compile(r"e-?mail|mail", re.I)
# A conversation's incoming message, as apps label it: "Received: ...", "Bo Li: ...", "Bo Li said ..."
_OURS = re.compile(r"^(?:you|me|sent|you said|outgoing)\b", re.I)


class Forward(NamedTuple):
    question: str
    sender: str
    where: str  # where the message is read, in words
    rest: str  # what is done with it: sent to the other person on the other app


def forwarded(task: str) -> Forward | None:
    """The message to read whole and pass on to another app, or None."""
    m = next((m for m in _MESSAGE.finditer(task)  # "the address in the email from Bo": a value in it, not the message
              if not re.search(r"\b(?:in|from|of|inside|within)\s+$", task[:m.start()], re.I)
              and not _VALUE.search(task[:m.start()])), None)
    if m is None or not _PASS.search(task):
        return None
    sender = m["a"] or m["b"] or m["c"] or m["d"] or m["e"]
    kind = (m["k"] or m["k2"] or m["v"] or "").casefold()
    apps = [a.group("app") for a in _ON.finditer(task) if a.group("app").casefold() not in _NOT_APPS]
    people = [p for p in re.findall(_NAME, task) if p != sender and p.removesuffix("'s") != sender]
    if not apps or not people:  # no other app named: a forward inside the app itself
        return None
    mailed = bool(_MAIL.search(kind))
    verb = "email" if mailed else "text" if re.search(r"text|sms", kind) else "send"
    where = f"the last {'email' if mailed else 'text' if verb == 'text' else 'message'} from {sender}"
    return Forward(f"What did {sender} {verb} me last?", sender, where, f"send it to {people[0]} on {apps[0]}")


def last_said(lines: list[str], sender: str) -> str | None:
    """On the sender's conversation (a line names them alone), the text of the newest message they sent."""
    texts = [part for line in lines for part in  # a row's text and its description, each on its own
             re.sub(r'^\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s+\([^()]*\))?\s*$', r"\1", line).split(" | ")]
    if not any(t.strip().casefold() == sender.casefold() for t in texts):
        return None
    said = None
    for text in texts:
        m = re.match(rf"^\s*(?:received|{re.escape(sender)}(?:\s+said)?)\s*:?\s+(?P<m>\S.*)$", text, re.I)
        if m and not _OURS.match(text):
            said = m["m"].strip()
    return said
