"""A trip already set above the priced choices the task picks from: the choice is the step, not the trip.

A ride or delivery sheet shows the trip at its top ("Tartu mnt 2 | Tallinna Lennujaam", "Current location | Central
Station": where from and where to) and below it the options with their prices ("Comfort | 11,20 €", "GrabBike |
32.000đ"). "tahan comfortiga lennujaama sõita", "đặt xe máy đi chợ Bến Thành", "take me to the airport in a Comfort"
name both the place and the option; the place is already the trip's destination, so its words fitting the trip row
say nothing of what to tap next: the option the task names is. When two or more rows carry a price and one the task
names earns credit, a row above them that carries none and shows two places (two parts) goes below that option.
General screen grammar only: no app's names or layouts.
"""

from __future__ import annotations

import re
from typing import Any

from .money_amounts import SYMBOLS
from .perceptor import Screen

# A price: digits with a currency sign or code before or after them ("11,20 €", "32.000đ", "$7.50", "Rp 25.000").
_PRICE = re.compile(rf"(?:[{SYMBOLS}]|\b(?:rp|rs|kr|zł|tl|lei|kzt|usd|eur|php|₫|đ)\.?)\s?\d|\d[\d.,\u00a0 ]*\s?"
                    rf"(?:[{SYMBOLS}đ]|(?:kr|zł|tl|lei|kzt|usd|eur|php|sum|so'm|ft|kč|грн|руб|₸)\b)", re.I)
_BELOW = 0.5  # how far below the named option the trip row goes


def _priced(label: str) -> bool:
    return any(_PRICE.search(part) for part in label.split(" | ")[1:])


def adjust(out: list[Any], screen: Screen) -> None:
    """Put the trip row below the priced option the task names (in place; see the module docstring)."""
    taps = [c for c in out if c.action.get("kind") in ("tap", "long_press") and isinstance(c.action.get("element"), int)]
    priced = [c for c in taps if c.action["kind"] == "tap" and _priced(screen.labels.get(c.action["element"], ""))]
    named = [c for c in priced if c.score > 0]
    if len(priced) < 2 or not named:
        return
    best = max(named, key=lambda c: c.score)
    top = min(screen.bounds.get(c.action["element"], [0, 0, 0, 0])[1] for c in priced)
    for candidate in taps:
        element = candidate.action["element"]
        label, box = screen.labels.get(element, ""), screen.bounds.get(element)
        if candidate.score >= best.score and box and box[3] <= top and len(label.split(" | ")) == 2 \
                and not _priced(label) and not _PRICE.search(label) and element not in screen.editable:
            candidate.score = best.score - _BELOW  # the trip is set: the option named is the step
