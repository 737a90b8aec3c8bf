"""Model factories for `cascadroid run/resume --model cli_models:NAME` in the CLI tests
(the tests put this folder on PYTHONPATH). Each takes the device and returns a Model."""

from __future__ import annotations

import os

from cascadroid.device.sim.tasks import registry
from cascadroid.testing import GatedModel, OracleModel

WIFI_TASK = registry().instance("settings_wifi", seed=0)  # "Turn Wi-Fi off" on a default phone
HOLD_FROM_STEP = 2  # the third action (tapping the Wi-Fi switch) waits for the gate file


def wifi_oracle(device):
    """The Wi-Fi task's oracle; from its third action on it waits for $CASCADROID_TEST_GATE to exist."""
    return GatedModel(OracleModel(WIFI_TASK, device), os.environ["CASCADROID_TEST_GATE"], hold_from_step=HOLD_FROM_STEP)


def not_a_model(device):
    return "not a model"
