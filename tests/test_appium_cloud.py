"""Appium with a cloud tier, end to end: Agent(AppiumDevice on a real Appium server with the fake
driver, cloud=OpenAICompatibleModel on a real recording server on 127.0.0.1), on an Android-shaped
chat app and on the iOS Messages fixture. The fake driver logs gestures and keeps typed text but
never changes the screen; the run must still go its scripted steps through the cloud without an
exception, and the names the device declares must be masked before anything leaves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fixtures_cascade import CLOUD_PRICE, CLOUD_STAND_IN, cloud_client

from cascadroid.agent import Agent
from cascadroid.device import AppiumDevice
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel
from cascadroid.testing.appium_server import fake_driver_app, fake_driver_capabilities

pytestmark = pytest.mark.slow

NAMES = ["Zofia Wierzbicka", "Maya Lindqvist"]
CHAT_APP = """<app width="1080" height="2400">
  <android.widget.FrameLayout class="android.widget.FrameLayout" package="com.example.chat" bounds="[0,0][1080,2400]">
    <android.widget.TextView class="android.widget.TextView" package="com.example.chat" text="Zofia Wierzbicka" bounds="[0,100][1080,220]"/>
    <android.widget.TextView class="android.widget.TextView" package="com.example.chat" text="Zofia Wierzbicka: dinner at 8?" bounds="[40,300][900,420]"/>
    <MockInputField class="android.widget.EditText" package="com.example.chat" resource-id="com.example.chat:id/compose" text="" hint="Message" clickable="true" focusable="true" bounds="[40,2200][880,2320]"/>
    <MockButton class="android.widget.ImageButton" package="com.example.chat" content-desc="Send" clickable="true" bounds="[900,2200][1040,2320]"/>
  </android.widget.FrameLayout>
</app>
"""
HISTORY = re.compile(r"History \((\d+) actions so far\)")


def _reply_for(prompt: str, script: list[dict]) -> dict:
    """Both tiers follow the same script, read from the role and the step count in the prompt."""
    if "Your role: planner" in prompt:
        return {"plan": ["answer the message"], "subgoal": "type the reply", "done": False}
    if "Your role: notetaker" in prompt:
        return {"notes": []}
    if "Your role: reflector" in prompt:
        return {"outcome": "success", "reason": "ok"}
    match = HISTORY.search(prompt)
    return script[min(int(match.group(1)) if match else 0, len(script) - 1)]


def _device(platform: str, server_url: str, folder: Path, contacts: list[str]) -> AppiumDevice:
    if platform == "ios":
        source = (Path(__file__).parent / "fixtures" / "ios" / "messages_conversation.xml").read_text(encoding="utf-8")
        app = fake_driver_app(source, folder / "messages.xml")
    else:
        app = folder / "chat.xml"
        app.write_text(CHAT_APP)
    return AppiumDevice(server_url, fake_driver_capabilities(app), contacts=contacts)


def run_with_cloud(platform: str, appium_server, tmp_path: Path, recording_cloud, contacts: list[str]):
    device = _device(platform, appium_server.url, tmp_path, contacts)
    field = next(e.id for e in device.observe().elements if e.is_editable)
    script = [{"action": "type", "element": field, "text": "On my way"}, {"action": "swipe", "direction": "down"},
              {"action": "done", "answer": "replied"}]
    cloud = recording_cloud(lambda request: json.dumps(_reply_for(request["messages"][-1]["content"], script)))
    settings = Settings.load(
        data_dir=tmp_path / "data", agent={"max_steps": 6, "learn": "off", "save_screenshots": False},
        cascade={"privacy": {"default_mode": "mask"}, "routing": {"cloud_first_purposes": []},
                 "prices": {CLOUD_STAND_IN: {"input_per_mtok": CLOUD_PRICE.input_per_mtok,
                                             "output_per_mtok": CLOUD_PRICE.output_per_mtok}}},
    )
    local = ScriptedModel(responder=lambda request: _reply_for(request.messages[-1].content, script), confidence=0.1)
    with device, Agent(device, local=local, cloud=cloud_client(cloud), settings=settings) as agent:
        result = agent.run("Reply 'On my way' to the last message")
        typed = [e.text for e in device.driver.find_elements("xpath", "//MockInputField")]
        gestures = device.driver.get_log("actions")
    shown_locally = "\n".join(r.prompt_text() for r in local.requests)
    return result, cloud, typed, gestures, shown_locally


@pytest.mark.parametrize("platform", ["android", "ios"])
def test_appium_with_a_cloud_runs_its_steps_and_masks_the_declared_contacts(platform, appium_server, tmp_path,
                                                                            recording_cloud):
    result, cloud, typed, gestures, shown_locally = run_with_cloud(platform, appium_server, tmp_path,
                                                                   recording_cloud, NAMES)

    assert result.status == "succeeded" and result.answer == "replied", result.stop_reason
    assert [step.action["kind"] for step in result.steps] == ["type", "swipe", "done"]
    assert all("cloud" in step.tiers for step in result.steps)  # each decision escalated past the unsure local
    assert cloud.chat_calls >= 3 and result.totals.get("cloud_calls", 0) >= 3
    assert typed == ["On my way"]  # the fake driver holds the keys sent to the field
    assert len(gestures) == 1  # the swipe, as one W3C pointer sequence
    on_screen = [name for name in NAMES if name in shown_locally]
    assert on_screen  # the screen really showed a contact
    for name in on_screen:
        assert all(part.encode() not in cloud.raw for part in name.split())
    assert b"<NAME_1>" in cloud.raw


def test_without_declared_contacts_the_names_would_reach_the_cloud(appium_server, tmp_path, recording_cloud):
    """The masking check above can fail: the fake driver cannot read an address book, so only the
    names given to the device are known."""
    result, cloud, *_ = run_with_cloud("ios", appium_server, tmp_path, recording_cloud, [])

    assert result.status == "succeeded", result.stop_reason
    assert b"Maya Lindqvist" in cloud.raw
