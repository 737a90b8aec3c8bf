"""Step bookkeeping of the agent graph: history entries and the run's totals of model calls."""

from __future__ import annotations

from typing import Any

from . import operator


def add_totals(totals: dict[str, float], calls: list[dict[str, Any]]) -> dict[str, float]:
    out = dict(totals)
    for call in calls:
        out["model_calls"] = out.get("model_calls", 0) + 1
        out["invalid_outputs"] = out.get("invalid_outputs", 0) + (0 if call.get("ok") else 1)
        for key in ("prompt_tokens", "completion_tokens", "cached_prompt_tokens", "cost_usd", "latency_s"):
            out[key] = out.get(key, 0) + (call.get(key) or 0)
        if call.get("tier") == "cloud":
            out["cloud_calls"] = out.get("cloud_calls", 0) + 1
            out["cloud_tokens"] = out.get("cloud_tokens", 0) + (call.get("prompt_tokens") or 0) + (
                call.get("completion_tokens") or 0)
    return out


def dump(locator: Any) -> dict[str, Any] | None:
    return locator.model_dump(exclude_none=True) if locator is not None else None


def history_entry(
    state: dict[str, Any], action: dict[str, Any], outcome: str, why: str,
    *, labels: dict[int, str] | None = None, step_index: int | None = None,
) -> dict[str, Any]:
    index = state["step"] if step_index is None else step_index
    return {"index": index, "kind": action.get("kind"), "line": operator.describe(action, labels),
            "key": operator.describe(action),
            "outcome": outcome, "why": why[:160]}
