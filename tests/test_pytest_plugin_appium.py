"""The pytest plugin on Appium: a user's suite run as a subprocess with ``--cascadroid-device=appium``,
the URL and capabilities from the command line (JSON or a file) or the ini file, against a real
Appium server with the fake driver; the suite's test observes the fake app through the
plugin's ``cascadroid_device`` fixture (or a device leased from a pool of two)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cascadroid.pytest_plugin import load_capabilities

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pytest_suite"

USER_TEST = '''
import json, os

def test_the_plugin_device_observes_the_app(cascadroid_device):
    screen = cascadroid_device.observe()
    result = {"labels": [e.label for e in screen.elements], "package": screen.package,
              "caps": cascadroid_device.capabilities, "url": cascadroid_device.server_url}
    with open(os.environ["PLUGIN_RESULT"], "w") as out:
        json.dump(result, out)
'''


def _run_suite(folder: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict | None]:
    """Run the user's suite in ``folder`` with the plugin's options; its test's findings, if it ran."""
    result_path = folder / "result.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASCADROID_", "PYTEST_"))}
    env["PLUGIN_RESULT"] = str(result_path)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(folder), str(folder),
         "--cascadroid-device=appium", *args],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120,
    )
    return done, json.loads(result_path.read_text()) if result_path.is_file() else None


@pytest.fixture
def user_suite(tmp_path: Path) -> Path:
    folder = tmp_path / "suite"
    folder.mkdir()
    (folder / "test_app.py").write_text(USER_TEST)
    return folder


def _assert_observed(done: subprocess.CompletedProcess, found: dict | None, caps: dict) -> None:
    assert done.returncode == 0, done.stdout + done.stderr
    assert found is not None and found["package"] == "com.example.notes"
    assert found["labels"][1:] == ["New note", "title", "body", "Save"]
    assert found["caps"] == caps


@pytest.mark.parametrize(("name", "platform"), [("appium_caps.json", "Android"), ("appium_caps_ios.json", "iOS")])
def test_the_example_capability_files_load(name, platform, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    caps = load_capabilities(name, EXAMPLES)  # not in the current folder: found under the root

    assert caps["platformName"] == platform and caps["appium:automationName"] in ("UiAutomator2", "XCUITest")


@pytest.mark.slow
def test_capabilities_as_json_on_the_command_line(appium_server, fake_app_capabilities, user_suite):
    done, found = _run_suite(user_suite, f"--cascadroid-appium-url={appium_server.url}",
                             f"--cascadroid-appium-caps={json.dumps(fake_app_capabilities)}")

    _assert_observed(done, found, fake_app_capabilities)
    assert found["url"] == appium_server.url


@pytest.mark.slow
def test_capabilities_from_a_json_file_relative_to_the_suite(appium_server, fake_app_capabilities, user_suite):
    (user_suite / "caps.json").write_text(json.dumps(fake_app_capabilities))

    done, found = _run_suite(user_suite, f"--cascadroid-appium-url={appium_server.url}", "--cascadroid-appium-caps=caps.json")

    _assert_observed(done, found, fake_app_capabilities)


@pytest.mark.slow
def test_url_and_capabilities_from_the_ini_file(appium_server, fake_app_capabilities, user_suite):
    (user_suite / "caps.json").write_text(json.dumps(fake_app_capabilities))
    (user_suite / "pytest.ini").write_text(
        f"[pytest]\ncascadroid_appium_url = {appium_server.url}\ncascadroid_appium_caps = caps.json\n")

    done, found = _run_suite(user_suite)

    _assert_observed(done, found, fake_app_capabilities)
    assert found["url"] == appium_server.url


@pytest.mark.slow
def test_two_urls_form_a_pool_whose_devices_get_the_capabilities(appium_server, fake_app_capabilities, user_suite):
    urls = f"{appium_server.url},{appium_server.url}"  # one server listed twice: a grid fronting two phones

    done, found = _run_suite(user_suite, f"--cascadroid-appium-url={urls}",
                             f"--cascadroid-appium-caps={json.dumps(fake_app_capabilities)}")

    _assert_observed(done, found, fake_app_capabilities)


@pytest.mark.slow
@pytest.mark.parametrize(("value", "message"), [
    ("{not json", "are not valid JSON"),
    ("[1, 2]", "not a JSON object with entries"),
    ("missing.json", "is neither JSON nor a file"),
    ("{}", "not a JSON object with entries"),
])
def test_bad_capabilities_are_a_usage_error_before_any_test(user_suite, value, message):
    done, found = _run_suite(user_suite, "--cascadroid-appium-url=http://127.0.0.1:9", f"--cascadroid-appium-caps={value}")

    assert done.returncode == 4 and found is None  # pytest's usage-error exit code
    assert message in done.stderr and "hint" in done.stderr
