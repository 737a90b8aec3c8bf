"""A real-phone configuration end to end: AdbDevice (the shipped fake adb) with a cloud tier (a real
OpenAI-compatible server on 127.0.0.1 keeping every byte). The agent's apps are the phone's, and
the names the privacy detectors mask are the phone's contacts, read through adb."""

from __future__ import annotations

import json
import re

from fixtures_cascade import CLOUD_PRICE, CLOUD_STAND_IN, cloud_client

from cascadroid.agent import Agent
from cascadroid.device import AdbDevice
from cascadroid.settings import Settings
from cascadroid.testing import FakeAdb, FakeScreen, FakeTransition, ScriptedModel

NAMES = ["Zofia Wierzbicka", "Tomasz Okonkwo", "Marguerite Vasquez-Lund"]
LAUNCHER = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<hierarchy rotation="0"><node index="0" text="" class="android.widget.FrameLayout" package="com.android.launcher3" bounds="[0,0][1080,2400]"><node index="0" text="Contacts" class="android.widget.TextView" package="com.android.launcher3" clickable="true" bounds="[100,200][300,400]" /><node index="1" text="Settings" class="android.widget.TextView" package="com.android.launcher3" clickable="true" bounds="[400,200][600,400]" /></node></hierarchy>
"""
ROWS = "".join(
    f'<node index="{i}" text="{name}" resource-id="com.android.contacts:id/name" class="android.widget.TextView" '
    f'package="com.android.contacts" clickable="true" bounds="[0,{300 + 150 * i}][1080,{440 + 150 * i}]" />'
    for i, name in enumerate(NAMES)
)
CONTACT_LIST = f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<hierarchy rotation="0"><node index="0" text="" class="android.widget.FrameLayout" package="com.android.contacts" bounds="[0,0][1080,2400]"><node index="0" text="Contacts" class="android.widget.TextView" package="com.android.contacts" bounds="[0,100][1080,250]" />{ROWS}</node></hierarchy>
"""
SCRIPT = [{"action": "open_app", "app": "Contacts"}, {"action": "swipe", "direction": "down"},
          {"action": "done", "answer": "three contacts"}]
HISTORY = re.compile(r"History \((\d+) actions so far\)")


def reply_for(prompt: str) -> dict:
    """Both tiers follow the same script, read from the role and the step count in the prompt."""
    if "Your role: planner" in prompt:
        return {"plan": ["open the contacts", "read the names"], "subgoal": "open the contacts", "done": False}
    if "Your role: notetaker" in prompt:
        return {"notes": []}
    if "Your role: reflector" in prompt:
        return {"outcome": "success", "reason": "ok"}
    match = HISTORY.search(prompt)
    return SCRIPT[min(int(match.group(1)) if match else 0, len(SCRIPT) - 1)]


def run_on_phone(tmp_path, recording_cloud, contacts: list[str]):
    fake = FakeAdb(
        tmp_path / "adb",
        {"launcher": FakeScreen(LAUNCHER, "com.android.launcher3", ".Launcher"),
         "contacts": FakeScreen(CONTACT_LIST, "com.android.contacts", ".activities.PeopleActivity")},
        transitions=[FakeTransition("launcher", "Contacts", "contacts")],
        launchable=["com.android.contacts/.activities.PeopleActivity", "com.android.settings/.Settings"],
        contacts=contacts,
    )
    cloud = recording_cloud(lambda request: json.dumps(reply_for(request["messages"][-1]["content"])))
    settings = Settings.load(
        data_dir=tmp_path / "data", agent={"max_steps": 6, "learn": "off", "save_screenshots": False},
        cascade={"privacy": {"default_mode": "mask"}, "routing": {"cloud_first_purposes": []},
                 "prices": {CLOUD_STAND_IN: {"input_per_mtok": CLOUD_PRICE.input_per_mtok,
                                             "output_per_mtok": CLOUD_PRICE.output_per_mtok}}},
    )
    local = ScriptedModel(responder=lambda request: reply_for(request.messages[-1].content), confidence=0.1)
    with Agent(AdbDevice(adb_path=str(fake.executable)), local=local, cloud=cloud_client(cloud),
               settings=settings) as agent:
        result = agent.run("Open my contacts and tell me how many there are")
    shown_locally = "\n".join(r.prompt_text() for r in local.requests)
    return result, fake, cloud, shown_locally


def test_a_real_phone_with_a_cloud_runs_and_masks_the_phones_contacts(tmp_path, recording_cloud):
    result, fake, cloud, shown_locally = run_on_phone(tmp_path, recording_cloud, NAMES)

    assert result.status == "succeeded" and result.answer == "three contacts", result.stop_reason
    first = result.steps[0]
    assert (first.action["kind"], first.action["app"], first.outcome) == ("open_app", "Contacts", "success")
    assert fake.screen == "contacts"
    assert ["am", "start", "-n", "com.android.contacts/.activities.PeopleActivity"] in fake.shell_commands()
    assert ["content", "query", "--uri", "content://com.android.contacts/contacts", "--projection",
            "display_name"] in fake.shell_commands()
    assert cloud.chat_calls > 0 and result.totals.get("cloud_calls", 0) > 0
    assert all(name in shown_locally for name in NAMES)  # the screen really showed them
    for name in NAMES:
        assert name.encode() not in cloud.raw
        assert all(part.encode() not in cloud.raw for part in name.replace("-", " ").split())
    assert b"<NAME_1>" in cloud.raw


def test_without_the_phones_contacts_the_names_would_reach_the_cloud(tmp_path, recording_cloud):
    """The check above can fail: the names on screen are found only because the phone declared them."""
    result, _, cloud, _ = run_on_phone(tmp_path, recording_cloud, [])

    assert result.status == "succeeded", result.stop_reason
    assert [name for name in NAMES if name.encode() in cloud.raw] == NAMES
