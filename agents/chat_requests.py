"""Chats and groups said tersely or another way, as the plain request the task parsers read.

"new WhatsApp group Book club: add Ana Ruiz and Bo Li", "telegram group Ski week w/ Ana Ruiz, Bo
Li" -> 'create a WhatsApp group called "Book club" with Ana Ruiz and Bo Li'; "new Viber chat, Ana
Ruiz, text: see you" and "message Ana Ruiz on Viber for the first time: see you" -> 'start a new
chat with Ana Ruiz on Viber and send "see you"' (someone never written to has no chat to open yet);
"list the members of my Book club group" -> "who is in my Book club group?" (a question to answer); a message said as
a noun ("A text to Bo Li saying X, please", "send a quick text to Bo Li: X") -> text Bo Li saying X.
Runs on a task with its quoted text held aside. General English note grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import HELD
from .text import FULL_NAME

_NAME = FULL_NAME
_PEOPLE = rf"{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_NAME})*"
_GROUP = re.compile(rf"^(?:new\s+)?(?:(?P<app>[\w\-]+)\s+)?group(?:\s+chat)?\s+(?:(?:called|named|titled)\s+)?"
                    rf"(?P<g>{HELD.pattern}|[^:,]+?)\s*(?P<c>:\s*(?:add|with|invite)?\s*|,?\s+(?:with|w/)\s+|,\s+)"
                    rf"(?P<p>{_PEOPLE})\s*[.!]?$", re.I)
_CHAT = re.compile(rf"^new\s+(?:(?P<app>[\w\-]+)\s+)?(?:chat|conversation|dm)\s*(?:with\s+|[,:]\s*)(?P<n>{_NAME})\s*[,:;]?\s*"
                   r"(?:(?:text|message|msg|say|saying|send|write)\s*:?\s*)?(?P<m>\S.*?)\s*$", re.I)
_FIRST = re.compile(rf"^(?:message|text|write to|dm|chat with)\s+(?P<n>{_NAME})(?:\s+(?:on|in|via|over)\s+(?P<app>[\w\-]+))?"
                    r"\s+for the (?:very )?first time\b\s*(?::|saying|,|-)?\s*(?P<m>\S.*?)\s*$", re.I)
# "A text to Bo saying X, please", "send a quick text to Bo: X": the message said as a noun, sent by its own verb
_SENT_AS_NOUN = re.compile(r"^(?P<s>(?:please\s+)?send\s+)?(?:a|an)\s+(?:quick\s+|short\s+|little\s+)?"
                           r"(?P<k>text(?:\s+message)?|sms|message|dm|e-?mail|mail)\s+(?:to|for)\s+"
                           r"(?P<p>(?!(?:me|myself|it|them)\b)(?:[^,:;.!?]|\.(?=\w))+?)(?:,?\s*please(?=\s*:))?(?P<rest>\s*(?::|,?\s+(?:saying|that says|which says|with|on|via|over)\b).*)$",
                           re.I)
# "A text to Bo on Friday failed to send": what happened to a message said as a noun, no request to send one
_REPORTED = re.compile(r"^(?:(?!\b(?:saying|says|with)\b)[^:\"])*?\b(?:failed|bounced|was|were|is|are|has|had|did|didn't|never|got|went|came|arrived|sent"
                       r"|delivered|seems?|looks?)\b", re.I)
_NOUN_VERBS = {"text": "text", "text message": "text", "sms": "text"}
_NOT_APPS = frozenset("a an the my our new".split())
# "start a conversation with Bo", "begin a chat with Bo": a new chat with that person (the verb apps put on it)
_CONVERSATION = re.compile(r"^(?:start|begin|strike up|kick off|initiate)\s+(?:a\s+|an?\s+)?(?:new\s+)?"
                           r"(?:(?P<app>(?-i:[A-Z])[\w\-]*)\s+)?(?:conversation|chat|thread|dm|direct message)\s+with\b", re.I)
_MEMBERS = re.compile(r"^(?:list|name|tell me|give me|show me|get)\s+(?:all\s+)?(?:the\s+|of\s+the\s+)?(?:other\s+)?"
                      r"(?:members|participants|people)\s+(?:of|in)\s+(?P<x>[^.?!]+?)\s*[.!]?$", re.I)


def started(text: str) -> str:
    """``text`` as "create a ... group called ... with ...", "start a new chat with ... and send ..." or
    "who is in ...?"; the same text when it is none of these."""
    m = _MEMBERS.match(text.strip())
    if m:
        return f"Who is in {m.group('x')}?"
    m = _GROUP.match(text.strip())
    adding = m and ":" in m.group("c") and not re.match(r"\s*new\b", text, re.I)  # "group X: add Ana": to one there is
    if m and not adding and not re.match(r"\s*(?:create|make|start|set)\b", text, re.I):
        return f"create a {_app(m.group('app'))}group called {_quoted(m.group('g'))} with {m.group('p')}"
    m = _SENT_AS_NOUN.match(text.strip())
    verb = m and _NOUN_VERBS.get(re.sub(r"\s+", " ", m["k"].casefold()))
    if m and not m["s"] and _REPORTED.match(m["rest"]):
        return text
    if m and (verb or not m["s"]):  # "an email to Bo saying X" is sent as one; "send an email to Bo ..." is said already
        return f"{verb} {m['p']}{m['rest']}" if verb else f"send {text.strip()[:1].lower()}{text.strip()[1:]}"
    m = _CHAT.match(text.strip()) or _FIRST.match(text.strip())
    if m:
        on = f" on {_app(m.group('app')).strip()}" if m.group("app") else ""
        return f"start a new chat with {m.group('n')}{on} and send {_quoted(m.group('m').rstrip('.'))}"
    return text


def conversation(request: str) -> str:
    """"start a (Viber) conversation with Bo ..." (the request put first) -> "start a new (Viber) chat with Bo ..."."""
    return _CONVERSATION.sub(lambda m: f"start a new {_app(m['app'])}chat with", request, count=1)


def _app(word: str | None) -> str:
    if not word or word.casefold() in _NOT_APPS:
        return ""
    return f"{word[:1].upper()}{word[1:]} "


def _quoted(text: str) -> str:
    text = text.strip()
    return text if HELD.fullmatch(text) else f'"{text}"'
