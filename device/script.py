"""Scripted steps: actions that name their target by a Locator, resolved on the current screen.

A reference solution or a shortcut is a list of :class:`Step`; each resolves to exactly one
:data:`~cascadroid.device.types.Action` against the observation at the time it runs, so a
script never depends on element ids or raw coordinates.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..errors import InvalidActionError
from .types import (
    Action,
    ActionResult,
    Back,
    Device,
    Done,
    Home,
    Locator,
    LongPress,
    Observation,
    OpenApp,
    Swipe,
    Tap,
    TypeText,
    Wait,
)

StepKind = Literal["tap", "long_press", "type", "swipe", "back", "home", "open_app", "wait", "done", "read"]


class Step(BaseModel):
    """One action with a locator instead of an element id."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: StepKind
    target: Locator | None = None
    text: str | None = None
    direction: Literal["up", "down", "left", "right"] | None = None
    app: str | None = None
    answer: str | None = None
    seconds: float = 1.0
    submit: bool = False
    into: str | None = None  # a "read" step: the name its value is kept under, for the ``{name}`` of later steps

    def resolve(self, observation: Observation) -> Action:
        """The concrete action for this screen; InvalidActionError when the target is absent."""
        element_id = None
        if self.target is not None:
            element = observation.find(self.target)
            if element is None:
                labels = sorted({e.label for e in observation.elements if e.label})[:40]
                raise InvalidActionError(
                    f"no element matches {self.target.model_dump(exclude_none=True)} on this screen",
                    hint=f"labels on screen: {labels}",
                )
            element_id = element.id
        match self.kind:
            case "tap":
                return Tap(element=element_id)
            case "long_press":
                return LongPress(element=element_id)
            case "type":
                return TypeText(text=self.text or "", element=element_id, submit=self.submit)
            case "swipe":
                return Swipe(direction=self.direction or "down", element=element_id)
            case "back":
                return Back()
            case "home":
                return Home()
            case "open_app":
                return OpenApp(app=self.app or "")
            case "wait":
                return Wait(seconds=self.seconds)
            case "done":
                return Done(answer=self.answer)
            case "read":
                raise InvalidActionError("a read step takes no action", hint="run_shortcut reads it with its reader")
        raise InvalidActionError(f"unknown step kind {self.kind!r}")  # pragma: no cover - Literal guards it


def tap(**locator: str) -> Step:
    return Step(kind="tap", target=Locator(**locator))


def type_into(text: str, submit: bool = False, **locator: str) -> Step:
    return Step(kind="type", text=text, target=Locator(**locator) if locator else None, submit=submit)


def swipe(direction: Literal["up", "down", "left", "right"], **locator: str) -> Step:
    return Step(kind="swipe", direction=direction, target=Locator(**locator) if locator else None)


def open_app(app: str) -> Step:
    return Step(kind="open_app", app=app)


def back() -> Step:
    return Step(kind="back")


def home() -> Step:
    return Step(kind="home")


def done(answer: str | None = None) -> Step:
    return Step(kind="done", answer=answer)


def run_script(device: Device, steps: list[Step]) -> list[ActionResult]:
    """Resolve and perform each step on the screen it meets; stops at the first error."""
    results = []
    for step in steps:
        action = step.resolve(device.observe())
        results.append(device.act(action))
    return results
