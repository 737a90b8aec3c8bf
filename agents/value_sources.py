"""Where a task says its value comes from: the app it must be read in before any other is opened.

"Save the code from my mail in a note", "text Ana the address Bo sent me", "put Bo's email code in my notes",
"the StreamFlix email code": the value to write is not in the task's words, only where it is. The device
must read it there first; the app the task's other words name (the note app, the messages app) comes second.
A task's value is described by its source when a message noun follows "from" or "in my" ("from my mail",
"aus meiner E-Mail", "de mi correo"), a person's message is named ("Bo's email", "the text Bo sent"), or a
value noun follows a message noun ("the email code", "the SMS code") or is followed by its sender ("the
address Bo sent me", "the code Netbank emailed me"). Grammar only: the nouns of messages (read_sources.py)
and the prepositions and possessives of several languages; the source's kinds of app are app_choice's.
"""

from __future__ import annotations

import re

from .app_choice import as_app, categories_of
from .read_sources import KINDS, MEDIA

_MEDIUM = "|".join(sorted({re.escape(m) for m in MEDIA} | {r"e-?mails", "mails", "texts", "messages", "inbox",
                                                               "sms(?:es)?", "chats", "correos", "mensajes"},
                           key=len, reverse=True))
_NAME = r"(?!I\b)(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?"  # a person or sender ("I" wrote it: no source)
_RECENT = r"(?:(?:last|latest|recent|most recent|newest|new|letzten|dernier|último|ultimo)\s+)?"
_FROM = (r"\b(?:from|out of|aus|von|de|del|desde|du|dal|dalla|dallo|uit|van)\s+(?:(?:my|the|your|this|that|today['’]s|mi|mis"
         r"|el|la|le|les|los|las|meiner|meinem|meinen|der|dem|den|mon|ma|mes|il|lo|mio|mia|miei|mie|meu|minha|meus|o|mijn"
         r"|het|de)\s+|l['’])")
_IN_MY = r"\b(?:in|im|en|dans|nel|nella|no|na)\s+(?:my|meiner|meinem|mi|mis|mon|ma|mes|mio|mia|meu|minha|mijn)\s+"
_SENDERS = r"(?:sent|texted|e-?mailed|mailed|messaged|wrote|forwarded)"
_SOURCES = (
    re.compile(rf"(?:{_FROM}|{_IN_MY}){_RECENT}(?P<m>{_MEDIUM})\b", re.I),  # from my mail, in my inbox
    re.compile(rf"\b{_NAME}['’]s\s+{_RECENT}(?P<m>{_MEDIUM})\b(?!\s+address)", re.I),  # Bo's email (not his address)
    re.compile(rf"\b(?:the|that|this)\s+(?:{_NAME}\s+)?(?P<m>e-?mail|mail|text|sms|message)\s+(?!(?:e-?mail\s+)?address\b)"
               rf"(?:{KINDS})\b", re.I),  # the (StreamFlix) email code
    re.compile(rf"\b(?:the|that|this)\s+(?:[\w\-]+\s+){{0,2}}?(?:{KINDS})\s+(?:that\s+|which\s+)?{_NAME}\s+(?P<v>{_SENDERS})\b",
               re.I),  # the address Bo sent me, the code Netbank emailed me
)
# "save it as Bo Li's email": a field named, not a message read.
_AS_FIELD = re.compile(r"\bas\s+(?:(?-i:[A-Z])[\w\-]*\s+)*$", re.I)
_BY_VERB = {"texted": "text", "emailed": "email", "e-mailed": "email", "mailed": "email"}


# The kinds of app (an app_choice category holding this word among its app words) each medium is read in.
_READ_IN = {"email": ("mail",), "text": ("messaging",), "": ("mail", "messaging", "chat")}


def source_of(task: str) -> str | None:
    """The medium a value of ``task`` must be read in first ("email", "text", "" for any message); None when
    the task describes no value by its source."""
    for pattern in _SOURCES:
        found = next((f for f in pattern.finditer(task) if not _AS_FIELD.search(task[:f.start()])), None)
        if found is None:
            continue
        said = (found.groupdict().get("m") or "").lower()
        if not said:
            return _BY_VERB.get((found.groupdict().get("v") or "").lower(), "")
        if said in MEDIA:
            return MEDIA[said]
        return "email" if said.startswith(("e", "mail", "inbox", "correo")) else \
            "text" if said.startswith(("text", "sms")) else ""
    return None


def reads_first(task: str, app: str) -> bool:
    """Whether opening ``app`` before any other skips the app ``task``'s value must be read in first."""
    medium = source_of(task)
    if medium is None:
        return False
    return not any(word in category.apps for category in categories_of(as_app(app)) for word in _READ_IN[medium])
