"""OracleModel: a test double that answers the agent's model calls from a task's reference solution.

It lets a test run the whole agent (graph, perceptor, operator schema, reflector, checkpoints)
end to end on a simulated task without a real model: the operator's answer for step ``i`` is
reference step ``i`` resolved on the screen the device shows now. It is clearly not a model
(tier ``scripted``) and knows nothing but the task's reference solution.

>>> task = registry().instance("notes_create", seed=1)
>>> phone = SimDevice(seed=1); task.setup_on(phone)
>>> agent = Agent(device=phone, local=OracleModel(task, phone), memory=False)
>>> task.check(phone, agent.run(task.goal).answer)   # True
"""

from __future__ import annotations

from typing import Any

from ..errors import InvalidActionError, ModelOutputError
from ..models.base import ModelRequest
from .scripted import ScriptedModel


class OracleModel(ScriptedModel):
    """Answers ``manager``, ``operator``, ``notetaker`` and ``reflector`` calls for one task.

    ``task`` is a :class:`~cascadroid.device.sim.tasks.TaskInstance` already set up on
    ``device``. The reference steps are computed once, here, from the state after setup
    (so a shortcut that runs before the first model call cannot shift them). The step to answer is
    ``step - waits - interruptions`` of the request's signals: the agent handles pop-ups,
    permission requests, system dialogs and spinners itself (:mod:`cascadroid.agents.interruptions`)
    without asking the model, and those steps are no reference steps. When a step's target is
    not on screen yet the oracle answers ``wait``.
    """

    def __init__(self, task: Any, device: Any, *, name: str = "oracle") -> None:
        super().__init__(responder=self.respond, name=name)
        self.task = task
        self.device = device
        self.steps: list[Any] = list(task.reference(device))

    def respond(self, request: ModelRequest) -> dict[str, Any]:
        """The oracle's reply to one request (a test may wrap it in a responder of its own)."""
        purpose = request.purpose
        if purpose == "operator":
            return self._operate(request)
        if purpose == "manager":
            return {"plan": [f"follow the reference solution of {self.task.name}"], "subgoal": self.task.goal,
                    "done": False}
        if purpose == "notetaker":
            return {"notes": []}
        if purpose == "reflector":
            return {"outcome": "success", "reason": "oracle: the reference step was taken"}
        raise ModelOutputError(
            f"OracleModel answers manager, operator, notetaker and reflector calls, not {purpose!r}",
            hint="use ScriptedModel or a real model for other calls",
        )

    def _operate(self, request: ModelRequest) -> dict[str, Any]:
        signals = request.signals
        index = int(signals.get("step", 0) - signals.get("waits", 0) - signals.get("interruptions", 0))
        steps = self.steps
        if index >= len(steps):
            return model_choice("done", f"oracle: the reference has only {len(steps)} steps")
        return step_choice(steps[index], self.device.observe(), device=self.device,
                           reason=f"oracle: reference step {index}")


def step_choice(step: Any, observation: Any, *, device: Any = None, reason: str = "scripted") -> dict[str, Any]:
    """The Operator answer that performs script ``step`` on this screen (``wait`` when its
    target is not on screen yet). ``device`` turns an app key into the launcher label."""
    try:
        action = step.resolve(observation)
    except InvalidActionError:
        return model_choice("wait", f"{reason}: {step.kind} has no target on this screen yet")
    element = getattr(action, "element", None)
    if element is not None:
        element = _actionable(observation, element)
    app = step.app
    if app is not None and device is not None and hasattr(device, "app"):
        app = device.app(app).label  # the name the agent's app list uses
    return model_choice(step.kind, reason, element=element, text=step.text, direction=step.direction, app=app,
                   answer=step.answer)


def _actionable(observation: Any, element: int) -> int:
    """The listed id the Operator may name for ``element``: itself, or the row folding it in."""
    from ..agents.perceptor import perceive

    target = perceive(observation).target(element)
    return element if target is None else target


def model_choice(action: str, reason: str, **fields: Any) -> dict[str, Any]:
    """The answer a model gives the operator: ``action`` with its fields, and why."""
    return {"reason": reason[:160], "action": action, "element": fields.get("element"), "text": fields.get("text"),
            "direction": fields.get("direction"), "app": fields.get("app"), "answer": fields.get("answer")}


def run_reference(task: Any, device: Any, *, permissions: str = "task", limit: int = 40) -> list[Any]:
    """Replay ``task``'s reference solution on ``device``, handling interruptions on the way the
    agent does (the same :mod:`cascadroid.agents.interruptions` decisions); the results of every
    action, interruption steps included. The reference is computed before the first action."""
    from ..agents import interruptions
    from ..device.types import device_apps

    steps, results = list(task.reference(device)), []
    state: dict[str, Any] = {"task": task.goal, "history": [], "handled_interruptions": []}
    apps = device_apps(device)
    while steps and len(results) < limit:
        state["interrupts"] = interruptions.track(device.observe(), state, apps, permissions)
        current = state["interrupts"]["current"]
        if current is not None:
            results.append(device.act(interruptions.ACTION.validate_python(current["action"])))
            state["handled_interruptions"].append(current["signature"])
            continue
        step = steps.pop(0)
        results.append(device.act(step.resolve(device.observe())))
        state["history"].append({"kind": step.kind, "outcome": "success"})
    return results


__all__ = ["OracleModel", "model_choice", "run_reference", "step_choice"]
