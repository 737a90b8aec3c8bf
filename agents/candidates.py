"""Ranked candidate actions: the Operator's choices for a small local model.

A 135M-parameter model cannot ground "turn Wi-Fi off" in a 40-line element list, but it can
pick from a short numbered list. The SDK does the grounding by parsing: every action the
screen allows becomes a candidate, scored by how well it fits the task and subgoal (shared
words in any script, names counting double, the row a verb button sits in, the app a task
needs among the device's apps, a switch in the wrong state, quoted text still to type), with
actions that already failed pushed down. The model then chooses a number, constrained by a
grammar to the numbers shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..device.types import AppInfo
from .goal import Goal, first_word, parse_goal
from .perceptor import Screen
from .text import normalize, overlap, words

# Generic Android knowledge, not any phone's app list: a task about these words needs an app
# whose label or package contains one of the category words (the system Settings app, a dialer).
APP_CATEGORIES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(words(task)), frozenset(words(app))) for task, app in (
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


@dataclass
class Candidate:
    action: dict[str, Any]
    text: str
    score: float


def wanted_toggle(task: str) -> tuple[set[str], bool] | None:
    """({'wifi'}, False) for 'Turn Wi-Fi off.' / 'disable Wi-Fi'; None when no state is asked for."""
    goal = parse_goal(task)
    return None if goal.want_on is None else (goal.toggle_words, goal.want_on)


def rank(task: str, subgoal: str, screen: Screen, apps: Sequence[AppInfo | str], history: list[dict[str, Any]],
         *, limit: int = 6) -> list[Candidate]:
    """The best ``limit`` actions for this screen, best first."""
    goal = parse_goal(task, subgoal)
    failed = {h.get("key") for h in history if h.get("outcome") in ("no_change", "error", "wrong_screen")}
    typed = {h["line"] for h in history if h.get("kind") == "type"}
    switches, toggle_done = _switch_scores(goal, screen)
    quoted_values = [q for q in _QUOTED.findall(task) if q.strip()]
    out: list[Candidate] = []
    for element_id in screen.actionable:
        label = screen.labels.get(element_id, "")
        own = words(label)
        shared = goal.match(own) * (0.5 if element_id in screen.borrowed else 1.0)
        context = screen.context.get(element_id, "")
        shown = f"{label} (in: {context})" if context and len(label) < 40 else label
        if element_id in screen.editable:
            for quoted in quoted_values:
                if not any(quoted in t for t in typed):
                    fit = goal.match(own) + _value_fits(quoted, words(label, stopwords=frozenset()))
                    focused = 1.0 if _is_focused(screen, element_id) else 0.0
                    out.append(Candidate({"action": "type", "element": element_id, "text": quoted},
                                         f'type "{quoted}" into [{element_id}] {label}', 3.0 + fit + focused))
            continue
        score = shared + 0.5 * goal.match(words(context) - own) + switches.get(element_id, 0.0)
        if first_word(label) in goal.verbs:
            score += 1.5  # the button does what the task says ("Follow", "Add to cart", "Compose")
        if any(normalize(q) in normalize(label) for q in quoted_values):
            score += 2.0  # the quoted words are on this element: tap it rather than type them
        if element_id in screen.from_ocr:
            score += 0.1  # a word read from pixels beats scrolling blind
        if shared == 0 and _is_scroll(screen, element_id):
            continue  # scrolling is its own candidate below
        out.append(Candidate({"action": "tap", "element": element_id}, f"tap [{element_id}] {shown}", score))
    out.extend(_open_app_candidates(goal.words, screen.package, [as_app(a) for a in apps]))
    out.append(Candidate({"action": "swipe", "direction": "down"}, "scroll down to see more", 0.2))
    out.append(Candidate({"action": "back"}, "go back", 0.1))
    out.append(Candidate({"action": "done"}, "the task is complete: finish", 4.0 if toggle_done else 0.0))
    for candidate in out:
        if action_key(candidate.action) in failed:
            candidate.score -= 3.0
    out.sort(key=lambda c: -c.score)
    return out[:limit]


def _switch_scores(goal: Goal, screen: Screen) -> tuple[dict[int, float], bool]:
    """Raise the switch the task names when it is in the wrong state; lower it (and allow done)
    when it is already right. Only the switches that share the most words with the task count."""
    if goal.want_on is None:
        return {}, False
    named = {i: goal.match((words(screen.labels.get(i, "")) | words(screen.context.get(i, ""))) & goal.toggle_words)
             for i in screen.checked}
    best = max(named.values(), default=0.0)
    if best <= 0:
        return {}, False
    scores: dict[int, float] = {}
    done = False
    for element_id, fit in named.items():
        if fit == best:
            right = screen.checked[element_id] == goal.want_on
            scores[element_id] = -2.0 if right else 3.0
            done = done or right
    return scores, done and all(s < 0 for s in scores.values())


def _is_focused(screen: Screen, element_id: int) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return "focused" in line.rsplit("(", 1)[-1]


def _is_scroll(screen: Screen, element_id: int) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return "scrollable" in line.rsplit("(", 1)[-1]


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.\w+$")
_PHONE = re.compile(r"^\+?[\d\s().\-]{6,}$")


def _value_fits(value: str, field_words: set[str]) -> float:
    """A value that looks like an address or a number fits a field named for one."""
    if _EMAIL.match(value.strip()):
        return 1.0 if field_words & {"to", "email", "mail", "recipient", "recipients"} else 0.0
    if _PHONE.match(value.strip()):
        return 1.0 if field_words & {"to", "phone", "number", "mobile", "recipient"} else 0.0
    return 0.0


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
