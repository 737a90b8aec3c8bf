"""The facade: ``Agent(...).run(task)``.

Defaults work offline: ``Agent()`` drives the simulated phone with the bundled local model.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from .agents.graph import AgentGraph, Deps
from .agents.knowledge_hint import hint_for
from .agents.shortcuts import ShortcutUse
from .agents.state import initial_state, upgraded
from .agents.step_records import StepInfo, StepTaken, take_step
from .decision_log import decider_for
from .decision_log import record as record_decision
from .device.types import AppInfo, Device, device_apps, device_contacts, device_snapshot
from .errors import CascadroidError, ConfigurationError, ContextWindowExceeded, DeviceConnectionError, RunNotFoundError
from .lifecycle import (
    check_task_fits,
    guard,
    interrupted_reason,
    record_finish,
    record_resumed,
    record_start,
    restore_device,
    sigterm_interrupts,
    stopped_by,
)
from .models.base import Model
from .settings import Settings


class RunResult(BaseModel):
    """What ``run`` returns. ``success`` is the agent's own claim; a task check reads the device."""

    run_id: str
    task: str
    status: str
    success: bool
    answer: str | None = None
    stop_reason: str = ""
    steps: list[StepInfo] = Field(default_factory=list)
    totals: dict[str, float] = Field(default_factory=dict)
    seconds: float = 0.0


class RunFinished(BaseModel):
    """The last event of :meth:`Agent.stream`."""

    result: RunResult


def _final_result(events: Iterator[StepInfo | RunFinished]) -> RunResult:
    """Drain a run's events; the stream always ends with :class:`RunFinished`."""
    *_, last = events
    if not isinstance(last, RunFinished):  # pragma: no cover - both streams end with RunFinished
        raise TypeError(f"a run's event stream ended with {type(last).__name__}, not RunFinished")
    return last.result


class Agent:
    """An on-device agent.

    ``device``: any :class:`~cascadroid.device.Device` (default: a simulated phone).
    ``local``: the on-device model (default: the bundled SmolLM2 GGUF, loaded on first use).
    ``cloud``: an optional server model; with it, every call goes through the cascade router
    under ``policy`` (a :class:`~cascadroid.cascade.CascadeSettings`, or a TOML/JSON policy file;
    default: ``settings.cascade``).
    ``memory``: a MemoryStore, a path, or False to keep nothing (default: ``data_dir``).
    ``tools``: your own ``@tool`` functions; tasks that are mostly tool calls then run as a
    checked program (see :meth:`plan`; ``settings.agent.mode`` forces one mode).
    ``apps``: apps to offer besides those the device lists (labels or :class:`AppInfo`); the
    contacts the privacy detectors mask come from the device.
    """

    def __init__(
        self,
        device: Device | None = None,
        *,
        local: Model | None = None,
        cloud: Model | None = None,
        memory: Any = None,
        policy: Any = None,
        settings: Settings | None = None,
        apps: Sequence[str | AppInfo] | None = None,
        tools: list[Any] | None = None,
    ) -> None:
        self.settings = settings or Settings.load()
        self.device = device if device is not None else _default_device()
        self.local = local if local is not None else _default_local(self.settings)
        self.cloud = cloud if cloud is not None else _default_cloud(self.settings)
        self.policy = _load_policy(policy, self.settings)
        self.model: Model = self.local
        self.memory = _open_memory(memory, self.settings)
        self.apps = _agent_apps(apps or [], device_apps(self.device))
        self.tools = list(tools or [])
        self._steps: list[StepInfo] = []  # steps recorded by the graph, not yet yielded
        self._graph: AgentGraph | None = None
        self.last_result: RunResult | None = None

    # ---- public API ------------------------------------------------------------------
    def run(self, task: str, *, run_id: str | None = None) -> RunResult:
        """Run ``task`` to the end and return what happened (Ctrl-C or SIGTERM: recorded ``interrupted``)."""
        with sigterm_interrupts():
            return _final_result(self.stream(task, run_id=run_id))

    async def arun(self, task: str, *, run_id: str | None = None) -> RunResult:
        """``run`` without blocking the event loop (the device and model calls run in a thread)."""
        return await asyncio.to_thread(self.run, task, run_id=run_id)

    def stream(self, task: str, *, run_id: str | None = None) -> Iterator[StepInfo | RunFinished]:
        """Yield each step as it happens, then :class:`RunFinished` (a task too long for the local model's
        context raises TaskTooLongError first; stopped part-way, the run is recorded ``interrupted``)."""
        if not task or not task.strip():
            raise ConfigurationError("the task is empty", hint="describe what the agent should do")
        check_task_fits(task, self.local, self.apps)
        run_id = run_id or uuid.uuid4().hex[:12]
        record_start(self.memory, run_id, task, device=type(self.device).__name__,
                     config={"local": getattr(self.local, "name", "?"), "cloud": getattr(self.cloud, "name", None)})
        state = {**initial_state(run_id, task, self.settings.agent), "device_state": device_snapshot(self.device)}
        events = self._run_program(run_id, task) if self._wants_program(task) else self._drive(run_id, state)
        yield from guard(events, lambda exc: self._interrupted(run_id, task, exc), RunFinished)

    def explore(self, app: str | Sequence[str] | None = None, *, budget: int = 40) -> Any:
        """Walk the device's apps (or ``app``) doing nothing in them; screens and paths go to memory."""
        from .agents.explore import explore_into

        return explore_into(self.device, self.memory, app, budget=budget)

    def learn(self) -> Any:
        """Train a decision model on this memory's logged decisions (`cascadroid learn`); see sdk/learn.py."""
        from .learn import learn

        if self.memory is None:
            raise ConfigurationError("learning needs the memory store", hint="create the Agent with memory on")
        report = learn(self.memory, self.settings.learn)
        decider, agent_settings = decider_for(self.memory, self.settings.agent)
        if self._graph is not None and decider is not None:  # the next run uses the newly active model
            self._graph.deps.decider, self._graph.deps.settings = decider, agent_settings
        return report

    def plan(self, task: str) -> Any:
        """The checked, dry-run program the agent would run for ``task`` (inspect before running)."""
        return self._plan(task, self._routed_model(uuid.uuid4().hex[:12]))

    def _plan(self, task: str, model: Model) -> Any:
        from .tools import Limits, plan_program

        limits = self.settings.programs
        rehearsal = Limits(max_steps=limits.max_steps, max_work=limits.max_work, wall_s=limits.dry_run_wall_s)
        return plan_program(task, model, self._registry(), max_repairs=limits.max_repairs,
                            candidates=limits.candidates, dry_run_limits=rehearsal)

    def resume(self, run_id: str) -> RunResult:
        """Finish a run that was interrupted (a killed process), without repeating an action."""
        with sigterm_interrupts():
            return _final_result(self.stream_resume(run_id))

    def stream_resume(self, run_id: str) -> Iterator[StepInfo | RunFinished]:
        graph = self._get_graph()
        config = _config(run_id, self.settings)
        snapshot = graph.app.get_state(config)
        if not snapshot.values:
            raise RunNotFoundError(f"no checkpoint for run {run_id!r}", hint="check the run id and data_dir")
        values = snapshot.values
        if not snapshot.next:
            yield RunFinished(result=self._result(values))
            return
        restore_device(self.device, values.get("device_state"), run_id=run_id, acted=values["step"] > 0)
        graph.app.update_state(config, {
            **upgraded(values),  # a checkpoint an earlier version wrote
            "resumed_at_step": values["step"],
            "deadline": time.time() + self.settings.agent.max_wall_s,
        })
        record_resumed(self.memory, run_id)
        events = self._drive(run_id, None)
        yield from guard(events, lambda exc: self._interrupted(run_id, values["task"], exc), RunFinished)

    def close(self) -> None:
        if self._graph is not None:
            self._graph.close()
            self._graph = None

    def __enter__(self) -> Agent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- internals -------------------------------------------------------------------
    def _registry(self) -> Any:
        from .tools import ToolRegistry, device_tools

        return ToolRegistry([*device_tools(self.device), *self.tools])

    def _wants_program(self, task: str) -> bool:
        mode = self.settings.agent.mode
        if mode != "auto":
            return mode == "program"
        words = {w for w in task.lower().replace("-", " ").split() if len(w) > 2}
        names = {part for t in self.tools for part in getattr(t, "name", getattr(t, "__name__", "")).split("_")}
        return bool(words & {n for n in names if len(n) > 2})

    def _run_program(self, run_id: str, task: str) -> Iterator[StepInfo | RunFinished]:
        """Program mode: plan once, check, dry-run, then run the real tools; each tool call is a step."""
        from .errors import CascadroidError
        from .tools import Limits, run_program

        started = time.perf_counter()
        self.model = self._routed_model(run_id)
        seen: list[StepInfo] = []
        status, answer, reason, totals = "failed", None, "", {}
        try:
            program = self._plan(task, self.model)
            totals = {"model_calls": program.model_calls, "prompt_tokens": program.usage.prompt_tokens,
                      "completion_tokens": program.usage.completion_tokens, "program_repairs": program.repairs}
            limits = self.settings.programs
            ran = run_program(program, self._registry(), per_call_timeout_s=limits.per_call_timeout_s,
                              limits=Limits(max_steps=limits.max_steps, max_work=limits.max_work,
                                            wall_s=limits.max_wall_s))
            for index, call in enumerate(ran.trace):
                self._on_step(take_step(
                    run_id, index, {"kind": "tool", "tool": call.tool, "args": call.args},
                    "error" if call.error else "success", call.error or str(call.result)[:200],
                    subgoal=f"line {call.line}", reason="program"))
                seen.append(self._steps.pop())
                yield seen[-1]
            status, answer = "succeeded", None if ran.result is None else str(ran.result)
            reason = f"done: the program ran {ran.tool_calls} tool calls"
        except CascadroidError as exc:
            reason = f"program failed: {exc.message}"
        result = RunResult(run_id=run_id, task=task, status=status, success=status == "succeeded", answer=answer,
                           stop_reason=reason, steps=seen, totals=totals,
                           seconds=round(time.perf_counter() - started, 3))
        yield self._finished(result)

    def _drive(self, run_id: str, state: Any) -> Iterator[StepInfo | RunFinished]:
        graph = self._get_graph()
        graph.deps.model = self.model = self._routed_model(run_id)
        graph.deps.guard = self._guard(self.model, run_id)
        config = _config(run_id, self.settings)
        started = time.perf_counter()
        self._steps, seen = [], []
        stop: CascadroidError | None = None
        try:
            for _update in graph.app.stream(state, config, stream_mode="updates", durability="sync"):
                while self._steps:
                    seen.append(self._steps.pop(0))
                    yield seen[-1]
        except (DeviceConnectionError, ContextWindowExceeded) as exc:  # a stop, not a failed step
            stop = exc
        values = graph.app.get_state(config).values
        result = self._result(values, seconds=time.perf_counter() - started, seen=seen)
        if stop is not None:
            result = result.model_copy(update=stopped_by(stop, run_id))
        finished = self._finished(result)
        self._learn(result)  # after the run is recorded as finished: learning reads its status
        yield finished

    def _interrupted(self, run_id: str, task: str, exc: BaseException) -> None:
        """Record a run stopped part-way by a signal (or a caller that stopped reading) as ``interrupted``."""
        values = self._get_graph().app.get_state(_config(run_id, self.settings)).values or {"run_id": run_id, "task": task}
        self._finished(self._result(values).model_copy(update={
            "status": "interrupted", "success": False, "stop_reason": interrupted_reason(exc, run_id, values.get("step", 0))}))

    def _finished(self, result: RunResult) -> RunFinished:
        """Record the end of a run (store, traces) and keep it as ``last_result``."""
        record_finish(self.memory, result)
        self.last_result = result
        return RunFinished(result=result)

    def _result(self, values: dict[str, Any], seconds: float = 0.0, seen: list[StepInfo] | None = None) -> RunResult:
        steps = seen or []
        if self.memory is not None:
            steps = [StepInfo.of(s) for s in self.memory.runs.steps(values["run_id"])]
        return RunResult(
            run_id=values["run_id"], task=values["task"], status=values.get("status", "stopped"),
            success=bool(values.get("success_claimed")), answer=values.get("answer"),
            stop_reason=values.get("stop_reason", ""), steps=steps, totals=values.get("totals", {}),
            seconds=round(seconds, 3),
        )

    def _on_step(self, taken: StepTaken) -> None:
        """The graph's step sink: yield the step, and keep it with its evidence in memory exactly once."""
        step = taken.step
        self._steps.append(step)
        if self.memory is None:
            return
        events = [("model_call", {"step": step.index, **call}) for call in taken.calls]
        if taken.bounds:  # the touched element's [left, top, right, bottom], for the report
            events.append(("target", {"step": step.index, "bounds": taken.bounds}))
        new = self.memory.runs.record_step(step, events)
        if new and taken.candidates:  # a choices-mode decision: training data for `cascadroid learn`, masked
            record_decision(self.memory, {**step.model_dump(mode="json"), **taken.model_dump(exclude={"step"})},
                            self.policy.privacy, device_contacts(self.device))

    def _tips(self, task: str, app: str) -> list[str]:
        """Tips for the app in front first, then any tip the task's words find (e.g. on the home screen)."""
        if self.memory is None:
            return []
        found = self.memory.tips.search(task, app=app, k=3) if app else []
        found += self.memory.tips.search(task, k=3)
        return list(dict.fromkeys(tip.text for tip in found))[:3]

    def _get_graph(self) -> AgentGraph:
        if self._graph is None:
            data_dir = Path(self.settings.data_dir)
            decider, agent_settings = decider_for(self.memory, self.settings.agent)  # `cascadroid learn`'s model
            deps = Deps(device=self.device, model=self.model, settings=agent_settings, apps=self.apps,
                        tips=self._tips, on_step=self._on_step,
                        screenshot_dir=data_dir / "screens" if self.settings.agent.save_screenshots else None,
                        shortcuts=ShortcutUse(self.memory.shortcuts) if self.memory is not None else None,
                        choices=self._uses_choices(), knowledge=hint_for(self.memory),
                        **({"decider": decider} if decider is not None else {}))
            self._graph = AgentGraph(deps, data_dir / "checkpoints.db")
        return self._graph

    def _uses_choices(self) -> bool:
        mode = self.settings.agent.operator_mode
        if mode != "auto":
            return mode == "choices"
        from .models.local import LocalModel  # cheap: llama_cpp itself loads on first use

        return isinstance(self.local, LocalModel) and self.cloud is None

    def _routed_model(self, run_id: str) -> Model:
        """Local only, or the cascade for this run (per-run budgets, decisions kept in the store)."""
        if self.cloud is None:
            return self.local
        from .cascade import CascadeModel, SpendLedger

        ledger = None
        if self.policy.budget.ledger_path is None and (
                self.policy.budget.per_run_usd is not None or self.policy.budget.per_day_usd is not None):
            ledger = SpendLedger(Path(self.settings.data_dir) / "ledger.sqlite")

        def record(decision: Any, request: Any) -> None:
            if self.memory is not None:
                self.memory.runs.record_event(run_id, "decision", {"purpose": request.purpose,
                                                              **decision.model_dump(mode="json")})

        return CascadeModel.create(self.local, self.cloud, self.policy, ledger=ledger, run_id=run_id,
                                   contacts=device_contacts(self.device), on_decision=record)

    def _guard(self, model: Model, run_id: str) -> Any:
        """The run's send guard; it shares the cascade router's taint set (its own without a cloud),
        kept beside the checkpoints so a resumed run still knows what it read."""
        from .agents.guard import SendGuard
        from .cascade import CascadeModel, PrivacyPolicy, TaintSet

        taint = model.router.taint if isinstance(model, CascadeModel) else TaintSet(
            PrivacyPolicy(self.policy.privacy, contacts=device_contacts(self.device)))
        return SendGuard.kept_in(taint, Path(self.settings.data_dir), run_id)

    def _learn(self, result: RunResult) -> None:
        """Experience reflection: tips and candidate shortcuts from this run (settings.agent.learn)."""
        mode = self.settings.agent.learn
        if self.memory is None or mode == "off" or result.status == "interrupted":
            return
        from .memory import learn_from_run

        run = self.memory.runs.get(result.run_id)
        learn_from_run(self.memory, run, self.memory.runs.steps(result.run_id), self.model if mode == "model" else None)


def _config(run_id: str, settings: Settings) -> dict[str, Any]:
    return {"configurable": {"thread_id": run_id}, "recursion_limit": settings.agent.max_steps * 10 + 50}


def _load_policy(policy: Any, settings: Settings) -> Any:
    if policy is None:
        return settings.cascade
    if isinstance(policy, (str, Path)):
        from .cascade import load_policy

        return load_policy(policy)
    return policy


def _agent_apps(given: Sequence[str | AppInfo], listed: list[AppInfo]) -> list[AppInfo]:
    """The user's apps first (a label or package the device lists becomes its entry), then the device's."""
    known = {key: app for app in reversed(listed) for key in (app.package, app.label.casefold())}
    chosen = [a if isinstance(a, AppInfo) else known.get(a.casefold(), known.get(a, AppInfo(label=a, package="")))
              for a in given]
    return list(dict.fromkeys([*chosen, *listed]))


def _default_device() -> Device:
    from .device.sim import SimDevice

    return SimDevice(seed=0)


def _default_local(settings: Settings) -> Model:
    from .models import LocalModel

    return LocalModel(settings.local)


def _default_cloud(settings: Settings) -> Model | None:
    if not settings.cloud.base_url:
        return None
    from .models import OpenAICompatibleModel

    return OpenAICompatibleModel(settings.cloud)


def _open_memory(memory: Any, settings: Settings) -> Any:
    if memory is False:
        return None
    from .memory import MemoryStore

    if memory is None:
        Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
        return MemoryStore(Path(settings.data_dir) / "cascadroid.db")
    if isinstance(memory, (str, Path)):
        return MemoryStore(Path(memory))
    return memory
