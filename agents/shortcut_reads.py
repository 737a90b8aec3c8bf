"""The reader of a learned shortcut's read step: the value the task carries from one app to another, read on
the screen the step meets by the same rules the notetaker uses in a run (the place named in a mail, an event's
place on its row), so a replay passes on the value of today's screen, never the one it was learned with."""

from __future__ import annotations

from collections.abc import Callable

from ..device.types import Observation


def reader(task: str) -> Callable[[Observation], str | None]:
    """``read(observation)``: the value of the task's read part on that screen, or None."""
    from . import candidates, notetaker, subgoals, task_parts
    from .perceptor import perceive
    from .wording import canonical

    part = subgoals.read_part(canonical(task)) or subgoals.read_part(task)
    objects = task_parts.goal_names(task) + candidates.quoted(task)

    def read(observation: Observation) -> str | None:
        if part is None:
            return None
        notes = notetaker.by_rules(task, perceive(observation).lines, objects, {})
        return next((notes[kind] for kind in part.kinds if notes.get(kind)), None)

    return read
