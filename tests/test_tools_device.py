"""Device actions as tools: on a recording Device double, and on the simulated phone."""

from __future__ import annotations

import pytest

from cascadroid.device.types import Action, ActionResult, Observation, OpenApp, Tap, TypeText
from cascadroid.device.uiautomator import parse_observation
from cascadroid.errors import ToolExecutionError
from cascadroid.tools import ToolRegistry, device_tools, dry_run, run_program

FORM_XML = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<hierarchy rotation="0"><node index="0" text="" class="android.widget.FrameLayout" package="com.example.mail" bounds="[0,0][1080,2400]">
<node index="0" text="To" class="android.widget.TextView" package="com.example.mail" bounds="[40,200][200,260]" />
<node index="1" text="" class="android.widget.EditText" package="com.example.mail" resource-id="com.example.mail:id/to" clickable="true" focusable="true" bounds="[40,270][1040,360]" />
<node index="2" text="" content-desc="Subject" class="android.widget.EditText" package="com.example.mail" clickable="true" focusable="true" bounds="[40,400][1040,490]" />
<node index="3" text="Send" class="android.widget.Button" package="com.example.mail" clickable="true" bounds="[40,1000][540,1120]" />
</node></hierarchy>"""


class RecordingDevice:
    """A Device double: one fixed screen; records every action."""

    def __init__(self, xml: str) -> None:
        self.observation = parse_observation(xml)
        self.actions: list[Action] = []

    def observe(self, *, screenshot: bool = False) -> Observation:
        return self.observation

    def act(self, action: Action) -> ActionResult:
        self.actions.append(action)
        return ActionResult()


def test_device_tools_turn_calls_into_actions_by_locator() -> None:
    device = RecordingDevice(FORM_XML)
    registry = ToolRegistry(device_tools(device))
    source = (
        'open_app("Mail")\n'
        'type_into("To", "bob@example.com")\n'
        'type_into("Subject", "Hello")\n'
        'tap_text("Send")\n'
        "result = read_screen()"
    )
    dry_run(source, registry)
    assert device.actions == []  # the rehearsal acts on nothing
    run = run_program(source, registry)
    assert device.actions == [
        OpenApp(app="Mail"),
        TypeText(text="bob@example.com", element=2),
        TypeText(text="Hello", element=3),
        Tap(element=4),
    ]
    assert run.result == ["To", "Subject", "Send"]


def test_a_missing_element_stops_the_program_with_the_visible_texts() -> None:
    device = RecordingDevice(FORM_XML)
    with pytest.raises(ToolExecutionError, match=r"line 1: tool 'tap_text' raised InvalidActionError: no element with text 'Cancel'"):
        run_program('tap_text("Cancel")', ToolRegistry(device_tools(device)))
    assert device.actions == []


def test_device_tools_drive_the_simulated_phone() -> None:
    from cascadroid.device.sim import SimDevice

    phone = SimDevice(seed=0)
    registry = ToolRegistry(device_tools(phone))
    run = run_program('open_app("Settings")\ntap_text("Network & internet")\nresult = read_screen()', registry)
    assert "Airplane mode" in run.result
    assert phone.observe().package == "com.android.settings"
