"""A record of something done before is no way to do it again.

Wallets, ride-hailing and shop apps list what was done: each row of the history shows when (a time
"18:05", a date "12.11.2026", "11월 14일") and how much ("-1.000F", "38,000원", "₸ 1 500"). A task that asks to
do it ("achète 1000 F de crédit Orange") names that row's words too ("Crédit Orange 77 ... | 2 déc., 18:05 |
-1.000F"), yet tapping the row opens a receipt; the tile or button that starts a new one is the way. A record
row therefore yields to the other controls, unless the task asks what was done (a question) or to do it
again ("repeat", "same as last time", "encore", "nochmal", "再"). General conventions, no app's words.
"""

from __future__ import annotations

import re
from typing import Any

from .answers import asked
from .money_amounts import SYMBOLS
from .perceptor import Screen
from .text import normalize

PENALTY = 1.5
_FITS = 0.25  # a tap the task fits at all (scrolling stands at 0.2)
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)|\d{1,2}\s?(?:월|月)\s?\d{1,2}\s?(?:일|日)")
_SYMBOLS = SYMBOLS + "원円元"  # and the won, yen and yuan as East Asian rows write them
_SIGNED = re.compile(rf"(?<![\w\d])(?:[-−]\s?(?:[{_SYMBOLS}]|[A-Za-z]{{1,3}}\$?)?\s?\d(?![\d]*:\d)|\+\s?[{_SYMBOLS}]\s?\d)")  # "-1.000F", "-Rp50.000", "+ ₹500"
_MONEY = re.compile(rf"[{_SYMBOLS}]\s?\d|\d\s?[{_SYMBOLS}]")
_YESTERDAY = re.compile(r"\b(?:yesterday|gestern|hier|ayer|ontem|ieri|gisteren|wczoraj|вчера|учора|кеше|kecha|dün|kemarin|"
                        r"semalam|hôm qua|jana|tegnap|včera|igår|i går|eilen|χθες|أمس|امس|دیروز|אתמול)\b|昨天|昨日|어제|เมื่อวาน",
                        re.I)
_AGAIN = re.compile(r"\b(?:again|repeat|re-?order|same as (?:last|before)|last time|otra vez|de nuevo|repite|de novo|"
                    r"outra vez|encore|refais|nochmal|erneut|wieder|ancora|ripeti|opnieuw|nogmaals|снова|ещё раз|"
                    r"повтори|yine|tekrar|lagi|ulangi|lại|nữa)\b|再|もう一度|다시|อีกครั้ง|ซ้ำ", re.I)


def is_record(label: str) -> bool:
    """A history row: a time or a full date with money that moved (a signed amount), or a full date or "yesterday"
    with an amount (an offer's price beside its arrival time is no record)."""
    dated = bool(_DATE.search(label) or _YESTERDAY.search(label))
    return bool((dated or _TIME.search(label)) and _SIGNED.search(label) or dated and _MONEY.search(label))


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Put each tap on a record row (in place) below the best other tap the task fits, and ``PENALTY`` lower in any
    case, when the task asks to do something, not to read or repeat it."""
    if asked(task) is not None or _AGAIN.search(normalize(task)):
        return
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    records = [c for c in taps if is_record(screen.labels.get(c.action["element"], ""))]
    fitting = [c.score for c in taps if c not in records and c.score > _FITS]
    for candidate in records:
        candidate.score = min(candidate.score - PENALTY, max(fitting, default=candidate.score) - 0.5)
