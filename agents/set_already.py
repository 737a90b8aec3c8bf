"""A thing the task sets to a number, already at that number: finish, do not step it further.

"Set the hallway thermostat to 70" on the Hallway thermostat's page whose readout says 70, "stell die Heizung im Bad
auf 21" on Bad's page reading "21°", "mets la luminosité à 60 %" on a page titled Luminosité reading "60 %": the end
state shows, and a tap on its "+" or "−" would move it off. The evidence is structural: the task is one act that sets
something to a number (said last, after the preposition of a target value in the languages phones ship: "to", "auf",
"à", "a", "al", "op", "på", "till", "na", "до", "на", "σε"), the screen has no field to type it into, the page's title
(its first plain lines) says a word of the task's own, and a plain line below it is the readout of exactly that number
(alone, with its degree, percent or unit sign: "70", "70°", "21 °C", "60 %"). A number on a control (a picker's row, a
button) is a choice, not the state.
"""

from __future__ import annotations

import re
from typing import Any

from . import answers, plain_finish
from .perceptor import Screen
from .progress import parts
from .text import words

_UNIT = (r"(?:\s*(?:°\s?[CF]?|%|degrees?|grad(?:e|os|i)?|graus|degr[ée]s|градус\w*|βαθμο\w*|percent|per\s?cent|prozent"
         r"|por\s?ciento|percento|procent|процент\w*))?")
_TARGET = re.compile(rf"(?:^|\s)(?:to|auf|à|a|al|op|på|till|til|na|do|до|на|σε|στους|στο)\s+(\d{{1,4}}(?:[.,]\d)?){_UNIT}"
                     r"\s*[.!。]?\s*$", re.I)
_TITLE_LINES = 2  # a page's title and its subtitle ("Hallway" / "Nest Thermostat")


def target(task: str) -> str | None:
    """The number a one-act task sets something to ("... to 70" -> "70"), else None."""
    if answers.asked(task) is not None or len(parts(task)) > 1:
        return None
    m = _TARGET.search(task)
    return m.group(1) if m else None


def shown(task: str, screen: Screen) -> bool:
    """The page of the thing the task sets shows it already at the task's number."""
    number = target(task)
    if number is None or screen.editable:
        return False
    plain = [line.strip() for line in screen.lines if line.startswith("    ") and line.strip()]
    named = words(task) - words(number)
    if not plain or not any(words(line) & named for line in plain[:_TITLE_LINES]):
        return False
    readout = re.compile(rf"[-−]?{re.escape(number)}{_UNIT}", re.I)
    return any(readout.fullmatch(line) for line in plain[1:])


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Finish first where the thing is already at the task's number (``out`` in place)."""
    if shown(task, screen):
        plain_finish.finish_first(out)
