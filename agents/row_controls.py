"""The control a row carries, when the task asks for what that control does.

A list row names its object (a dish, a bill, an app, a lamp) and carries its own button ("Add", "Pay now",
"Update", "Turn on", a bare "+"); tapping the row only opens the object's page. When the task's act
(agents/ui_glossary.py: add, pay, buy, update, on, ... as labels say them, or as people say them: Gulf Arabic
"ضيفلي", Cantonese "交埋", Bulgarian "светни") is what a control of the row the task names does, by its meaning
in any language or by a form of the same word ("añádelo": "Añadir"), that control goes above its row:

- where rows are listed, the row the ranker put first among its top candidates, named by the task;
- where only the control is listed (a web page's bill card, its text no element), the control whose row names
  the task best, alone.

A task that opens, shows or calls ("open the place in Sintra", "call mum") names no such act and keeps the row;
a toggle (its state on or off: the row says it), an overflow menu, a count or a photo never stands for the act.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from ..unitext import NO_SPACES
from . import promotions, ui_glossary, word_forms
from .endings import imperatives, verb_meets
from .menus import is_overflow
from .perceptor import Screen
from .text import normalize, row_key, words

_TOP = 3  # the row must be among the first candidates
_ABOVE = 0.5  # how far the control goes above its row
_ANSWERS = 3  # an AlertDialog's buttons at most (positive, negative, neutral); a sheet of more rows keeps its controls
_PLUS = frozenset({"+", "\uff0b", "\u2795"})  # a bare plus adds, in every language


def does(label: str, wanted: set[str], task: str) -> bool:
    """The control does the task's act: its label means it, or says a form of the task's verb that means one."""
    meant = set(ui_glossary.concepts(label)) & ui_glossary.ACTS | ({"add"} if label.strip() in _PLUS else set())
    if meant & wanted:
        return True
    head = normalize(label).split()[:1]
    said = [t for t in normalize(task).split() if t]
    return bool(meant and head) and (any(verb_meets(v, head[0]) for v in imperatives(task))
                                     or any(word_forms.weight(t, head[0]) > 0 for t in said))


def _controls(screen: Screen, wanted: set[str], task: str) -> list[int]:
    """The short controls inside a row (not toggles, menus, fields) that do the task's act."""
    out = []
    for element in screen.actionable:
        label = screen.labels.get(element, "")
        if not screen.context.get(element) or not label.strip() or len(label.split()) > 3 or is_overflow(label) \
                or element in screen.editable or element in screen.borrowed or element in screen.checked \
                or element in screen.disabled or promotions.unwanted(task, screen, element):
            continue  # an ad's or an offer's own button is no row's act
        if does(label, wanted, task):
            out.append(element)
    return out


def _letters(text: str) -> set[str]:
    """The characters of scripts written without spaces ("中電" shares two with "中華電力")."""
    return {c for run in NO_SPACES.findall(text) for c in run if not unicodedata.category(c).startswith("M")}


def names(task: str, row: str) -> float:
    """How much of the row the task names: words, forms of words, single characters of unspaced scripts."""
    said, own = words(task), words(row)
    return len(said & own) + word_forms.forms(said - own, own - said) + 0.5 * len(_letters(task) & _letters(row))


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the row's control doing the task's act above its row (in place; see the module docstring)."""
    controls = _controls(screen, ui_glossary.acts(task), task)
    if len(screen.dialog) <= _ANSWERS:  # a dialog's few buttons answer its question: no row carries them
        controls = [e for e in controls if e not in screen.dialog]  # (agents/dialog_answers.py, agents/in_the_way.py)
    if not controls:
        return
    taps = {c.action["element"]: c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)}
    listed = {row_key(screen.labels.get(e, "")): c for e, c in taps.items()}
    held = {row_key(screen.context[e]) for e in screen.actionable if screen.context.get(e)}
    rows = [c for key, c in listed.items() if key in held]  # listed rows holding controls
    ranked = sorted(out, key=lambda c: -c.score)
    if not ranked:
        return
    mine: list[int] = []
    if rows and any(row_key(screen.context[e]) in listed for e in controls):
        best = max(rows, key=lambda c: c.score)
        title = screen.labels.get(best.action["element"], "")
        if best in ranked[:_TOP] and sum(c.score == best.score for c in rows) == 1 and names(task, title) > 0:
            mine = [e for e in controls if row_key(screen.context[e]) == row_key(title)]  # the row first, named
        floor = best.score + _ABOVE
    else:  # only the controls listed: the one whose row the task names best
        fits = {e: names(task, screen.context[e]) for e in controls}
        top = max(fits.values())
        mine = [e for e in controls if fits[e] == top] if top > 0 else []
        floor = ranked[0].score + _ABOVE
    if len(mine) == 1 and mine[0] in taps:
        taps[mine[0]].score = max(taps[mine[0]].score, floor)
