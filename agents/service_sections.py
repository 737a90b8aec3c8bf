"""A service asked for that no control names lives in the home's section for its kind: "叫个车" (get a car) on
Alipay's home is its "出行" (getting around) entry.

Super-app and wallet homes group their services under a few big entries named by the kind of thing, not by the
service: rides, bikes and transit tickets under "出行" / "Transport" / "Di chuyển" / "Mobilitas"; the electricity,
water and phone bills under "生活缴费" / "Bills" / "Tagihan". A task names the service ("帮我叫个车", "bayar
listrik"), which shares no word with the section. When no control carries the service's concept itself (in any
language, agents/ui_concepts.toml), the short control whose concept is the section that holds it comes first,
above "More" and scrolling; an ad or offer is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import chinese_forms, ui_glossary
from .perceptor import Screen

# The section concepts (agents/ui_concepts.toml) that hold each service concept.
HOLDS = {"ride": "transport", "bike": "transport", "car": "transport", "electricity": "bills"}
# A car or a bike is a ride only when the task says where it goes and the vehicle is nobody's: "get me a car to the
# airport", "pesan motor ke kantor"; "pay my car loan", "book a car wash", "sell my bike" ask no ride (review 29b).
_VEHICLES = frozenset({"car", "bike"})
_WHERE_TO = re.compile(r"(?i)(?<!\w)(?:to|into|ke|nach|zum|zur|à|au|hasta|para|al|ao|в|до|đến|sampai|tới)\s+\w|[去到]|まで")
_OWNED = r"(?i)(?<!\w)(?:my|our|your|his|her|their|mi|mis|tu|su|mein\w*|dein\w*|mon|ma|meu|minha|mio|mia|мой|мою|saya)\s+(?:\w+\s+)?"
_SHORT = 3  # words in a section's name
_AHEAD = 0.5  # above the best other control


def adjust(out: list[Any], task: str, screen: Screen, offer: Callable[[str], bool]) -> None:
    """Raise (in place) the section entry holding the service the task names, when no control names it."""
    found = dict(ui_glossary.task_concepts(task)) | dict(ui_glossary.task_concepts(chinese_forms.joined(task) or ""))
    said = set(found)
    wanted = {HOLDS[c] for c in said if c in HOLDS and (c not in _VEHICLES or _ridden(task, found[c]))} - said
    if not wanted:
        return
    taps = [(c, screen.labels.get(c.action["element"], "")) for c in out
            if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    meant = {id(c): set(ui_glossary.concepts(ui_glossary.control_words(label.split(" | ")[0]))) for c, label in taps}
    if any(meant[id(c)] & said & HOLDS.keys() for c, _ in taps):
        return  # the service itself is here ("Ride", "打车"): other rules take it
    sections = [c for c, label in taps if meant[id(c)] & wanted and len(label.split(" | ")[0].split()) <= _SHORT
                and not offer(label)]
    if len(sections) != 1:
        return
    best = max((c.score for c in out if c is not sections[0]), default=0.0)
    sections[0].score = max(sections[0].score, best + _AHEAD)


def _ridden(task: str, forms: dict[str, frozenset[str]]) -> bool:
    """A car or bike said as a ride: a destination said, the vehicle nobody's ("my car" is owned, no ride)."""
    words = {w for ws in forms.values() for w in ws}
    return _WHERE_TO.search(task) is not None and not any(
        re.search(_OWNED + re.escape(w) + r"(?!\w)", task) for w in words)

