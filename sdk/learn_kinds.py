"""Kinds of task for `cascadroid learn`'s splits (sdk/learn.py): runs of one kind stay in one part.

A task's shape (its words without values: :func:`sdk.learn.task_shape`) joins instances of one
wording; another wording of the same task has another shape but takes the same steps. So two runs
are of one kind when they share a shape or the same trajectory (the kinds of action taken, in order,
with the apps opened); kinds are the connected groups of runs so joined. Held-back and calibration
parts made of whole kinds measure the model on kinds of task it was not trained on in any wording:
what an unseen task is to a deployed model. Nothing here names an app's items or a task's values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def trajectories(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """run id -> its actions' kinds in step order (``open_app:App`` for an app opened); damaged rows skipped."""
    steps: dict[str, list[tuple[int, str]]] = {}
    for row in rows:
        try:
            action = json.loads(row["action"] or "{}")
            run, index = str(row["run_id"]), int(row["step_index"])
        except (ValueError, TypeError, KeyError):
            continue
        if not isinstance(action, dict):
            continue
        kind = str(action.get("kind") or "?")
        steps.setdefault(run, []).append((index, f"{kind}:{action.get('app')}" if kind == "open_app" else kind))
    return {run: ">".join(k for _, k in sorted(found)) for run, found in steps.items()}


def task_kinds(shapes: dict[str, str], paths: dict[str, str]) -> dict[str, str]:
    """run id -> its kind: runs joined when they share a shape (``shapes``: run id -> task shape) or a
    trajectory (``paths``: run id -> :func:`trajectories`' signature; none: joined by shape alone)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for run, shape in shapes.items():
        parent[root(f"run:{run}")] = root(f"shape:{shape}")
        if paths.get(run):
            parent[root(f"path:{paths[run]}")] = root(f"shape:{shape}")
    named: dict[str, str] = {}  # a kind is named by its first shape: stable when logs of other kinds are added
    for run, shape in shapes.items():
        key = root(f"run:{run}")
        named[key] = min(named.get(key, shape), shape)
    return {run: named[root(f"run:{run}")] for run in shapes}
