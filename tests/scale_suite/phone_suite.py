"""A user-style suite run by test_scale_xdist.py under ``pytest -n 2`` (not collected on its own).

Each test sets a task of the simulated suite up on its phone, runs the agent (the oracle double,
so it takes a fraction of a second) and appends who ran it to ``$SCALE_SUITE_LOG``.
"""

import json
import os

import pytest

from cascadroid.device.sim.tasks import registry
from cascadroid.testing import OracleModel

TASKS = ["clock_add_alarm", "clock_start_stopwatch", "contacts_add", "contacts_star", "notes_create",
         "notes_delete", "phone_dial_number", "settings_bluetooth"]


@pytest.mark.parametrize("name", TASKS)
def test_the_agent_does_the_task(name, cascadroid_agent, cascadroid_device):
    task = registry().instance(name, seed=1)
    task.setup_on(cascadroid_device)
    cascadroid_agent.local = OracleModel(task, cascadroid_device)
    result = cascadroid_agent.run(task.goal)
    assert task.check(cascadroid_device, result.answer), result.stop_reason
    with open(os.environ["SCALE_SUITE_LOG"], "a") as log:
        log.write(json.dumps({"task": name, "run_id": result.run_id, "worker": os.environ.get("PYTEST_XDIST_WORKER"),
                              "pid": os.getpid(), "device": id(cascadroid_device)}) + "\n")
