"""A run that a test kills with SIGKILL and then resumes (see test_crash_resume.py).

Run as a script: ``python crash_worker.py URL DATA_DIR RUN_ID KILL_AT`` drives the phone served
at URL; when the action with step number KILL_AT has landed on the phone, the process kills
itself with SIGKILL: inside the act node, before LangGraph can checkpoint it.
"""

from __future__ import annotations

import os
import signal
import sys

from cascadroid.agent import Agent
from cascadroid.device.script import back, done, open_app, tap
from cascadroid.device.sim.server import RemoteSimDevice
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel
from cascadroid.testing.oracle import step_choice

TASK = "Turn off Wi-Fi and turn on airplane mode, then open the Clock"
STEPS = [
    open_app("Settings"),
    tap(text="Network & internet"),
    tap(resource_id="com.android.settings:id/wifi_switch"),
    tap(resource_id="com.android.settings:id/airplane_switch"),
    back(),
    open_app("Clock"),
    done("ok"),
]


class FollowSteps:
    """Answers operator calls with the next script step, resolved on the live screen."""

    def __init__(self, device):
        self.device = device

    def __call__(self, request):
        if request.purpose == "manager":
            return {"plan": ["follow the script"], "subgoal": "next step", "done": False}
        if request.purpose == "notetaker":
            return {"notes": []}
        if request.purpose == "reflector":
            return {"outcome": "success", "reason": "scripted"}
        step = STEPS[int(request.signals["step"] - request.signals["waits"])]
        return step_choice(step, self.device.observe())


class KillAfterAct:
    """Wraps a device; dies right after the action with step number ``kill_at`` lands."""

    def __init__(self, device, kill_at: int, *, dedup: bool = True):
        self.device, self.kill_at = device, kill_at
        self.deduplicates_actions = dedup  # False: act like a real phone, which cannot dedup keys

    def observe(self, **kwargs):
        return self.device.observe(**kwargs)

    def act(self, action):
        result = self.device.act(action)
        if action.idempotency_key and action.idempotency_key.endswith(f":{self.kill_at}"):
            os.kill(os.getpid(), signal.SIGKILL)
        return result


def make_agent(device, data_dir: str) -> Agent:
    settings = Settings.load(data_dir=data_dir, agent={"save_screenshots": False, "learn": "off"})
    return Agent(device, local=ScriptedModel(responder=FollowSteps(device)), settings=settings)


if __name__ == "__main__":
    url, data_dir, run_id, kill_at = sys.argv[1:5]
    remote = RemoteSimDevice(url)
    make_agent(KillAfterAct(remote, int(kill_at)), data_dir).run(TASK, run_id=run_id)
    sys.exit(3)  # not reached: the process kills itself first
