"""Sending a file or photo: from the item's own app, through the Android share sheet.

"Email report.pdf to ana@x.org", "Send IMG_12.jpg to Bo on WhatsApp", "Share the file X with Ana":
on a phone the item is found in the app that keeps it (a file manager, a gallery), its page's
Share button opens the system share sheet (ChooserActivity: one row per target app, by label),
the target app is chosen there (the one the task names, else the one its verb needs: email -> a
mail app), and then the contact. Opening the target app first attaches nothing. General Android
conventions only; "Share" in the common phone languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..device.types import AppInfo
from . import app_choice, ui_glossary
from .ranked import Ranked
from .text import words
from .values import PATTERNS

SHARE = frozenset(words("share teilen partager compartir condividi compartilhar delen dela jaa udostępnij paylaş "
                        "共有 分享 공유 поделиться", stopwords=frozenset()))
_FILE = dict(PATTERNS)["file"]
_ITEM = re.compile(r"\b(?:file|photo|picture|image|document|pdf|video|screenshot)\b", re.I)
_SENDING = re.compile(r"^\s*(?:please\s+)?(?:share|send|email|e-mail|mail|text|message|forward|post|attach)\b"
                      r"|\b(?:share|send|attach)\b", re.I)
_HOLDERS = ("file", "photo")  # the cue of the category that keeps each kind of item


def item_sent(task: str) -> str | None:
    """The category cue of the app that keeps the item a task sends ("file" or "photo"), or None
    when the task sends no file or photo ("Email Ana the address" sends text)."""
    if not _SENDING.search(task):
        return None
    named = _FILE.search(task)
    if named is None and not _ITEM.search(task):
        return None
    what = (named.group(0) if named else _ITEM.search(task).group(0)).casefold()
    photo = re.search(r"\.(?:jpe?g|png|heic|gif|webp)$|^(?:photo|picture|image|screenshot)$", what)
    return "photo" if photo else "file"


def _holds(app: AppInfo, cue: str) -> bool:
    return any(cue in c.cues for c in app_choice.categories_of(app))


def _shared(history: Sequence[dict[str, Any]]) -> bool:
    return any(h.get("kind") == "tap" and h.get("outcome") == "success" and is_share(_quoted(h.get("line", "")))
               for h in history)


def is_share(label: str) -> bool:
    own = words(label, stopwords=frozenset())
    return bool(own & SHARE) and len(own) <= 3


def target(task: str, apps: Sequence[AppInfo], holder: str) -> AppInfo | None:
    """The app the item goes to: the one the task names, else the one its verb needs."""
    others = [a for a in apps if not _holds(a, holder)]
    task_words = words(task)
    choices = app_choice.choose(task_words, "", others, task)
    return max(choices, key=lambda c: c.score).app if choices else None


def adjust(candidates: Sequence[Ranked], task: str, package: str, labels: dict[int, str],
           apps: Sequence[AppInfo], history: Sequence[dict[str, Any]]) -> None:
    """Before the share: open the app keeping the item (not the target app) and press its page's
    Share; on the share sheet: the target app's row."""
    holder = item_sent(task)
    if holder is None or not apps:
        return
    keeping = [a for a in apps if _holds(a, holder)]
    if not keeping:
        return
    if not _shared(history):
        for c in candidates:
            kind = c.action.get("kind")
            if kind == "open_app":
                keeps = any(a.label == c.action.get("app") for a in keeping)
                inside = any(a.package == package for a in keeping if a.package)
                c.score += -3.0 if inside else 3.0 if keeps else -3.0  # the item first, then the share sheet
            elif kind == "tap" and is_share(labels.get(c.action.get("element", -1), "")):
                if any(a.package == package for a in keeping if a.package):
                    c.score += 4.0  # the item's page: its Share button
        return
    goal = target(task, apps, holder)
    if goal is None:
        return
    since = _since_share(history)
    item = _FILE.search(task)
    for c in candidates:
        element = c.action.get("element")
        label = labels.get(element, "") if element is not None else ""
        if c.action.get("kind") == "tap" and label and not since and words(label) == words(goal.label):
            c.score += 5.0  # the share sheet: the target app's row
        elif c.action.get("kind") == "open_app":
            c.score = min(c.score - 6.0, -1.0)  # opening an app attaches nothing; the item is in the target app now
        elif c.action.get("kind") == "type" and item and item.group(0) in c.text:
            c.score -= 4.0  # the item goes along; who gets it is what is left to find


def from_page(candidates: Sequence[Ranked], task: str, labels: dict[int, str], editable: Any) -> None:
    """Sending the thing a page shows ("send this video to WhatsApp", "tuma hii video kwa whatsapp", "отправь это
    видео в телеграм") from a page with no field to write in and no control that sends or messages by its own name:
    its Share button (any language the glossary reads as share) opens the share sheet; raise it above the rest, in place.
    A sum (digits) is a transfer, and a task that says "share" meets the button by its words already."""
    said = ui_glossary.asked(task)
    if "send" not in said or said & {"share", "message", "transfer", "pay"} or editable or any(c.isdigit() for c in task):
        return
    taps = [(c, set(ui_glossary.concepts(ui_glossary.control_words(labels.get(c.action.get("element", -1), "")))))
            for c in candidates if c.action.get("kind") == "tap"]
    if not taps or any(meant & {"send", "message", "transfer", "pay"} for _, meant in taps):
        return
    top = max(c.score for c in candidates)
    for c, meant in taps:
        if "share" in meant:
            c.score = max(c.score, top) + 0.5


def _since_share(history: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actions after the last Share pressed (empty right after it: the sheet is open)."""
    last = max((i for i, h in enumerate(history) if h.get("kind") == "tap" and h.get("outcome") == "success"
                and is_share(_quoted(h.get("line", "")))), default=len(history) - 1)
    return list(history[last + 1:])


def _quoted(line: str) -> str:
    m = re.search(r'"([^"]*)"', line)
    return m.group(1) if m else ""
