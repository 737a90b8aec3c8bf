"""The app association of `cascadroid learn`: which app the teacher opened first for which task words
(agents/app_lexicon.py), learned on the train and calibration runs and checked on the held-back
ones (kinds of task not trained on) before the model carries it.

A run teaches its first app when the stronger tier chose an ``open_app`` (it decided the step,
or was asked beside the device in shadow mode) before any app was opened. On the held-back runs
the association is *right* when the app it points at (clearly: agents/app_lexicon.best_app) is
the teacher's, *wrong* when it points elsewhere; it is kept only when it is right more often
than wrong, at least :data:`MIN_RIGHT` times. Kept or not, the counts go into the metrics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .agents.app_lexicon import best_app
from .agents.app_lexicon import build as build_apps
from .agents.lexicon import tokens
from .memory.decisions import Decision, decision_from_row

MIN_RIGHT = 2
_OPENS = ("open_app", "open_uri")


def _taught(d: Decision) -> dict[str, Any]:
    """The stronger tier's pick at this decision ({} when it was not asked)."""
    if d.how == "escalate":
        return d.action
    return d.teacher_action if d.teacher is not None else {}


def first_apps(decisions: Iterable[Decision]) -> dict[str, tuple[frozenset[str], str]]:
    """run id -> (the task's tokens, the first app the teacher opened before any app was open)."""
    runs: dict[str, list[Decision]] = {}
    for d in decisions:
        runs.setdefault(d.run_id, []).append(d)
    out = {}
    for run_id, steps in runs.items():
        for d in sorted(steps, key=lambda s: s.step_index):
            taught = _taught(d)
            if taught.get("kind") == "open_app" and taught.get("app"):
                out[run_id] = (tokens(d.task), str(taught["app"]))
                break
            if d.action.get("kind") in _OPENS or taught.get("kind") in _OPENS:
                break
    return out


def readable(rows: Iterable[dict[str, Any]]) -> list[Decision]:
    """The stored decision rows that parse (damaged ones are counted by the learn step, not here)."""
    out = []
    for row in rows:
        try:
            out.append(decision_from_row(row))
        except (ValueError, TypeError, KeyError):
            continue
    return out


def learn_apps(decisions: Iterable[Decision], part_of: Callable[[str], str | None],
               use: bool = True) -> tuple[dict[str, float], dict[str, int]]:
    """The association from the runs ``part_of(run_id)`` puts in train or calibrate, checked on the
    ``held`` ones: (the weights, or {} when not kept; the held-back counts)."""
    runs = first_apps(decisions)
    parts: dict[str, list[tuple[frozenset[str], str]]] = {"train": [], "held": []}
    for run_id, found in runs.items():
        part = part_of(run_id)
        if part is not None:
            parts["held" if part == "held" else "train"].append(found)
    lexicon = build_apps((task, app, 1.0) for task, app in parts["train"]) if use else {}
    seen = {app for _, app in parts["train"]} | {app for _, app in parts["held"]}
    right = wrong = 0
    for task, app in parts["held"]:
        pointed = best_app(lexicon, task, seen)
        right += pointed == app
        wrong += pointed is not None and pointed != app
    kept = right >= MIN_RIGHT and right > wrong
    metrics = {"runs": len(parts["train"]), "held_runs": len(parts["held"]), "held_right": right,
               "held_wrong": wrong, "entries": len(lexicon) if kept else 0}
    return (lexicon if kept else {}), metrics
