"""A setting this phone does not have: search Settings for it, and say so when nothing matches.

"Turn on wireless power sharing" on a phone without it: Settings' own search ("Search settings",
Pixel and Samsung alike) finds no row with its words, or, with no search, the main list read to
its end names none of them. Then the honest end is `done` with success false and a reason that
names the setting. A row under another name of the setting (the vendor's "WLAN" for Wi-Fi, "Airplane
mode" for flight mode) names it too. Only in the Settings app (by the phone's app categories), only for a switch
the task asks to turn on or off. Plain English task grammar and Android conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..device.types import AppInfo
from .app_choice import CATEGORIES, as_app, categories_of, package_words
from .fields import SEARCH
from .goal import SYNONYMS
from .perceptor import Screen
from .text import words

_SETTINGS = CATEGORIES[0]
_WHERE = r"(?=\s+(?:in|on|from|under|via|using)\s+(?:the\s+|my\s+|this\s+)?(?:settings?|phone|device)\b|\s*[.!?]?\s*$)"
_FEATURE = (
    re.compile(rf"^\s*(?:please\s+)?(?:turn|switch|toggle)\s+(?:on|off)\s+(?:the\s+)?(?P<f>.+?){_WHERE}", re.I),
    re.compile(rf"^\s*(?:please\s+)?(?:turn|switch)\s+(?:the\s+)?(?P<f>.+?)\s+(?:on|off){_WHERE}", re.I),
    re.compile(rf"^\s*(?:please\s+)?(?:enable|disable|activate|deactivate)\s+(?:the\s+)?(?P<f>.+?){_WHERE}", re.I),
)
_GENERIC = frozenset(words("setting settings option feature mode my the phone", stopwords=frozenset()))


def feature(task: str) -> str | None:
    """The setting a task switches ("Turn on wireless power sharing in Settings" -> "wireless power sharing")."""
    for pattern in _FEATURE:
        m = pattern.search(task)
        if m and m["f"].strip() and not re.search(r"[\"“]", m["f"]):
            return m["f"].strip()
    return None


def in_settings(package: str, apps: Sequence[AppInfo | str]) -> bool:
    """Is the app on screen the phone's Settings (its label or package in any common language)?"""
    if package_words(package) & _SETTINGS.apps:
        return True
    return any(_SETTINGS in categories_of(as_app(a)) for a in apps if as_app(a).package == package)


def open_settings(make: Any, task: str, package: str, apps: Sequence[AppInfo | str]) -> list[Any]:
    """Open the Settings app for a switch the task names with no app ("Enable wireless power sharing");
    ``make(action, text, score)`` builds a candidate."""
    if feature(task) is None or in_settings(package, apps):
        return []
    return [make({"kind": "open_app", "app": a.label}, f"open the {a.label} app", 3.0)
            for a in (as_app(a) for a in apps) if _SETTINGS in categories_of(a)][:1]


def adjust(candidates: list[Any], make: Any, task: str, screen: Screen, since: list[dict[str, Any]],
           apps: Sequence[AppInfo | str]) -> None:
    """Search for the setting when no row names it; give up once the search or the whole list shows none.
    ``make(action, text, score)`` builds a candidate."""
    name = feature(task)
    if name is None or not in_settings(screen.package, apps):
        return
    wanted = words(name) - _GENERIC
    if not wanted:
        return
    wanted |= set().union(*(SYNONYMS.get(w, frozenset()) for w in wanted))  # "WLAN" names Wi-Fi, "Hotspot" tethering
    shown = [i for i in screen.actionable if words(f"{screen.labels.get(i, '')}") & wanted]
    if any(i not in screen.editable for i in shown):
        return  # a row names it: the ranker opens it
    searched = any(h.get("kind") == "type" and h.get("outcome") == "success" for h in since)
    fields = [i for i in screen.editable if words(screen.labels.get(i, ""), stopwords=frozenset()) & SEARCH
              or words(screen.context.get(i, ""), stopwords=frozenset()) & SEARCH]
    if fields and not searched:
        candidates.append(make({"kind": "type", "element": fields[0], "text": name},
                               f'type "{name}" into [{fields[0]}] search', 4.0))
        return
    buttons = [i for i in screen.actionable if i not in screen.editable
               and words(screen.labels.get(i, ""), stopwords=frozenset()) & SEARCH]
    tapped = any(h.get("kind") == "tap" for h in since)
    if buttons and not searched and not tapped:
        for c in candidates:
            if c.action.get("kind") == "tap" and c.action.get("element") == buttons[0]:
                c.score += 3.0  # Settings' own search finds a setting wherever it lives
        return
    at_end = any(h.get("kind") == "swipe" and h.get("outcome") == "no_change" for h in since)
    browsed = at_end and all(h.get("kind") in ("swipe", "observe") for h in since)  # the main list, read to its end
    if searched or browsed:
        candidates.append(make({"kind": "done", "success": False,
                                "answer": f"This cannot be done: this phone's Settings have no {name} option."},
                               f"give up: no {name} in Settings", 4.0))
        return
    for c in candidates:
        if c.action.get("kind") == "swipe" and "element" not in c.action and not tapped:
            c.score += 3.0  # read the main list to its end first (a repeat of it is pushed down later)
