"""The shape of a ranked candidate as the adjusting modules see it (agents/candidates.py's Candidate)."""

from __future__ import annotations

from typing import Any, Protocol


class Ranked(Protocol):
    action: dict[str, Any]
    text: str
    score: float
