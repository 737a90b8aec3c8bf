"""When the next one leaves: a departures board's row, read by its head.

Transit apps list departures as rows that start with the route ("38 | Victoria | 3 min | then 11, 19 min", "U2 |
Pankow | 4 Min", "RE 5 | Koblenz | 14:32"). "when's the next 38?", "¿cuándo pasa el próximo 38?", "wann kommt die
nächste U2?" asks for the row whose first part is exactly that route, and is answered by its first time: a wait
("3 min") or a clock time ("14:32"). Another route's row, a night route that only starts with it ("N38"), or a
notice mentioning the route in a sentence ("Route 38 diverted until 20:00") is not it. The word "next" in the
languages phones ship, and the vehicle words that may stand between it and the route.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NEXT = re.compile(
    r"(?<!\w)(?:next|prochaine?|próxim[oa]|siguiente|nächsten?|nächster|nächstes|volgende|prossim[oa]|następn[yae]|"
    r"следующ\w+|наступн\w+|sonraki|berikutnya|tiếp theo|seuraava|nästa|neste|næste)\s+"
    r"(?:(?:bus|train|tram|metro|subway|ferry|line|route|number|no\.?|autobus|bús|tren|zug|bahn|trein|treno|pociąg|tramwaj|"
    r"автобус|поезд|трамвай|маршрут|otobüs|tramvay|kereta|linha|ligne|línea|linie|lijn|linea)\s+)?(?P<route>[\w\-]{1,6})(?!\w)",
    re.I)
_ROW = re.compile(r'^\s*\[\d+\]\s+\S+\s+"(?P<label>[^"]*)"')
_WAIT = re.compile(r"^(?:\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos?|minuti|мин|dk|dakika|phút|分)\.?|due|now|"
                   r"jetzt|sofort|maintenant|ahora|ora|teraz|сейчас|şimdi)$", re.I)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$", re.I)


def route(task: str) -> str | None:
    """The route a "when is the next X" question names ("38", "U2"), or None."""
    m = _NEXT.search(task)
    return m.group("route") if m and any(c.isdigit() for c in m.group("route")) else None


def answer(task: str, lines: Sequence[str]) -> str | None:
    """The first time on the one row whose head is the asked route, or None."""
    asked = route(task)
    if asked is None:
        return None
    found = []
    for line in lines:
        m = _ROW.match(line)
        cells = [c.strip() for c in m.group("label").split(" | ")] if m else []
        if cells and cells[0].casefold() == asked.casefold():
            found.append(next((c for c in cells[1:] if _WAIT.match(c) or _CLOCK.match(c)), None))
    return found[0] if len(found) == 1 else None
