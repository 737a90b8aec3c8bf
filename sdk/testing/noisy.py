"""NoisyOracleModel: a fast, imperfect local stand-in for measuring the cascade on the task suite.

Real small models are slow on a laptop and near-useless on phone tasks, so a threshold sweep
over them says little. This double plays a *plausible* local model instead: for each operator
call it gives the reference solution's action with probability ``accuracy``, otherwise a wrong
action that is valid on the screen (tap another actionable element, or swipe), and it reports
a confidence that is informative but imperfect (see :class:`Calibration`). A router threshold
then trades success against cloud use, as it would with a real model.

Progress is read from the device's action log by an :class:`OracleCourse`, not from the step
count, so the run can recover from a wrong action (the course answers ``back``, or the
opposite swipe, until the screen is where the reference step can be taken). Share one course
between the local double and the cloud stand-in of the same run::

    course = OracleCourse(task, phone)
    local = NoisyOracleModel(task, phone, accuracy=0.7, seed=1, course=course)
    cloud = NoisyOracleModel(task, phone, accuracy=1.0, course=course, name="oracle-cloud")
    with RecordingServer(responder=chat_responder(cloud), model="gpt-4o-mini") as server:
        ...  # OpenAICompatibleModel(base_url=server.url, model="gpt-4o-mini") is the cloud tier

It is a test double (its name says so); it knows nothing but the task's reference solution.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import CascadroidError, ConfigurationError
from ..models.base import Message, Model, ModelRequest, ModelResponse
from .course_effects import ahead, completes, view
from .oracle import OracleModel, model_choice, step_choice

_ROLES = {"operator": "operator", "planner": "manager", "notetaker": "notetaker", "reflector": "reflector"}
_ROLE = re.compile(r"Your role: (\w+)")
_OPPOSITE = {"up": "down", "down": "up", "left": "right", "right": "left"}


@dataclass(frozen=True)
class Calibration:
    """How the double's confidence relates to being right: N(right, noise) when right, N(wrong, noise)
    when wrong, clipped to [0, 1]. Closer means and more noise make the signal less informative."""

    right: float = 0.8
    wrong: float = 0.45
    noise: float = 0.15

    def __post_init__(self) -> None:
        if not (0 <= self.wrong <= 1 and 0 <= self.right <= 1) or self.noise < 0:
            raise ConfigurationError(
                f"calibration {self!r} is out of range", hint="means in [0, 1], noise >= 0"
            )

    def draw(self, rng: random.Random, right: bool) -> float:
        mean = self.right if right else self.wrong
        return min(1.0, max(0.0, rng.gauss(mean, self.noise)))


def _key(kind: str, element: Any = None, text: Any = None, direction: Any = None, app: Any = None) -> tuple[Any, ...]:
    if kind == "swipe":
        direction = direction or "down"
    return kind, element, text or None, direction, app or None


def _choice_key(choice: dict[str, Any]) -> tuple[Any, ...]:
    return _key(choice["action"], choice.get("element"), choice.get("text"), choice.get("direction"), choice.get("app"))


def _action_key(action: Any) -> tuple[Any, ...]:
    return _key(action.kind, getattr(action, "element", None), getattr(action, "text", None),
                getattr(action, "direction", None), getattr(action, "app", None))


class OracleCourse:
    """Where one run stands on a task's reference solution, read from the device's action log.

    Every operator answer handed out is remembered as a reference step, a recovery or a wait;
    an applied action that was none of those is a detour. The reference is computed once, at
    construction (call it after the task's setup), and replayed on a twin of the phone to note
    where each step is taken (:class:`Place`: app, screen, that app's data).

    The course resumes from wherever the phone is, as a capable model reading the screen would:
    when the next reference step has no target here, or the phone shows another screen than
    the one that step is taken on (a deep-linked start, steps the device took on its own), it
    continues from the reference step taken on this screen, preferring one whose app data is
    the phone's now (the nearest step back before the nearest ahead when both fit, as a wrong
    turn is likelier than a skipped step). On the same screen with other data it moves ahead
    only to a step whose data is exactly the phone's (the device already did the steps between).
    Steps the device already did its own way on the screen in front (the address typed without the tap
    before it, the members picked before the name) are not taken again: the course goes on with the first
    step whose visible effect is not on screen (:mod:`~cascadroid.testing.course_effects`); the finishing
    step is reached on its screen with other data when the task's check passes with its answer.

    Where no reference step fits the screen: with another app in front of the one the next step
    is taken in, it opens that app again (its screen as it was left); with the right app open on
    a screen the reference never shows, it backs out rather than re-opening the app (a launch
    brings back the same screen); after a detour it answers the undo (``back``, or the opposite
    swipe) until the reference step resolves on screen again, at most ``max_recoveries`` times
    per detour. Lost after that (``patience`` waits in a row
    for a target that never shows), it starts the solution over, at most ``max_restarts``
    times. The device needs an ``action_log`` (the simulated phone has one).
    """

    def __init__(
        self, task: Any, device: Any, *, max_recoveries: int = 2, patience: int = 3, max_restarts: int = 2
    ) -> None:
        if not hasattr(device, "action_log"):
            raise ConfigurationError(
                f"{type(device).__name__} keeps no action_log", hint="OracleCourse follows the simulated phone (SimDevice)"
            )
        self.task = task
        self.device = device
        self.max_recoveries = max_recoveries
        self.patience = patience
        self.max_restarts = max_restarts
        self.restarts = 0
        self.resumes = 0  # times the course moved to the reference step fitting the phone's screen
        self._backs_out = self._switches = 0
        self._waits = 0
        self.position = 0
        self.detours = 0
        self._steps: list[Any] = list(task.reference(device))
        self._places = places(device, self._steps)
        self._seen = 0
        self._issued: dict[tuple[Any, ...], str] = {}
        self._anchor: str | None = None  # the screen the detour left
        self._undo: dict[str, Any] | None = None
        self._recoveries = 0
        self._last_digest = ""

    @property
    def steps(self) -> list[Any]:
        return self._steps

    @property
    def places(self) -> list[Place | None]:
        """Where the reference takes each step (None where the replay could not tell)."""
        return self._places

    def right_choice(self) -> tuple[dict[str, Any], Any]:
        """The right operator answer now, and the perceived screen it was chosen on."""
        from ..agents.perceptor import perceive

        self._sync()
        observation = self.device.observe()
        screen = perceive(observation)
        self._last_digest = screen.digest
        if self._anchor is not None and screen.digest == self._anchor:
            self._end_detour()
        choice, kind = self._resumed(observation, *self._reference_choice(observation))
        switch = self._switch_back() if kind == "wait" else None
        if switch is not None:
            choice, kind = switch, "recovery"
        elif kind == "wait" and self._anchor is not None and self._undo is not None and \
                self._recoveries < self.max_recoveries:
            choice, kind = dict(self._undo), "recovery"
        elif kind == "wait" and self._waits >= self.patience and self.restarts < self.max_restarts:
            self.restarts += 1  # lost (a wrong turn could not be undone): start the solution over
            self.position, self._waits = 0, 0
            self._end_detour()
            choice, kind = self._resumed(observation, *self._reference_choice(observation))
        if kind == "step" and self._reopens(choice) and self._backs_out < self.max_recoveries + 1:
            self._backs_out += 1  # the app is open on a screen the reference never shows: back out of it
            choice, kind = model_choice("back", "oracle: back towards the app's first screen"), "recovery"
        elif kind == "step":
            self._backs_out = self._switches = 0
        self._waits = self._waits + 1 if kind == "wait" else 0
        if kind == "step":
            self._end_detour()
        self._issued[_choice_key(choice)] = kind
        return choice, screen

    def _reference_choice(self, observation: Any) -> tuple[dict[str, Any], str]:
        steps = self.steps
        if self.position >= len(steps):
            return model_choice("done", f"oracle: the reference has only {len(steps)} steps"), "step"
        choice = step_choice(steps[self.position], observation, device=self.device,
                             reason=f"oracle: reference step {self.position}")
        return choice, "wait" if choice["action"] == "wait" else "step"

    def _resumed(self, observation: Any, choice: dict[str, Any], kind: str) -> tuple[dict[str, Any], str]:
        """The answer from the reference step that fits this screen, when it is not the next one."""
        resumed = self._resume(observation, kind == "wait")
        if self.position < len(self._steps):  # steps the device already did its own way on this screen
            start = self.position if resumed is None else resumed
            resumed = ahead(self._places, self._steps, start, place_of(self.device, observation)) or resumed
        if resumed is None:
            return choice, kind
        self.position, self._waits, self.resumes = resumed, 0, self.resumes + 1
        self._end_detour()
        return self._reference_choice(observation)

    def _switch_back(self) -> dict[str, Any] | None:
        """Another app is in front of the one the next step is taken in: bring that app back (its
        screen as it was left) rather than pressing back."""
        expected = self._places[self.position] if self.position < len(self._places) else None
        app = getattr(self.device, "apps", {}).get(expected.screen[0]) if expected is not None else None
        if app is None or not getattr(app, "launchable", False) or \
                expected.screen[0] == getattr(self.device, "foreground", None) or \
                self._switches >= self.max_recoveries:
            return None
        self._switches += 1
        return model_choice("open_app", f"oracle: back to {app.label}", app=app.label)

    def _reopens(self, choice: dict[str, Any]) -> bool:
        """Whether ``choice`` opens the app already in front (a launch brings back its current screen)."""
        front = getattr(getattr(self.device, "apps", {}).get(getattr(self.device, "foreground", "")), "label", None)
        return choice["action"] == "open_app" and front is not None and choice["app"] == front

    def _resume(self, observation: Any, lost: bool) -> int | None:
        """The reference step to continue from on this screen, when it is not the next one."""
        if self.position >= len(self._steps) or self._places[self.position] is None:
            return None
        here, expected = place_of(self.device, observation), self._places[self.position]
        same_screen = here.screen == expected.screen
        if not lost and same_screen and here.data == expected.data:
            return None  # the next step fits: the phone is where the reference takes it
        ranked = []
        for index, place in enumerate(self._places):
            if index == self.position or place is None or place.screen != here.screen:
                continue
            behind, equal = index < self.position, place.data == here.data
            if not equal and self._steps[index].kind == "done" and not behind:
                equal = completes(self.task, self.device, self._steps[index])  # done another way
            if (behind and not lost) or (not equal and (same_screen or self._steps[index].kind == "done")):
                continue  # only a wrong turn goes back; other data on this screen, or done, needs the same data
            if step_choice(self._steps[index], observation, device=self.device)["action"] == "wait":
                continue  # its target is not on this screen
            ranked.append((not equal, not behind, abs(index - self.position), index))
        return min(ranked)[-1] if ranked else None

    def _sync(self) -> None:
        from ..agents.interruptions import KEY_SUFFIX  # not at import: agents pull in memory (and numpy)

        log = self.device.action_log
        for entry in log[self._seen:]:
            if not entry.applied or entry.action.kind == "wait" or (entry.key or "").endswith(KEY_SUFFIX):
                continue  # waits and the agent's own handling of interruptions are no steps of the course
            kind = self._issued.get(_action_key(entry.action))
            if kind == "step":
                self.position += 1
            elif kind == "recovery":
                self._recoveries += 1
            else:
                self.detours += 1
                if self._anchor is None:
                    self._anchor = self._last_digest
                self._undo = _undo(entry.action)
            self._issued.clear()
        self._seen = len(log)

    def _end_detour(self) -> None:
        self._anchor, self._undo, self._recoveries = None, None, 0


@dataclass(frozen=True)
class Place:
    """Where a step is taken: the foreground app, its screen (activity and heading: "New event",
    "Edit contact", a chat's name), and that app's data."""

    screen: tuple[str, str, str]
    data: Any = None
    view: frozenset = field(default=frozenset(), compare=False)  # what the app's window shows (course_effects)


def place_of(device: Any, observation: Any) -> Place:
    """The place the simulated ``device`` shows in ``observation``."""
    from ..agents.perceptor import perceive  # not at import: agents pull in memory (and numpy)
    from ..agents.screen_keys import title

    app = getattr(device, "foreground", "")
    state = getattr(getattr(device, "apps", {}).get(app), "state", None)
    return Place((app, observation.activity, title(perceive(observation))),
                 state.model_dump(mode="json") if state is not None else None, view(observation))


def places(device: Any, steps: list[Any]) -> list[Place | None]:
    """Where each of ``steps`` is taken, replayed on a twin of the simulated ``device`` as it is now
    (None for the steps after one that did not apply, and for a device that is no simulated phone)."""
    from ..device.sim import SimDevice
    from ..device.sim.tasks.plan import twin

    found: list[Place | None] = [None] * len(steps)
    if not isinstance(device, SimDevice):
        return found
    phone = twin(device)
    for index, step in enumerate(steps):
        observation = phone.observe()
        found[index] = place_of(phone, observation)
        if step.kind in ("done", "wait"):
            continue
        try:
            phone.act(step.resolve(observation))
        except CascadroidError:
            break
    return found


def _undo(action: Any) -> dict[str, Any]:
    if action.kind == "swipe":
        return model_choice("swipe", "oracle: undo the wrong swipe", element=getattr(action, "element", None),
                       direction=_OPPOSITE[action.direction])
    return model_choice("back", "oracle: go back from a wrong turn")


class NoisyOracleModel(OracleModel):
    """An imperfect local stand-in (tier ``local``): right with probability ``accuracy`` per operator call.

    Manager, notetaker and reflector calls are answered like :class:`OracleModel`. ``seed``
    makes the run repeatable; ``course`` shares progress with the cloud stand-in of the same
    run (default: a course of its own). ``accuracy=1.0`` makes a perfect, detour-aware oracle.
    """

    tier = "local"

    def __init__(
        self,
        task: Any,
        device: Any,
        *,
        accuracy: float = 0.7,
        seed: int = 0,
        calibration: Calibration | None = None,
        course: OracleCourse | None = None,
        name: str = "noisy-oracle",
    ) -> None:
        if not 0 <= accuracy <= 1:
            raise ConfigurationError(f"accuracy={accuracy} is not a probability", hint="use a value in [0, 1]")
        super().__init__(task, device, name=name)
        self.accuracy = accuracy
        self.calibration = calibration or Calibration()
        self.course = course or OracleCourse(task, device)
        self.rng = random.Random(seed)
        self.wrong_answers = 0
        self._confidence: float | None = None

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        self._confidence = None
        response = await super().acomplete(request)
        confidence = self._confidence if self._confidence is not None else self.calibration.draw(self.rng, True)
        return response.model_copy(update={"tier": "local", "confidence": confidence})

    def _operate(self, request: ModelRequest) -> dict[str, Any]:
        choice, screen = self.course.right_choice()
        right = self.rng.random() < self.accuracy
        if not right:
            choice = self._wrong(choice, screen)
            self.wrong_answers += 1
        self._confidence = self.calibration.draw(self.rng, right)
        return choice

    def _wrong(self, right: dict[str, Any], screen: Any) -> dict[str, Any]:
        others = [i for i in screen.actionable if i != right.get("element")]
        if others and self.rng.random() < 0.8:
            return model_choice("tap", "looks like the way forward", element=self.rng.choice(others))
        direction = "up" if right.get("direction") == "down" else "down"
        return model_choice("swipe", "look for more on the screen", direction=direction)


def chat_responder(model: Model) -> Any:
    """A :class:`RecordingServer` responder answering chat requests with ``model``.

    The role comes from the prompt ("Your role: operator", planner -> manager, ...); the text
    sent is exactly what ``model`` answers, so tokens are counted by the server on real bytes.
    """

    def respond(payload: dict[str, Any]) -> str:
        messages = [Message(role=m.get("role", "user"), content=str(m.get("content", "")))
                    for m in payload.get("messages", [])]
        found = _ROLE.search("\n".join(m.content for m in messages))
        purpose = _ROLES.get(found.group(1), "generic") if found else "generic"
        return model.complete(ModelRequest(messages=messages, purpose=purpose)).text

    return respond


__all__ = ["Calibration", "NoisyOracleModel", "OracleCourse", "Place", "chat_responder", "place_of", "places"]
