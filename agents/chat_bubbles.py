"""A conversation's text bubbles are what was said, not controls.

In a chat the messages stand in a list between the title bar and the compose field at the bottom (WhatsApp,
Telegram, KakaoTalk, LINE, Messages; comment threads too). People relay those messages in their requests
("Minji wants yesterday's photos, send her a few" under her bubble "send me yesterday's photos!!"), so a bubble
shares the task's words without being what the task acts on: tapping a text bubble opens nothing. A text bubble
(a sentence: several words, or a run of unspaced script) loses the credit its shared words gave it; a bubble that
is a link, a file or a one-word sticker keeps it ("open the link Bo sent"). Messaging
conventions only: no app's words.

A message the task would send may be there already, sent: the newest bubble on the sender's side (the right, the
left in a right-to-left script) reads what the task would type ("write to Luca that I'm on my way" under the sent
"I'm on my way"); the task is done, and typing it again would send it twice (``already_sent``).
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES, RIGHT_TO_LEFT
from . import plain_finish
from .label_shapes import scrim
from .perceptor import Screen

_WORD_TERMS = ("shared", "in_row")
_FIELD_HEIGHT = 260  # a compose field is one or a few lines high; a note's or a mail's body is taller
_BAR_HEIGHT = 160  # a title bar's height, at most
# a bubble's text, then its time and ticks ("On my way, Sent 18:21"), or an emoji or a mark the sender added ("Chego às 8 🙂")
_AFTER_TEXT = re.compile(r"^\s*(?:$|[,|·•]\s*|[^\w?？¿]+$)")
_LINK = re.compile(r"https?://|www\.|\.(?:pdf|docx?|xlsx?|pptx?|zip|apk|jpe?g|png|mp[34]|m4a)\b", re.I)


def bubbles(screen: Screen) -> set[int]:
    """The text bubbles of a conversation on screen (none when the screen is no conversation): actionable
    sentences between the title bar and a compose field in the lower part of the screen, under any popup."""
    height = max((b[3] for b in screen.bounds.values()), default=0)
    fields = [screen.bounds[i] for i in screen.editable if i in screen.bounds]
    if not height or not fields:
        return set()
    field = max(fields, key=lambda b: b[1])  # the lowest field: the compose box
    if field[1] < 0.5 * height or field[3] - field[1] > _FIELD_HEIGHT:
        return set()
    bars = [b for i, b in screen.bounds.items() if i not in screen.editable and b[3] - b[1] < _BAR_HEIGHT
            and b[1] < 0.1 * height]
    top = max((b[3] for b in bars), default=0)
    layer = scrim(screen)  # a popup menu drawn over the thread: its items are controls, however long
    found = {i for i in screen.actionable if i not in screen.editable and (b := screen.bounds.get(i))
             and b[1] >= top and b[3] <= field[1] and (layer is None or i < layer)
             and _sentence(screen.labels.get(i, ""))}
    return found if len(found) >= 2 else set()


def _sentence(label: str) -> bool:
    """A message's text: three words or more, or a run of unspaced script; never a link or a file."""
    text = label.split(" | ", 1)[0].strip()
    if not text or _LINK.search(text):
        return False
    return len(text.split()) >= 3 or sum(map(len, NO_SPACES.findall(text))) >= 6


def adjust(out: list[Any], screen: Screen) -> None:
    """Take back the shared-word credit of taps on a conversation's text bubbles (``out`` in place)."""
    said = bubbles(screen)
    if not said:
        return
    for candidate in out:
        if candidate.action.get("kind") == "tap" and candidate.action.get("element") in said:
            credit = sum(value for name, value in getattr(candidate, "terms", ()) if name in _WORD_TERMS)
            candidate.score -= max(0.0, credit)


def _outgoing(screen: Screen, element: int) -> bool:
    """Is a bubble on the sender's side: off the reading side's edge and up to the other one?"""
    left, _, right, _ = screen.bounds[element]
    width = screen.width or max(b[2] for b in screen.bounds.values())
    if RIGHT_TO_LEFT.search(screen.labels.get(element, "")):
        left, right = width - right, width - left
    return left >= 0.2 * width and right >= 0.85 * width


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".!。！")


def already_sent(out: list[Any], screen: Screen) -> None:
    """Finish first when the newest bubble is outgoing and already says what a typing candidate would type (``out``
    in place)."""
    said = bubbles(screen)
    last = max(said, key=lambda i: screen.bounds[i][3], default=None)
    if last is None or not _outgoing(screen, last):
        return  # no conversation, or someone spoke after: a reply is a new message
    newest = _key(screen.labels.get(last, "").split(" | ", 1)[0])
    typed = [_key(str(c.action.get("text", ""))) for c in out if c.action.get("kind") == "type"]
    if not any(t and newest.startswith(t) and _AFTER_TEXT.match(newest[len(t):]) for t in typed):
        return
    plain_finish.finish_first(out)
