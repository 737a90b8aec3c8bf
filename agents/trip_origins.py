"""The start of a trip a task names goes into the route form's origin field first ("from Shibuya to Yokohama").

Route forms (maps, rail, buses, flights, rides) ask for both ends, the start on top. A task names the start
before the end with a preposition ("from A to B", "de A a B", "von A nach B", "z A do B", "из A в B", "dari A ke
B", "từ A đến B", "من A إلى B", "从A到B") or after it with a postposition or case ("AからBまで", "A에서 B까지",
"A'dan B'ye", "A से B तक"). When the screen shows two or more fields and one is named for the start (its label,
hint or id: from, origin, departure, pick-up, 出発地, 출발, desde, von, откуда, kalkış, ...), the start is typed
there first, above the destination's typing; a field already showing it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .perceptor import Screen
from .text import normalize

_END = r"[^,.;!?、。，]+?"
_SAID = (
    re.compile(rf"(?:^|\s)(?:from|desde|de|du|des|von|vom|da|dal|van|z|ze|из|от|з|dari|từ|จาก|من|מ)\s+(?P<o>{_END})\s+"
               r"(?:to|a|à|al|au|hasta|para|pra|nach|zum|zur|bis|naar|do|в|во|на|до|ke|đến|tới|ไป|ถึง|إلى|الى|ל)\s", re.I),
    re.compile(rf"(?:从|從|由)(?P<o>{_END})(?:到|至|去)"),
    re.compile(r"(?:^|\s)(?P<o>[^\s、。]+?)から"),
    re.compile(r"(?:^|\s)(?P<o>\S+?)에서\s+\S+?까지"),
    re.compile(r"(?:^|\s)(?P<o>\w+?)['’]?(?:dan|den|tan|ten)\s+\S+?['’]?(?:a|e|ya|ye|na|ne)\b", re.I),
    re.compile(r"(?:^|\s)(?P<o>\S+)\s+से\s+\S+\s+(?:तक|को)"),
)
# Words naming a route form's start field, in the languages phones ship (labels, hints and id words).
_START_FIELD = re.compile(
    r"\b(?:from|origin|start(?:ing point)?|departure|depart|pick-?up|source|desde|origen|salida|partida|origem|de onde|"
    r"départ|von|abfahrt|startpunkt|partenza|vertrek|van|skąd|wyjazd|odkud|откуда|отправление|звідки|kalkış|nereden|"
    r"dari|asal|keberangkatan|từ|điểm đi|من|מוצא|से|प्रस्थान)\b|出発|出发|起点|起點|출발|จาก|ต้นทาง", re.I)


def origin(task: str) -> str | None:
    """The start of the trip the task names, or None."""
    for said in _SAID:
        m = said.search(task)
        if m and m.group("o").strip():
            return m.group("o").strip()
    return None


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type the task's start of trip into the form's start field, first (see the module docstring)."""
    fields = [i for i in screen.editable if i in screen.actionable]
    start = origin(task) if len(fields) >= 2 else None
    if not start:
        return
    for element in fields:
        rid = screen.locators.get(element, {}).get("resource_id", "").rsplit("/", 1)[-1].replace("_", " ")
        if not _START_FIELD.search(f"{screen.labels.get(element, '')} {rid}") or \
                normalize(start) in normalize(screen.editable.get(element, "")):
            continue
        top = max((c.score for c in out), default=0.0)
        out.append(make({"kind": "type", "element": element, "text": start},
                        f'type "{start}" into [{element}] {screen.labels.get(element, "")}', max(4.0, top + 0.5)))
        return
