"""Jobs for ``run_on_devices`` in test_scale_ray.py (importable by Ray workers via PYTHONPATH)."""

from __future__ import annotations

import os

from cascadroid.device.types import OpenApp


def open_settings(device, item):
    """Open Settings on the leased phone; report what ran where. ``item``: (n, crash marker or None)."""
    n, marker = item
    if marker is not None:
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            os._exit(1)  # the first time only: the worker dies holding its phone
        except FileExistsError:
            pass
    device.act(OpenApp(app="Settings"))
    return {"n": n, "package": device.observe().package, "seed": device.seed, "pid": os.getpid()}


def refuse(device, item):
    raise ValueError(f"bad item {item!r}")
