"""AdbDevice on a real phone or emulator; skips unless one is attached (ANDROID_SERIAL or `adb devices`)."""

from __future__ import annotations

import pytest

from cascadroid.device import AdbDevice, Back, Home, OpenApp

pytestmark = pytest.mark.device


def test_home_then_settings_on_a_real_device(android_serial):
    device = AdbDevice(serial=android_serial)

    device.act(Home())
    home = device.observe(screenshot=True)
    device.act(OpenApp(app="Settings"))
    settings = device.observe()
    device.act(Back())

    assert home.elements and home.width > 0 and home.screenshot.startswith(b"\x89PNG")
    assert settings.package == "com.android.settings"
    assert any(e.clickable for e in settings.elements)
