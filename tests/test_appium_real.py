"""AppiumDevice with UiAutomator2 on a real phone or emulator; skips unless one is attached and
$CASCADROID_APPIUM_URL names an Appium server with the uiautomator2 driver."""

from __future__ import annotations

import os

import pytest

from cascadroid.device import AppiumDevice, Home, OpenApp

pytestmark = pytest.mark.device


@pytest.fixture
def appium_url() -> str:
    url = os.environ.get("CASCADROID_APPIUM_URL")
    if not url:
        pytest.skip("set CASCADROID_APPIUM_URL to an Appium server with the uiautomator2 driver")
    return url


def test_settings_through_uiautomator2(android_serial, appium_url):
    with AppiumDevice.for_android(appium_url, udid=android_serial) as device:
        device.act(Home())
        device.act(OpenApp(app="Settings"))
        screen = device.observe(screenshot=True)

    assert screen.package == "com.android.settings"
    assert any(e.clickable for e in screen.elements)
    assert screen.screenshot.startswith(b"\x89PNG")
