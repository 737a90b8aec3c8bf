"""When no rule speaks, meaning decides: a screen whose controls none of the ranker's rules ties to the task.

On such a screen every control scores nothing, scrolling (0.2) leads and reading order ranks the rest: "mandarle 50
lucas a mi hermana" on a wallet's home ("Envía | Pide | Saca | Recarga"), "hoe kom ik bij die appie" on a maps
place sheet ("Route"), "tunjukin jalan ke sini" ("Rute"). The rules leave the task's own language to its synonyms,
and a concept said with another word of the same language earns nothing there (agents/ui_glossary.fit: where rules
speak, same-language concept credit misled them). Where they are silent, a concept a short control shares with the
task in ANY language (ui_glossary: "mandar" and "Envía" are send, "hoe kom ik bij" and "Route" directions) earns
``CREDIT`` each, at most two: enough to pass scrolling. An ad or offer (made to echo what people want) gains
nothing. A screen where some control scores above ``SILENT`` is left to the rules.

Measured on first actions as first met (blind7-20, each ranked by the code that landed it; benchmarks/RESULTS.md):
in this regime the ranker was right on 7 of 48 and concept credit made it 14. The sentence encoder's nearest control
(cosine 0.35 and up) made it 19 there, but on today's ranker it undid right scrolls (a course list's "Spanish" for
"learn Polish", a menu for a setting below the fold): not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import page_heading, ui_glossary
from .perceptor import Screen
from .ranked import Ranked
from .semantic import label
from .text import words

SILENT = 0.25  # the best control's score at most this: scrolling (0.2) and back (0.1) lead, no rule spoke
CREDIT = 0.5  # per concept shared: one lifts a control over scrolling
_ACTING = ("tap", "open_app", "long_press", "type")
_NAMED = ("tap", "open_app")


def adjust(out: Sequence[Ranked], task: str, labels: dict[int, str],
           unwanted: Callable[[int], bool] = lambda element: False, screen: Screen | None = None) -> None:
    """Credit the controls that mean what ``task`` asks for, on a screen where no rule tied one to it; a concept the
    ``screen``'s heading names is where the user is, no control's (agents/page_heading.py)."""
    acting = [c for c in out if c.action.get("kind") in _ACTING]
    if not acting or max(c.score for c in acting) > SILENT or not task.strip():
        return
    wanted = ui_glossary.asked(task)  # every concept the task names, its said words and freed verbs included
    wanted -= set(ui_glossary.concepts(page_heading.heading(screen))) if screen is not None else set()
    if not wanted:
        return
    for candidate in out:
        element = candidate.action.get("element")
        text = label(candidate.action, labels).strip()
        if candidate.action.get("kind") not in _NAMED or not text or (isinstance(element, int) and unwanted(element)):
            continue
        shared = len(wanted & set(ui_glossary.concepts(ui_glossary.control_words(text))))
        candidate.score += CREDIT * min(2, shared)


def over_echoes(out: Sequence[Ranked], task: str, labels: dict[int, str],
                tried: Callable[[Ranked], bool] = lambda candidate: False) -> None:
    """The one short control meaning what the task asks ("Next" for "skip this song", in any language) above
    controls that only echo one of the task's words ("Add to Liked Songs"): when nothing scored holds a concept
    the task asks for, and no rule scored anything above ``ECHO``; ``tried``: a candidate already taken to no effect."""
    acting = [c for c in out if c.action.get("kind") in _ACTING]
    if not acting or not SILENT < max(c.score for c in acting) <= ECHO or not task.strip():
        return
    wanted = ui_glossary.asked(task) - ui_glossary.ACTS  # a row's act ("off") is a state's word too ("已关闭")

    def meant(candidate: Ranked) -> set[str]:  # by its name, not a row's state after it ("勿扰模式 | 已关闭")
        text = label(candidate.action, labels).split("|")[0].strip()
        return set(ui_glossary.concepts(ui_glossary.control_words(text))) & wanted if text else set()
    named = [c for c in out if c.action.get("kind") in _NAMED]
    said = words(task)

    def names_it(candidate: Ranked) -> bool:  # its title is all said: the thing the task names ("чат Работа")
        title = words(re.split(r" \| |, ", label(candidate.action, labels))[0])
        return bool(title) and title <= said
    if not wanted or any(meant(c) or names_it(c) for c in named if c.score > SILENT):
        return
    short = [c for c in named if len(label(c.action, labels).split()) <= _SHORT and meant(c) and c.score >= 0]  # a rule
    # put it below nothing ("Wi-Fi calling" for "turn off wifi", agents/compound_heads.py): its meaning does not undo that
    if len(short) == 1 and not tried(short[0]):
        short[0].score = max(c.score for c in acting) + CREDIT


ECHO = 1.25  # a single word echoed at most (1.0) and a little meaning
_SHORT = 3  # words in a control's label


__all__ = ["CREDIT", "ECHO", "SILENT", "adjust", "over_echoes"]
