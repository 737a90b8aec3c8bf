"""The agent graph's state: every key and its type, a new run's state, and older checkpoints read.

Lists that grow during a run (the history, model calls not yet counted, the interruptions
handled) have an append reducer: a node returns only its new entries. The screens are
:class:`~cascadroid.agents.perceptor.Screen` models; the checkpointer is allowed to rebuild
exactly those (:data:`CHECKPOINT_TYPES`), and everything else in a checkpoint is plain data.
"""

from __future__ import annotations

import operator as op
import time
from typing import Annotated, Any, TypedDict

from langgraph.types import Overwrite

from ..settings import AgentSettings
from .perceptor import Screen
from .step_records import ActResult, HistoryEntry, Pending

CHECKPOINT_TYPES = ((Screen.__module__, Screen.__name__),)  # the models a checkpoint may rebuild


class CurrentInterruption(TypedDict):
    """The interruption in the way now (:class:`~cascadroid.agents.interruptions.Interruption`'s
    fields), with the action decided for it."""

    kind: str
    package: str
    title: str
    requester: str
    buttons: dict[str, int]
    signature: str
    action: dict[str, Any]
    reason: str


class Interrupts(TypedDict, total=False):
    """What the interruption check keeps between observations (the handled ones are a state key)."""

    app: str  # the package of the last screen that was no interruption
    current: CurrentInterruption | None


class AgentState(TypedDict, total=False):
    run_id: str
    task: str
    step: int
    waits: int
    plan: list[str]
    subgoal: str
    notes: dict[str, str]
    history: Annotated[list[HistoryEntry], op.add]  # nodes return only their new entries
    screen: Screen
    prev_screen: Screen
    pending: Pending | None
    last_result: ActResult | None
    consecutive_errors: int
    failure_streak: int
    needs_plan: bool
    calls: Annotated[list[dict[str, Any]], op.add]  # model calls not yet counted in a step (Overwrite resets)
    totals: dict[str, float]
    deadline: float
    status: str
    stop_reason: str
    answer: str | None
    success_claimed: bool | None
    resumed_at_step: int | None
    shortcut_tried: bool
    replay: dict[str, Any] | None  # a shortcut being replayed step by step (agents/shortcut_replay.py)
    observation: dict[str, Any] | None  # the elements perceive read, kept for a replayed step (shortcut_replay.kept)
    screen_ok: bool
    device_state: dict[str, Any] | None  # an in-process phone's snapshot, restored on resume
    interrupts: Interrupts
    handled_interruptions: Annotated[list[str], op.add]  # their signatures, oldest first (not progress)


def initial_state(run_id: str, task: str, settings: AgentSettings) -> AgentState:
    """A new run's input; its empty lists replace (not extend) any left under the same run id."""
    return AgentState(
        run_id=run_id, task=task, step=0, waits=0, plan=[], subgoal="", notes={},
        history=Overwrite([]), calls=Overwrite([]), handled_interruptions=Overwrite([]),  # past the reducers
        pending=None, last_result=None, consecutive_errors=0, failure_streak=0, needs_plan=True,
        totals={}, deadline=time.time() + settings.max_wall_s, status="running",
        stop_reason="", answer=None, success_claimed=None, resumed_at_step=None, shortcut_tried=False, replay=None,
        observation=None,
    )


def upgraded(values: dict[str, Any]) -> dict[str, Any]:
    """The update that brings a checkpoint written by an earlier version to this state's types:
    screens kept as JSON become Screens; interruptions handled move out of ``interrupts``."""
    update: dict[str, Any] = {key: Screen.model_validate(values[key]) for key in ("screen", "prev_screen")
                              if isinstance(values.get(key), dict)}
    kept = values.get("interrupts") or {}
    if "handled" in kept:
        update["interrupts"] = Interrupts(app=kept.get("app", ""), current=kept.get("current"))
        if not values.get("handled_interruptions"):
            update["handled_interruptions"] = list(kept["handled"])
    return update
