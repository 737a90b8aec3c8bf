"""A row opened for the task's act whose page lacked it: back on its list, that same row's long-press menu.

"Pin the chat with the most unread messages": the chat is opened, its page has no "Pin", the agent goes back. The
list may now show the row differently (opening it marked it read: "Hikers, 7 unread" became "Hikers"), so the
row is known again by its title, the first part of its label. Its long press (the context menu Android lists put
row actions in) comes before any other row. Only for a row the task picks by rank (the newest, the most X:
agents/menus.py asks); a row the task names has menus.py's own rules. Nothing is done once the act was pressed,
nor while the act shows on the screen. Android list conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from . import counting
from .perceptor import Screen
from .ranked import Ranked

_PARTS = re.compile(r"\s[|·•]\s|,\s")
_LEFT = ("back",)
_UP = re.compile(r"^(?:navigate up|back|close)\b", re.I)
MENU_LEAD = 1.0  # the row's long press over the best other candidate


def _label(entry: dict[str, Any]) -> str:
    return entry.get("line", "").split("] ", 1)[-1].split(" (in: ")[0].strip().strip('"“”')


def _row_tap(entry: dict[str, Any]) -> bool:
    """A tap on a list row: a label of parts, not a button inside a bar or a row ("Cart, 2 items (in: Shop)")."""
    return entry.get("kind") == "tap" and entry.get("outcome") == "success" and " (in: " not in entry.get("line", "") \
        and bool(_PARTS.search(_label(entry))) and not _UP.match(_label(entry))


def title(label: str) -> str:
    """A row's title: its label's first part ("Hikers" of "Hikers, 7 unread | Ola: see you")."""
    return _PARTS.split(label.strip(), maxsplit=1)[0].strip().casefold()


def opened_and_left(since: Sequence[dict[str, Any]], is_act: Callable[[str], bool]) -> str | None:
    """The title of the list row last opened here and left again without the act pressed, else None."""
    for n in range(len(since) - 1, -1, -1):
        entry = since[n]
        if entry.get("outcome") != "success" or entry.get("kind") != "tap":
            continue
        label = _label(entry)
        if is_act(label):
            return None  # the act was pressed, or the row is one the task names (agents/menus.py): nothing here
        if not _row_tap(entry):
            continue  # a button, a tab: no row
        after = since[n + 1:]
        left = any(h.get("outcome") == "success" and (h.get("kind") in _LEFT or h.get("kind") == "tap" and _UP.match(
            _label(h))) for h in after)
        pressed = any(h.get("kind") == "long_press" and title(_label(h)) == title(label) for h in after)
        return title(label) if left and not pressed else None
    return None


def _just_opened(screen: Screen, since: Sequence[dict[str, Any]], is_act: Callable[[str], bool]) -> bool:
    """The last action opened a list row and this is its page (titled as the row is)."""
    last = next((h for h in reversed(since) if h.get("kind") not in ("observe", "invalid_output")), None)
    if not last or not _row_tap(last):
        return False
    if is_act(_label(last)):
        return False  # a row the task names: its page is the place to act (agents/menus.py)
    return any(line.startswith("    ") and line.strip().casefold() == title(_label(last)) for line in screen.lines)


def adjust(candidates: list[Ranked], screen: Screen, since: Sequence[dict[str, Any]],
           is_act: Callable[[str], bool], overflow: bool = False) -> None:
    """``is_act``: a label that does the act or names the task's object. On a row's page without the act (nor a menu): back. On the list again: the long press on the row opened and
    left (found by its title) first; its plain tap goes down."""
    typing = any(c.action.get("kind") == "type" and c.score > 0 for c in candidates)  # the task's text goes here
    if not overflow and not typing and _just_opened(screen, since, is_act):
        back = next((c for c in candidates if c.action.get("kind") == "back"), None)
        if back is not None:
            back.score = max(back.score, max(c.score for c in candidates if c is not back) + 0.5)
        return
    wanted = opened_and_left(since, is_act)
    if not wanted:
        return
    row = next((i for i in counting.rows(screen) if title(screen.labels.get(i, "")) == wanted), None)
    if row is None:
        return
    tap = next((c for c in candidates if c.action.get("kind") == "tap" and c.action.get("element") == row), None)
    press = next((c for c in candidates if c.action.get("kind") == "long_press" and c.action.get("element") == row), None)
    if press is None and tap is None:
        return
    if press is None:
        press = replace(tap, action={"kind": "long_press", "element": row}, text=tap.text.replace("tap ", "long press ", 1))
        candidates.append(press)
    press.score = max(c.score for c in candidates) + MENU_LEAD
    if tap is not None:
        tap.score -= 2.0  # opening it again shows the same page without the act
