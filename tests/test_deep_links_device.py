"""Deep links and intents on real-device backends: the ``am start`` words adb sends, the refusal
of unsafe URIs before any command, and the ``mobile:`` command Appium would send."""

from __future__ import annotations

import pytest
from fixtures_devices import LAUNCHER_XML, NOTES_XML
from pydantic import ValidationError

from cascadroid.device import AdbDevice, OpenUri
from cascadroid.device._appium_intents import intent_script
from cascadroid.device.types import validate_action
from cascadroid.errors import DeviceError, InvalidActionError, UnsupportedActionError
from cascadroid.testing import FakeAdb, FakeScreen

WIFI = "android.settings.WIFI_SETTINGS"


@pytest.fixture
def adb(tmp_path) -> tuple[FakeAdb, AdbDevice]:
    fake = FakeAdb(tmp_path, {"launcher": FakeScreen(LAUNCHER_XML, "com.android.launcher3"),
                              "wifi": FakeScreen(NOTES_XML, "com.android.settings", ".wifi.WifiSettings"),
                              "dialer": FakeScreen(NOTES_XML, "com.android.dialer", ".Dialer")},
                   intents={WIFI: "wifi", "tel": "dialer"})
    return fake, AdbDevice(adb_path=str(fake.executable))


def test_a_settings_action_is_started_with_am_start_and_lands_there(adb):
    fake, device = adb

    result = device.act(OpenUri(action=WIFI))

    assert fake.shell_commands()[-1] == ["am", "start", "-a", WIFI]
    assert result.message == f"opened {WIFI}" and fake.screen == "wifi"
    assert device.observe().package == "com.android.settings"


def test_a_uri_is_viewed_with_its_package_as_separate_words(adb):
    fake, device = adb

    device.act(OpenUri(uri="tel:+15550100&x=1", package="com.android.dialer"))

    assert fake.shell_commands()[-1] == ["am", "start", "-a", "android.intent.action.VIEW", "-d", "tel:+15550100&x=1",
                                         "-p", "com.android.dialer"]
    assert fake.screen == "dialer"


def test_a_link_no_app_opens_is_a_device_error_naming_it(adb):
    fake, device = adb

    with pytest.raises(DeviceError, match="geo:0,0") as caught:
        device.act(OpenUri(uri="geo:0,0?q=cafe"))

    assert caught.value.hint and fake.screen == "launcher"


@pytest.mark.parametrize("uri", ["tel:1;reboot", "tel:$(id)", "https://a.example/`id`", "smsto:1?body=hi there",
                                 "tel:1\nreboot", "no-scheme", "tel:1|sh", "https://x.example/'q'"])
def test_unsafe_or_malformed_uris_are_refused_before_any_command(adb, uri):
    fake, _ = adb
    before = len(fake.calls())

    with pytest.raises(ValidationError):
        OpenUri(uri=uri)
    with pytest.raises(InvalidActionError, match="uri"):
        validate_action({"kind": "open_uri", "uri": uri})

    assert len(fake.calls()) == before


@pytest.mark.parametrize("fields", [{}, {"action": "wifi settings; reboot"}, {"uri": "tel:1", "package": "a b"}])
def test_an_intent_needs_a_uri_or_a_dotted_action_and_a_dotted_package(fields):
    with pytest.raises(ValidationError):
        OpenUri(**fields)


def test_appium_on_android_uses_deeplink_for_a_packaged_uri_and_start_activity_otherwise():
    assert intent_script("android", OpenUri(uri="myapp://item/7", package="com.example.shop")) == (
        "mobile: deepLink", {"url": "myapp://item/7", "package": "com.example.shop"})
    assert intent_script("android", OpenUri(action=WIFI)) == ("mobile: startActivity", {"action": WIFI})
    assert intent_script("android", OpenUri(uri="geo:0,0?q=park")) == (
        "mobile: startActivity", {"action": "android.intent.action.VIEW", "uri": "geo:0,0?q=park"})


def test_appium_on_ios_opens_urls_and_refuses_android_intent_actions():
    assert intent_script("ios", OpenUri(uri="tel:5550100")) == ("mobile: deepLink", {"url": "tel:5550100"})
    assert intent_script("ios", OpenUri(uri="maps://?q=park", package="com.apple.Maps")) == (
        "mobile: deepLink", {"url": "maps://?q=park", "bundleId": "com.apple.Maps"})
    with pytest.raises(UnsupportedActionError) as caught:
        intent_script("ios", OpenUri(action=WIFI))
    assert caught.value.hint
