"""A control the task names whole is on screen: scrolling on does not lead past it.

Several conventions raise scrolling when the task says words the screen does not show (a part of a page asked to
be seen, a row named by a word no row holds, a common word shared with many rows). A task rarely says only the
target's name: "quiero ver qué me gasta tanta batería" says more than the "Batería" row, "je veux voir
l'historique de mes transactions" more than the "Transactions" tab. When every word of a control's title is
said in the task (in any of its forms), the thing asked for is in view, and tapping it comes before scrolling.

A title counts when it holds a word that names a thing, not only the task's verb or an act, and is not the page's own
heading (agents/page_heading.py), the tab already chosen ("Coupons" while the coupons show), an ad or the app's name. A title several controls share names a kind, not the one
asked for ("Ferry" on each trip of a list, "Aktivieren" on every coupon: the Tuesday ferry, the coffee coupon may
be further down); a title in a script without spaces is compared by letter pairs and is never said whole.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..unitext import NO_SPACES
from . import promotions, ui_glossary
from .fields import has_flag
from .function_words import FUNCTION_WORDS
from .goal import parse_goal
from .page_heading import ACTS, heading
from .perceptor import Screen
from .text import normalize, words
from .ui_conventions import same_word

_AHEAD = 0.1  # the named control's lead over scrolling


def _title(label: str) -> str:
    return label.split(" | ", 1)[0]


def adjust(out: list[Any], task: str, screen: Screen, app_words: set[str] = frozenset()) -> None:
    """Put scrolling down (in place) just below the best tap whose whole title ``task`` says, when it led."""
    down = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    if down is None:
        return
    said, acts = words(task), parse_goal(task).verbs
    ignored = words(heading(screen)) | set(app_words) | FUNCTION_WORDS
    titles = Counter(normalize(_title(screen.labels.get(i, ""))) for i in screen.actionable)
    named = []
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or not isinstance(element, int) or element in screen.editable or \
                has_flag(screen, element, "selected"):
            continue  # a field; the tab already chosen is where the user is
        title = _title(screen.labels.get(element, ""))
        if titles[normalize(title)] > 1 or NO_SPACES.search(title):
            continue  # rows sharing a title are of one kind ("Ferry" on each trip); letter pairs name no whole title
        own = words(title) - FUNCTION_WORDS
        things = {w for w in own if w not in ignored and not any(same_word(a, w) for a in acts)}  # "Aktiviert": a verb
        meant = set(ui_glossary.concepts(title))
        if not things or meant and meant <= ACTS or promotions.unwanted(task, screen, element):
            continue
        if all(w in said or any(same_word(s, w) for s in said) for w in own):
            named.append(candidate)
    best = max(named, key=lambda c: c.score, default=None)
    if best is not None and down.score >= best.score > 0:
        down.score = best.score - _AHEAD
