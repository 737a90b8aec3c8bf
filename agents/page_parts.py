"""A part of the open page asked to be seen, shown nowhere on screen: the page is scrolled to it.

A detail page (a recipe, a product, an article, a place) lists its parts one under another: photo, title,
buttons, then ingredients, reviews, specifications, opening hours. "材料を見たい", "재료 보여줘",
"看看评论", "show me the reviews", "quiero ver los ingredientes", "zeig mir die Zutaten" ask for one of them; when
no line, label or tab on screen says it, it is further down the page and scrolling comes before any tap
(an overflow menu or a share button is no way there). A part named on screen (a tab, a heading) is left to
the word match; so is a screen whose rules already lead clearly, or one that does not scroll. A tab or heading may
name the part in the page's language ("Bewertungen (1.204)", "Отзывы", "Produktdetails" for an English task): a
title, its count aside, that the sentence encoder puts as close to the part asked for as a translation (``SAME``;
a neighbouring part, "Kommentare" or "Ratings" for reviews, "Zubereitung" for ingredients, stays below) is the part
in view: its tab or row is opened rather than the page scrolled past it.
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES
from .perceptor import Screen
from .semantic import similarities
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
SAME = 0.68  # encoder cosine of a translation of the part's name; neighbouring parts reach about 0.66
_COUNT = re.compile(r"\s*[(（]?[\d.,\s]+[)）]?\s*$")  # "Bewertungen (1.204)": the title before its count
_TITLE_WORDS = 4


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
    named = _named_otherwise(part, screen)
    if named is None:
        scroll.score = top + _LEAD
        return
    for c in out:  # its tab or row, when a control names it, opens it
        if c.action.get("kind") == "tap" and c.action.get("element") in named:
            c.score = max(c.score, top + _LEAD)


def _title(text: str) -> str:
    return _COUNT.sub("", text.split(" | ", 1)[0]).strip()


def _named_otherwise(part: str, screen: Screen) -> set[int] | None:
    """The controls whose title names the part in another language (see the module docstring), or None when no title
    on screen, a control's or a heading's, does."""
    plain = [line.strip() for line in screen.lines if not line.lstrip().startswith("[")]
    titles = sorted({t for t in map(_title, [*screen.labels.values(), *plain]) if t and len(t.split()) <= _TITLE_WORDS})
    near = {t for t, sim in zip(titles, similarities(part, titles) if titles else []) if sim >= SAME}
    if not near:
        return None
    return {i for i in screen.actionable if i not in screen.editable and _title(screen.labels.get(i, "")) in near}
