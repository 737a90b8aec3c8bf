"""The agent loop as a LangGraph StateGraph with SQLite checkpoints.

perceive -> [manager] -> operator -> act -> reflect -> [notetaker] -> perceive ... -> finish

Nodes are functions of the state returning partial updates. ``act`` is the only node that
changes the device. A checkpoint is written after every node (durability "sync"), so a killed
process resumes by run id; ``act`` re-runs after a kill inside it, which is why every action
carries an idempotency key (run id + step) and, on devices that cannot deduplicate, the first
act after a resume compares the screen with the one saved before the action.
A lost device (DeviceConnectionError) is not a failed step: it propagates, the graph stops at
its last checkpoint, and the run can be resumed by id once the device is back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Overwrite
from pydantic import TypeAdapter

from ..device.types import Action, AppInfo, Device, device_snapshot
from ..errors import DeviceConnectionError, DeviceError
from ..models.base import Model
from ..settings import AgentSettings
from ..sqlite import open_db
from . import (
    candidates,
    counting,
    decide,
    deeplinks,
    interruptions,
    manager,
    notetaker,
    operator,
    pickers,
    reflector,
    shortcut_replay,
    task_parts,
)
from .calls import ask
from .features import logged_candidates
from .guard import SendGuard, screenshot_for_model
from .knowledge_hint import KnowledgeHint, favour_known_paths
from .perceptor import Screen, locator_for, perceive
from .shortcuts import ShortcutUse
from .state import CHECKPOINT_TYPES, AgentState
from .step_records import ActResult, Pending, StepTaken, add_totals, history_entry, steps_taken, take_step

_ACTION = TypeAdapter(Action)


StepSink = Callable[[StepTaken], None]
REPLAN_AFTER_FAILED_STEPS = 2  # failed steps in a row after which the Manager revises the plan


@dataclass
class Deps:
    """What nodes use but the state does not hold: they are rebuilt, not checkpointed."""

    device: Device
    model: Model
    settings: AgentSettings
    apps: list[AppInfo]  # what the device lists plus the user's own (labels the operator may open)
    tips: Callable[[str, str], list[str]] = lambda task, app: []
    on_step: StepSink = lambda step: None
    history_shown: int = 6
    screenshot_dir: Path | None = None
    shortcuts: ShortcutUse | None = None
    choices: bool = False  # the Operator picks from ranked candidates (for small local models)
    guard: SendGuard | None = None  # per run: taint tracking, send refusals, screenshot redaction
    model_roles: bool | None = None  # Manager/Notetaker model calls; None: off when choices (rules do no worse)

    @property
    def asks_roles(self) -> bool:
        return (not self.choices) if self.model_roles is None else self.model_roles
    knowledge: KnowledgeHint | None = None  # explored apps: favour candidates on a known path
    decider: decide.DecisionModel = field(default_factory=decide.ScoreCalibration)  # candidates -> probabilities


class AgentGraph:
    """Builds and runs the compiled graph for one set of dependencies."""

    def __init__(self, deps: Deps, checkpoint_path: Path) -> None:
        self.deps = deps
        # WAL + NORMAL: a commit survives a killed process (what resume is for) without an fsync
        # per node; only a power cut could lose the last few checkpoints.
        self._conn = open_db(checkpoint_path, autocommit=False)  # SqliteSaver commits its own writes
        saver = SqliteSaver(self._conn, serde=JsonPlusSerializer(allowed_msgpack_modules=CHECKPOINT_TYPES))
        self.app = self._build().compile(checkpointer=saver)

    def close(self) -> None:
        self._conn.close()

    # ---- wiring -------------------------------------------------------------------------
    def _build(self) -> StateGraph:
        g = StateGraph(AgentState)
        g.add_node("perceive", self.perceive)
        g.add_node("manager", self.manage)
        g.add_node("operator", self.operate)
        g.add_node("act", self.act)
        g.add_node("reflect", self.reflect)
        g.add_node("notetaker", self.take_notes)
        g.add_node("finish", self.finish)
        g.add_node("interrupt", lambda state: interruptions.handle(state, self.deps.device, self.deps.on_step))
        g.add_edge(START, "perceive")
        g.add_conditional_edges("perceive", self._after_perceive, ["perceive", "interrupt", "manager", "operator", "finish"])
        g.add_edge("interrupt", "perceive")
        g.add_conditional_edges("manager", self._after_manager, ["operator", "finish"])
        g.add_conditional_edges("operator", self._after_operator, ["act", "perceive", "finish"])
        g.add_edge("act", "reflect")
        g.add_conditional_edges("reflect", self._after_reflect, ["notetaker", "perceive", "finish"])
        g.add_edge("notetaker", "perceive")
        g.add_edge("finish", END)
        return g

    def _limit_reached(self, state: AgentState) -> str | None:
        s = self.deps.settings
        if state.get("status") != "running":
            return state.get("stop_reason") or state.get("status")
        if state["step"] - interruptions.handled_count(state) >= s.max_steps:
            return f"max_steps: {s.max_steps} actions taken without finishing"
        if state["consecutive_errors"] >= s.max_consecutive_errors:
            return f"max_consecutive_errors: {state['consecutive_errors']} failed steps in a row"
        if time.time() > state["deadline"]:
            return f"max_wall_s: {s.max_wall_s:.0f} s passed"
        return None

    def _after_perceive(self, state: AgentState) -> str:
        if self._limit_reached(state):
            return "finish"
        if not state.get("screen_ok", True):
            return "perceive"  # the screen could not be read: look again (the error limit bounds this)
        if state.get("interrupts", {}).get("current"):
            return "interrupt"  # a pop-up, permission request, system dialog or spinner: no model call
        wants_plan = state["needs_plan"] and self.deps.asks_roles
        return "manager" if wants_plan and not (self._shortcut_for(state) or state.get("replay")) else "operator"

    def _after_manager(self, state: AgentState) -> str:
        return "finish" if state.get("status") != "running" else "operator"

    def _after_operator(self, state: AgentState) -> str:
        if state.get("pending"):
            return "act"
        return "finish" if self._limit_reached(state) else "perceive"

    def _after_reflect(self, state: AgentState) -> str:
        if state.get("status") != "running":
            return "finish"
        last = state["history"][-1] if state["history"] else {}
        changed = last.get("outcome") == "success" and last.get("kind") not in ("wait", "done")
        return "notetaker" if notetaker.wanted(state["task"], changed) else "perceive"

    # ---- helpers -----------------------------------------------------------------------
    def _context(self, state: AgentState) -> str:
        lines = []
        if state.get("plan"):
            lines.append("Plan: " + "; ".join(state["plan"]))
        if state.get("subgoal"):
            lines.append(f"Subgoal: {state['subgoal']}")
        if state.get("notes"):
            lines.append("Notes: " + "; ".join(f"{k}={v}" for k, v in state["notes"].items()))
        shown = state["history"][-self.deps.history_shown:]
        lines.append(f"History ({state['step']} actions so far):" + ("" if shown else " none"))
        lines += [f"  {h['index']}. {h['line']} -> {h['outcome']}" + (f" ({h['why']})" if h.get("why") else "")
                  for h in shown]
        return "\n".join(lines)

    def _shortcut_for(self, state: AgentState) -> tuple[Any, dict[str, str]] | None:
        """A verified shortcut that fits the task, tried once per run, first thing."""
        if self.deps.shortcuts is None or state.get("shortcut_tried") or "screen" not in state:
            return None
        return self.deps.shortcuts.for_task(state["task"], state["screen"].package)

    def _header(self, state: AgentState) -> str:
        """The part of every prompt that stays the same for the whole run."""
        return f"Task: {state['task']}\nApps: {operator.apps_line(self.deps.apps, state['task'])}"

    def _signals(self, state: AgentState) -> dict[str, float]:
        return {
            "failure_streak": float(state["failure_streak"]),
            "step": float(state["step"]),
            "waits": float(state["waits"]),
            "interruptions": float(interruptions.handled_count(state)),
        }

    def _ask(self, state: AgentState, **kwargs: Any) -> tuple[Any, list[dict[str, Any]], str | None]:
        screen = state["screen"]
        if self.deps.guard is not None:  # the screens this prompt shows feed the run's taint set
            self.deps.guard.read(state, f"{self._header(state)}\n{kwargs.get('instructions', '')}")
        asked = ask(  # model=: a role's own model (the decision policy asks the local one)
            kwargs.pop("model", None) or self.deps.model, app=screen.package,
            signals={**self._signals(state), **kwargs.pop("signals", {})}, header=self._header(state),
            retries=self.deps.settings.max_output_retries, images=screenshot_for_model(screen), **kwargs,
        )
        return asked.value, asked.calls, asked.error

    # ---- nodes -------------------------------------------------------------------------
    def perceive(self, state: AgentState) -> dict[str, Any]:
        shots = self.deps.screenshot_dir
        try:
            observation = self.deps.device.observe(screenshot=shots is not None)
            screen = pickers.carry_day(perceive(observation), state.get("screen"))
        except DeviceConnectionError:
            raise  # the device is gone: stop at this checkpoint so the run can be resumed
        except DeviceError as exc:
            return {"consecutive_errors": state["consecutive_errors"] + 1, "screen_ok": False,
                    "history": [history_entry(state, {"kind": "observe"}, "error", exc.message)]}
        if shots is not None and observation.screenshot:
            path = shots / state["run_id"] / f"step_{state['step']:03d}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            guard, redact = self.deps.guard, self.deps.settings.redact_screenshots
            path.write_bytes(guard.redact(observation) if guard is not None and redact else observation.screenshot)
            screen.screenshot = str(path)
        replaying = state.get("replay") or self._shortcut_for({**state, "screen": screen})  # its steps read this observation
        return {"screen": screen, "screen_ok": True, "interrupts": interruptions.track(
            observation, state, self.deps.apps, self.deps.settings.permissions),
            "observation": shortcut_replay.kept(observation) if replaying else None}

    def manage(self, state: AgentState) -> dict[str, Any]:
        screen = state["screen"]
        user = manager.prompt(
            tips=self.deps.tips(state["task"], screen.package), context=self._context(state),
            screen_text=screen.text(), package=screen.package,
        )
        value, calls, _error = self._ask(
            state, purpose="manager", instructions=manager.INSTRUCTIONS, user=user,
            output_type=manager.ManagerOutput, max_tokens=160,
        )
        update: dict[str, Any] = {"calls": calls, "needs_plan": False}
        if value is None:
            update["subgoal"] = state.get("subgoal") or state["task"]
            return update
        update.update(plan=value.plan, subgoal=value.subgoal or state["task"])
        if value.done and state["step"] > 0:
            update.update(status="succeeded", success_claimed=True, answer=value.answer,
                          stop_reason="done: the manager judged the task complete")
        return update

    def operate(self, state: AgentState) -> dict[str, Any]:
        screen = state["screen"]
        found, replayed = self._shortcut_for(state), {}
        replay = shortcut_replay.start(*found) if found else state.get("replay")
        if replay and self.deps.shortcuts is not None:  # a verified shortcut, one step at a time on the live screen
            action, after, stopped = shortcut_replay.next_action(self.deps.shortcuts, replay, state.get("observation"),
                                                                 state["task"], run_id=state["run_id"])
            replayed = {"shortcut_tried": True, "replay": after, "needs_plan": stopped}  # the shortcut was the plan
            if action is not None and after is not None:
                action["idempotency_key"] = f"{state['run_id']}:{state['step']}"
                return {**replayed, "pending": Pending(action=action, shortcut=replay["name"], reason=(
                    f"verified shortcut {replay['name']!r}, step {after['index']}"))}

        offer = getattr(self.deps.decider, "offer", None)  # a learned model's app association (app_lexicon.py)

        def ranking(limit: int) -> list[candidates.Candidate]:
            found = candidates.rank(state["task"], state.get("subgoal", ""), screen, self.deps.apps, state["history"],
                                    notes=state.get("notes") or {}, limit=10_000 if offer else limit)
            return offer(state["task"], found, self.deps.apps, state["history"])[:limit] if offer else found

        ranked = deeplinks.offer(state["task"], favour_known_paths(ranking, state["task"], screen, self.deps.apps,
                                 self.deps.knowledge), state["history"], self.deps.device,
                                 self.deps.knowledge) if self.deps.choices else []

        def validate(parsed: Any) -> Any:
            choice = operator.parse(parsed)
            try:
                return choice, operator.to_action(choice, screen)
            except operator.InvalidChoice as exc:
                raise ValueError(str(exc)) from exc

        output_type, decided = operator.output_type(screen, self.deps.apps), None
        if ranked:  # act on structure, break near-ties locally, defer to the cloud when unsure (decide.py)
            decided, value, error = decide.choose(
                ranked, self.deps.decider.probabilities(state["task"], screen, ranked, state["history"]), model=self.deps.model,
                settings=self.deps.settings.decision, ask=lambda **kw: self._ask(state, **kw), screen=screen,
                context=self._context(state), free_type=output_type, validate_free=validate,
                failure_streak=state["failure_streak"], history=state["history"], task=state["task"])
            calls = decided.calls
        else:
            value, calls, error = self._ask(
                state, purpose="operator", instructions=operator.INSTRUCTIONS, output_type=output_type,
                user=operator.prompt(screen, context=self._context(state)), validate=validate, max_tokens=120)
        update: dict[str, Any] = {**replayed, "calls": calls, "totals": decide.count(state["totals"], decided)}
        if value is None:
            entry = history_entry(state, {"kind": "invalid_output"}, "error", f"no valid action: {error}")
            update.update(pending=None, consecutive_errors=state["consecutive_errors"] + 1, history=[entry])
            return update
        choice, action = value
        action.idempotency_key = f"{state['run_id']}:{state['step']}"
        update["pending"] = Pending(action=action.model_dump(mode="json"), reason=choice.reason,
                                    decision=decided.record() if decided else None,
                                    candidates=logged_candidates(state["task"], screen, ranked, state["history"])
                                    if decided else None)
        return update

    def act(self, state: AgentState) -> dict[str, Any]:
        """The only node with side effects on the device."""
        device = self.deps.device
        pending = state["pending"] or Pending()
        if pending["action"]["kind"] == "shortcut":
            return self._act_shortcut(state, pending["action"])
        action = _ACTION.validate_python(pending["action"])
        before = state["screen"]
        refusal = self.deps.guard.check(state["task"], pending["action"], before) if self.deps.guard else None
        if refusal is not None:  # screen text asked for a send the task did not: not done, the run goes on
            return {"prev_screen": state["screen"], "step": state["step"] + 1,
                    "last_result": ActResult(applied=False, message=refusal, error=None, refused=refusal)}
        applied, message, error = True, "", None
        resumed_here = state.get("resumed_at_step") == state["step"]
        try:
            if resumed_here and not getattr(device, "deduplicates_actions", False) and \
                    perceive(device.observe()).digest != before.digest:
                applied, message = False, "screen changed since this action was chosen: it landed before the restart"
            else:
                result = device.act(action)
                applied, message = result.applied, result.message
        except DeviceConnectionError:
            raise  # the device is gone: stop at this checkpoint so the run can be resumed
        except DeviceError as exc:
            error = exc.message + (f" (hint: {exc.hint})" if exc.hint else "")
        after, observe_error = self._screen_after(before)
        error = error or observe_error
        return {
            "prev_screen": state["screen"], "screen": after,
            "step": state["step"] + 1, "waits": state["waits"] + (1 if action.kind == "wait" else 0),
            "last_result": ActResult(applied=applied, message=message, error=error),
            "device_state": device_snapshot(device),  # checkpointed with this step: a resume restores it
        }

    def _act_shortcut(self, state: AgentState, action: dict[str, Any]) -> dict[str, Any]:
        """Run a verified shortcut: several keyed actions; a stop part-way falls back to single actions."""
        shortcuts = self.deps.shortcuts
        if shortcuts is None:  # pragma: no cover - pending shortcuts only come from deps.shortcuts
            raise RuntimeError("a shortcut is pending but no shortcut store is configured")
        error = None
        try:
            ran = shortcuts.run(self.deps.device, action["id"], action["params"],
                                key_prefix=f"{state['run_id']}:{state['step']}", run_id=state["run_id"],
                                task=state["task"])
            done, status, why = ran.steps_done, ran.status, ran.reason
        except DeviceConnectionError:
            raise  # the device is gone: stop at this checkpoint so the run can be resumed
        except DeviceError as exc:
            done, status, why, error = 0, "stopped", exc.message, exc.message
        after, observe_error = self._screen_after(state["screen"])
        error = error or observe_error
        return {
            "prev_screen": state["screen"], "screen": after, "step": state["step"] + done,
            "last_result": ActResult(applied=done > 0, message=why, error=error, shortcut_status=status),
            # a shortcut that ran through was the plan; one that stopped part-way needs a plan
            "needs_plan": status != "succeeded", "device_state": device_snapshot(self.deps.device),
        }

    def _screen_after(self, before: Screen) -> tuple[Screen, str | None]:
        """The screen after an action; the one before (and why) when it cannot be read."""
        try:
            return pickers.carry_day(perceive(self.deps.device.observe()), before), None
        except DeviceConnectionError:
            raise  # the device is gone: stop at this checkpoint so the run can be resumed
        except DeviceError as exc:
            return before, exc.message

    def reflect(self, state: AgentState) -> dict[str, Any]:
        pending = state["pending"] or Pending()
        action = pending["action"]
        before, after = state["prev_screen"], state["screen"]
        result = state["last_result"] or ActResult()
        calls = state["calls"]  # not copied: a reflector call makes a new list
        if result.get("refused"):
            outcome, why = "refused", result["refused"]
        elif result.get("error"):
            outcome, why = "error", result["error"]
        elif "shortcut_status" in result:
            status = result["shortcut_status"]
            outcome = "success" if status == "succeeded" else ("error" if status == "precondition_failed" else "no_change")
            why = f"shortcut {status}" + (f": {result['message']}" if result.get("message") else "")
        else:
            outcome, why = reflector.cheap_check(action, before, after, result.get("applied", True))
            if outcome is None:
                value, more, _ = self._ask(
                    state, purpose="reflector", instructions=reflector.INSTRUCTIONS, output_type=reflector.ReflectorOutput,
                    user=reflector.prompt(state.get("subgoal", ""),
                                          operator.describe(action, before.labels), before, after, why),
                    max_tokens=80,
                )
                calls = [*calls, *more]
                outcome, why = (value.outcome, value.reason) if value else ("success", why + "; judged by default")
        ok = outcome == "success"
        element = action.get("element")
        taken = take_step(
            state["run_id"], steps_taken(state["history"]), action, outcome, why, calls=calls,
            subgoal=state.get("subgoal", ""), reason=pending.get("reason", ""), package=before.package,
            locator=locator_for(before, element), screenshot_path=before.screenshot,
            shortcut=action.get("name") if action["kind"] == "shortcut" else pending.get("shortcut"),
            decision=pending.get("decision"), candidates=pending.get("candidates"), screen_summary=before.text()[:2000],
            bounds=before.bounds.get(element) if element is not None else None)
        self.deps.on_step(taken)
        update: dict[str, Any] = {  # the same action on the same screen again is a loop: the entry keeps the screen
            "history": [taken.step.remembered(operator.describe(action, before.labels), screen=before.digest,
                                              seen=counting.row_texts(before) if action["kind"] == "swipe" else None)],
            "calls": Overwrite([]), "pending": None,
            "totals": add_totals(state["totals"], calls),
            "consecutive_errors": 0 if ok else state["consecutive_errors"] + 1,
            "failure_streak": 0 if ok else state["failure_streak"] + 1,
        }
        if not ok and state["failure_streak"] + 1 >= REPLAN_AFTER_FAILED_STEPS:
            update["needs_plan"] = True
        if action.get("kind") == "done":
            claimed = bool(action.get("success", True))
            update.update(status="succeeded" if claimed else "failed", success_claimed=claimed,
                          answer=action.get("answer"), stop_reason="done: the operator finished the task")
        return update

    def take_notes(self, state: AgentState) -> dict[str, Any]:
        screen = state["screen"]
        if not self.deps.asks_roles:  # rules keep the value the task asks about, no model call
            objects = task_parts.goal_names(state["task"]) + candidates.quoted(state["task"])
            read = notetaker.by_rules(state["task"], screen.lines, objects, state["notes"])
            return {"notes": {**state["notes"], **read}}
        value, calls, _ = self._ask(
            state, purpose="notetaker", instructions=notetaker.INSTRUCTIONS, output_type=notetaker.NotetakerOutput,
            user=notetaker.prompt(state["notes"], screen.text()), max_tokens=120,
        )
        notes = dict(state["notes"])
        for note in (value.notes if value else []):
            notes[note.key] = note.value
        return {"notes": notes, "calls": calls}

    def finish(self, state: AgentState) -> dict[str, Any]:
        update: dict[str, Any] = {"totals": add_totals(state["totals"], state["calls"]), "calls": Overwrite([])}
        if state.get("status") == "running":
            update.update(status="stopped", stop_reason=self._limit_reached(state) or "stopped", success_claimed=False)
        return update
