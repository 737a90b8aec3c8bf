"""A home screen folder lists the apps inside it: opening the app asked for by name beats opening the folder.

Launchers describe a folder by its name and the apps it holds ("Folder: Shopping, 4 items: Alpha Mart, Beta,
Gamma Eats, Delta", "Папка: Покупки, 3 приложения: ..."). The folder shares the app's name with the task as
well as the "open the X app" choice does, but a tap on it only opens the folder; a tap on the app's own icon
(its label the app's name alone) is as good as opening it and is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import normalize

_PARTS = re.compile(r"\s*[,،、;]\s*")
_LEAST = 3  # names listed, the app among them


def lists(label: str, app: str) -> bool:
    """The label lists ``app`` among at least two other names (what follows its last colon, split at commas)."""
    tail = normalize(label).rsplit(":", 1)[-1]
    parts = [p for p in _PARTS.split(tail) if p]
    return len(parts) >= _LEAST and normalize(app) in parts


def adjust(out: list[Any], screen: Screen) -> None:
    """Put a folder listing an app the candidates open by name below that open-app choice (in place)."""
    for opened in (c for c in out if c.action.get("kind") == "open_app"):
        app = opened.action.get("app", "")
        for candidate in out:
            element = candidate.action.get("element")
            if candidate.action.get("kind") == "tap" and isinstance(element, int) and \
                    candidate.score >= opened.score and lists(screen.labels.get(element, ""), app):
                candidate.score = opened.score - 0.25
