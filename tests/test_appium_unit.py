"""AppiumDevice pieces that need no server: optional import, arguments, XPaths, shared geometry."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cascadroid.device import Observation, Swipe, parse_elements, parse_observation
from cascadroid.device._android import declared_apps, resolve_app, swipe_points, target_point
from cascadroid.device.appium import AppiumDevice, element_xpaths
from cascadroid.errors import ConfigurationError, InvalidActionError

UIAUTOMATOR2_SOURCE = """<?xml version="1.0" encoding="UTF-8"?>
<hierarchy index="0" class="hierarchy" rotation="0" width="1080" height="2400">
  <android.widget.FrameLayout index="0" package="com.android.settings" class="android.widget.FrameLayout" bounds="[0,0][1080,2400]">
    <android.widget.LinearLayout index="0" package="com.android.settings" class="android.widget.LinearLayout" bounds="[0,0][1080,200]">
      <android.widget.TextView index="0" package="com.android.settings" class="android.widget.TextView" text="Settings" bounds="[0,0][540,200]"/>
      <android.widget.TextView index="1" package="com.android.settings" class="android.widget.TextView" text="Search" bounds="[540,0][1080,200]"/>
    </android.widget.LinearLayout>
    <android.widget.EditText index="1" package="com.android.settings" class="android.widget.EditText" text="" focused="true" bounds="[0,200][1080,320]"/>
  </android.widget.FrameLayout>
</hierarchy>
"""


def test_importing_cascadroid_device_does_not_import_appium():
    code = "import sys, cascadroid.device as d; d.AdbDevice; print('appium' in sys.modules, 'selenium' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout

    assert out.split() == ["False", "False"]


def test_without_the_appium_client_construction_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "appium", None)  # makes `import appium` raise ImportError

    with pytest.raises(ConfigurationError) as caught:
        AppiumDevice("http://127.0.0.1:4723", {"platformName": "Android"})

    assert caught.value.hint == "pip install 'cascadroid[appium]'"


@pytest.mark.parametrize(
    ("url", "caps", "match"),
    [("127.0.0.1:4723", {"platformName": "Android"}, "not an http"), ("http://127.0.0.1:4723", {}, "needs capabilities")],
)
def test_bad_arguments_are_configuration_errors(url, caps, match):
    with pytest.raises(ConfigurationError, match=match):
        AppiumDevice(url, caps)


def test_for_android_builds_uiautomator2_capabilities(monkeypatch):
    seen = {}
    monkeypatch.setattr(AppiumDevice, "__init__", lambda self, url, caps, **kw: seen.update(url=url, caps=caps, kw=kw))

    AppiumDevice.for_android(udid="emulator-5554", app_package="com.example", command_timeout_s=5)

    assert seen["url"] == "http://127.0.0.1:4723" and seen["kw"] == {"command_timeout_s": 5}
    assert seen["caps"] == {
        "platformName": "Android",
        "appium:automationName": "UiAutomator2",
        "appium:noReset": True,
        "appium:newCommandTimeout": 300,
        "appium:udid": "emulator-5554",
        "appium:appPackage": "com.example",
    }


def test_element_xpaths_follow_the_parsers_id_order():
    paths = element_xpaths(UIAUTOMATOR2_SOURCE)
    elements = parse_elements(UIAUTOMATOR2_SOURCE)

    assert len(paths) == len(elements)
    base = "/hierarchy/android.widget.FrameLayout[1]"
    assert paths == [
        base,
        f"{base}/android.widget.LinearLayout[1]",
        f"{base}/android.widget.LinearLayout[1]/android.widget.TextView[1]",
        f"{base}/android.widget.LinearLayout[1]/android.widget.TextView[2]",
        f"{base}/android.widget.EditText[1]",
    ]
    assert elements[3].text == "Search" and elements[4].focused


def _screen() -> Observation:
    return parse_observation(UIAUTOMATOR2_SOURCE, width=1080, height=2400)


@pytest.mark.parametrize(
    ("direction", "start", "end"),
    [("down", (540, 1920), (540, 480)), ("up", (540, 480), (540, 1920)),
     ("right", (864, 1200), (216, 1200)), ("left", (216, 1200), (864, 1200))],
)
def test_swipe_direction_is_where_the_content_comes_from(direction, start, end):
    assert swipe_points(Swipe(direction=direction), _screen(), 1080, 2400) == (start, end)


def test_swipe_inside_an_element_stays_inside_it():
    (x1, y1), (x2, y2) = swipe_points(Swipe(direction="right", element=1), _screen(), 1080, 2400)

    assert (y1, y2) == (100, 100) and 0 <= x2 < x1 < 1080


def test_points_outside_the_screen_and_missing_targets_are_invalid():
    with pytest.raises(InvalidActionError, match="outside the 1080x2400 screen"):
        target_point(_screen(), None, 1080, 5, "tap")
    with pytest.raises(InvalidActionError, match="needs an element id or both x and y"):
        target_point(_screen(), None, 3, None, "tap")
    with pytest.raises(InvalidActionError, match="nothing was observed yet"):
        target_point(None, 2, None, None, "tap")
    assert target_point(_screen(), 2, None, None, "tap") == (270, 100)


def test_apps_resolve_from_labels_packages_and_components():
    apps = declared_apps({"Settings": "com.android.settings", "Notes": "com.example.notes/.EditActivity"})

    assert resolve_app("settings", apps).component == "com.android.settings"
    assert resolve_app("NOTES", apps).activity == ".EditActivity"
    assert resolve_app("com.example.notes", apps).component == "com.example.notes/.EditActivity"
    assert resolve_app("org.app/org.app.Main", apps).package == "org.app"
    with pytest.raises(InvalidActionError, match="'Camera app' is not a package name") as caught:
        resolve_app("Camera app", apps)
    assert "'Notes'" in caught.value.hint
