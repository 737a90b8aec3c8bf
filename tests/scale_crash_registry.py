"""A task registry whose flagged task kills its worker process the first time it is run.

Used by test_scale_ray.py as ``registry="scale_crash_registry:registry"``: the worker dies with
``os._exit`` when the agent sends its first action (mid-run: the run and its checkpoints exist,
the action has not landed). ``$CASCADROID_TEST_CRASH_TASK`` names the template;
``$CASCADROID_TEST_CRASH_DIR`` holds the marker that makes it happen once across processes.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

from cascadroid.device.sim.tasks import registry as builtin_registry
from cascadroid.device.sim.tasks.registry import TaskRegistry


def registry() -> TaskRegistry:
    flagged = os.environ.get("CASCADROID_TEST_CRASH_TASK")
    marker_dir = Path(os.environ.get("CASCADROID_TEST_CRASH_DIR", "."))
    templates = []
    for template in builtin_registry().templates():
        if template.name == flagged:
            template = _crashing(template, marker_dir / f"crashed-{flagged}")
        templates.append(template)
    return TaskRegistry(templates)


def _crashing(template, marker: Path):
    """The template, with a phone that kills the process at its first action, before it lands."""
    setup = template.setup

    def setup_and_arm(device, params):
        setup(device, params)
        act = device.act

        def act_or_die(action):
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return act(action)
            os.write(fd, f"{os.getpid()}\n".encode())
            os.close(fd)
            os._exit(1)

        device.act = act_or_die

    crashing = copy.copy(template)
    crashing.setup = setup_and_arm
    return crashing
