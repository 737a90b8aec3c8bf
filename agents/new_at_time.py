"""A new alarm, reminder or event at a time no row shows: the screen's own "add" control for that kind.

A clock, reminder or calendar app lists the items that exist ("7:00 alarm", "7:30 alarm") with one control that
makes a new one ("Add alarm", "Añadir alarma", "Wecker hinzufügen", "アラームを追加"; often a floating button known
only by its description). A task that makes one ("set me an alarm for 6:45", "ponme una alarma a las 6:45"), or names only the kind
and a time ("Wecker auf 5:40"), at a time no line of the screen shows means that control, not an existing row that merely names the same kind; a time
that a row shows ("set the 7:00 alarm") is that row's business, and so is one a task changes ("change the work alarm
to 7:00", "move my dentist reminder to 4:30"): it exists already. Times said with hour and minute words count
("5시 40분", "5点40分"), and a lone "+" known only as "add" ("추가", "添加") is that kind's add control. Concepts and clock times in any language
(agents/ui_glossary.py, agents/values.py); no app's words.
"""

from __future__ import annotations

import re
from typing import Any

from . import ui_glossary
from .goal import parse_goal
from .text import words
from .values import task_values

_MAKING = frozenset({"new", "add"})  # the concepts of making an item, in tasks and on controls
_CHANGING = frozenset(words("edit change modify move reschedule postpone", stopwords=frozenset()))  # verbs of an edit
_ABOVE = 0.5  # how far the add control goes above the best other candidate
_TIME = re.compile(r"(\d{1,2})\s*(?:[:.h]|[時时点點시]\s*)\s*(\d{1,2})(?=\s*[分분])|(\d{1,2})\s*[:.h時]\s*(\d{2})")


def _times(text: str) -> set[tuple[int, int]]:
    return {(int(h or h2) % 24, int(m or m2)) for h, m, h2, m2 in _TIME.findall(text)}  # "5:40", "5시 40분", "5点40分"


def adjust(out: list[Any], task: str, labels: dict[int, str], lines: list[str]) -> None:
    """Raise the control making a new item of the task's kind above all else (in place)."""
    asked = ui_glossary.asked(task)
    kinds = asked - _MAKING - ui_glossary.ACTS
    times = _times(task) | {t for v in task_values(task) if v.kind == "time" for t in _times(v.text)}  # "6h20" too
    making = bool(asked & _MAKING) or not asked - kinds  # "set an alarm ...", or the kind and a time alone
    making = making and not parse_goal(task).verbs & _CHANGING  # "change the work alarm to 7:00": an existing one
    if not (making and kinds and times) or times & _times(" ".join(lines)):
        return
    makers = [c for c in out if c.action.get("kind") == "tap" and (meant := set(ui_glossary.concepts(
        ui_glossary.control_words(labels.get(c.action.get("element"), ""))))) & _MAKING and meant - _MAKING <= kinds
        and meant & kinds]
    bare = [c for c in out if c.action.get("kind") == "tap" and len((label := labels.get(c.action.get("element"), "")).split()) == 1
            and set(ui_glossary.concepts(ui_glossary.control_words(label))) in ({"add"}, {"new"}, _MAKING)]  # "+", "추가"
    makers = makers or bare[:1] if len(bare) == 1 else makers  # a lone "+" ("추가") on the alarm list: its add control
    if makers:
        top = max(c.score for c in out)
        for candidate in makers:
            candidate.score = top + _ABOVE
