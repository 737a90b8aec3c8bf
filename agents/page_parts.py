"""A part of the open page asked to be seen, shown nowhere on screen: the page is scrolled to it.

A detail page (a recipe, a product, an article, a place) lists its parts one under another: photo, title,
buttons, then ingredients, reviews, specifications, opening hours. "材料を見たい", "재료 보여줘",
"看看评论", "show me the reviews", "quiero ver los ingredientes", "zeig mir die Zutaten" ask for one of them; when
no line, label or tab on screen says it, it is further down the page and scrolling comes before any tap
(an overflow menu or a share button is no way there). A part named on screen (a tab, a heading) is left to
the word match; so is a screen whose rules already lead clearly, or one that does not scroll.
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES
from .perceptor import Screen
from .text import normalize, words

_ARTICLES = r"(?:(?:the|my|el|la|los|las|o|a|os|as|le|les|die|den|das|der|il|lo|gli)\s+)?"
_FORMS = [re.compile(p, re.I) for p in (
    r"^(?P<x>.+?)\s*を?\s*(?:見たい|見せて|見せてください|表示して|見る)(?:です)?\s*[。.!！]*$",
    r"^(?P<x>.+?)\s*(?:을|를)?\s*(?:보여\s?줘|보여\s?주세요|보고\s?싶어(?:요)?|볼래)\s*[.!]*$",
    r"^(?:我想|我要)?(?:看看|看一下|查看|显示|顯示)(?P<x>.+?)\s*[。.!！]*$",
    rf"^(?:show\s+me|i\s+want\s+to\s+see|let\s+me\s+see|i'?d\s+like\s+to\s+see)\s+{_ARTICLES}(?P<x>.+?)\s*[.!]*$",
    rf"^(?:muéstrame|enséñame|quiero\s+ver|mostra|mostre|quero\s+ver|montre-moi|je\s+veux\s+voir|"
    rf"fammi\s+vedere|voglio\s+vedere|zeig\s+mir|покажи|хочу\s+посмотреть)\s+{_ARTICLES}(?P<x>.+?)"
    r"(?:\s+(?:sehen|an))?\s*[.!]*$",
)]
_LEAD = 0.5
_CLEAR = 2.0  # a rule's lead this large stands


def asked_part(task: str) -> str | None:
    """What the task asks to see, else None."""
    text = task.strip()
    for form in _FORMS:
        m = form.match(text)
        if m and m.group("x").strip():
            return m.group("x").strip()
    return None


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Scroll first when the part asked for shows nowhere on a page that scrolls (in place)."""
    part = asked_part(task)
    scroll = next((c for c in out if c.action == {"kind": "swipe", "direction": "down"}), None)
    if part is None or scroll is None or not out or not any("scrollable" in line.rsplit("(", 1)[-1] for line in screen.lines):
        return
    top = max(c.score for c in out)
    if top >= _CLEAR or any(c.action.get("kind") == "open_app" for c in out if c.score >= top):
        return
    keys = words(part) if NO_SPACES.search(part) else words(normalize(part).split()[0])  # the part's own word
    if not keys or keys & words(" ".join([*screen.labels.values(), *screen.lines])):
        return
    scroll.score = top + _LEAD
