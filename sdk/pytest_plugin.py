"""pytest plugin (entry point ``pytest11``): drive Android from your own test suite.

::

    def test_wifi(cascadroid_agent):
        assert cascadroid_agent.run("Turn off Wi-Fi").success

Options: ``--cascadroid-device=sim|appium|adb``, ``--cascadroid-appium-url``,
``--cascadroid-appium-caps`` (Appium capabilities: JSON, or the path of a JSON file; without
them, a UiAutomator2 session on the attached Android phone), ``--cascadroid-serial``
(comma-separated serials or Appium URLs: a device pool; each test leases a free one, the xdist
worker's own first, so no two tests share a phone),
``--cascadroid-seed``, ``--cascadroid-surprises`` (none|seeded|rate|update|permission|system|slow|all),
``--cascadroid-config``, ``--cascadroid-memory`` (one database shared by
all workers). The Appium URL and capabilities may also be set in the ini file
(``cascadroid_appium_url``, ``cascadroid_appium_caps``) or the settings
(``CASCADROID_APPIUM__SERVER_URL``, ``CASCADROID_APPIUM__CAPABILITIES``); the command line
wins, then the ini file. A failing test gets the agent's last run (steps, outcomes,
screenshots) in its report.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cascadroid", "cascadroid Android agents")
    group.addoption("--cascadroid-device", default="sim", choices=["sim", "appium", "adb"],
                    help="device backend for the cascadroid_device fixture (default: sim)")
    group.addoption("--cascadroid-appium-url", default=None,
                    help="Appium server URL(s), comma-separated; several form a device pool (a test leases a free one); "
                         "default: ini cascadroid_appium_url, else the settings' appium.server_url")
    group.addoption("--cascadroid-appium-caps", default=None,
                    help="Appium capabilities as JSON or the path of a JSON file; default: ini cascadroid_appium_caps, "
                         "else the settings' appium.capabilities, else UiAutomator2 on the attached Android phone")
    group.addoption("--cascadroid-serial", default=None,
                    help="adb serial(s), comma-separated; several form a device pool (a test leases a free one)")
    group.addoption("--cascadroid-seed", type=int, default=0, help="seed of the simulated phone")
    group.addoption("--cascadroid-surprises", default="none",
                    choices=["none", "seeded", "rate", "update", "permission", "system", "slow", "all"],
                    help="interruptions the simulated phone injects (pop-ups, permission requests, system dialogs, "
                         "slow loads); default none")
    group.addoption("--cascadroid-config", default=None, help="cascadroid TOML settings file")
    group.addoption("--cascadroid-memory", default=None,
                    help="memory database shared across tests and workers (default: one per test)")
    parser.addini("cascadroid_appium_url", "Appium server URL(s) for --cascadroid-device=appium", default="")
    parser.addini("cascadroid_appium_caps", "Appium capabilities (JSON, or the path of a JSON file)", default="")


def pytest_configure(config: pytest.Config) -> None:
    """Bad Appium capabilities are a usage error before any test runs."""
    if config.getoption("--cascadroid-device", default="sim") == "appium":
        from .errors import ConfigurationError

        try:
            appium_capabilities(config)
        except ConfigurationError as exc:
            raise pytest.UsageError(str(exc)) from exc


def appium_capabilities(config: pytest.Config) -> dict[str, Any] | None:
    """The Appium capabilities the options ask for: the command line, the ini file, the settings."""
    value = (config.getoption("--cascadroid-appium-caps") or config.getini("cascadroid_appium_caps") or "").strip()
    if not value:
        return _settings(config).appium.capabilities or None
    return load_capabilities(value, config.rootpath)


def load_capabilities(value: str, root: Path) -> dict[str, Any]:
    """Capabilities from JSON text or a JSON file (a relative path: the current folder, else ``root``)."""
    from .errors import ConfigurationError

    where = "--cascadroid-appium-caps / cascadroid_appium_caps"
    if not value.startswith(("{", "[")):
        path = Path(value).expanduser()
        if not path.is_absolute() and not path.is_file():
            path = root / path
        if not path.is_file():
            raise ConfigurationError(f"{where}: {value!r} is neither JSON nor a file",
                                     hint='give a JSON object, e.g. \'{"platformName": "Android"}\', or a JSON file path')
        value, where = path.read_text(encoding="utf-8"), str(path)
    try:
        caps = json.loads(value)
    except json.JSONDecodeError as exc:
        raise ConfigurationError(f"the Appium capabilities in {where} are not valid JSON ({exc})",
                                 hint="write one JSON object of capabilities") from exc
    if not isinstance(caps, dict) or not caps:
        raise ConfigurationError(f"the Appium capabilities in {where} are not a JSON object with entries",
                                 hint='e.g. {"platformName": "iOS", "appium:automationName": "XCUITest"}')
    return caps


def appium_urls(config: pytest.Config) -> list[str]:
    """The Appium server URL(s): the command line, the ini file, the settings."""
    value = config.getoption("--cascadroid-appium-url") or config.getini("cascadroid_appium_url") \
        or _settings(config).appium.server_url
    return [v.strip() for v in value.split(",") if v.strip()]


def _settings(config: pytest.Config) -> Any:
    from .settings import Settings

    return Settings.load(config.getoption("--cascadroid-config"))


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

        return SimDevice(seed=config.getoption("--cascadroid-seed"), surprises=config.getoption("--cascadroid-surprises"))
    if kind == "appium":
        from .device.appium import AppiumDevice

        url, caps = _pick(",".join(appium_urls(config))), appium_capabilities(config)
        if caps:
            return AppiumDevice(url, caps)
        return AppiumDevice.for_android(url, udid=_settings(config).appium.udid)
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
    if kind == "adb":
        items = [v.strip() for v in (config.getoption("--cascadroid-serial") or "").split(",") if v.strip()]
    else:
        items = appium_urls(config) if kind == "appium" else []
    if len(items) < 2:
        return None
    from .scale import DevicePool

    options = {"capabilities": appium_capabilities(config)} if kind == "appium" else {}
    return DevicePool.parse(kind, items, **options)


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
