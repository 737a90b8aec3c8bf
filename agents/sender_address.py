"""The address a message came from: the sender's e-mail address, read on the message itself.

"Save the address Kofi Adjei wrote from to his contact", "add the sender address of the Lease mail to
Kofi's card", "copy the address they used into their entry (Kofi Adjei emailed me about "Lease")": the
value is no address written in the message's text but the one it was sent from, which a mail's own page
shows under its sender. General English and mail conventions only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_NAME = r"(?-i:[A-Z])[\w'\-]+(?: (?-i:[A-Z])[\w'\-]+)+"
_HELD = r"\ue000\d+\ue001|[\"“][^\"”]{1,80}[\"”]"  # a quoted subject (held aside by the wording, or as typed)
_TITLE = rf"(?:{_HELD}|\((?:{_HELD}|[^()]{{1,60}})\))"
# "the (email) address Bo Li wrote (to me) from", "the address they sent "Lease" from", "the address it came from",
# "the address they used": the one the message was sent from
_FROM = re.compile(rf"\bthe (?:e-?mail )?address (?:that )?(?P<who>{_NAME}|they|he|she|it) (?:(?:wrote|sent|e-?mailed|mailed"
                   rf"|messaged)(?: (?:to )?me)?(?: (?:it|that|this|them|the (?:e-?mail|mail|message)|{_TITLE}))? from|came from|used)\b"
                   rf"(?:\s*{_TITLE}| (?:for|in|on|with|to send) (?:the |their |his |her |that )?(?:{_HELD})(?: (?:e-?mail|mail|message)\b)?)?",
                   re.I)  # "the address Bo used for the "Lease" message"
# "the sender('s) (email) address of the Lease mail", "the address of the sender of "Lease""
_SENDER = re.compile(rf"\bthe (?:sender(?:'s)? (?:e-?mail )?address|(?:e-?mail )?address of the sender) (?:of|from|on|in) "
                     rf"(?:the )?(?:(?P<t>{_HELD})(?: (?:e-?mail|mail|message)\b)?|(?P<t2>(?:[\w'\-]+ ){{1,4}}?)(?:e-?mail|mail|message)\b)",
                     re.I)
_OWNER = re.compile(r"\b(?:their|his|her)\b(?=\s+(?:entry|contact|card|details|profile)\b)", re.I)
_CONTEXT = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*[.!]?\s*$")  # "(Bo Li emailed me about "Lease")": said already


class SenderAddress(NamedTuple):
    question: str
    key: str  # the words that find the message's row: its title, else its sender
    where: str  # where it is read, in words
    rest: str  # the task with the address said as "it"


def sender_address(task: str) -> SenderAddress | None:
    """The sender's address to read first, or None when the task names no address a message came from."""
    m = _FROM.search(task) or _SENDER.search(task)
    if m is None:
        return None
    said = m.group(0)
    who = m.groupdict().get("who") or ""
    if not re.fullmatch(_NAME, who):  # "they", "it": the person the other clauses name
        named = re.search(_NAME, task[m.end():]) or re.search(_NAME, task[:m.start()])
        who = named.group(0) if named else ""
    who = re.sub(r"'s$", "", who)
    aside = [t for t in re.findall(r"\(([^()]{1,60})\)", task) if not re.search(_NAME, t)]  # "(Lease)": its title
    title = m.groupdict().get("t") or m.groupdict().get("t2") or next(iter(re.findall(_HELD, said)), "") or \
        next(iter(re.findall(_HELD, task) + aside), "")
    title = title.strip().strip("\"“”").strip() if not title.startswith("\ue000") else title
    if not who and not title:
        return None
    rest = _CONTEXT.sub("", f"{task[:m.start()]}it{task[m.end():]}")
    rest = _OWNER.sub(f"{who}'s", rest) if who else rest
    where = f"the email {title} from {who}".replace("  ", " ") if title else f"the email from {who}"
    return SenderAddress(f"What email address did {who or 'they'} write from?", title or who, where,
                         re.sub(r"\s+([.,;!?])", r"\1", re.sub(r"\s+", " ", rest)).strip())
