"""A row's own button the task asks for, with the row named by a word no row shows: the list is scrolled.

Lists repeat one button on every row ("Aktivieren" under each coupon, "Add" beside each dish, "Install" on each
app, "Follow" on each account); the task's verb meets every copy alike and its object picks the row.
"aktivier den Kaffee-Coupon" on a list of cheese, fruit and yoghurt coupons, or "add the mango lassi" on a menu
showing curries, names a row further down: when the top candidates are three or more copies of one label level
with each other and a word of the task that names things (four letters or more, no function or courtesy word,
a hyphenated compound's parts counted alone) shows nowhere on the screen in any form, scrolling down comes
first. A task naming no row ("activate a coupon", "activate every coupon": all of them, the first one first), a row in
view, or the item in front ("Seguir esta conta",
agents/function_words.py's demonstratives) keeps the copies as they were. Scripts
written without spaces take no part (their keys are letter pairs, no words).

The same holds where each row's button names its row ("Minuteur pour YouTube", "Timer for Chrome": three or more
buttons of one lead, each name shown again by its row): a name the task says capitalised ("sur TikTok") that no
button and nothing else on screen shows is a row further down, whatever word the page shares with the task
("par jour": "Jour précédent"), unless a rule already leads clearly or the task names a row in view.
"""

from __future__ import annotations

import os
import re
from typing import Any

from ..unitext import NO_SPACES
from . import word_forms
from .all_items import over_all
from .function_words import DEMONSTRATIVES, DEMONSTRATIVES_UNSPACED, FUNCTION_WORDS
from .perceptor import Screen
from .text import normalize, words

_COPIES = 3
_LEAD = 0.5
_CLEAR = 2.0  # a rule's lead this large stands (a row named by the task elsewhere)
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
    named_family(out, task, screen)
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
    if over_all(task):
        return  # "activate every coupon": all the rows, the first copy first; the quantifier names no row
    seen = words(_HYPHEN.sub(" ", " ".join([*screen.labels.values(), *screen.context.values(), *screen.lines])))
    if any(not shown(w, seen) for w in _task_words(task)):
        scroll.score = top + _LEAD


# A name the task says: a capitalised word after the first ("sur TikTok", "for Strava"), three letters or more.
_NAME = re.compile(r"(?<=\s)[A-Z][\w'’\-]{2,}")
_FAMILY = 3  # buttons of one family that make a list of rows


def _families(screen: Screen) -> list[set[str]]:
    """The names in each family of row buttons labelled "<the same words> <the row's name>" ("Minuteur pour
    YouTube", "Timer for Chrome", "Remove Ana Li"): three or more, each name shown again by its row."""
    by_lead: dict[str, set[str]] = {}
    for i in screen.actionable:
        label = screen.labels.get(i, "")
        if i in screen.editable or "|" in label:
            continue
        parts = label.split()
        for cut in range(1, min(len(parts), 4)):
            lead, name = " ".join(parts[:cut]).casefold(), " ".join(parts[cut:])
            if len(parts) - cut <= 3:
                by_lead.setdefault(lead, set()).add(name)
    others = normalize(" ".join([*screen.context.values(), *screen.lines,
                                 *(screen.labels.get(i, "") for i in screen.actionable if "|" in screen.labels.get(i, ""))]))
    return [names for names in by_lead.values() if len(names) >= _FAMILY
            and sum(normalize(n) in others for n in names) >= _FAMILY]


def named_family(out: list[Any], task: str, screen: Screen) -> None:
    """Scroll first when the task names (capitalised) a row that a family of row buttons would name, and no such
    button, nor anything else on screen, shows it ("mets une limite sur TikTok" among "Minuteur pour YouTube", ...)."""
    scroll = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    letters = [c for c in task if c.isalpha()]
    if scroll is None or not letters or sum(c.isupper() for c in letters) * 2 > len(letters) or \
            not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return
    shown_ = normalize(" ".join([*screen.labels.values(), *screen.lines]))
    unseen = [n for n in _NAME.findall(task) if not re.search(rf"(?<!\w){re.escape(normalize(n))}(?!\w)", shown_)]
    families = _families(screen) if unseen else []
    said = normalize(task)
    if not families or any(re.search(rf"(?<!\w){re.escape(normalize(n))}(?!\w)", said) for names in families for n in names):
        return  # a row in view is named ("Stell einen Timer für YouTube": German nouns are capitalised too)
    top = max(c.score for c in out)
    if top >= _CLEAR or any(c.action.get("kind") == "open_app" for c in out if c.score >= top):
        return
    scroll.score = top + _LEAD
