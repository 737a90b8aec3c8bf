"""The step's one shape and the graph's typed bookkeeping.

``reflect`` (and the interruption handler) build one :class:`StepInfo` per action: the stored
record (:class:`~cascadroid.memory.StepRecord`) plus its description. It reaches the store once,
through the graph's step sink, as a :class:`StepTaken` that also carries the evidence kept beside it
(model calls, the decision, the touched bounds). The history entry is derived from the same step.
"""

from __future__ import annotations

import time
from typing import Any, TypedDict

from pydantic import BaseModel, Field, computed_field

from ..memory.records import StepRecord
from . import operator


class StepInfo(StepRecord):
    """One action of a run, as a user reads it: the stored step plus what it did in words."""

    description: str = ""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def tiers(self) -> list[str]:
        """The model tiers the step's calls went to (``local``, ``cloud``)."""
        return [t for t in self.tier.split(",") if t]

    @property
    def screenshot(self) -> str | None:
        return self.screenshot_path

    def remembered(self, line: str = "", screen: str = "", seen: list[str] | None = None) -> HistoryEntry:
        """The history entry of this step (``line``: its description with element labels; ``seen``:
        the list rows a scroll moved past, so a count can add the rows no longer on screen)."""
        entry = HistoryEntry(index=self.index, kind=self.action.get("kind"), line=line or self.description,
                             key=self.description, outcome=self.outcome, why=self.outcome_reason[:160])
        if screen:
            entry["screen"] = screen
        if seen:
            entry["seen"] = seen
        return entry

    @classmethod
    def of(cls, record: StepRecord) -> StepInfo:
        """The user's view of a stored step."""
        return cls(**record.model_dump(), description=operator.describe(record.action))


class StepTaken(BaseModel):
    """What the step sink receives: the step, and the evidence the store keeps beside it."""

    step: StepInfo
    calls: list[dict[str, Any]] = Field(default_factory=list)
    decision: Any = None  # a choices-mode decision (decide.py), logged for learning
    candidates: Any = None  # the ranked candidates with their features, logged with the decision
    screen_summary: str = ""
    bounds: list[int] | None = None  # the touched element's [left, top, right, bottom], for the report


class HistoryEntry(TypedDict, total=False):
    """One line of the history the prompts and the candidate ranker read."""

    index: int
    kind: str | None
    line: str
    key: str
    outcome: str
    why: str
    screen: str  # the digest of the screen acted on: the same action on the same screen again is a loop
    seen: list[str]  # a scroll's list rows before it moved (label and context, normalised)


class Pending(TypedDict, total=False):
    """The action the operator chose, waiting for ``act``."""

    action: dict[str, Any]  # an Action's JSON dump (or a shortcut to run)
    reason: str
    decision: dict[str, Any] | None
    candidates: list[dict[str, Any]] | None
    shortcut: str  # the shortcut whose step it is (agents/shortcut_replay.py)


class ActResult(TypedDict, total=False):
    """What ``act`` reports for ``reflect`` to judge."""

    applied: bool
    message: str
    error: str | None
    refused: str  # the send guard's reason when the action was not sent
    shortcut_status: str


def take_step(run_id: str, index: int, action: dict[str, Any], outcome: str, why: str, *,
              calls: list[dict[str, Any]] = (), **fields: Any) -> StepTaken:
    """The step ``reflect`` produces, with its model calls summed (tiers, tokens, latency, cost);
    ``fields``: the other StepRecord fields (``locator`` a Locator) and StepTaken's evidence."""
    calls = list(calls)
    step = StepInfo(
        run_id=run_id, index=index, action=action, outcome=outcome, outcome_reason=why,
        description=operator.describe(action),
        tier=",".join(sorted({c["tier"] for c in calls if c.get("tier")})),
        model=",".join(sorted({c.get("model", "") for c in calls})),
        prompt_tokens=sum(c.get("prompt_tokens") or 0 for c in calls),
        completion_tokens=sum(c.get("completion_tokens") or 0 for c in calls), model_calls=len(calls),
        latency_s=round(sum(c.get("latency_s") or 0 for c in calls), 4),
        cost_usd=sum(c.get("cost_usd") or 0 for c in calls), started_at=time.time(),
        **{k: dump(v) if k == "locator" else v for k, v in fields.items() if k in StepRecord.model_fields},
    )
    extra = {k: v for k, v in fields.items() if k in StepTaken.model_fields}
    return StepTaken(step=step, calls=calls, **extra)


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
    state: Any, action: dict[str, Any], outcome: str, why: str,
    *, labels: dict[int, str] | None = None, step_index: int | None = None,
) -> HistoryEntry:
    index = state["step"] if step_index is None else step_index
    return HistoryEntry(index=index, kind=action.get("kind"), line=operator.describe(action, labels),
                        key=operator.describe(action), outcome=outcome, why=why[:160])


def steps_taken(history: list[HistoryEntry]) -> int:
    """The index of the next step: actions in the history, not failed reads or invalid outputs."""
    return len([h for h in history if h.get("kind") not in ("observe", "invalid_output")])
