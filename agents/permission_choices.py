"""A permission's choices: "only while using the app", and the option already picked.

Android's permission page for one app (Settings > Apps > X > Permissions > Location, the permission controller)
lists its grants as radio buttons: allow all the time, allow only while using the app, ask every time, don't
allow; the request dialog offers the same as buttons. The AOSP controller names them by resource id
(``allow_foreground_only_radio_button``, ``permission_allow_foreground_only_button``), vendors and other
languages by the platform's own string ("Yalnızca uygulama kullanılırken izin ver", "Nur während der Nutzung der
App zulassen"): the glossary's ``whileusing`` concept (agents/ui_concepts.toml). A task that asks for the app to
see or use a thing only while it is open ("sadece açıkken görsün", "only when I'm using it") asks for that option,
whatever other words it shares with the rows ("not all the time": "Allow all the time" shares "all" and "time").

A radio button already on changes nothing when tapped: the option picked is the state, never the act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import ui_glossary
from .perceptor import Screen
from .ranked import Ranked

CONCEPT = "whileusing"
_FOREGROUND_IDS = re.compile(r"(?:^|[:/_])(?:allow_foreground_only_radio_button|permission_allow_foreground_only_button|"
                             r"allow_foreground)", re.I)
_RADIO = re.compile(r"^\[(\d+)\] RadioButton ")
RAISE = 3.0  # as a switch the task names (agents/switches.py): above a link sharing the app's name
PICKED = 1.0


def foreground_options(screen: Screen) -> set[int]:
    """The controls that grant a permission only while the app is in use: by the AOSP id, or by the platform's
    string in the label's own language."""
    found = set()
    for i in screen.actionable:
        if i in screen.editable:
            continue
        if _FOREGROUND_IDS.search(screen.locators.get(i, {}).get("resource_id", "")) or \
                CONCEPT in ui_glossary.concepts(screen.labels.get(i, "")):
            found.add(i)
    return found


def picked_radios(screen: Screen) -> set[int]:
    """Radio buttons already on."""
    radios = {int(m.group(1)) for m in map(_RADIO.match, screen.lines) if m}
    return {i for i in radios if screen.checked.get(i)}


def adjust(out: Sequence[Ranked], task: str, screen: Screen) -> None:
    """Raise the while-in-use option where the task asks for it; lower a radio button already on."""
    picked = picked_radios(screen)
    wanted = foreground_options(screen) if CONCEPT in ui_glossary.task_concepts(task) else set()
    if not picked and not wanted:
        return
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or not isinstance(element, int):
            continue
        if element in picked:
            candidate.score -= PICKED  # already the choice: tapping it again does nothing
        elif element in wanted:
            candidate.score += RAISE
