"""Shortcuts from the agent's side: find a verified shortcut that fits the task (the agent replays it one step at a
time, agents/shortcut_replay.py), run one whole (``ShortcutUse.run``, as verification does), and record how it went.

A learned shortcut's description is the task it was learned from with its parameters as
``{name}`` slots (``"Text {contact} {message}"``), so a new task of the same shape matches it
and yields the parameter values, with no model call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..device.types import Device

if TYPE_CHECKING:
    from ..memory.shortcut_store import ShortcutStore  # importing memory is slow; only its type is needed

_SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=512)
def task_pattern(description: str) -> re.Pattern[str]:
    """``"Text {contact} hi"`` -> a regex with a named group per slot, whole-string, any case."""
    parts, last, seen = [], 0, set()
    for match in _SLOT.finditer(description):
        name = match.group(1)
        parts.append(re.escape(description[last:match.start()]))
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")  # a repeated slot repeats its value
        seen.add(name)
        last = match.end()
    parts.append(re.escape(description[last:]))
    return re.compile("".join(parts).replace(r"\ ", r"\s+") + r"\s*[.!]?", re.IGNORECASE)


def match_task(description: str, task: str) -> dict[str, str] | None:
    """The slot values if ``task`` has the description's shape, else None."""
    found = task_pattern(description).fullmatch(task.strip())
    return {k: v.strip() for k, v in found.groupdict().items()} if found else None


class ShortcutUse:
    """Verified shortcuts of a store (``MemoryStore.shortcuts``), offered to the Operator."""

    def __init__(self, shortcuts: ShortcutStore) -> None:
        self.shortcuts = shortcuts

    def for_task(self, task: str, package: str) -> tuple[Any, dict[str, str]] | None:
        """The first verified shortcut whose description the task matches and whose app is in front."""
        for shortcut in self.shortcuts.all(state="verified"):
            app = shortcut.preconditions.app
            if app and app != package:
                continue
            params = match_task(shortcut.description, task)
            if params is not None and set(params) == set(shortcut.params_schema.get("properties", {})):
                return shortcut, params
        return None

    def run(self, device: Device, shortcut_id: int, params: dict[str, Any], *, key_prefix: str, run_id: str,
            task: str = "") -> Any:
        """Run it (each action keyed ``{key_prefix}.{i}``; a read step reads the ``task``'s value) and record the outcome."""
        from ..memory import run_shortcut
        from .shortcut_reads import reader

        shortcut = self.shortcuts.get(shortcut_id)
        result = run_shortcut(device, shortcut, params, key_prefix=key_prefix, read=reader(task) if task else None)
        self.shortcuts.record_run(result, run_id=run_id)
        return result


def verify_for_goal(
    shortcuts: ShortcutStore, shortcut: Any, goal: str, fresh_device: Callable[[], Device],
    check: Callable[[Device], bool] | None = None,
) -> Any | None:
    """Replay a candidate for another task of its shape, so it is verified before it is used.

    ``goal`` (the other task's wording) gives the new parameter values (and what a read step reads); ``fresh_device()`` is a
    device set up for it; ``check(device)``, when given, must hold after the replay. None when
    the goal does not fit the shortcut's shape, or repeats the values it was learned with.
    """
    from ..memory import verify_shortcut
    from .shortcut_reads import reader

    params = match_task(shortcut.description, goal)
    if params is None or set(params) != set(shortcut.params_schema.get("properties", {})):
        return None
    if params and params == {k: str(v) for k, v in shortcut.example_params.items()}:
        return None  # the same values it was learned with prove nothing
    return verify_shortcut(shortcuts, shortcut.id, fresh_device, params, check=check, read=reader(goal))
