"""Every conversation with a number not saved as a contact: "delete every conversation with a number not in my
contacts", "sms: delete all threads from unknown numbers", "lösche alle Chats mit unbekannten Nummern", "borra todas
las conversaciones de números desconocidos".

A messaging list names a saved sender by the contact's name and an unsaved one by the number itself ("+1 929-555-0187.
Hi, is this ..."). The rows titled by a number are the task's, each acted on in turn (long-pressed for its menu or
dialog, the verb then pressed by the other rules); a row titled by a name is left alone; finished on a list, read to
its end, with no such row left. Messaging-list conventions; "unknown / unsaved" in several languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import counting, end_rows, ui_glossary
from .perceptor import Screen
from .ranked import Ranked

_UNSAVED = re.compile(
    r"\b(?:not\s+(?:saved|stored|in\s+(?:my\s+)?contacts)|unsaved|unknown(?:\s+(?:numbers?|senders?|contacts?))?|"
    r"strangers?|(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:one\s+of\s+|in\s+)?my\s+contacts|"
    r"(?:numbers?|senders?|people)\s+I\s+(?:don'?t|do\s+not)\s+know|no\s+contact|"
    r"unbekannte[nmrs]?|nicht\s+gespeichert|desconocid[oa]s?|no\s+guardad[oa]s?|inconnus?|non\s+enregistr[ée]s?|"
    r"sconosciut[io]|non\s+salvat[io]|desconhecid[oa]s?|неизвестн\w*|незнаком\w*|不明|未登録|未保存|陌生|未知号码)", re.I)
_BULK = re.compile(r"\b(?:all|every|each|any|alle[ns]?|todos|todas|cada|tous|toutes|tutti|tutte|ogni|все)\b|全部|所有|すべて",
                   re.I)
_NUMBER = re.compile(r"^\s*\+?[\d\s().-]{7,}$")


def wanted(task: str) -> bool:
    """Does the task act on every conversation with a sender not saved as a contact?"""
    return bool(_UNSAVED.search(task) and _BULK.search(task))


def _title(label: str) -> str:
    return re.split(r"\.\s|\s[|·•]\s|,\s", label, maxsplit=1)[0]


def adjust(candidates: list[Ranked], task: str, screen: Screen, since: list[dict[str, Any]],
           make: Callable[..., Ranked]) -> None:
    """The next row titled by a number long-pressed (a list row's selection or delete menu); the rows titled by a name
    left alone; finished on a list read to its end with none left."""
    if not wanted(task):
        return
    last = next((h for h in reversed(since) if h.get("kind") not in ("observe", "invalid_output")), {})
    if last.get("kind") == "long_press" and last.get("outcome") == "success" and _NUMBER.match(
            _title(last.get("line", "").split("] ", 1)[-1].strip('"'))):  # that row's menu or dialog is up
        asked = set(ui_glossary.concepts(task)) - {"message", "contacts", "search"}  # its verb, in any language
        for c in candidates:
            if c.action.get("kind") == "tap" and set(ui_glossary.concepts(screen.labels.get(c.action.get("element"),
                                                                                        ""))) & asked:
                c.score = max(c.score, 7.0)  # the task's verb there ("Delete")
        return
    listed = end_rows.item_rows(screen)
    numbers = [i for i in listed if _NUMBER.match(_title(screen.labels.get(i, "")))]
    acted = any(h.get("kind") in ("long_press", "tap") and h.get("outcome") == "success" and _NUMBER.match(
        _title(h.get("line", "").split("] ", 1)[-1].strip('"'))) for h in since)
    if not listed or not (numbers or acted) or len(numbers) == len(listed) and not acted:
        return  # not a list of conversations that tells names from numbers
    if numbers and not any(c.action == {"kind": "long_press", "element": numbers[0]} for c in candidates):
        candidates.append(make({"kind": "long_press", "element": numbers[0]},
                               f"long press [{numbers[0]}] {screen.labels.get(numbers[0], '')}", 0.0))
    end = counting.at_end(screen, since)
    for c in candidates:
        kind, element = c.action.get("kind"), c.action.get("element")
        if kind in ("tap", "long_press") and element in listed:
            if numbers and element == numbers[0] and kind == "long_press":
                c.score = max(c.score + 5.0, 7.0)  # the next one
            else:
                c.score = min(c.score, 0.3)  # a saved sender's, or the same row the other way
        elif kind == "swipe" and element is None and not numbers and not end:
            c.score = max(c.score, 4.0)  # none here: the rest of the list
        elif kind == "done" and c.action.get("answer") is None:
            c.score = max(c.score, 6.0) if not numbers and end and acted else min(c.score, 0.5)
