"""A slider moved to a level the task names ("brightness to 30%", "volume at 80 percent"), or the way its words say.

A slider shows its level as a number (its text, "60%" or "60"); a task that names a percentage says which way to
move it and when it is there. Without a number the request's words say the way ("dimmer", "max"); a reason
appended ("..., so it's dim") says none.
"""

from __future__ import annotations

import re
from typing import Any

from .text import words

LOWER = frozenset("minimum min lowest lower decrease reduce less dim dimmer darker quieter down".split())
HIGHER = frozenset("maximum max highest higher increase raise more brighter louder up full".split())
SLIDER_KINDS = ("SeekBar", "Slider", "RatingBar")
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:%|percent\b|per\s*cent\b|pct\b)", re.I)
_SHOWN = re.compile(r"(?<![\d.,:/])(\d{1,3}(?:[.,]\d+)?)\s*%")
_REASON = re.compile(r",?\s+(?:so that|so|because|since|as)\s+(?:it|it's|it is|they|I|we)\b", re.I)
_CLOSE = 2.5  # within this many points the level is reached (sliders move in steps)


# Half a level said as a word, in the languages phones ship: "to half", "à moitié", "a la mitad", "a metà", "pela metade",
# "auf die Hälfte", "op de helft", "na pół", "наполовину", "yarıya", "setengah", "một nửa", "一半", "半分", "절반",
# "आधा", "نصف", "ครึ่ง". Said as an amount of something ("half an hour", "half a kilo", "half of the songs") it is
# no level.
_HALF_SPACED = re.compile(
    r"(?<!\w)(?:(?:to|at)\s+(?:a\s+)?half(?!\s+(?:an?|of|past|the|hour|price)\b)|halfway|half\s+(?:brightness|volume|way|power)"
    r"|(?:à|a)\s+(?:la\s+)?moiti[ée]|à\s+mi-(?:hauteur|course|chemin)|(?:a|en)\s+la\s+mitad|a\s+media\s+(?:luz|intensidad|potencia)"
    r"|a\s+met[àa]|(?:pela|na|a)\s+metade|(?:auf\s+)?(?:die\s+)?h[äa]lfte|auf\s+halb(?:e|er)?|op\s+de\s+helft|halverwege"
    r"|na\s+p[óo]ł|do\s+połowy|w\s+połowie|наполовину|на\s+половину|до\s+половины|yarıya|yarı\s+yarıya|setengah|separuh"
    r"|(?:một\s+)?nửa|आधा|आधी|आधे|نصف|النص|بالنص|на\s+пів)(?!\w)", re.I)
_HALF_UNSPACED = re.compile(r"一半|半分|절반|반으로|반만|ครึ่ง")
_AMOUNT_AFTER = re.compile(r"^\s*(?:an?\s+)?(?:hour|h|min|minute|kilo|kg|litre|liter|cup|day|price|of|tiếng|giờ|phút|giá|jam|menit|harga|saat|घंटा|घंटे|ساعة)\b|^\s*(?:時間|小时|小時|价|價|額|시간)", re.I)


def _half(task: str) -> bool:
    """The task names half a level ("à moitié", "一半"), not half an amount ("half an hour", "半小时")."""
    return any(not _AMOUNT_AFTER.match(task[m.end():]) for p in (_HALF_SPACED, _HALF_UNSPACED) for m in p.finditer(task))


def wanted_level(task: str) -> float | None:
    """The one percentage the task names (0-100), or half said as a word (50); None (none, several, or out of range)."""
    found = {float(m.group(1)) for m in _PERCENT.finditer(task)} | ({50.0} if _half(task) else set())
    return found.pop() if len(found) == 1 and 0 <= min(found) <= 100 else None


def shown_level(label: str) -> float | None:
    """The level a slider's label shows as a percentage ("Brightness level 60%"), or None."""
    found = [float(m.group(1).replace(",", ".")) for m in _SHOWN.finditer(label)]
    return found[-1] if len(found) == 1 and 0 <= found[0] <= 100 else None


def slider_candidates(element_id: int, label: str, task_words: set[str], score: float,
                      task: str) -> list[tuple[dict[str, Any], str, float]]:
    """Slide left (lower) or right (higher): toward the level the task names, else the way its words say."""
    wanted, shown = wanted_level(task), shown_level(label)
    if wanted is not None and shown is not None:
        lower, higher = wanted < shown - _CLOSE, wanted > shown + _CLOSE
        if not (lower or higher):  # there: moving it either way undoes the task
            return [({"kind": "swipe", "direction": d, "element": element_id}, f"slide [{element_id}] {label} {d}",
                     score - 2.0) for d in ("left", "right")]
    else:
        said = words(_REASON.split(task, maxsplit=1)[0])  # "..., so it's dim in the bedroom": a reason, no way to move
        lower, higher = bool(task_words & LOWER & said), bool(task_words & HIGHER & said)
    return [({"kind": "swipe", "direction": direction, "element": element_id},
             f"slide [{element_id}] {label} {direction}", score + (1.5 if wanted_ else -0.5))
            for direction, wanted_ in (("left", lower), ("right", higher))]


def level_reached(task: str, task_words: set[str], labels: dict[int, str], kinds: dict[int, str]) -> bool:
    """The task's slider (the only one, or one its words name) shows the level the task names: it is done."""
    wanted = wanted_level(task)
    sliders = [i for i, kind in kinds.items() if kind.endswith(SLIDER_KINDS)]
    if wanted is None or not sliders:
        return False
    named = [i for i in sliders if {w for w in words(labels.get(i, "")) if not w.isdigit()} & task_words]
    levels = [shown_level(labels.get(i, "")) for i in (named if len(sliders) > 1 else sliders)]
    return any(level is not None and abs(level - wanted) <= _CLOSE for level in levels)


def read_level(task_words: set[str], labels: dict[int, str], kinds: dict[int, str]) -> str | None:
    """A question's answer on a slider: the level shown by the slider its words name ("what is my brightness set
    to?" -> "60%"); None when no slider here is named or none shows a level. A question never moves it."""
    named = [i for i, kind in kinds.items() if kind.endswith(SLIDER_KINDS)
             and {w for w in words(labels.get(i, "")) if not w.isdigit()} & task_words - {"level", "percent", "set"}]
    levels = {shown_level(labels.get(i, "")) for i in named}
    if len(levels) != 1 or None in levels:
        return None
    level = levels.pop()
    return f"{level:g}%"
