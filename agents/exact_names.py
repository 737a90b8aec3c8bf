"""The listed item the task names exactly, over look-alikes whose names add words to it.

"how's bitcoin doing?" on rows "Bitcoin Cash | BCH", "Wrapped Bitcoin | WBTC" and "Bitcoin | BTC";
"open my Travel album" on "Travel videos | 12" and "Travel | 240": every row shares the task's word,
but only one is named by the task's words alone; the others name another thing holding it and a word
or two more. Listed rows only (a title with details), by their titles, in scripts written with
spaces; buttons and tabs ("New note", "Favourites") are left alone. A tie-break: a row named by more
of the task's words still wins.

A title word is named by the task as written, in another form of it ("очистку" / "Очистка") or by its meaning
when the task, in the title's own script, says that act another way ("почисти телефон" names the clean tile
"Очистка | Занято 97 ГБ", not "Глубокая очистка | Крупные файлы"; "limpia el móvil": "Limpieza", not "Limpieza
profunda"). A task in another script could say the added word in its own language ("deep clean" for
"Глубокая очистка"): there only the words as written count.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from ..unitext import NO_SPACES
from . import ui_glossary, word_forms
from .perceptor import Screen
from .text import words

_BONUS = 0.75


def _title(label: str) -> tuple[str, set[str]]:
    """A row's title and its words; none for a title in a script without spaces (its keys are letter pairs,
    no names)."""
    title = label.split(" | ", 1)[0].split(" (", 1)[0]
    return title, set() if NO_SPACES.search(title) else words(title)


def _script(text: str) -> str:
    """The script of the first letter of ``text`` ("LATIN", "CYRILLIC"), or ""."""
    letter = next((ch for ch in text if ch.isalpha()), "")
    return unicodedata.name(letter, "").split(" ", 1)[0] if letter else ""


@lru_cache(maxsize=4096)
def _meanings(word: str) -> frozenset[str]:
    return frozenset(ui_glossary.concepts(word))


def _named(title: set[str], said: set[str], meant: set[str]) -> set[str]:
    """The title's words the task names: as written, in another form, or by a concept it asks for."""
    return {w for w in title if w in said or _meanings(w) & meant or any(word_forms.weight(t, w) for t in said)}


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise a tap whose title the task's words cover when another tap's title holds it and more (in place)."""
    said = words(task)
    scripts, meant = {_script(w) for w in said}, ui_glossary.asked(task)
    titled = []
    for candidate in out:
        element = candidate.action.get("element")
        label = screen.labels.get(element, "") if isinstance(element, int) else ""
        if candidate.action.get("kind") != "tap" or " | " not in label:
            continue  # listed rows, not buttons or tabs
        text, title = _title(label)
        named = _named(title, said, meant) if _script(text) in scripts else title & said
        if named:
            titled.append((candidate, title, named))
    for candidate, title, named in titled:
        if named == title and any(other > title and not other <= named_other and len(other - title) <= 2
                                  for _, other, named_other in titled):
            candidate.score += _BONUS
