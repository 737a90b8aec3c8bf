"""A task that narrows what it named, after a comma: "pay the light bill, the one from Edenor", "la luz, la de X".

People name a kind first and then say which one ("the electricity, the one from Volta", "el gas, el de
Metrogás", "a conta, a da Sabesp", "celle de Volta", "quella di Volta", "die von Volta"). The words after the
narrowing pronoun name the item to pick; the kind's own tile ("Light", "Gas") and any control sharing only the
verb are the wrong way in. A tap whose label carries every word of the narrowing is raised. A task with no comma
before the pronoun ("the bill of the house") narrows nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import words

# ", the one from X", ", la de X", ", a da X", ", celle de X", ", quella di X", ", die von X", ", die van X".
_NARROWED = re.compile(
    r",\s*(?:(?:the|that)\s+one|those|(?:la|el|lo|los|las)\s+(?:de(?:l)?|con)|(?:a|o|as|os)\s+(?:d[aoe]s?|com)|"
    r"(?:celle|celui|celles|ceux)\s+(?:de|du|des|d['’])|(?:quella|quello|quelle|quelli)\s+(?:di|del|della|dei|delle|con)|"
    r"(?:die|der|das)\s+(?:von|vom|mit)|(?:die|dat)\s+(?:van|met))(?:\s+(?:from|of|at|by|with|for))?\s*(?P<y>[^,.;!?]+)",
    re.I)


def narrowing(task: str) -> set[str]:
    """The words that say which one, after ", the one from" and its like (empty: the task narrows nothing)."""
    m = _NARROWED.search(task)
    return words(m.group("y")) if m else set()


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the taps whose label carries every word of the narrowing (in place)."""
    said = narrowing(task)
    if not said or len(said) > 4:
        return
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "tap" and isinstance(element, int) and \
                said <= words(screen.labels.get(element, "")):
            candidate.score += 1.5  # the one the task says it means
