"""Fixtures for the real-device backends: a real Appium server with the fake driver, a fake
``adb`` first on PATH, and the attached phone or emulator (when there is one)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cascadroid.testing import FakeAdb, FakeScreen, FakeTransition
from cascadroid.testing.appium_server import AppiumServer as _AppiumServer
from cascadroid.testing.appium_server import appium_entry as _appium_entry
from cascadroid.testing.appium_server import appium_server as _start_appium_server
from cascadroid.testing.appium_server import fake_driver_capabilities as _fake_driver_capabilities

_REPO = Path(__file__).resolve().parents[1]

# The fake driver's app: UIAutomator-like nodes (bounds, class, package) under <app>. Its tags
# are what the fake driver's XPath sees; MockInputField is the only tag that accepts text.
FAKE_APP_XML = """<app width="1080" height="2400">
  <android.widget.FrameLayout class="android.widget.FrameLayout" package="com.example.notes" bounds="[0,0][1080,2400]">
    <android.widget.TextView class="android.widget.TextView" package="com.example.notes" text="New note" bounds="[0,100][1080,200]"/>
    <MockInputField class="android.widget.EditText" package="com.example.notes" resource-id="com.example.notes:id/title" text="" focusable="true" focused="true" clickable="true" bounds="[40,300][1040,420]"/>
    <MockInputField class="android.widget.EditText" package="com.example.notes" resource-id="com.example.notes:id/body" text="" focusable="true" clickable="true" bounds="[40,460][1040,900]"/>
    <MockButton class="android.widget.Button" package="com.example.notes" text="Save" clickable="true" bounds="[40,1000][540,1120]"/>
  </android.widget.FrameLayout>
</app>
"""

LAUNCHER_XML = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<hierarchy rotation="0"><node index="0" text="" class="android.widget.FrameLayout" package="com.android.launcher3" bounds="[0,0][1080,2400]"><node index="0" text="Notes" class="android.widget.TextView" package="com.android.launcher3" clickable="true" bounds="[100,200][300,400]" /><node index="1" text="" content-desc="Settings" class="android.widget.TextView" package="com.android.launcher3" clickable="true" bounds="[400,200][600,400]" /></node></hierarchy>
"""

NOTES_XML = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<hierarchy rotation="0"><node index="0" text="" class="android.widget.FrameLayout" package="com.example.notes" bounds="[0,0][1080,2400]"><node index="0" text="Groceries" resource-id="com.example.notes:id/title" class="android.widget.EditText" package="com.example.notes" clickable="true" focusable="true" focused="true" bounds="[40,300][1040,420]" /><node index="1" text="" resource-id="com.example.notes:id/body" class="android.widget.EditText" package="com.example.notes" clickable="true" focusable="true" bounds="[40,460][1040,900]" /><node index="2" text="Save" class="android.widget.Button" package="com.example.notes" clickable="true" bounds="[40,1000][540,1120]" /></node></hierarchy>
"""


def _ensure_appium_installed() -> Path:
    home = Path(os.environ.get("CASCADROID_APPIUM_HOME", _REPO / ".appium"))
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the Appium tests need node and npm (apt-get install nodejs npm)")
    if not _appium_entry(home).is_file():
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed: cannot install Appium for the Appium tests")
        done = subprocess.run(
            ["bash", str(_REPO / "scripts" / "install_appium.sh"), str(home)],
            capture_output=True, text=True, timeout=600,
        )
        if done.returncode != 0 or not _appium_entry(home).is_file():
            pytest.fail(f"scripts/install_appium.sh failed:\n{done.stdout}\n{done.stderr}")
    return home


@pytest.fixture(scope="session")
def appium_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Appium 3 server with @appium/fake-driver on a free 127.0.0.1 port."""
    home = _ensure_appium_installed()
    with _start_appium_server(home, log_path=tmp_path_factory.mktemp("appium") / "server.log") as server:
        yield server


@pytest.fixture
def fake_app_capabilities(tmp_path: Path) -> dict:
    """Capabilities for a fresh fake-driver session on :data:`FAKE_APP_XML` (a per-test copy)."""
    app = tmp_path / "notes_app.xml"
    app.write_text(FAKE_APP_XML)
    return _fake_driver_capabilities(app)


@pytest.fixture
def appium_device(appium_server: _AppiumServer, fake_app_capabilities: dict):
    from cascadroid.device import AppiumDevice

    device = AppiumDevice(appium_server.url, fake_app_capabilities)
    yield device
    device.close()


@pytest.fixture
def fake_adb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeAdb:
    """A fake ``adb`` first on PATH, on the launcher; tapping "Notes" opens the notes editor."""
    fake = FakeAdb(
        tmp_path / "fake_adb",
        screens={
            "launcher": FakeScreen(LAUNCHER_XML, "com.android.launcher3", ".Launcher"),
            "notes": FakeScreen(NOTES_XML, "com.example.notes", ".EditActivity"),
        },
        transitions=[FakeTransition("launcher", "Notes", "notes")],
    )
    monkeypatch.setenv("PATH", f"{fake.bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("ANDROID_SERIAL", raising=False)
    return fake


def attached_serial() -> str | None:
    """The real phone or emulator to test on: ``$ANDROID_SERIAL``, or the one ``adb devices`` lists."""
    if os.environ.get("ANDROID_SERIAL"):
        return os.environ["ANDROID_SERIAL"]
    if shutil.which("adb") is None:
        return None
    from cascadroid.device.adb import list_devices

    try:
        ready = [serial for serial, state in list_devices() if state == "device"]
    except Exception:  # the adb server could not start: no device to test on
        return None
    return ready[0] if ready else None


@pytest.fixture(scope="session")
def android_serial() -> str:
    serial = attached_serial()
    if serial is None:
        pytest.skip("no Android phone or emulator attached (set ANDROID_SERIAL or attach one so `adb devices` lists it)")
    return serial
