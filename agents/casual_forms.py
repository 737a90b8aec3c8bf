"""Casual forms of a request, said the way the task parsers read them (run with the everyday forms).

"drop it to Bo on WhatsApp" sends it; "what's the filename of my newest video? send it to Bo" sends Bo that
file name; "in the mail Rent from Ana there's a link, open it" opens the link in that mail; "the email Rent
due from Ana" is the "Rent due" email from Ana. General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .text import FULL_NAME

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_NAME = FULL_NAME
_IT = r"(?:it|that|this|them|those|the answer|the result)"
_SEND = r"send|text|sms|message|mail|e-?mail|forward|share|tell|dm|whatsapp|signal"
# the things a request can find in an item ("there's a link in it")
_FOUND = r"link|url|code|address|number|phone number|photo|picture|attachment|file|date|time|location"
_KINDS = r"e-?mail|mail|message|text|sms|note|event|chat"
_URL = r"(?:https?://)?(?:[\w\-]+\.)+[a-z]{2,}(?:/[^\s,;]*)?"


def casual(text: str) -> str:
    """``text`` with the casual forms above said plainly; the same text when it has none."""
    text = re.sub(rf"\b(?:drop|shoot|fire|ping|pass|flick|bung)(?P<o> {_IT})(?: over| across| along| on)? to\b", r"send\g<o> to",
                  text, flags=re.I)  # "drop it to Bo", "pass that on to Ana": send it
    text = re.sub(r"(?:^|(?<=\band )|(?<=\bthen )|(?<=, ))(?:(?-i:M)|m)ail(?= (?:it|them|that|this)\b| [\w.+\-]+@| (?-i:[A-Z]))",
                  "email", text)  # "mail it to Bo", "mail Ana Ruiz the list": e-mail it (the Mail app is no verb)
    text = re.sub(rf"\b(?P<v>check|look at|look on|search|scan) (?P<u>{_URL}) for (?P<x>[^,;]+?)(?= and\b|[,;.]|$)",
                  r"\g<v> \g<x> on \g<u>", text, flags=re.I)  # "check shop.test/sale for the top offer": on that page
    m = re.fullmatch(rf"\s*(?:(?:pls|plz|please|kindly|can you|could you)\s+)*(?:check|look up|find|find out|get|see|read) (?P<x>.+?) (?:on|from|at) (?P<u>{_URL}) and (?:then )?"
                     rf"(?P<v>e-?mail|text|message|sms|send) (?:it|them|that) to (?P<to>[^,;]+?)(?P<r>\s*[,;].*|[.!]?)", text, re.I)
    if m:  # "check today's offer on shop.test and email it to Bo": email Bo today's offer from shop.test
        text = f"{m.group('v')} {m.group('to')} {m.group('x')} from {m.group('u')}{m.group('r')}"
    text = re.sub(r"(?:,\s*|\s+)(?:and\s+)?(?:pls\s+|please\s+)?(?:use|put|make)\s+(?P<s>[^,;]+?)\s+(?:as|for)\s+(?:the\s+)?"
                  r"subject(?:\s+line)?\b", r", subject \g<s>", text, flags=re.I)  # "use Rent as subject": its subject
    text = re.sub(r"\bfile-?names?\b", lambda m: "file names" if m.group(0).endswith("s") else "file name", text, flags=re.I)
    text = _answer_sent(text)
    text = _there_is(text)
    return re.sub(rf"\bthe (?P<k>{_KINDS}) (?P<t>(?-i:[A-Z0-9])[\w'&\-]*(?: [\w'&\-]+){{0,4}}?) (?=(?:from|by) {_NAME}\b)",
                  r"the \g<t> \g<k> ", text)  # "the email Rent due from Ana Ruiz": its title, then its kind


def _answer_sent(text: str) -> str:
    """"what's X? send it to Bo on Signal" -> "send X to Bo on Signal": the answer is what is sent."""
    m = re.fullmatch(rf"\s*(?:what|which)(?:'s| is| are| was) (?P<x>(?:the|my|their|his|her) [^?]+?)\s*\?\s*(?:and |then |pls |please )*"
                     rf"(?P<v>{_SEND})(?: it| that| this| them| the answer)(?: over)? to (?P<to>.+?)\s*[.!]?\s*", text, re.I)
    if not m:
        return text
    return f"{m.group('v')} {m.group('x')} to {m.group('to')}"


def _there_is(text: str) -> str:
    """"in the email X there's a link, open it" / "there is a code in Bo's text, copy it" -> "<verb> the <thing> in ..."."""
    where = r"(?P<w>(?:in|on|inside) (?:the|my|this|that|a|an|(?:(?-i:[A-Z])[\w\-]* ){0,2}(?-i:[A-Z])[\w\-]*'s) [^,;]+?)"
    thing = rf"(?:a|an|some|one) (?P<t>{_FOUND})"
    verb = rf"[,;.]?\s*(?:and |so |pls |please |can you |could you )*(?P<v>[a-z]+)(?: {_IT})(?P<r>[^.;]*?)\s*[.!]?\s*"
    m = (re.fullmatch(rf"\s*{where},? there(?:'s| is| are) {thing}{verb}", text, re.I)
         or re.fullmatch(rf"\s*there(?:'s| is| are) {thing} {where}{verb}", text, re.I))
    if not m:
        return _sent_with(text)
    if m.group("v").casefold() in ("is", "was", "are", "be", "and", "it"):
        return text
    return f"{m.group('v')} the {m.group('t')} {m.group('w')}{m.group('r')}"


def _sent_with(text: str) -> str:
    """"there's an email from Acme with a code, text that code to Bo" -> "text Bo the code from the Acme email"."""
    m = re.fullmatch(rf"\s*there(?:'s| is) (?:an?|one|some) (?:new )?(?P<k>{_KINDS}) from (?P<s>[^,;]+?) (?:with|containing|that has"
                     rf"|which has|that contains) (?:a|an|the|some|one) (?P<t>{_FOUND})[,;.]?\s*(?:and |so |pls |please )*"
                     rf"(?P<v>[a-z]+) (?:it|that|this|them|the (?P=t)|that (?P=t)|this (?P=t))(?: to (?P<to>[^,;.]+?))?(?P<r>[,;.].*)?\s*",
                     text, re.I)
    if not m or m.group("v").casefold() in ("is", "was", "are", "be", "and", "it"):
        return text
    to = f" {m.group('to')}" if m.group("to") else ""
    return f"{m.group('v')}{to} the {m.group('t')} from the {m.group('s')} {m.group('k')}{m.group('r') or ''}"
