"""AppiumDevice on iOS page sources, through a real Appium server running @appium/fake-driver.

The fake driver serves any XML file as the page source, so it serves the XCUITest fixtures
(wrapped by ``fake_driver_app``); it logs gestures and takes keys into text inputs, and it
has no ``mobile:`` commands, so home, open_app and the app list reach it and are refused.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cascadroid.device import AppiumDevice, Back, Home, OpenApp, Tap, TypeText
from cascadroid.device._ios import parse_xcuitest
from cascadroid.device.types import AppInfo, device_apps, device_contacts
from cascadroid.errors import ConfigurationError, UnsupportedActionError
from cascadroid.testing.appium_server import fake_driver_app, fake_driver_capabilities

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).parent / "fixtures" / "ios"


@pytest.fixture
def ios_device(appium_server, tmp_path):
    """A factory: an AppiumDevice on the fake driver serving one of the iOS fixtures."""
    devices: list[AppiumDevice] = []

    def open_fixture(name: str, **kwargs) -> AppiumDevice:
        app = fake_driver_app((FIXTURES / f"{name}.xml").read_text(encoding="utf-8"), tmp_path / f"{name}.xml")
        devices.append(AppiumDevice(appium_server.url, fake_driver_capabilities(app), **kwargs))
        return devices[-1]

    yield open_fixture
    for device in devices:
        device.close()


def _last_moves(device: AppiumDevice) -> list[tuple[int, int]]:
    actions = device.driver.get_log("actions")[-1][0]["actions"]
    return [(a["x"], a["y"]) for a in actions if a["type"] == "pointerMove"]


def test_the_fake_driver_serves_an_xcuitest_source_and_it_parses_as_offline(ios_device):
    device = ios_device("settings_wifi")

    screen = device.observe()

    offline = parse_xcuitest((FIXTURES / "settings_wifi.xml").read_text(encoding="utf-8"))
    assert device.platform == "ios"  # the fake driver says platformName "Fake": the source decides
    assert (screen.width, screen.height, screen.package) == (390, 844, "Settings")
    assert [(e.cls, e.label, e.checked) for e in screen.elements] == [(e.cls, e.label, e.checked) for e in offline.elements]


def test_tap_on_ios_is_a_w3c_touch_at_the_element_center_in_points(ios_device):
    device = ios_device("settings_wifi")
    screen = device.observe()
    switch = next(e for e in screen.elements if e.cls == "XCUIElementTypeSwitch")

    device.act(Tap(element=switch.id))

    assert _last_moves(device) == [(195, 141)]


def test_back_taps_the_navigation_bar_back_button(ios_device):
    device = ios_device("settings_wifi")
    device.observe()

    assert device.act(Back()).ok

    assert _last_moves(device) == [(48, 69)]  # the "Settings" button at x 0..97, y 47..91


def test_back_without_a_navigation_bar_swipes_from_the_left_edge(ios_device):
    device = ios_device("location_alert")
    device.observe()

    device.act(Back())

    start, end = _last_moves(device)
    assert start == (1, 422) and end[0] > 200 and end[1] == 422


def test_typing_sends_keys_to_the_field_found_by_its_xpath(ios_device):
    from appium.webdriver.common.appiumby import AppiumBy

    device = ios_device("login_form")
    screen = device.observe()
    email = next(e for e in screen.elements if e.content_desc == "Email")
    password = next(e for e in screen.elements if e.password)

    device.act(TypeText(text="ana@example.org", element=email.id))
    device.act(TypeText(text="s3cret pass", element=password.id))

    values = [f.text for f in device.driver.find_elements(AppiumBy.XPATH, "//MockInputField")]
    assert values == ["ana@example.org", "s3cret pass"]


@pytest.mark.parametrize(("action", "command"), [(Home(), "mobile: pressButton"),
                                                 (OpenApp(app="com.apple.Preferences"), "mobile: launchApp")])
def test_home_and_open_app_use_the_xcuitest_commands(ios_device, action, command):
    device = ios_device("reminders_list")
    device.observe()

    with pytest.raises(UnsupportedActionError) as caught:
        device.act(action)

    assert command in caught.value.message and "XCUITest" in caught.value.hint


def test_apps_the_user_declares_name_the_package_and_open_by_label(ios_device, caplog):
    device = ios_device("settings_wifi", apps={"Settings": "com.apple.Preferences"})

    with caplog.at_level(logging.WARNING, logger="cascadroid.device.appium"):
        screen = device.observe()

    assert screen.package == "com.apple.Preferences"  # the display name "Settings" mapped to its bundle id
    assert device_apps(device) == [AppInfo(label="Settings", package="com.apple.Preferences")]
    assert "cannot list apps" in caplog.text and "mobile: listApps" in caplog.text
    with pytest.raises(UnsupportedActionError, match="mobile: launchApp"):
        device.act(OpenApp(app="settings"))


def test_an_unsupported_app_list_or_address_book_is_empty_with_a_logged_reason(ios_device, appium_device, caplog):
    with caplog.at_level(logging.INFO, logger="cascadroid.device.appium"):
        ios = ios_device("messages_conversation")
        assert device_apps(ios) == [] and device_contacts(ios) == []
        assert device_apps(appium_device) == [] and device_contacts(appium_device) == []  # Android-shaped app

    assert "iOS cannot read the address book" in caplog.text
    assert "mobile: shell" in caplog.text  # the Android launcher and contacts queries were tried
    assert appium_device.platform == "android"


def test_for_ios_asks_the_server_for_an_xcuitest_session(appium_server):
    with pytest.raises(ConfigurationError, match="automationName 'XCUITest' and platformName 'iOS'") as caught:
        AppiumDevice.for_ios(appium_server.url, udid="00008110-000A1B2C3D4E5F60", bundle_id="com.apple.Preferences")

    assert "driver is installed" in caught.value.hint  # this server has only the fake driver
