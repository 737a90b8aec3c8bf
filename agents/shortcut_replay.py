"""A verified shortcut replayed one step at a time through the agent's own loop.

Each replayed step is an ordinary step: its target is looked for on the LIVE screen first (the step's precondition),
then it goes through ``act`` and ``reflect`` like any other action, so the run's history holds what was done and seen
(the rows passed while scrolling, the text typed) and the agent goes on from there exactly as after its own steps.
A read step reads the task's value on the live screen (agents/shortcut_reads.py) for the steps after it. On the first
step whose target is not on the screen, or whose read finds nothing, the replay ends: nothing more is replayed, the
agent decides step by step from the screen it is on (no action is applied twice: each replayed action was applied once,
by ``act``), and the shortcut is demoted to a candidate, with the run logged and its reason, so it is verified again
before it is used again. A replay that runs through is logged as a success. A tap whose target is one of several alike
elements on the live screen (rows found by their id alone) is no fixed choice: which row the task means ("my most
recent note", "the contact at example.org") is chosen by its words on today's screen, so the agent decides that step
itself, and the replay goes on after it. The live screen is the observation ``perceive`` made for this step, kept in the
run's state while a shortcut is being (or may start being) replayed: the device is observed once per step, as for the
agent's own steps, and a checkpoint resumed mid-replay matches the step on the screen it saved.
"""

from __future__ import annotations

from typing import Any

from ..device.types import Observation
from .shortcut_reads import reader
from .shortcuts import ShortcutUse


def start(shortcut: Any, params: dict[str, str]) -> dict[str, Any]:
    """A replay's state (plain data: it is checkpointed with the run)."""
    return {"id": shortcut.id, "name": shortcut.name, "values": dict(params), "index": 0}


def kept(observation: Observation) -> dict[str, Any]:
    """The observation perceive made, as plain data for the run's state (checkpointed with it): its elements, without
    the XML and the screenshot, which a replayed step never reads."""
    return observation.model_dump(mode="json", exclude={"xml", "screenshot"})


def next_action(use: ShortcutUse, replay: dict[str, Any], observed: dict[str, Any] | None, task: str, *, run_id: str
                ) -> tuple[dict[str, Any] | None, dict[str, Any] | None, bool]:
    """(the next replayed action as an Action dump, the replay after it, whether it stopped on a mismatch);
    (None, None, ...) when the replay has ended (run through, or stopped on a mismatch with the live screen: then the
    shortcut is demoted with the reason); (None, the replay after it, False) when the agent decides this one step
    itself (a target among several alike elements), then replays on. ``observed`` is this step's observation as
    perceive made it (:func:`kept`): the screen is not read again (one observation per step); a read step leaves the
    screen as it is, so the step after it is matched on the same observation."""
    from ..memory.records import ShortcutRun
    from ..memory.shortcuts import expand_step

    shortcut = use.shortcuts.get(replay["id"])
    values, index = dict(replay["values"]), int(replay["index"])

    def end(status: str, reason: str = "") -> tuple[None, None, bool]:
        run = ShortcutRun(shortcut_id=shortcut.id, shortcut_name=shortcut.name, params=dict(replay["values"]),
                          status=status, steps_total=len(shortcut.steps), steps_done=index,
                          stopped_at=None if status == "succeeded" else index, reason=reason)
        use.shortcuts.record_run(run, run_id=run_id)
        if status != "succeeded" and use.shortcuts.get(shortcut.id).state == "verified":
            use.shortcuts.set_state(shortcut.id, "candidate")  # verified again before it is used again
        return None, None, status != "succeeded"

    if index >= len(shortcut.steps):
        return end("succeeded")
    if observed is None:  # a checkpoint written before observations were kept: this step's screen is not known
        return end("stopped", f"step {index} ({shortcut.steps[index].kind}): the screen was not observed")
    observation = Observation.model_validate({**observed, "xml": ""})
    while index < len(shortcut.steps):
        step = shortcut.steps[index]
        if step.kind == "read":
            value = reader(task)(observation) if task else None
            if not value:
                return end("stopped", f"step {index} (read): nothing to read on this screen")
            values[step.into or "value"] = value
            index += 1
            continue
        concrete = expand_step(step, values)
        why = _mismatch(concrete, observation)
        if why:
            return end("stopped", f"step {index} ({step.kind}): {why}")
        if _several(concrete, observation):  # which of the alike rows was chosen by the task's words: decided anew
            return None, {**replay, "values": values, "index": index + 1}, False
        action = concrete.resolve(observation)
        return action.model_dump(mode="json"), {**replay, "values": values, "index": index + 1}, False
    return end("succeeded")


def _several(step: Any, observation: Observation) -> bool:
    """Whether the step's target is one of several alike elements on this screen (rows found by their id alone):
    the shortcut does not say which one the task means (the newest note, the contact at a domain), the screen does."""
    if step.kind not in ("tap", "long_press") or step.target is None:
        return False
    return sum(1 for e in observation.elements if step.target.matches(e)) > 1


def _mismatch(step: Any, observation: Observation) -> str | None:
    """Why the step cannot be taken on this screen (its target is not shown), or None."""
    if step.target is not None and observation.find(step.target) is None:
        return f"{step.target.model_dump(exclude_none=True)} is not on the live screen"
    return None
