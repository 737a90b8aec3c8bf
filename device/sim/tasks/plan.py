"""Plan: builds a reference solution by performing each step on a twin of the phone.

A solution is computed from the state after setup: :class:`Plan` copies every app's state
into a fresh twin phone, resolves and performs each step there as it is added (so a step
that would not resolve fails here, not in a test), and scrolls a list only as far as the
target needs. The result is a plain list of :class:`~cascadroid.device.script.Step`.

References are written against the classic names (readable resource ids, "Wi-Fi"); each
step's locator is rewritten for the phone's skin as it is added (the build's minified ids, as
an R8 mapping file gives them; the vendor's typography), so the list returned locates elements
the way that phone's screens name them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ....errors import InvalidActionError
from ...script import Step, back, done, open_app, swipe, tap, type_into
from ...types import Locator
from ..runtime import SimDevice

TITLE = "android:id/title"


def twin(device: SimDevice) -> SimDevice:
    """A fresh phone with the same seed, size, clock and app states (no screens, no surprises)."""
    copy = SimDevice(seed=device.seed, width=device.width, height=device.height, start_time=device.now,
                     apps=[type(app) for app in device.apps.values()], skin=device.skin.name)
    for name, app in device.apps.items():
        copy.apps[name].state = app.state.model_copy(deep=True)
    return copy


class Plan:
    """Steps added here are performed on a twin at once; ``done()`` returns the list."""

    def __init__(self, device: SimDevice) -> None:
        self.phone = twin(device)
        self.steps: list[Step] = []

    def add(self, step: Step) -> Plan:
        if step.target is not None:
            step = step.model_copy(update={"target": self.phone.skin.locator(step.target)})
        return self._perform(step)

    def _perform(self, step: Step) -> Plan:
        """Act out a step whose locator already reads as this phone's screens do."""
        self.phone.act(step.resolve(self.phone.observe()))
        self.steps.append(step)
        return self

    def sees(self, **locator: str) -> bool:
        return self.phone.observe().find(self.phone.skin.locator(Locator(**locator))) is not None

    # one method per step kind
    def open(self, app: str) -> Plan:
        return self.add(open_app(app))

    def tap(self, **locator: str) -> Plan:
        return self.add(tap(**locator))

    def type(self, text: str, **locator: str) -> Plan:
        return self.add(type_into(text, **locator))

    def swipe(self, direction: str, **locator: str) -> Plan:
        return self.add(swipe(direction, **locator))  # type: ignore[arg-type]

    def fill(self, package: str, fields: dict[str, str]) -> Plan:
        """Type each value into the field with resource id ``<package>:id/<key>`` (in order)."""
        for key, value in fields.items():
            self.type(value, resource_id=rid(package, key))
        return self

    def back(self) -> Plan:
        return self.add(back())

    def tap_row(self, text: str) -> Plan:
        """Tap the list row whose title is ``text``, scrolling the screen's list down to it first."""
        self.reveal(resource_id=TITLE, text=text)
        return self.tap(resource_id=TITLE, text=text)

    def reveal(self, *, limit: int = 30, **locator: str) -> Plan:
        """Swipe the screen's first scrollable list down until ``locator`` shows (no step when it does)."""
        for _ in range(limit):
            if self.sees(**locator):
                return self
            lists = [e for e in self.phone.observe().elements if e.scrollable and e.resource_id]
            if not lists:
                break
            before = self.phone.observe().xml
            self._perform(swipe("down", resource_id=lists[0].resource_id))
            if self.phone.observe().xml == before:
                break
        if self.sees(**locator):
            return self
        raise InvalidActionError(f"{locator} not found on the screen or by scrolling its list",
                                 hint="the task's setup or solution is wrong")

    def scroll_to(self, list_id: str, *, limit: int = 30, **locator: str) -> Plan:
        """Swipe ``list_id`` down until ``locator`` is on screen."""
        for _ in range(limit):
            if self.sees(**locator):
                return self
            self.swipe("down", resource_id=list_id)
        raise InvalidActionError(f"{locator} not found after {limit} swipes of {list_id}",
                                 hint="the task's setup or solution is wrong")

    def until(self, reached: Callable[[SimDevice], bool], step: Step, *, limit: int = 20) -> Plan:
        """Repeat ``step`` until the twin's state satisfies ``reached``."""
        for _ in range(limit):
            if reached(self.phone):
                return self
            self.add(step)
        raise InvalidActionError(f"state not reached after {limit} repeats of {step.kind}",
                                 hint="the task's setup or solution is wrong")

    def done(self, answer: Any = None) -> list[Step]:
        self.steps.append(done(None if answer is None else str(answer)))
        return list(self.steps)


def rid(package: str, name: str) -> str:
    return f"{package}:id/{name}"


__all__ = ["Plan", "TITLE", "rid", "twin"]
