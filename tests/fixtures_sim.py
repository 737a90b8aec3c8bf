"""Fixtures and helpers for the simulated phone's tests (names start with ``sim_``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cascadroid.device import Locator, LongPress, Observation, Swipe, Tap, TypeText
from cascadroid.device.sim import SimDevice, serve_sim


@pytest.fixture
def sim_phone() -> SimDevice:
    return SimDevice(seed=0)


@pytest.fixture(scope="module")
def sim_server_url() -> Iterator[str]:
    with serve_sim(seed=5) as url:
        yield url


def sim_find(phone: Any, **locator: str) -> int:
    """The id of the first element matching ``locator`` on the current screen (fails the test if none)."""
    obs: Observation = phone.observe()
    element = obs.find(Locator(**locator))
    if element is None:
        labels = [e.label for e in obs.elements if e.label]
        pytest.fail(f"no element matches {locator} on {obs.activity}; labels: {labels}")
    return element.id


def sim_tap(phone: Any, **locator: str) -> Any:
    return phone.act(Tap(element=sim_find(phone, **locator)))


def sim_long_press(phone: Any, **locator: str) -> Any:
    return phone.act(LongPress(element=sim_find(phone, **locator)))


def sim_type(phone: Any, value: str, /, *, submit: bool = False, **locator: str) -> Any:
    """Type ``value`` into the field matching ``locator`` (e.g. ``text="Name"``)."""
    return phone.act(TypeText(element=sim_find(phone, **locator), text=value, submit=submit))


def sim_swipe(phone: Any, direction: str, **locator: str) -> Any:
    element = sim_find(phone, **locator) if locator else None
    return phone.act(Swipe(direction=direction, element=element))  # type: ignore[arg-type]


def sim_texts(phone: Any) -> list[str]:
    return [e.text for e in phone.observe().elements if e.text]


def sim_snapshot(phone: SimDevice) -> tuple[str, dict[str, Any]]:
    """Screen XML and all app state: equal before and after means nothing changed."""
    return phone.observe().xml, phone.export_state()
