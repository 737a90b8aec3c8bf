""""Show me X" where X names a row of the screen: the row is opened, not its summary read out as an answer.

"Show me" asks to see ("show me my balance": the amount read off the page) as often as to go ("show me the
connection and sharing settings", "show me Downloads"). Where the task's words hold a row's whole title and what
the row shows under it is a description (other settings' names, a tagline: no figure), the row is a place to open,
and answering with its description would end the run on a menu. A figure or a state under the title stays an
answer. Task grammar and list-row shape only: no app's words.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import words

_SHOW = re.compile(r"^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+)?show\s+me\s+(?P<rest>.+)$", re.I)
_ASKING = re.compile(r"\b(?:what|which|who|whom|whose|when|where|how|whether|if)\b|\?")
_FIGURE = re.compile(r"\d")
_BELOW = 0.5  # under the row: its tap leads


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lower an answer read from a row's description below the tap on that row (``out`` in place)."""
    m = _SHOW.match(task)
    if not m or _ASKING.search(m["rest"]):
        return
    said = words(m["rest"])
    for row in [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]:
        title, _, summary = screen.labels.get(row.action["element"], "").partition(" | ")
        own = words(title)
        if not own or not own <= said or not summary or _FIGURE.search(summary):
            continue
        for done in out:
            answer = str(done.action.get("answer") or "")
            if done.action.get("kind") == "done" and answer and answer in summary and done.score >= row.score:
                done.score = row.score - _BELOW
