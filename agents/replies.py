"""Replies said another way, as the plain "reply to THE MESSAGE saying ..." the task parsers read.

"Answer the mail about Rent from Bo Li: fine" and "respond to my last DM with: on my way" reply to
that mail or DM; "reply to whoever texted me last" replies to the most recent text; and a bare
"reply saying "fine"" whose reason names the message ("Bo Li emailed me about "Rent"") replies to
that message: "reply to the email about "Rent" from Bo Li saying "fine"". Runs on the request
put first by agents/wording.py (quoted text held aside, the other clauses in brackets after it).
General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import HELD
from .text import FULL_NAME

_MESSAGE = r"(?:e-?mails?|mails?|messages?|texts?|sms|dms?|chats?|conversations?|threads?|notes?|comments?|posts?)"
_NAME = FULL_NAME
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# "answer / respond to / write back to" a message: reply to it ("answer the call" is no reply).
_ANSWER = re.compile(rf"^(?:answer|respond to|(?:write|text|message|e-?mail|mail) back(?: to)?|get back to)\s+(?=(?:(?:the|my|this|that|their|his|her|"
                     rf"{_NAME}'s)\s+)?(?:(?:[\w\-]+|{HELD.pattern})\s+){{0,3}}?{_MESSAGE}\b)", re.I)
_WITH = re.compile(rf"\s+with\s*:\s*|\s+with\s+(?={HELD.pattern}\s*[.!]?\s*(?:\(|$))", re.I)  # "reply to X with: fine", 'with "fine"'
_SAY = re.compile(r"\s+and (?:say|tell (?:them|him|her))\b\s*:?\s*", re.I)  # "reply to X and say "fine""
# 'respond "fine" to X', 'answer "fine" to X': the words first, then what they answer.
_GIVEN = re.compile(rf"^(?:respond|answer|write back|say|send(?=\s+{HELD.pattern}\s+as an?\b))\s+(?={HELD.pattern}\s+(?:back\s+)?"
                    r"(?:as (?:a|my|the) (?:reply|response|answer) )?to\b)", re.I)
# 'reply to the mail "Rent" from Bo Li: fine': after the colon, the reply's words.
_COLON = re.compile(rf"^(?P<h>(?:reply|respond|answer|write back)(?: back)? to [^:()]*?{_MESSAGE}\b[^:()]*?)\s*:\s+"
                    r"(?!subject\b)(?=[^\s(])", re.I)
_PASS = re.compile(r"^(?:pass|send|hand|get|share)\s+(?P<x>.+?)(?:\s+(?P<p>along|on|over))?\s+(?:to|with)\b", re.I)
_BY_FORWARDING = re.compile(r"\s+by forwarding (?:it|them|this|that)\b", re.I)
# "whoever texted me last", "the last person who emailed me": the sender of the most recent message.
_WHOEVER = re.compile(r"\b(?:whoever|whomever|the (?:last )?(?:person|one|contact) (?:who|that))\s+(?P<v>texted|messaged|sms'?e?d|"
                      r"e-?mailed|mailed|wrote(?: to)?|pinged|dm'?e?d)\s+me(?:\s+(?:last|most recently|latest))?\b", re.I)
_KIND = {"texted": "text", "smsed": "text", "sms'd": "text", "e-mailed": "email", "emailed": "email", "mailed": "email"}
_BARE = re.compile(r"^(?P<v>reply|respond|answer|write back)(?:\s+(?:back\s+)?(?:to\s+)?(?:it|them|him|her|that|this(?: one)?))?"
                   r"(?=\s+(?:saying|with|that)\b|\s*:|\s*$)", re.I)
# The reason that names the message: "Bo Li emailed me about "Rent"", "x@y.org texted me".
_SENT_ME = re.compile(rf"(?P<who>{_NAME}|{_EMAIL})\s+(?P<v>e-?mailed|mailed|texted|messaged|wrote(?: to)?|sent)\s+me"
                      rf"(?:\s+an?\s+(?P<k>e-?mail|mail|text|message|sms))?(?:\s+(?:about|re|regarding)\s+(?P<t>{HELD.pattern}|"
                      r"[^,;()]+?))?\s*(?=$|[,;)])", re.I)


def replied(request: str) -> str:
    """``request`` (with its bracketed context) said as a plain reply; the same text otherwise."""
    request = _WHOEVER.sub(lambda m: f"the most recent {_kind(m.group('v'))} I received", request, count=1)
    request = re.sub(r"^(?:tell|text|message|write(?: to)?|answer)\s+(?=the most recent (?:text|message|email) I received\b)",
                     "reply to ", request, count=1, flags=re.I)  # "tell whoever texted me last: X"
    if _ANSWER.match(request):
        request = _ANSWER.sub("reply to ", request, count=1)
    if _GIVEN.match(request):  # 'send "fine" as a reply to X': reply "fine" to X
        request = re.sub(r"\s+as (?:a|my|the) (?:reply|response|answer) to\b", " to", _GIVEN.sub("reply ", request, count=1), count=1)
    if re.match(r"(?:reply|respond|answer)\b", request, re.I):
        request = _SAY.sub(" saying ", _WITH.sub(" saying ", request, count=1), count=1)
    request = _COLON.sub(r"\g<h> saying ", request, count=1)
    return _mailed(_forwarded(_to_named(request)))


def _mailed(request: str) -> str:
    """"forward the message about X to bo@li.test": a message forwarded to an e-mail address is a mail."""
    m = re.match(rf"^forward (?P<x>.+?) to {_EMAIL}\b", request, re.I)
    if not m or not re.search(r"\bmessage\b", m.group("x"), re.I):
        return request
    mail = re.sub(r"\bmessage\b", "email", m.group("x"), count=1, flags=re.I)
    return f"forward {mail}{request[m.end('x'):]}"


def _forwarded(request: str) -> str:
    """"pass X along to Y by forwarding it", "send the mail over to Y": forward it to Y."""
    m = _PASS.match(request)
    head = re.sub(r"\s+(?:from|in)\b.*$", "", m.group("x"), flags=re.I) if m else ""  # "the address from X's mail": no mail
    message = re.search(rf"\b{_MESSAGE}\b", head, re.I) if m else None  # "send the photo over": no mail
    if not m or not (m.group("p") and message or _BY_FORWARDING.search(request)):
        return request
    return f"forward {m.group('x')} to{_BY_FORWARDING.sub('', request[m.end():], count=1)}"


def _kind(verb: str) -> str:
    return _KIND.get(verb.casefold(), "message")


def _to_named(request: str) -> str:
    """A bare "reply saying X (Bo Li emailed me about "Rent")": the reply goes to the message the reason names."""
    bare = _BARE.match(request)
    context = re.search(r"\((?P<c>[^()]*)\)\s*[.!?]?\s*$", request)
    sent = _SENT_ME.search(context.group("c")) if bare and context else None
    if not sent:
        return request
    kind = (sent.group("k") or ("email" if "mail" in sent.group("v").casefold() else
                                "text" if sent.group("v").casefold() == "texted" else "message")).casefold()
    about = f" about {sent.group('t').strip()}" if sent.group("t") else ""
    rest = request[bare.end():context.start()].rstrip()
    left = (context.group("c")[:sent.start()] + context.group("c")[sent.end():]).strip(" ,;")
    tail = f" ({left})" if left else ""
    return f"reply to the {kind}{about} from {sent.group('who')}{rest}{tail}{request[context.end():].strip()}"
