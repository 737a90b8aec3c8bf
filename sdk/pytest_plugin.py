"""pytest plugin (entry point ``pytest11``): drive Android from your own test suite.

::

    def test_wifi(cascadroid_agent):
        assert cascadroid_agent.run("Turn off Wi-Fi").success

Options: ``--cascadroid-device=sim|appium|adb``, ``--cascadroid-appium-url``, ``--cascadroid-serial``
(comma-separated serials or Appium URLs: a device pool; each test leases a free one, the xdist
worker's own first, so no two tests share a phone),
``--cascadroid-seed``, ``--cascadroid-config``, ``--cascadroid-memory`` (one database shared by
all workers). A failing test gets the agent's last run (steps, outcomes, screenshots) in its report.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cascadroid", "cascadroid Android agents")
    group.addoption("--cascadroid-device", default="sim", choices=["sim", "appium", "adb"],
                    help="device backend for the cascadroid_device fixture (default: sim)")
    group.addoption("--cascadroid-appium-url", default="http://127.0.0.1:4723",
                    help="Appium server URL(s), comma-separated; several form a device pool (a test leases a free one)")
    group.addoption("--cascadroid-serial", default=None,
                    help="adb serial(s), comma-separated; several form a device pool (a test leases a free one)")
    group.addoption("--cascadroid-seed", type=int, default=0, help="seed of the simulated phone")
    group.addoption("--cascadroid-config", default=None, help="cascadroid TOML settings file")
    group.addoption("--cascadroid-memory", default=None,
                    help="memory database shared across tests and workers (default: one per test)")


def _worker_index() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(worker[2:]) if worker[2:].isdigit() else 0


def _pick(values: str | None) -> str | None:
    """This worker's entry from a comma-separated list (worker gw1 takes the second)."""
    if not values:
        return None
    items = [v.strip() for v in values.split(",") if v.strip()]
    return items[_worker_index() % len(items)]


def make_device(config: pytest.Config) -> Any:
    """The device the options ask for: a fresh simulated phone, or this worker's real one."""
    kind = config.getoption("--cascadroid-device")
    if kind == "sim":
        from .device.sim import SimDevice

        return SimDevice(seed=config.getoption("--cascadroid-seed"))
    if kind == "appium":
        from .device.appium import AppiumDevice

        return AppiumDevice(_pick(config.getoption("--cascadroid-appium-url")))
    from .device.adb import AdbDevice

    return AdbDevice(serial=_pick(config.getoption("--cascadroid-serial")))


@pytest.fixture
def cascadroid_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """Settings for one test: data (checkpoints, traces) under the test's tmp_path."""
    from .settings import Settings

    return Settings.load(request.config.getoption("--cascadroid-config"), data_dir=tmp_path / "cascadroid")


@pytest.fixture
def cascadroid_device(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A device per test (a fresh simulated phone by default; a leased one from a list of several)."""
    pool = _device_pool(request.config)
    if pool is not None:  # several serials/URLs: each test leases a free one, this worker's own first
        from .settings import Settings

        timeout_s = Settings.load(request.config.getoption("--cascadroid-config")).scale.lease_timeout_s
        with pool.lease(timeout_s=timeout_s, prefer=_worker_index()) as lease:
            yield lease.device
        return
    device = make_device(request.config)
    yield device
    close = getattr(device, "close", None)
    if callable(close):
        close()


def _device_pool(config: pytest.Config) -> Any:
    """A DevicePool when the options list more than one real device (a single URL may be a Selenium Grid)."""
    kind = config.getoption("--cascadroid-device")
    values = config.getoption("--cascadroid-serial" if kind == "adb" else "--cascadroid-appium-url")
    items = [v.strip() for v in (values or "").split(",") if v.strip()]
    if kind == "sim" or len(items) < 2:
        return None
    from .scale import DevicePool

    return DevicePool.parse(kind, items)


@pytest.fixture
def cascadroid_agent(request: pytest.FixtureRequest, cascadroid_device: Any, cascadroid_settings: Any) -> Iterator[Any]:
    """An Agent on ``cascadroid_device``; its last run is attached to the report of a failing test."""
    from .agent import Agent

    memory = request.config.getoption("--cascadroid-memory")
    agent = Agent(cascadroid_device, settings=cascadroid_settings, memory=memory)
    request.node.stash[_AGENT_KEY] = agent
    yield agent
    agent.close()


_AGENT_KEY = pytest.StashKey[Any]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    agent = item.stash.get(_AGENT_KEY, None)
    if report.when == "call" and report.failed and agent is not None and agent.last_result is not None:
        report.sections.append(("cascadroid run", format_run(agent.last_result)))
    return report


def format_run(result: Any) -> str:
    """The trace of one run as plain text for a test report."""
    lines = [f"run {result.run_id}: {result.status} ({result.stop_reason})", f"task: {result.task}"]
    if result.answer:
        lines.append(f"answer: {result.answer}")
    for step in result.steps:
        lines.append(
            f"  {step.index}. [{step.package}] {step.description} -> {step.outcome}"
            f" ({step.outcome_reason}) tiers={','.join(step.tiers) or '-'}"
            + (f" screenshot={step.screenshot}" if getattr(step, "screenshot", None) else "")
        )
    return "\n".join(lines)
