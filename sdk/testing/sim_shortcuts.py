"""Verifying learned shortcuts on the simulated suite's tasks (for tests and benchmarks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..agents.shortcuts import verify_for_goal
from ..device.sim import SimDevice
from ..device.sim.tasks import QuestionTask, TaskInstance

if TYPE_CHECKING:
    from ..memory.shortcut_store import ShortcutStore  # importing memory is slow; only its type is needed


def verify_for_task(
    shortcuts: ShortcutStore, shortcut: Any, task: TaskInstance, device_factory: Callable[[], SimDevice]
) -> Any | None:
    """Replay a candidate on a fresh phone set up for another instance of its task.

    A task that changes the phone must pass its own check after the replay; a question only
    needs the replay to run (its answer is the agent's, not the shortcut's). None when the
    goal does not fit the shortcut's shape.
    """

    def fresh() -> SimDevice:
        device = device_factory()
        task.setup_on(device)
        return device

    check = None if isinstance(task.template, QuestionTask) else (lambda device: bool(task.check(device, None)))
    return verify_for_goal(shortcuts, shortcut, task.goal, fresh, check=check)
