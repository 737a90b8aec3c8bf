"""One way to put an action into a list of ranked candidates: the same action already there is raised, else added."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def raise_or_add(out: list[Any], make: Callable[..., Any], action: dict[str, Any], line: str, score: float) -> Any:
    """The candidate of ``action`` in ``out`` with a score of at least ``score`` (a new one from ``make`` if absent)."""
    same = next((c for c in out if c.action == action), None)
    if same is None:
        same = make(action, line, score)
        out.append(same)
    same.score = max(same.score, score)
    return same
