"""A row's own button the task asks for, with the row named by a word no row shows: the list is scrolled.

Lists repeat one button on every row ("Aktivieren" under each coupon, "Add" beside each dish, "Install" on each
app, "Follow" on each account); the task's verb meets every copy alike and its object picks the row.
"aktivier den Kaffee-Coupon" on a list of cheese, fruit and yoghurt coupons, or "add the mango lassi" on a menu
showing curries, names a row further down: when the top candidates are three or more copies of one label level
with each other and a word of the task that names things (four letters or more, no function or courtesy word,
a hyphenated compound's parts counted alone) shows nowhere on the screen in any form, scrolling down comes
first. A task naming no row ("activate a coupon"), a row in view, or the item in front ("Seguir esta conta",
agents/function_words.py's demonstratives) keeps the copies as they were. Scripts
written without spaces take no part (their keys are letter pairs, no words).
"""

from __future__ import annotations

import os
import re
from typing import Any

from ..unitext import NO_SPACES
from . import word_forms
from .function_words import DEMONSTRATIVES, DEMONSTRATIVES_UNSPACED, FUNCTION_WORDS
from .perceptor import Screen
from .text import normalize, words

_COPIES = 3
_LEAD = 0.5
# Said around a request in many languages, naming no row.
_COURTESY = frozenset(words(
    "please pls plz bitte danke schnell jetzt gleich mal einfach quickly right away again also just "
    "favor ahora rápido porfa agora rapidinho obrigado maintenant vite merci adesso subito grazie grazie "
    "alsjeblieft graag snel nu proszę teraz szybko lütfen hemen şimdi tolong dong sekarang cepat "
    "пожалуйста сейчас быстро будь ласка зараз швидко", stopwords=frozenset()))
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _task_words(task: str) -> set[str]:
    """The task's words that may name a row: compounds' parts alone, no short, function or courtesy words."""
    said = words(_HYPHEN.sub(" ", task))
    return {w for w in said if len(w) >= 4 and not w.isdigit() and not NO_SPACES.search(w)
            and w not in FUNCTION_WORDS and w not in _COURTESY}


def shown(word: str, seen: set[str]) -> bool:
    """``word`` shows on screen as written, in another form, or as the start of a longer word ("Käse":
    "Käseauswahl", "aktivier": "Aktivieren")."""
    return any(word == s or word_forms.weight(word, s) or word_forms.weight(s, word)
               or len(os.path.commonprefix([word, s])) >= max(4, 2 * min(len(word), len(s)) // 3) for s in seen)


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Put scrolling down above copies of one row button level at the top when the task names an unseen row."""
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    scroll = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    if not taps or scroll is None or not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return  # nothing on screen scrolls
    top = max(c.score for c in out)
    leaders = [normalize(screen.labels.get(c.action["element"], "")) for c in taps if abs(c.score - top) < 1e-6]
    if not leaders or max(leaders.count(label) for label in leaders) < _COPIES:
        return
    if set(normalize(task).split()) & DEMONSTRATIVES or any(d in task for d in DEMONSTRATIVES_UNSPACED):
        return  # "Seguir esta conta": the item in front
    seen = words(_HYPHEN.sub(" ", " ".join([*screen.labels.values(), *screen.context.values(), *screen.lines])))
    if any(not shown(w, seen) for w in _task_words(task)):
        scroll.score = top + _LEAD
