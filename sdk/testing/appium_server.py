"""Start a local Appium server (for tests and benchmarks), e.g. with @appium/fake-driver.

Install one with ``scripts/install_appium.sh`` (``npm install appium @appium/fake-driver`` in a
folder); then::

    with appium_server(Path(".appium")) as server:
        device = AppiumDevice(server.url, fake_driver_capabilities(app_xml_path))

``fake_driver_app`` turns an iOS (XCUITest) page source into such an app file.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..errors import ConfigurationError, DeviceConnectionError
from .servers import free_port, stop_process

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class AppiumServer:
    """A running Appium server: its URL and its log file."""

    url: str
    log_path: Path
    process: subprocess.Popen

    def log_text(self) -> str:
        """The server's log so far, colors stripped."""
        return _ANSI.sub("", self.log_path.read_text(errors="replace"))


def appium_entry(appium_home: Path) -> Path:
    """The server's ``index.js`` inside an npm folder where ``appium`` is installed."""
    return Path(appium_home) / "node_modules" / "appium" / "index.js"


@contextmanager
def appium_server(
    appium_home: str | os.PathLike[str], *, log_path: Path | None = None, timeout_s: float = 60.0
) -> Iterator[AppiumServer]:
    """Run ``node .../appium/index.js server`` on a free 127.0.0.1 port until the block ends.

    ``appium_home`` is the npm folder holding appium and its drivers (it becomes ``APPIUM_HOME``).
    """
    home = Path(appium_home).resolve()
    entry = appium_entry(home)
    if not entry.is_file():
        raise ConfigurationError(
            f"no Appium installation in {str(home)!r}", hint="run scripts/install_appium.sh (needs node and npm)"
        )
    port = free_port()
    log_path = log_path or home / f"server-{port}.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            ["node", str(entry), "server", "--address", "127.0.0.1", "--port", str(port), "--log-no-colors"],
            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "APPIUM_HOME": str(home)},
        )
    server = AppiumServer(url=f"http://127.0.0.1:{port}", log_path=log_path, process=process)
    try:
        _wait_ready(server, timeout_s)
        yield server
    finally:
        stop_process(process)


def _wait_ready(server: AppiumServer, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise DeviceConnectionError(
                f"the Appium server exited early: {server.log_text()[-1000:]}", hint=f"see {server.log_path}"
            )
        try:
            if httpx.get(f"{server.url}/status", timeout=2).json()["value"]["ready"]:
                return
        except (httpx.HTTPError, ValueError, KeyError):
            pass
        time.sleep(0.2)
    raise DeviceConnectionError(
        f"the Appium server at {server.url} did not answer /status within {timeout_s:g}s", hint=f"see {server.log_path}"
    )


def fake_driver_capabilities(app_xml: str | os.PathLike[str]) -> dict:
    """Capabilities for an @appium/fake-driver session on an ``<app width height>`` XML file."""
    return {
        "platformName": "Fake",
        "appium:automationName": "Fake",
        "appium:deviceName": "Fake",
        "appium:app": str(Path(app_xml).resolve()),
    }


def fake_driver_app(page_source: str, path: str | os.PathLike[str]) -> Path:
    """Write an @appium/fake-driver app file at ``path`` that serves an XCUITest ``page_source``.

    The fake driver wants an ``<app width height>`` root (sized here from the application's
    frame) and takes text only into ``MockInputField`` tags, so iOS text inputs are re-tagged;
    their ``type`` attribute still names the XCUITest type, which is what the parser reads.
    """
    body = re.sub(r"^\s*<\?xml[^>]*\?>\s*", "", page_source)
    body = re.sub(r"</?AppiumAUT>", "", body)
    body = re.sub(r"<(/?)XCUIElementType(?:TextField|SecureTextField|SearchField|TextView)\b", r"<\1MockInputField", body)
    app = next(node for node in ET.fromstring(f"<root>{body}</root>").iter() if node.get("type") == "XCUIElementTypeApplication")
    out = Path(path)
    out.write_text(f'<app width="{app.get("width")}" height="{app.get("height")}">{body}</app>', encoding="utf-8")
    return out
