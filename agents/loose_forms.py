"""Loosely said requests put the plain way (run early, quotes held aside).

A second request tacked on with "also" ("check X, also post it in Y" checks X and posts it), a message named
by who sent it ("the last thing Bo Li wrote me" is the
last message from Bo Li, "the code Acme emailed me" the code in Acme's email), the last one received (the most
recent), an item's title said around its sender ("the email from Bo Li called "X"", "Bo Li's "X" email":
the email "X" from Bo Li), and an aside that a person is in the contacts ("(she's in my contacts)": who, not where to
act). General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_NAME = r"[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)+"  # a full name (two or more capitalised words)
_SENDER = r"[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3}"  # a person or a service ("Acme", "Bo Li")
# Verbs a tacked-on request starts with ("..., also post it in Y").
_THEN = ("add|archive|bookmark|book|buy|call|change|close|copy|create|delete|email|forward|mail|make|mark|message|move"
         "|mute|note|open|order|pin|post|put|remind|remove|rename|reply|save|send|set|share|star|tell|text|turn|write")
_SENT = {"emailed": "email", "e-mailed": "email", "mailed": "email", "texted": "text", "messaged": "message"}
_BY = {"email": "email", "e-mail": "email", "mail": "email", "text": "text", "sms": "text"}
_ITEM = r"e-?mail|mail|message|text|chat|sms"


def loose(text: str) -> str:
    """``text`` with the loose forms above said plainly; the same text when it has none."""
    text = re.sub(rf"(?:\s*[,;]\s*|\s+|[.!]\s+)(?:and\s+)?(?:(?:then|please)\s+)?also,?\s+(?:please\s+)?(?=(?i:{_THEN})\b)"
                  rf"|\s*[,;.]?\s+(?:and\s+)?while you(?:'re| are) at it,?\s+(?=(?i:{_THEN})\b)", " and ", text, flags=re.I)
    text = re.sub(rf"\bthe (?P<o>(?:(?:very )?(?:last|latest|most recent|newest|first) )?)(?:thing|things|words?|message|text)"
                  rf" (?P<n>{_NAME}) (?:wrote|sent|said|texted|messaged)(?: to)? me\b",
                  lambda m: f"the {m['o'] or 'last '}message from {m['n']}", text)  # "the last thing Bo Li wrote me"
    text = re.sub(rf"\bthe (?P<o>last|latest|newest|most recent) (?:one )?from (?P<n>{_NAME})\b", r"the \g<o> message from \g<n>",
                  text)  # "what's the latest from Bo Li?"
    if re.match(r"(?:what|which|tell me|read me|show me|(?:I|we)(?: would|'d)? (?:like|love|want|need) to (?:know|find out|see))\b",
                text, re.I):  # asked, not passed on: where to read it
        text = re.sub(rf"\bthe (?P<k>(?:[a-z\-]+ )?(?:code|password|pin|link|number|address)) (?:that |which )?(?P<n>{_SENDER}) "
                      rf"(?:(?P<v>{'|'.join(_SENT)})(?: to)? me|sent(?: to)? me (?:by|via|in an?|over) (?P<b>e-?mail|mail|text|sms))\b",
                      lambda m: f"the {m['k']} in the {_SENT[m['v']] if m['v'] else _BY[m['b'].casefold()]} from {m['n']}",
                      text)  # "what is the verification code Acme emailed me?", "... that Acme sent me by email": in Acme's email
    mail = re.search(r"\b(?:in|from|on) (?:my|the) (?:mailbox|inbox|e-?mails?|mail|mail app|email app)\b|\bby e-?mail\b", text, re.I)
    text = re.sub(rf"\b(?:everything|all|anything)(?: that)? (?P<n>{_NAME}) (?:has )?(?P<v>e-?mailed|mailed|sent)(?: to)? me\b",
                  lambda m: f"every email from {m['n']}" if mail or m["v"] != "sent" else m[0], text)  # "in my mailbox,
    # archive everything Bo Li sent me": his emails, all of them
    text = re.sub(r"\bthe (?:very )?last (?P<k>text|message|sms|e-?mail|mail|voicemail)(?: message)? (?P<w>I|i) (?:received|got|was sent)\b",
                  r"the most recent \g<k> I received", text)  # "the last text I got": the newest, not the bottom row
    text = re.sub(rf"\bthe (?P<k>{_ITEM}) from (?P<n>{_SENDER}) (?:called|titled|named|with the subject) (?P<q>{_Q})",
                  r"the \g<k> \g<q> from \g<n>", text)  # "the email from Bo Li called "X"": the email "X" from Bo Li
    text = re.sub(rf"\bthe (?P<k>{_ITEM}) (?P<q>{_Q}) (?P<n>{_SENDER}) (?:sent|e-?mailed|mailed|texted|forwarded)(?: to)? me\b",
                  r"the \g<k> \g<q> from \g<n>", text)  # "the mail "X" Bo Li sent me"
    text = re.sub(rf"\s*\((?:(?i:they|he|she)|{_NAME})(?:'re|'s| are| is) (?:already |saved |stored )*(?:in|on) (?:my |the )?"
                  r"(?i:contacts?)(?: list| app)?\)|,\s*(?i:they|he|she)(?:'re|'s| are| is) (?:already |saved |stored )*(?:in|on)"
                  r" (?:my |the )?(?i:contacts?)(?: list| app)?(?=\s*,)", "", text)  # "(they're in my contacts)": who, not where to act
    return re.sub(rf"\b(?P<n>{_NAME})'s (?P<q>{_Q}) (?P<k>{_ITEM})\b", r"the \g<k> \g<q> from \g<n>", text)
