"""The plain finish first: a screen that shows the task done raises `done` (no answer, not a failure) above all else."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

LEAD = 1.0  # above the best other candidate by this much


def finish_first(candidates: Sequence[Any]) -> None:
    """Raise every plain ``done`` candidate (no answer, not a failure) above the best candidate (in place)."""
    if not candidates:
        return
    top = max(c.score for c in candidates)
    for candidate in candidates:
        if is_plain_finish(candidate.action):
            candidate.score = max(candidate.score, top + LEAD)


def is_plain_finish(action: dict[str, Any]) -> bool:
    """A ``done`` that says the task is complete: no answer to a question, no "cannot be done"."""
    return action.get("kind") == "done" and action.get("success") is not False and not action.get("answer")
