"""Fixtures for this example suite, on top of cascadroid's pytest plugin (`cascadroid_device`,
`cascadroid_agent`, `cascadroid_settings`).

`phone_task` sets a task of the simulated suite up on the device. The agent uses the bundled
local model; with CASCADROID_EXAMPLE_MODEL=oracle it uses the reference-solution test double
instead (cascadroid's own test of this example does that, so it runs in seconds).
"""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def phone_task(cascadroid_device, cascadroid_agent):
    from cascadroid.device.sim.tasks import registry

    def start(name: str, seed: int = 0, **params):
        task = registry().instance(name, seed, **params)
        task.setup_on(cascadroid_device)
        if os.environ.get("CASCADROID_EXAMPLE_MODEL") == "oracle":
            from cascadroid.testing import OracleModel

            cascadroid_agent.local = OracleModel(task, cascadroid_device)
        return task

    return start
