"""A call to the person a task picks by rank is ringing: the in-call screen's hang-up control shows, so it is done.

"Call back whoever called me the most times": tapping the caller's row in a call log rings them at once, with no
"Call" button pressed that would say so. The in-call screen offers a hang-up control ("End call", "Hang up"); for a
task whose verb is to call someone it picks by rank (the most frequent caller), that screen finishes the task, and
the hang-up control is never pressed (it would end the call asked for). Android dialer conventions; the hang-up
words of common phone languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import answers, plain_finish
from .goal import parse_goal
from .perceptor import Screen
from .ranked import Ranked
from .text import words

_CALLING = frozenset(words("call ring phone dial callback", stopwords=frozenset()))
_HANG_UP = re.compile(r"^(?:end(?:\s+the)?\s+call|hang\s*up|disconnect|auflegen|anruf beenden|raccrocher|terminer l'appel|"
                      r"colgar|finalizar llamada|riaggancia|termina chiamata|ophangen|encerrar chamada|desligar|"
                      r"завершить(?: вызов)?|通話終了|끊기|挂断|結束通話|bitir|zakończ)\b", re.I)


def in_call(screen: Screen) -> int | None:
    """The hang-up control of an in-call screen, else None."""
    return next((i for i in screen.actionable if _HANG_UP.match(screen.labels.get(i, "").strip())), None)


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen) -> None:
    """On the in-call screen of a task that calls someone: finish first, never hang up."""
    if not parse_goal(task).verbs & _CALLING or not candidates or not answers.superlative(task):
        return  # a callee named, or picked otherwise, is finished by the Call button pressed (agents/candidates.py)
    hang_up = in_call(screen)
    if hang_up is None:
        return
    plain_finish.finish_first(candidates)
    for c in candidates:
        if c.action.get("element") == hang_up:
            c.score -= 3.0
