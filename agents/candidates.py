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
from dataclasses import dataclass
from typing import Any

from .perceptor import Screen

STOPWORDS = frozenset(
    "a an the to of in on for and or with my me i it is be by at from that this then as up set turn "
    "please can you your new all".split()
)
APP_WORDS: dict[str, tuple[str, ...]] = {
    "Settings": ("wi-fi", "wifi", "bluetooth", "airplane", "brightness", "dark", "theme", "display", "network"),
    "Contacts": ("contact", "contacts", "email", "star", "starred"),
    "Messages": ("text", "message", "messages", "sms", "reply", "texted"),
    "Phone": ("call", "dial", "phone", "missed"),
    "Clock": ("alarm", "timer", "stopwatch"),
    "Calendar": ("event", "calendar", "meeting", "appointment", "reschedule", "schedule"),
    "Notes": ("note", "notes"),
    "Maps": ("place", "restaurant", "map", "maps", "rated", "closing", "cafe", "sushi", "pizza"),
    "Shop": ("buy", "cart", "order", "product", "checkout", "shop", "cheapest"),
}
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_QUOTED = re.compile(r"[\"“']([^\"”']{1,80})[\"”']")
_TOGGLE = re.compile(r"\b(?:turn|switch)\s+(.+?)\s+(on|off)\b|\b(?:turn|switch)\s+(on|off)\s+(.+?)(?:[.,]|$)|"
                     r"\b(enable|disable)\s+(.+?)(?:[.,]|$)", re.I)


@dataclass
class Candidate:
    action: dict[str, Any]
    text: str
    score: float


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


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


def rank(task: str, subgoal: str, screen: Screen, apps: list[str], history: list[dict[str, Any]],
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
        overlap = len(words(label) & goal_words)
        if element_id in screen.editable:
            for quoted in _QUOTED.findall(task):
                if not any(quoted in t for t in typed):
                    score = 2.0 + overlap + (1.0 if "focused" in line else 0.0)
                    out.append(Candidate({"action": "type", "element": element_id, "text": quoted},
                                         f'type "{quoted}" into [{element_id}] {label}', score))
            continue
        score = float(overlap)
        if toggle is not None and ("(on)" in line or "(off)" in line):
            names, want_on = toggle
            if names & words(label):
                is_on = "(on)" in line
                if is_on == want_on:
                    toggle_done = True
                    score -= 2.0
                else:
                    score += 3.0
        if "scrollable" in line and overlap == 0:
            continue  # scrolling is its own candidate below
        out.append(Candidate({"action": "tap", "element": element_id}, f"tap [{element_id}] {label}", score))
    on_launcher = "launcher" in screen.package
    for app in apps:
        keys = APP_WORDS.get(app, ())
        hits = len(goal_words & set(keys)) + (2 if app.lower() in goal_words else 0)
        if hits or on_launcher:
            out.append(Candidate({"action": "open_app", "app": app}, f"open the {app} app",
                                 1.0 + 2.0 * hits if not app.lower() in screen.package else -1.0))
    out.append(Candidate({"action": "swipe", "direction": "down"}, "scroll down to see more", 0.2))
    out.append(Candidate({"action": "back"}, "go back", 0.1))
    out.append(Candidate({"action": "done"}, "the task is complete: finish", 4.0 if toggle_done else 0.0))
    for candidate in out:
        if action_key(candidate.action) in failed:
            candidate.score -= 3.0
    out.sort(key=lambda c: -c.score)
    return out[:limit]


def action_key(choice: dict[str, Any]) -> str:
    """The history key of a candidate (same as ``operator.describe`` of the action it becomes)."""
    from .operator import describe

    fields = {k: v for k, v in choice.items() if k != "action"}
    return describe({"kind": choice["action"], **fields})
