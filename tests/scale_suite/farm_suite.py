"""A device-farm suite run by test_scale_xdist.py: ``pytest -n 2 --cascadroid-device=adb
--cascadroid-serial=A,B`` against a fake adb. Each test logs which phone it held and when."""

import json
import os
import time

import pytest


@pytest.mark.parametrize("n", range(8))
def test_holds_one_phone(n, cascadroid_device):
    started = time.time()
    assert cascadroid_device.observe().package
    time.sleep(0.1)
    with open(os.environ["SCALE_SUITE_LOG"], "a") as log:
        log.write(json.dumps({"n": n, "serial": cascadroid_device.serial, "start": started, "end": time.time(),
                              "worker": os.environ.get("PYTEST_XDIST_WORKER")}) + "\n")
