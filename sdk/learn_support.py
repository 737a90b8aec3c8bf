"""Helpers of `cascadroid learn` (sdk/learn.py): the run so far before each logged decision, and the
held-back measures (deferral AUROC, the deferral threshold, a gain beyond noise)."""

from __future__ import annotations

import json
import math
from typing import Any

from .agents.operator import describe


def _element_label(row: dict[str, Any], action: dict[str, Any]) -> dict[int, str]:
    """The label of the element the logged action touched, read off the chosen candidate's text, as a live
    history line names it (agents/operator.py ``describe``): the run's own candidates say what it was."""
    element, chosen = action.get("element"), row.get("chosen")
    if not isinstance(element, int) or not isinstance(chosen, int) or chosen < 0:
        return {}
    try:
        text = str(json.loads(row["candidates"])[chosen].get("text") or "")
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}
    head, mark, rest = text.partition(f"[{element}]")
    return {element: rest.split(" (in:", 1)[0].strip()} if mark else {}


def run_histories(rows: list[dict[str, Any]]) -> list[list[tuple[str, str]]]:
    """For each logged decision row (in logging order), its run's earlier actions as (kind, history line)
    pairs, as agents/procedures.py reads a live run's history; a damaged row adds nothing."""
    acted: dict[str, list[tuple[int, str, str]]] = {}
    out = []
    for row in rows:
        try:  # only the run, the step and the action: a full parse (decision_from_row) is the learner's
            action = json.loads(row["action"] or "{}")
            run, step = str(row["run_id"]), int(row["step_index"])
        except (ValueError, TypeError, KeyError):
            out.append([])
            continue
        earlier = acted.setdefault(run, [])
        out.append([(kind, key) for index, kind, key in earlier if index < step])
        if isinstance(action, dict) and action.get("kind"):
            earlier.append((step, str(action["kind"]), describe(action, _element_label(row, action))))
    return out


def auroc(pairs: list[tuple[float, bool]]) -> float:
    """How well p_top separates right from wrong top choices (0.5: not at all; ties count half)."""
    right = [p for p, ok in pairs if ok]
    wrong = [p for p, ok in pairs if not ok]
    if not right or not wrong:
        return float("nan")
    won = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return won / (len(right) * len(wrong))


def pick_threshold(pairs: list[tuple[float, bool]], target: float) -> float:
    """The lowest p_top at which choices at or above it are right ``target`` of the time (0.99: none)."""
    ordered = sorted(pairs, key=lambda pr: -pr[0])
    right = best = 0
    chosen = 0.99
    for count, (p, ok) in enumerate(ordered, 1):
        right += ok
        if right / count >= target and count >= 5:
            best, chosen = count, p
    return min(0.99, chosen) if best else 0.99


def beyond_noise(ours: list[tuple[float, bool]], theirs: list[tuple[float, bool]]) -> bool:
    """Whether ours agrees with the teacher more often than theirs on the same decisions by more
    than two standard errors of the paired difference (a few hundred held-back decisions vary by
    a few points by chance alone)."""
    gains = [int(a[1]) - int(b[1]) for a, b in zip(ours, theirs)]
    if not gains:
        return False
    mean = sum(gains) / len(gains)
    spread = math.sqrt(sum((g - mean) ** 2 for g in gains) / max(1, len(gains) - 1) / len(gains))
    return mean > 2 * spread
