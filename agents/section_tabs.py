"""A bottom tab names a section, not the task's verb: the control named by the task's object wins.

Bottom navigation bars hold three to five short section names in one row at the foot of the screen
("Home", "Activity", "Payments", "Messages", "Account"). A task's verb can be spelt like a section:
Indonesian "pesan makanan" is "order food", and "Pesan" is also the Messages tab; "shop shoes"
meets a "Shop" tab, "watch cartoons" a "Watch" tab. When a tab's whole name is only the task's verb
(its first word once "I want", "aku mau", "quiero" ... are set aside) and another control is named
whole by a later word of the task (a "Makanan" / "Sneakers" / "Cartoons" tile), that control is the one
meant: it comes first, the tab after it.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import normalize, words

# Words before a request's verb: subjects, wanting, politeness (en, id/ms, es, pt, fr, de, it, vi, tl).
_LEAD = frozenset(
    "i i'd id im i'm want wanna would like to please pls can could you let's lets me need gotta just "
    "aku saya gue gw kami kita mau ingin pengen pingin tolong mohon coba bisa dong nak hendak "
    "yo quiero quisiera por favor puedes podrías eu quero queria pode você je veux voudrais peux tu stp svp "
    "ich will möchte bitte kannst du mal vorrei voglio puoi tôi mình em anh muốn cần hãy giúp gusto ko paki".split())
_TOKEN = re.compile(r"[\w'’]+")
_FOOT = 0.8  # a bottom bar starts below this share of the screen's height
_SHIFT = 0.5


def verb(task: str) -> str:
    """The task's first word once leading subjects, wants and politeness are set aside."""
    tokens = [t.replace("’", "'") for t in _TOKEN.findall(normalize(task))]
    return next((t for t in tokens if t not in _LEAD), "")


def bottom_tabs(screen: Screen) -> set[int]:
    """Elements in a row of three or more short peers at the foot of the screen."""
    if not screen.bounds:
        return set()
    height = max(b[3] for b in screen.bounds.values())
    low = {i: b for i, b in screen.bounds.items() if b[1] >= _FOOT * height and i not in screen.editable
           and 0 < len(normalize(screen.labels.get(i, "")).split()) <= 2}
    rows: dict[tuple[int, int], set[int]] = {}
    for i, b in low.items():
        rows.setdefault((b[1] // 20, b[3] // 20), set()).add(i)
    return set().union(*(ids for ids in rows.values() if len(ids) >= 3))


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lower a bottom tab named only by the task's verb below a control named by the task's object."""
    first = verb(task)
    if not first:
        return
    said = words(task)
    tabs = bottom_tabs(screen)
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    verb_tabs = [c for c in taps if c.action["element"] in tabs and words(screen.labels.get(c.action["element"], ""))
                 == words(first)]
    if not verb_tabs:
        return
    objects = [c for c in taps if c.action["element"] not in tabs and (own := words(screen.labels.get(c.action["element"], "")))
               and own <= said and not own & words(first)]
    if not objects:
        return
    for candidate in verb_tabs:
        candidate.score -= _SHIFT
    above = max(c.score for c in verb_tabs) + _SHIFT  # even where the verb's own bonus lifted the tab
    for candidate in objects:
        candidate.score = max(candidate.score + _SHIFT, above)


__all__ = ["adjust", "bottom_tabs", "verb"]
