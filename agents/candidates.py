"""Ranked candidate actions: the Operator's choices for a small local model.

A 135M-parameter model cannot ground "turn Wi-Fi off" in a 40-line element list, but it can
pick from a short numbered list. The SDK does the grounding by parsing: every action the
screen allows becomes a candidate, scored by how well it fits the task and subgoal (shared
words, the app a task needs, a switch in the wrong state, quoted text still to type), with
actions that already failed pushed down. The model then chooses a number, constrained by a
grammar to the numbers shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..device.types import AppInfo
from .perceptor import Screen
from .text import overlap, words

# Generic Android knowledge, not any phone's app list: a task about these words needs an app
# whose label or package contains one of the category words (the system Settings app, a dialer).
APP_CATEGORIES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(task.split()), frozenset(app.split())) for task, app in (
        ("wifi bluetooth airplane flight hotspot brightness wallpaper ringtone volume network "
         "data saver battery nfc vpn display", "settings"),
        ("call dial ring voicemail", "dialer phone call"),
        ("text message sms mms texted", "messaging messages sms mms message"),
        ("contact", "contacts people"),
        ("alarm timer stopwatch", "clock deskclock alarm"),
        ("event meeting appointment calendar", "calendar"),
        ("email inbox", "mail email gmail"),
        ("navigate directions route", "maps map navigation"),
        ("photo picture selfie", "camera gallery photos"),
    ))
_PACKAGE_NOISE = frozenset("com org net android google apps app mobile client lite".split())
_QUOTED = re.compile(r"[\"“']([^\"”']{1,80})[\"”']")
_TOGGLE = re.compile(r"\b(?:turn|switch)\s+(.+?)\s+(on|off)\b|\b(?:turn|switch)\s+(on|off)\s+(.+?)(?:[.,]|$)|"
                     r"\b(enable|disable)\s+(.+?)(?:[.,]|$)", re.I)


@dataclass
class Candidate:
    action: dict[str, Any]
    text: str
    score: float


def wanted_toggle(task: str) -> tuple[set[str], bool] | None:
    """('wi-fi', False) for 'Turn Wi-Fi off.' / 'disable Wi-Fi'; None when no switch is named."""
    match = _TOGGLE.search(task)
    if not match:
        return None
    if match.group(1):
        return words(match.group(1)), match.group(2).lower() == "on"
    if match.group(3):
        return words(match.group(4)), match.group(3).lower() == "on"
    return words(match.group(6)), match.group(5).lower() == "enable"


def rank(task: str, subgoal: str, screen: Screen, apps: Sequence[AppInfo | str], history: list[dict[str, Any]],
         *, limit: int = 6) -> list[Candidate]:
    """The best ``limit`` actions for this screen, best first."""
    goal_words = words(f"{task} {subgoal}")
    failed = {h.get("key") for h in history if h.get("outcome") in ("no_change", "error", "wrong_screen")}
    typed = {h["line"] for h in history if h.get("kind") == "type"}
    toggle = wanted_toggle(task)
    out: list[Candidate] = []
    toggle_done = False
    for element_id in screen.actionable:
        label = screen.labels.get(element_id, "")
        line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
        shared = overlap(words(label), goal_words)
        if element_id in screen.editable:
            for quoted in _QUOTED.findall(task):
                if not any(quoted in t for t in typed):
                    score = 2.0 + shared + (1.0 if "focused" in line else 0.0)
                    out.append(Candidate({"action": "type", "element": element_id, "text": quoted},
                                         f'type "{quoted}" into [{element_id}] {label}', score))
            continue
        score = float(shared)
        if toggle is not None and ("(on)" in line or "(off)" in line):
            names, want_on = toggle
            if names & words(label):
                is_on = "(on)" in line
                if is_on == want_on:
                    toggle_done = True
                    score -= 2.0
                else:
                    score += 3.0
        if "scrollable" in line and shared == 0:
            continue  # scrolling is its own candidate below
        out.append(Candidate({"action": "tap", "element": element_id}, f"tap [{element_id}] {label}", score))
    out.extend(_open_app_candidates(goal_words, screen.package, [as_app(a) for a in apps]))
    out.append(Candidate({"action": "swipe", "direction": "down"}, "scroll down to see more", 0.2))
    out.append(Candidate({"action": "back"}, "go back", 0.1))
    out.append(Candidate({"action": "done"}, "the task is complete: finish", 4.0 if toggle_done else 0.0))
    for candidate in out:
        if action_key(candidate.action) in failed:
            candidate.score -= 3.0
    out.sort(key=lambda c: -c.score)
    return out[:limit]


def as_app(app: AppInfo | str) -> AppInfo:
    """An AppInfo for ``app``; a bare label (accepted while callers move to AppInfo) has no package,
    so it counts as the current app when its words are among the screen package's words."""
    return app if isinstance(app, AppInfo) else AppInfo(label=app, package="")


def app_words(app: AppInfo) -> set[str]:
    """Words that name an app: its label's and its package's (minus com/android/google...)."""
    return words(app.label) | _package_words(app.package)


def _package_words(package: str) -> set[str]:
    return words(package.replace(".", " ").replace("_", " ")) - _PACKAGE_NOISE


def _open_app_candidates(goal_words: set[str], package: str, apps: list[AppInfo]) -> list[Candidate]:
    """Open the apps the task names (label or package words) or needs (a generic category)."""
    out = []
    for app in apps:
        names = app_words(app)
        named = overlap(goal_words, names)
        needed = sum(1 for task_words, category in APP_CATEGORIES if goal_words & task_words and names & category)
        if not (named or needed):
            continue
        current = app.package == package if app.package else bool(words(app.label) & _package_words(package))
        out.append(Candidate({"action": "open_app", "app": app.label}, f"open the {app.label} app",
                             -1.0 if current else 1.0 + 2.0 * (2 * named + needed)))
    return out


def action_key(choice: dict[str, Any]) -> str:
    """The history key of a candidate (same as ``operator.describe`` of the action it becomes)."""
    from .operator import describe

    fields = {k: v for k, v in choice.items() if k != "action"}
    return describe({"kind": choice["action"], **fields})
