"""A button that shows its mode already on: the task that asks for the mode is done, and the button is never tapped.

A player's shuffle or repeat, a post's like, an article's bookmark is an icon button, not a switch row. Apps show
it on in one of two ways: the button is checked (``checkable`` and ``checked``), or its label names the act that
turns the mode off ("Disable shuffle", "Poista satunnaistoisto käytöstä", "Désactiver la lecture aléatoire",
"Turn off repeat"): the label says what a tap would do, not what the task wants. A task that names the mode and
says no off ("play this on shuffle", "soita tää lista satunnaisessa järjestyksessä", "mets la playlist en
lecture aléatoire") finds it on: the button goes down (tapping it turns the mode off), and the task is done when
the task names the button alone and names no other control's act ("play this on shuffle" beside a paused
player's "Play" still plays).

A task that says to undo, delete, cancel or turn something off, or that refuses, is left to the other rules.
"""

from __future__ import annotations

import re

from . import ui_glossary, word_forms
from .function_words import FUNCTION_WORDS
from .goal import Goal
from .negation import refuses
from .perceptor import Screen
from .switch_states import OFF_WORDS, ON_WORDS
from .text import words

_NONE: frozenset[str] = frozenset()
_LINE = re.compile(r"^\s*\[(\d+)\] (\S+)")
_BUTTON = re.compile(r"^(?:Image|Toggle|Material|AppCompatImage|AppCompat)?Button$|^(?:Image)?View$")
_SHOWN = frozenset("on off enabled disabled activated deactivated stopped".split())  # a state shown, no act
_ACT_VERBS = frozenset("turn switch power".split())
_ENDING = frozenset({"cancel", "delete", "logout", "undo", "off", "deny"})  # concepts (agents/ui_concepts.toml)
PUSH_DOWN = -2.0


def mode_scores(goal: Goal, screen: Screen) -> tuple[dict[int, float], bool]:
    """(score change per mode button the task names, whether the task is done: see the module docstring)."""
    if goal.want_on is False or not goal.toggle_words or refuses(goal.text) or \
            set(ui_glossary.task_concepts(goal.text)) & _ENDING:
        return {}, False
    kinds = {int(m.group(1)): m.group(2) for m in map(_LINE.match, screen.lines) if m}
    named: dict[int, bool] = {}  # button -> named by the task alone
    for i in screen.actionable:
        if i in screen.editable or i in screen.borrowed or not _BUTTON.match(kinds.get(i, "")):
            continue
        label = screen.labels.get(i, "").split(" | ")[0]
        keys = words(label, stopwords=_NONE)
        off_act = bool(keys & OFF_WORDS - _SHOWN or keys & _ACT_VERBS and keys & OFF_WORDS) and not keys & ON_WORDS
        if not (off_act or screen.checked.get(i)):
            continue
        name = {w for w in keys - OFF_WORDS - ON_WORDS - _ACT_VERBS - FUNCTION_WORDS if len(w) > 1}
        said = {w for w in name if _said(w, goal.toggle_words)}
        if name and 0 < len(name) <= 3 and said and (off_act or said == name):
            named[i] = len(said) == len(name) or not any(
                said & words(screen.labels.get(j, "")) for j in screen.actionable if j != i)
    if not named:
        return {}, False
    other_acts = any(words(screen.labels.get(j, "").split(" | ")[0], stopwords=_NONE) & goal.verbs
                     for j in screen.actionable if j not in named)
    return {i: PUSH_DOWN for i in named}, len(named) == 1 and all(named.values()) and not other_acts


def _said(name_word: str, asked: set[str]) -> bool:
    """Does the task say the mode's word, in any form ("satunnaisessa" says "satunnaistoisto", "liked" says "like")?"""
    return name_word in asked or word_forms.forms(asked, {name_word}) > 0 or any(
        len(a) >= 5 and len(name_word) >= 5 and a[:5] == name_word[:5] for a in asked)
