"""AdbDevice against the shipped fake ``adb`` (first on PATH): the exact commands it sends."""

from __future__ import annotations

import pytest
from fixtures_devices import LAUNCHER_XML

from cascadroid.device import AdbDevice, Back, Done, Home, LongPress, OpenApp, Swipe, Tap, TypeText, Wait
from cascadroid.device.adb import escape_input_text, list_devices
from cascadroid.errors import (
    ConfigurationError,
    DeviceConnectionError,
    DeviceError,
    InvalidActionError,
    UnsupportedActionError,
)
from cascadroid.testing import FakeAdb, FakeScreen


def _on_notes(fake_adb: FakeAdb) -> AdbDevice:
    device = AdbDevice()
    device.observe()
    device.act(Tap(element=1))  # "Notes" on the launcher
    device.observe()
    return device


def test_observe_reads_the_dump_the_focused_app_and_the_screen_size(fake_adb):
    screen = AdbDevice().observe(screenshot=True)

    assert (screen.package, screen.activity) == ("com.android.launcher3", ".Launcher")
    assert (screen.width, screen.height) == (1080, 2400)
    assert [e.label for e in screen.elements] == ["", "Notes", "Settings"]
    assert screen.screenshot is not None and screen.screenshot.startswith(b"\x89PNG")
    assert fake_adb.shell_commands() == [
        ["wm", "size"],
        ["uiautomator", "dump", "/dev/tty"],
        ["dumpsys", "window"],
        ["screencap", "-p"],
    ]


def test_a_device_that_cannot_dump_to_the_terminal_dumps_to_a_file(tmp_path):
    fake = FakeAdb(tmp_path, {"launcher": FakeScreen(LAUNCHER_XML, "com.android.launcher3")}, tty_dump=False)

    screen = AdbDevice(adb_path=str(fake.executable)).observe()

    assert screen.elements[1].text == "Notes"
    assert fake.shell_commands()[-3:-1] == [
        ["uiautomator", "dump", "/sdcard/window_dump.xml"],
        ["cat", "/sdcard/window_dump.xml"],
    ]


def test_tap_sends_input_tap_at_the_element_center(fake_adb):
    device = AdbDevice()
    device.observe()

    device.act(Tap(element=1))

    assert fake_adb.shell_commands()[-1] == ["input", "tap", "200", "300"]
    assert fake_adb.screen == "notes"
    assert device.observe().package == "com.example.notes"


def test_type_focuses_clears_escapes_and_submits(fake_adb):
    device = _on_notes(fake_adb)
    start = len(fake_adb.calls())

    device.act(TypeText(text="it's $5 & more; `x`", element=1, submit=True))

    sent = [call["shell"] for call in fake_adb.calls()[start:]]
    assert sent == [
        ["input", "tap", "540", "360"],
        ["input", "keyevent", "123", *["67"] * len("Groceries")],
        ["input", "text", "it's%s$5%s&%smore;%s`x`"],
        ["input", "keyevent", "66"],
    ]
    assert fake_adb.typed == ["it's $5 & more; `x`"]


def test_type_without_element_uses_the_focused_field_without_tapping(fake_adb):
    device = _on_notes(fake_adb)
    start = len(fake_adb.calls())

    device.act(TypeText(text="milk", clear=False))

    assert [call["shell"] for call in fake_adb.calls()[start:]] == [["input", "text", "milk"]]


def test_text_adb_cannot_type_is_refused_before_anything_is_sent(fake_adb):
    device = _on_notes(fake_adb)
    start = len(fake_adb.calls())

    with pytest.raises(UnsupportedActionError, match="cannot type 'é'"):
        device.act(TypeText(text="café", element=1))

    assert len(fake_adb.calls()) == start


def test_escape_input_text_keeps_percent_and_quotes():
    assert escape_input_text("50% off now") == "50%%soff%snow"
    assert escape_input_text("a\"b'c") == "a\"b'c"


@pytest.mark.parametrize(
    ("action", "command"),
    [
        (Back(), ["input", "keyevent", "4"]),
        (Home(), ["input", "keyevent", "3"]),
        (Swipe(direction="down"), ["input", "swipe", "540", "1920", "540", "480", "300"]),
        (LongPress(element=2), ["input", "swipe", "500", "300", "500", "300", "1000"]),
        (OpenApp(app="com.example.notes"), ["am", "start", "-n", "com.example.notes/.EditActivity"]),
        (OpenApp(app="Notes"), ["am", "start", "-n", "com.example.notes/.EditActivity"]),
    ],
)
def test_each_action_sends_its_adb_command(fake_adb, action, command):
    device = AdbDevice(apps={"Notes": "com.example.notes/.EditActivity"})
    device.observe()

    device.act(action)

    assert fake_adb.shell_commands()[-1] == command


def test_back_returns_to_the_previous_screen(fake_adb):
    device = _on_notes(fake_adb)

    device.act(Back())

    assert device.observe().package == "com.android.launcher3"


def test_wait_and_done_send_nothing(fake_adb):
    device = AdbDevice()
    start = len(fake_adb.calls())

    assert device.act(Done(answer="42")).message == "42"
    device.act(Wait(seconds=0))

    assert len(fake_adb.calls()) == start


def test_an_idempotency_key_is_applied_once(fake_adb):
    device = AdbDevice()

    first = device.act(Home(idempotency_key="run-7:2"))
    again = device.act(Home(idempotency_key="run-7:2"))

    assert first.applied and not again.applied
    assert fake_adb.shell_commands().count(["input", "keyevent", "3"]) == 1


def test_an_app_that_is_not_installed_is_a_device_error(fake_adb):
    with pytest.raises(DeviceError, match="could not open 'com.nope'"):
        AdbDevice().act(OpenApp(app="com.nope"))


def test_an_element_not_on_screen_sends_nothing(fake_adb):
    device = AdbDevice()
    device.observe()
    start = len(fake_adb.calls())

    with pytest.raises(InvalidActionError, match="element 9 is not on screen"):
        device.act(Tap(element=9))

    assert len(fake_adb.calls()) == start


def test_a_serial_goes_to_every_command(fake_adb):
    AdbDevice(serial="emulator-5554").observe()

    assert {tuple(call["argv"][:2]) for call in fake_adb.calls()} == {("-s", "emulator-5554")}


def test_an_unplugged_device_is_a_connection_error_saying_what_to_check(fake_adb):
    device = AdbDevice(serial="emulator-5554")
    fake_adb.set_device_state("emulator-5554", None)

    with pytest.raises(DeviceConnectionError, match="device 'emulator-5554' not found") as caught:
        device.observe()

    assert "adb devices" in caught.value.hint


@pytest.mark.parametrize(("state", "match"), [("offline", "device offline"), ("unauthorized", "device unauthorized")])
def test_offline_and_unauthorized_devices_are_connection_errors(fake_adb, state, match):
    fake_adb.set_device_state("emulator-5554", state)

    with pytest.raises(DeviceConnectionError, match=match):
        AdbDevice()


def test_several_devices_without_a_serial_ask_for_one(fake_adb):
    fake_adb.set_device_state("R58M123", "device")

    with pytest.raises(ConfigurationError, match="several devices") as caught:
        AdbDevice()

    assert "serial=" in caught.value.hint
    assert sorted(list_devices()) == [("R58M123", "device"), ("emulator-5554", "device")]


def test_a_missing_adb_says_how_to_install_it(tmp_path):
    with pytest.raises(DeviceConnectionError, match="was not found") as caught:
        AdbDevice(adb_path=str(tmp_path / "no-adb"))

    assert "platform-tools" in caught.value.hint


def test_from_settings_uses_the_adb_section(fake_adb, monkeypatch):
    from cascadroid import Settings

    monkeypatch.setenv("CASCADROID_ADB__SERIAL", "emulator-5554")
    device = AdbDevice.from_settings(Settings.load(adb={"adb_path": str(fake_adb.executable), "timeout_s": 5}))

    assert (device.serial, device.adb_path, device.timeout_s) == ("emulator-5554", str(fake_adb.executable), 5)
