"""Answers read from chats and mail: a group's members, who said something, whom a mail went to,
a mail's subject.

Chat apps write a group's people on its page ("3 participants", "Members: Ana Ruiz, Bo Li", a
header "Ana, Bo, You"), and each message as "Name: text" or a sender line above it. Mail apps
write the parties as "from ... to ..." and list a mail as "sender, subject, snippet". These
questions are answered from those lines only; a chat row in a list shows one message, never the
members, so no answer is read there. Plain English question grammar, no app's words.
"""

from __future__ import annotations

import re

from .text import normalize, words
from .values import PATTERNS

_EMAIL = dict(PATTERNS)["email"]
_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}"
_MEMBERS_ASKED = re.compile(r"\bwho(?:\s+else|\s+besides\s+me|\s+apart\s+from\s+me|\s+other\s+than\s+me)?\s*(?:is|'s|are)\s+"
                            r"(?:in|part of|a member of)\b|\bwho'?s in\b|\bmembers?\b|\bparticipants?\b|\bwho belongs\b",
                            re.I)
_SPEAKER_ASKED = re.compile(r"\bwho\s+(?:asked|said|wrote|mentioned|suggested|wanted to know|proposed|offered|posted)\b"
                            r"|\bwhich\s+(?:member|person|one)\b.*\b(?:asked|said|wrote|mentioned|suggested|wanted)\b",
                            re.I)
_RECIPIENT_ASKED = re.compile(r"\bto\s+(?:which|what|whom)\b|\brecipient\b|\bwho\s+did\s+i\s+(?:send|mail|e-?mail|write|"
                              r"text|message|forward)\b|\bsent\s+(?:it\s+)?to\s+whom\b|\bwhom\s+did\s+i\b"
                              # a stranded "to" ending the question: "which address did it go to?", "who was it sent to"
                              r"|\b(?:who|whom|which|what)\b[^.?!;]*\b(?:go|goes|went|gone|sent|send|mailed|addressed|"
                              r"forwarded|delivered)\s+(?:out\s+)?to\s*(?:[.?!,;]|$)"
                              # its object between: "which address did I send the email "X" to?"
                              r"|\b(?:who|whom|which|what)\b[^?!;]*\bdid\s+I\s+(?:send|mail|e-?mail|forward|address)\b[^?!;]*\sto\s*(?:[.?!,;]|$)",
                              re.I)
_SUBJECT_ASKED = re.compile(r"\bsubject\b", re.I)
_LATEST = re.compile(r"\b(?:latest|newest|most recent(?:ly)?|last)\b", re.I)
_I_SENT = re.compile(r"\bI\s+(?:last\s+|just\s+)?(?:sent|e-?mailed|mailed|wrote)\b|\bsent\s+(?:e-?mail|mail|message)|\bmy\s+sent\b", re.I)
_SENT_VIEW = frozenset({"sent", "outbox"})  # the folder of mail I sent
_MEMBER_LINE = re.compile(r"\b(?:members?|participants?|mitglieder|teilnehmer|membres?|participantes?|miembros)\b"
                          r"\s*[:·\-]\s*(.+)$", re.I)
_SELF = frozenset("you me myself du ich vous moi tú yo".split())
_SAID = re.compile(rf"^\s*(?P<who>{_NAME})\s*:\s*(?P<what>.+)$")
_STATE = frozenset(words("unread read starred important flagged pinned muted draft sent new", stopwords=frozenset()))
_MARKED = {"star": "starred", "flag": "flagged", "pin": "pinned", "mute": "muted"}
_QUESTION_WORDS = frozenset(words("who which what whom asked ask said say wrote mentioned suggested wanted want know "
                                  "member person group chat signal whatsapp telegram one in the", stopwords=frozenset()))


def asks(task: str) -> str | None:
    """Which of these questions the task asks: members, speaker, recipient, subject (or None)."""
    if _SPEAKER_ASKED.search(task):
        return "speaker"
    if _RECIPIENT_ASKED.search(task):
        return "recipient"
    if _SUBJECT_ASKED.search(task) and re.search(r"\b(?:what|which)\b|\?|^\s*(?:please\s+)?(?:(?:tell|read|give|get|show)\s+me|find out"
                                                 r"|check|look up)\s+(?:the\s+|its\s+)?subject\b", task, re.I):  # "tell me the subject of X"
        return "subject"
    if _MEMBERS_ASKED.search(task) and re.search(r"\bwho\b|\blist\b|\bmembers?\b|\?", task, re.I):
        return "members"
    return None


def answer(kind: str, task: str, lines: list[str], objects: list[str]) -> tuple[str, float] | None:
    """The answer of ``kind`` on this screen, and how sure; None when this screen does not show it."""
    texts = [_plain(line) for line in lines]
    texts = [t for t in texts if t]
    if kind == "members":
        return _members(texts, objects)
    if kind == "speaker":
        return _speaker(task, texts, objects)
    if kind == "recipient":
        return _recipient(texts)
    if kind == "subject":
        return _subject(task, texts, objects) or (_newest_subject(task, texts, lines) if not objects else None)
    return None


def _members(texts: list[str], objects: list[str]) -> tuple[str, float] | None:
    for text in texts:
        m = _MEMBER_LINE.search(text)
        if m:
            names = [n.strip() for n in re.split(r",|\band\b|&", m.group(1)) if n.strip()]
            names = [n for n in names if n.casefold() not in _SELF and re.fullmatch(_NAME, n)]
            if names:
                return " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1], 1.0
    return None


def _topic(task: str) -> set[str]:
    """The words of what was said ("who asked where to meet" -> {"meet", "where"})."""
    m = _SPEAKER_ASKED.search(task)
    said = task[m.end():] if m else task
    said = re.sub(r"[\"“”]", " ", said)
    return words(said) - _QUESTION_WORDS


def _stem(word: str) -> str:
    """"meeting", "meets" and "meet" agree; so do "moving" and "move"."""
    word = re.sub(r"(?:ing|ed|es|e)$", "", word) if len(word) > 5 else word.rstrip("e")
    return word[:5]


def _speaker(task: str, texts: list[str], objects: list[str]) -> tuple[str, float] | None:
    topic = {_stem(w) for w in _topic(task) - set().union(*(words(o) for o in objects) if objects else set())}
    if not topic:
        return None
    best, best_fit = None, 0
    for text in texts:
        m = _SAID.match(text)
        if not m or m.group("who").casefold() in _SELF:
            continue
        fit = len({_stem(w) for w in words(m.group("what"))} & topic)
        if fit > best_fit:
            best, best_fit = m.group("who"), fit
    return (best, 1.0) if best else None


def _recipient(texts: list[str]) -> tuple[str, float] | None:
    for text in texts:  # "me@example.com · to ana@example.com", "To: ana@example.com"
        m = re.search(rf"(?:^|\s|[·|,])(?:to|an|à|para|a)\s*:?\s*({_EMAIL.pattern})", text, re.I)
        if m:
            return m.group(1).rstrip(".,"), 1.0
    return None


def _subject(task: str, texts: list[str], objects: list[str]) -> tuple[str, float] | None:
    """A mail row "[flags,] sender, subject | snippet": its subject, on the row naming the sender
    that shares most of the question's other words ("starred")."""
    keys = [normalize(o) for o in objects if o.strip()]
    topic = words(task) - set().union(*(words(o) for o in objects) if objects else set())
    topic |= {_MARKED[w] for w in topic if w in _MARKED}  # "which one did I star": the starred one
    named = [t for t in texts if keys and any(k in normalize(t) for k in keys)]
    named.sort(key=lambda t: -len(words(t) & topic & _STATE))
    for text in named:
        head = re.split(r"\s[|·]\s", text)[0]
        parts = [p.strip() for p in head.split(",") if p.strip()]
        rest = [p for p in parts if normalize(p) not in keys and not words(p) <= _STATE and not _EMAIL.search(p)]
        if rest and len(parts) > len(rest):  # the sender was on the row: what follows it is the subject
            return rest[0], 1.0
    return None


def _newest_subject(task: str, texts: list[str], lines: list[str]) -> tuple[str, float] | None:
    """"the subject of my latest email": the first mail row's subject (mail lists show the newest first); for a mail
    I sent ("the last email I sent"), only on a list of sent mail (its title says so, or its rows say "To: ...")."""
    if not _LATEST.search(task) or re.search(r"\b(?:oldest|earliest|first)\b", task, re.I):
        return None
    mine = bool(_I_SENT.search(task))
    rows = [t for t in texts if re.search(r"\s[|·]\s", t) and "," in re.split(r"\s[|·]\s", t)[0]]
    if len(rows) < 2 and not (rows and mine):
        return None  # one row is no list
    titles = [_plain(line) for line in lines if not line.lstrip().startswith("[") or line.endswith("(selected)")]
    sent_view = any(words(t, stopwords=frozenset()) & _SENT_VIEW and words(t, stopwords=frozenset()) <= _SENT_VIEW | {"items", "mail"}
                    for t in titles)  # the page's title, or the tab chosen
    head = re.split(r"\s[|·]\s", rows[0])[0]
    parts = [p.strip() for p in head.split(",") if p.strip() and not words(p) <= _STATE]
    to_row = bool(parts) and re.match(r"(?:to|an|à|para|a)\s*:", parts[0], re.I) is not None
    if len(parts) < 2 or mine and not (sent_view or to_row) or not mine and to_row:
        return None  # the sender (or "To: ...") first, then the subject; a question about mail I sent reads sent mail
    return parts[1], 1.0


def _plain(line: str) -> str:
    m = re.match(r'\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s*=\s*"(.*)")?(?:\s+\([^()]*\))?\s*$', line)
    return " ".join(p for p in (m.group(1), m.group(2)) if p) if m else line.strip()
