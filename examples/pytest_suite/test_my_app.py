"""A user's test suite driving Android through cascadroid's pytest plugin.

    pytest examples/pytest_suite                                   # simulated phone, local model
    pytest examples/pytest_suite --cascadroid-device=adb           # a real phone over adb
    pytest examples/pytest_suite -n 2 --cascadroid-device=appium --cascadroid-appium-url=URL1,URL2
    pytest examples/pytest_suite --cascadroid-device=appium --cascadroid-appium-url=URL \
        --cascadroid-appium-caps=examples/pytest_suite/appium_caps.json   # or appium_caps_ios.json, or JSON

The URL and capabilities can also be set once in pytest.ini (``cascadroid_appium_url``,
``cascadroid_appium_caps``). The two tests that set a task up need the simulated phone.

A failing test shows the agent's run (steps, outcomes, screenshots) in its report.
"""

from cascadroid.device.types import OpenApp


def test_the_settings_app_opens(cascadroid_device):
    """The device fixture alone: drive the phone directly, no model involved."""
    cascadroid_device.act(OpenApp(app="Settings"))
    assert cascadroid_device.observe().package == "com.android.settings"


def test_agent_turns_wifi_off(cascadroid_agent, cascadroid_device, phone_task):
    task = phone_task("settings_wifi", state="off")
    result = cascadroid_agent.run(task.goal)
    assert task.check(cascadroid_device, result.answer), result.stop_reason


def test_agent_answers_a_question_from_the_calendar(cascadroid_agent, cascadroid_device, phone_task):
    task = phone_task("calendar_count_events", seed=4)
    result = cascadroid_agent.run(task.goal)
    assert task.check(cascadroid_device, result.answer), f"answer {result.answer!r}: {result.stop_reason}"
