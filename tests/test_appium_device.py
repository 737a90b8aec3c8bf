"""AppiumDevice end to end against a real Appium server running @appium/fake-driver."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from cascadroid.device import AppiumDevice, Back, Home, OpenApp, Swipe, Tap, TypeText
from cascadroid.errors import (
    ConfigurationError,
    DeviceConnectionError,
    InvalidActionError,
    UnsupportedActionError,
)
from cascadroid.testing import free_port

pytestmark = pytest.mark.slow


def _field_text(device: AppiumDevice, resource_id: str) -> str:
    """What the fake driver holds as the field's value, read with the raw client."""
    from appium.webdriver.common.appiumby import AppiumBy

    return device.driver.find_element(AppiumBy.XPATH, f'//*[@resource-id="{resource_id}"]').text


def _last_gesture(device: AppiumDevice) -> list[dict]:
    return device.driver.get_log("actions")[-1][0]["actions"]


def test_observe_parses_the_fake_app_through_the_shared_parser(appium_device):
    screen = appium_device.observe(screenshot=True)

    assert (screen.width, screen.height) == (1080, 2400)
    assert screen.package == "com.example.notes"
    assert [(e.cls.rsplit(".", 1)[-1], e.label) for e in screen.elements] == [
        ("FrameLayout", ""), ("TextView", "New note"), ("EditText", "title"), ("EditText", "body"), ("Button", "Save"),
    ]
    assert screen.elements[4].clickable and screen.elements[2].focused
    assert screen.screenshot is not None and screen.screenshot.startswith(b"\x89PNG")


def test_tap_sends_a_w3c_touch_at_the_element_center(appium_device, appium_server):
    appium_device.observe()

    result = appium_device.act(Tap(element=4))

    assert result.ok and result.applied
    moves = [a for a in _last_gesture(appium_device) if a["type"] == "pointerMove"]
    assert [(m["x"], m["y"]) for m in moves] == [(290, 1060)]
    assert [a["type"] for a in _last_gesture(appium_device)] == ["pointerMove", "pointerDown", "pause", "pointerUp"]
    assert re.search(rf"POST /session/{appium_device.session_id}/actions", appium_server.log_text())


def test_type_sends_keys_to_the_element_and_the_server_logs_it(appium_device, appium_server):
    appium_device.observe()

    appium_device.act(TypeText(text="milk and eggs", element=3))

    assert _field_text(appium_device, "com.example.notes:id/body") == "milk and eggs"
    assert _field_text(appium_device, "com.example.notes:id/title") == ""
    assert re.search(rf"POST /session/{appium_device.session_id}/element/\d+/value", appium_server.log_text())


def test_type_without_element_goes_to_the_focused_field(appium_device):
    appium_device.observe()

    appium_device.act(TypeText(text="Groceries"))

    assert _field_text(appium_device, "com.example.notes:id/title") == "Groceries"


def test_swipe_down_drags_the_finger_up_the_screen(appium_device):
    appium_device.observe()

    appium_device.act(Swipe(direction="down"))

    moves = [(a["x"], a["y"]) for a in _last_gesture(appium_device) if a["type"] == "pointerMove"]
    assert moves[0][1] > moves[1][1] and moves[0][0] == moves[1][0] == 540


@pytest.mark.parametrize(
    ("action", "name"),
    [(Back(), "back"), (Home(), "home"), (OpenApp(app="com.android.settings"), "open_app"), (OpenApp(app="Notes"), "open_app")],
)
def test_actions_the_fake_driver_lacks_are_unsupported_not_stack_traces(appium_server, fake_app_capabilities, action, name):
    with AppiumDevice(appium_server.url, fake_app_capabilities, apps={"Notes": "com.example.notes"}) as device:
        with pytest.raises(UnsupportedActionError) as caught:
            device.act(action)

    assert caught.value.message.startswith(name) and "'Fake'" in caught.value.message
    assert caught.value.hint


def test_an_element_not_on_screen_is_refused_before_any_command(appium_device, appium_server):
    appium_device.observe()
    before = len(appium_device.driver.get_log("actions"))

    with pytest.raises(InvalidActionError, match="element 42 is not on screen"):
        appium_device.act(Tap(element=42))

    assert len(appium_device.driver.get_log("actions")) == before


def test_an_idempotency_key_is_applied_once(appium_device):
    appium_device.observe()
    before = len(appium_device.driver.get_log("actions"))

    first = appium_device.act(Tap(element=4, idempotency_key="run-1:3"))
    again = appium_device.act(Tap(element=4, idempotency_key="run-1:3"))

    assert first.applied and not again.applied
    assert len(appium_device.driver.get_log("actions")) == before + 1


def test_a_lost_session_is_recreated_once(appium_device, appium_server):
    old = appium_device.session_id
    httpx.delete(f"{appium_server.url}/session/{old}").raise_for_status()

    screen = appium_device.observe()

    assert appium_device.session_id != old and appium_device.reconnects == 1
    assert screen.elements[1].text == "New note"


def test_a_lost_session_that_cannot_be_recreated_is_a_connection_error(appium_device, appium_server):
    httpx.delete(f"{appium_server.url}/session/{appium_device.session_id}").raise_for_status()
    Path(appium_device.capabilities["appium:app"]).unlink()  # the new session cannot load the app

    with pytest.raises(DeviceConnectionError, match="session was lost during observe") as caught:
        appium_device.observe()

    assert "ENOENT" in caught.value.message


def test_no_server_is_a_connection_error_naming_the_url(fake_app_capabilities):
    url = f"http://127.0.0.1:{free_port()}"

    with pytest.raises(DeviceConnectionError, match=re.escape(url)) as caught:
        AppiumDevice(url, fake_app_capabilities)

    assert "appium server" in caught.value.hint.lower()


def test_wrong_capabilities_carry_the_servers_message(appium_server, fake_app_capabilities):
    caps = {**fake_app_capabilities, "appium:automationName": "NoSuchDriver"}

    with pytest.raises(ConfigurationError, match="Could not find a driver for automationName 'NoSuchDriver'"):
        AppiumDevice(appium_server.url, caps)


def test_from_settings_reads_url_and_capabilities_from_the_environment(appium_server, fake_app_capabilities, monkeypatch):
    import json

    from cascadroid import Settings

    monkeypatch.setenv("CASCADROID_APPIUM__SERVER_URL", appium_server.url)
    monkeypatch.setenv("CASCADROID_APPIUM__CAPABILITIES", json.dumps(fake_app_capabilities))

    with AppiumDevice.from_settings(Settings.load()) as device:
        assert device.observe().elements[1].text == "New note"


def test_an_action_after_a_lost_session_lands_in_the_new_session(appium_device, appium_server):
    appium_device.observe()
    httpx.delete(f"{appium_server.url}/session/{appium_device.session_id}").raise_for_status()

    appium_device.act(Tap(element=4))

    assert appium_device.reconnects == 1
    assert [a for a in _last_gesture(appium_device) if a["type"] == "pointerMove"][0]["x"] == 290


def test_a_server_that_dies_mid_run_is_a_connection_error_naming_it(appium_server, fake_app_capabilities):
    from cascadroid.testing.appium_server import appium_server as start_server

    home = Path(appium_server.process.args[1]).parents[2]  # the same Appium install
    with start_server(home, log_path=Path(fake_app_capabilities["appium:app"]).with_name("second.log")) as second:
        device = AppiumDevice(second.url, fake_app_capabilities)
        device.observe()
    # the block stopped the second server

    with pytest.raises(DeviceConnectionError, match=re.escape(second.url)) as caught:
        device.observe()

    assert "connection refused" in caught.value.message
