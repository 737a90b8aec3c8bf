"""Every switch of a list of times on one side of an hour: "switch off every alarm set for before 8:00", "alarms <
8:00 off", "turn on all my reminders after 6pm", "schalte alle Wecker vor 8 Uhr aus", "apaga todas las alarmas antes
de las 8".

A list of alarms, reminders or schedules shows each item's clock time beside its switch. The switches whose time
lies on the named side of the bound and are not yet in the wanted state are flipped, top first; the ones on the
other side are left alone; finished once none in the bound is left to flip. Clock-time conventions and the words
for before/after in several languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .goal import parse_goal
from .perceptor import Screen
from .ranked import Ranked


def _h(n: int) -> str:
    """An hour said in a task ("8", "8:00", "8 o'clock", "8pm", "20h"), its groups numbered n."""
    return rf"(?P<h{n}>[01]?\d|2[0-3])(?:[:.h](?P<m{n}>[0-5]\d))?\s*(?:(?P<ap{n}>[ap])\.?m\.?|o'?clock|uhr|h\b)?"


_BEFORE = re.compile(rf"(?:\b(?:before|earlier\s+than|prior\s+to|vor|antes\s+de(?:\s+las?)?|antes\s+das?|avant|"
                     rf"prima\s+delle|voor|przed|до)\s+|<\s*){_h(1)}|{_h(2)}\s*(?:時前|点(?:之)?前|시\s*전)", re.I)
_AFTER = re.compile(rf"(?:\b(?:after|later\s+than|nach|después\s+de(?:\s+las?)?|depois\s+das?|après|dopo\s+le|"
                    rf"после)\s+|>\s*){_h(1)}|{_h(2)}\s*(?:時(?:以)?後|点(?:之)?后|시\s*(?:이)?후)", re.I)
_BULK = re.compile(r"\b(?:all|every|each|any|alle[ns]?|jede[ns]?|todos|todas|cada|tous|toutes|chaque|tutti|tutte|"
                   r"ogni|alles|wszystkie|все)\b|<|>|全部|所有|すべて|모든", re.I)
_CLOCK = re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s*(?P<ap>[AaPp])\.?[Mm]\.?)?")


def _minutes(h: str, m: str | None, ap: str | None) -> int:
    hour = int(h) % 12 + (12 if ap and ap.lower() == "p" else 0) if ap else int(h)
    return hour * 60 + int(m or 0)


def bound(task: str) -> tuple[int, bool] | None:
    """(minutes of the day, True for "before") of the hour every item on one side of which the task acts on."""
    if not _BULK.search(task):
        return None
    for pattern, before in ((_BEFORE, True), (_AFTER, False)):
        m = pattern.search(task)
        if m:
            n = 1 if m.group("h1") else 2
            return _minutes(m.group(f"h{n}"), m.group(f"m{n}"), m.group(f"ap{n}")), before
    return None


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen) -> None:
    """The switches in the bound not yet in the wanted state, top first; the others left alone; finished once none
    in the bound is left."""
    found = bound(task)
    want = parse_goal(task).want_on if found else None
    if found is None or want is None:
        return
    limit, before = found
    timed: dict[int, bool] = {}  # switch -> is its time in the bound
    for element in screen.checked:
        m = _CLOCK.search(screen.labels.get(element, ""))
        if m:
            at = _minutes(m.group("h"), m.group("m"), m.group("ap"))
            timed[element] = at < limit if before else at > limit
    if len(timed) < 2:
        return
    left = sorted((e for e, inside in timed.items() if inside and screen.checked[e] != want),
                  key=lambda e: screen.bounds.get(e, [0, 0, 0, 0])[1])
    for c in candidates:
        kind, element = c.action.get("kind"), c.action.get("element")
        if kind == "tap" and element in timed:
            c.score = c.score + 6.0 - 0.01 * left.index(element) if element in left else min(c.score, 0.3)
        elif kind == "done" and c.action.get("answer") is None:
            c.score = min(c.score, 0.5) if left else max(c.score, 6.0)
