"""The records the store keeps: runs, steps, events, tips, shortcuts and shortcut runs."""

from __future__ import annotations

import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..device.script import Step
from ..device.types import Locator

RunStatus = Literal["running", "succeeded", "failed", "stopped", "interrupted"]
ShortcutState = Literal["candidate", "verified", "retired"]


class RunRecord(BaseModel):
    """One agent run, as the trace viewer shows it."""

    run_id: str
    task: str
    status: RunStatus
    success_claimed: bool | None = None
    answer: str | None = None
    stop_reason: str | None = None
    started_at: float
    finished_at: float | None = None
    device: str = ""
    config: dict[str, Any] = Field(default_factory=dict)
    totals: dict[str, Any] = Field(default_factory=dict)


class StepRecord(BaseModel):
    """One step of a run: the action taken, what it touched, what came of it, what it cost.

    The one step shape: the agent's ``reflect`` builds it (as ``StepInfo``, this plus a description),
    the store keeps it once per (run_id, index), and ``RunResult.steps`` shows it.
    """

    run_id: str
    index: int
    subgoal: str = ""
    action: dict[str, Any] = Field(description="the Action's model_dump()")
    locator: dict[str, Any] | None = Field(default=None, description="Locator dump of the touched element")
    reason: str = ""
    outcome: str = Field(default="", description='"success" | "no_change" | "wrong_screen" | "error" | "refused" | "interruption"')
    outcome_reason: str = ""
    tier: str = ""
    model: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model_calls: int = 0
    latency_s: float = 0.0
    cost_usd: float = 0.0
    package: str = ""
    screenshot_path: str | None = None
    shortcut: str | None = None
    started_at: float


class EventRecord(BaseModel):
    """A generic run event: a model call, a router decision, a shortcut use..."""

    id: int
    run_id: str
    kind: str
    payload: dict[str, Any]
    created_at: float


class Tip(BaseModel):
    """A lesson in words, with where it applies and how often it helped."""

    id: int
    text: str
    apps: list[str] = Field(default_factory=list, description="packages it applies to; empty = any app")
    tags: list[str] = Field(default_factory=list)
    source_run: str | None = None
    times_used: int = 0
    successes: int = 0
    created_at: float
    updated_at: float


class Precondition(BaseModel):
    """What must hold before a shortcut starts: the app in front and elements on screen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    app: str | None = Field(default=None, description="package that must be in front; None = any")
    locators: list[Locator] = Field(default_factory=list, description="elements that must be on screen")


class Shortcut(BaseModel):
    """A reusable, parameterised action sequence found by stable locators.

    ``params_schema`` is a JSON schema object (``{"type": "object", "properties": {...},
    "required": [...]}``); ``{name}`` in a step's text, app or locator fields is replaced
    by that parameter when the shortcut runs.
    """

    id: int | None = None
    name: str
    description: str = ""
    params_schema: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})
    preconditions: Precondition = Field(default_factory=Precondition)
    steps: list[Step]
    state: ShortcutState = "candidate"
    successes: int = 0
    failures: int = 0
    consecutive_failures: int = 0
    source_run: str | None = None
    example_params: dict[str, Any] = Field(
        default_factory=dict, description="the values it was learned with; verification uses new ones"
    )
    created_at: float = Field(default_factory=time.time)
    updated_at: float = Field(default_factory=time.time)


class ShortcutRun(BaseModel):
    """What happened when a shortcut ran: how far it got and why it stopped."""

    shortcut_id: int | None
    shortcut_name: str
    params: dict[str, Any] = Field(default_factory=dict)
    status: Literal["succeeded", "precondition_failed", "stopped", "check_failed"]
    steps_done: int = 0
    steps_total: int = 0
    stopped_at: int | None = Field(default=None, description="index of the step that could not run")
    reason: str = ""
    missing_locator: dict[str, Any] | None = None
    actions: list[dict[str, Any]] = Field(default_factory=list, description="the actions sent, as dumps")

    @property
    def succeeded(self) -> bool:
        return self.status == "succeeded"


class LearningResult(BaseModel):
    """What one experience-reflection step added to memory."""

    tips: list[Tip] = Field(default_factory=list)
    shortcuts: list[Shortcut] = Field(default_factory=list)
    used_model: bool = False
    notes: list[str] = Field(default_factory=list)
