"""Task templates and instances: AndroidWorld-style tasks over the simulated phone.

A :class:`TaskTemplate` samples parameters from a seed, writes the initial state into the apps
(``setup``), reads the app state to decide success (``check``; never a model's opinion), and
gives a reference solution as locator-based :class:`~cascadroid.device.script.Step` lists.
A :class:`TaskInstance` is one template with its seed and parameters.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from ....errors import UnknownTaskError
from ...script import Step
from ...types import Device
from ..runtime import SimDevice
from .side_effects import CheckResult, StateChange, diff, phone_state, side_effects

Difficulty = Literal["easy", "medium", "hard"]
DIFFICULTIES: tuple[Difficulty, ...] = ("easy", "medium", "hard")


class TaskTemplate:
    """One parameterised task. Subclasses set the class attributes and implement the methods."""

    name: ClassVar[str]  # snake_case, unique
    apps: ClassVar[tuple[str, ...]]  # app names (SimDevice.app keys) the task touches
    difficulty: ClassVar[Difficulty]
    tags: ClassVar[tuple[str, ...]] = ()
    goal: ClassVar[str]  # format string over the parameters (and ``goal_fields``)
    goals: ClassVar[tuple[str, ...]] = ()  # other phrasings of ``goal`` over the same fields
    question: ClassVar[bool] = False  # True: success is the answer given with done()
    feasible: ClassVar[bool] = True  # False: it cannot be done; success is stopping with a reason, changing nothing
    # State paths the task may change (patterns, see side_effects.py): anything else changed fails
    # the check. None falls back to "anything in ``apps``" (loose: declare it).
    may_change: ClassVar[tuple[str, ...] | None] = None

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        raise NotImplementedError

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        """Values the goal text shows besides the parameters (e.g. a date written out)."""
        return {}

    @property
    def phrasings(self) -> tuple[str, ...]:
        """Every phrasing of the goal: ``goal`` first, then ``goals``."""
        return (self.goal, *self.goals)

    def goal_text(self, params: dict[str, Any], phrasing: int = 0) -> str:
        """The goal in phrasing ``phrasing`` (0 is ``goal``; it wraps around the phrasings)."""
        forms = self.phrasings
        return forms[phrasing % len(forms)].format(**params, **self.goal_fields(params))

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        """Write the initial state into the apps (a fresh SimDevice comes in)."""

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        raise NotImplementedError

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        raise NotImplementedError

    @property
    def allowed_changes(self) -> tuple[str, ...]:
        """``may_change``, or every path of the task's apps when the template declares none."""
        return self.may_change if self.may_change is not None else tuple(self.apps)

    @property
    def param_names(self) -> list[str]:
        return sorted(self.sample_params(random.Random(0)))

    @property
    def multi_app(self) -> bool:
        return len(set(self.apps)) > 1

    def __repr__(self) -> str:
        return f"<TaskTemplate {self.name} ({self.difficulty}, {'+'.join(self.apps)})>"


class QuestionTask(TaskTemplate):
    """A task whose result is an answer: ``expected`` lists accepted forms, read from the state."""

    question = True
    may_change = ()  # a question only reads

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        raise NotImplementedError

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return answer_matches(answer, self.expected(device, params))


@dataclass
class TaskInstance:
    """A template with its seed and parameters; ``goal`` is the text given to an agent."""

    template: TaskTemplate
    seed: int
    params: dict[str, Any] = field(default_factory=dict)
    phrasing: int = 0  # which of the template's phrasings ``goal`` uses
    baseline: dict[str, Any] | None = field(default=None, repr=False)  # the phone's state after setup

    @classmethod
    def create(cls, template: TaskTemplate, seed: int, *, phrasing: int = 0, **overrides: Any) -> TaskInstance:
        params = template.sample_params(random.Random(f"{template.name}:{seed}"))
        unknown = sorted(set(overrides) - set(params))
        if unknown:
            raise UnknownTaskError(
                f"task {template.name!r} has no parameter {', '.join(map(repr, unknown))}",
                hint=f"valid parameters: {', '.join(sorted(params))}",
            )
        params.update(overrides)
        return cls(template=template, seed=seed, params=params, phrasing=phrasing)

    @property
    def name(self) -> str:
        return self.template.name

    @property
    def goal(self) -> str:
        return self.template.goal_text(self.params, self.phrasing)

    def goal_variant(self, phrasing: int) -> str:
        """The goal in another phrasing of the same task (same parameters)."""
        return self.template.goal_text(self.params, phrasing)

    def setup_on(self, device: Device) -> None:
        """Write the task's starting state, then take the baseline that side effects are diffed against."""
        self.template.setup(device, self.params)
        self.take_baseline(device)

    def take_baseline(self, device: Device) -> None:
        """Remember the whole phone state now (setup_on does it; call it after changing the state yourself)."""
        self.baseline = phone_state(device) if isinstance(device, SimDevice) else None

    def check(self, device: Device, answer: str | None = None) -> bool:
        """Is the phone in the goal state, with nothing outside ``may_change`` changed since setup?"""
        return self.check_detail(device, answer).passed

    def check_detail(self, device: Device, answer: str | None = None) -> CheckResult:
        """The check with its reasons: the goal reached or not, and each side effect (path, before, after).
        A record the task needs that is gone (an agent deleted the event it was to read) is simply
        not the goal state."""
        try:
            goal_met = bool(self.template.check(device, self.params, answer))
        except LookupError as exc:
            goal_met = False
            reasons = (f"a record the task reads is gone ({exc})",)
        else:
            reasons = () if goal_met else ("the phone is not in the goal state",)
        changes = self.state_diff(device)
        return CheckResult(goal_met, tuple(side_effects(changes, self.template.allowed_changes)), reasons)

    def state_diff(self, device: Device) -> list[StateChange]:
        """Every change since the baseline (none without one, e.g. on a device that is not simulated)."""
        if self.baseline is None or not isinstance(device, SimDevice):
            return []
        return diff(self.baseline, phone_state(device))

    def reference(self, device: Device) -> list[Step]:
        """The reference solution for this device's current state (call it after setup)."""
        return self.template.solution(device, self.params)

    def __repr__(self) -> str:
        return f"<TaskInstance {self.name} seed={self.seed} {self.params}>"


# ---- answers --------------------------------------------------------------------------------
def normalize(text: str) -> str:
    """Lower case, punctuation to spaces, single spaces: '$12.99' -> '12 99', 'Sushi-Bar!' -> 'sushi bar'."""
    text = text.lower().replace("’", "'").replace("'", "")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def answer_matches(answer: str | None, expected: list[str]) -> bool:
    """True when one accepted form appears in the answer as whole words (after normalising)."""
    if answer is None:
        return False
    have = f" {normalize(answer)} "
    return any(f" {want} " in have for want in (normalize(e) for e in expected) if want)


def time_forms(hhmm: str) -> list[str]:
    """'19:30' -> ['19:30', '7:30 pm', '7:30pm']; '09:00' also '9:00', '9 am'."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    twelve = hour % 12 or 12
    suffix = "am" if hour < 12 else "pm"
    forms = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}", f"{twelve}:{minute:02d} {suffix}",
             f"{twelve}:{minute:02d}{suffix}"]
    if minute == 0:
        forms += [f"{twelve} {suffix}", f"{twelve}{suffix}"]
    return forms


def price_forms(value: float) -> list[str]:
    return [f"{value:.2f}"] + ([f"{value:.0f}"] if value == int(value) else [])


__all__ = ["DIFFICULTIES", "CheckResult", "Difficulty", "QuestionTask", "TaskInstance", "TaskTemplate", "answer_matches",
           "normalize", "price_forms", "time_forms"]
