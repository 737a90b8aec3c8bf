"""Shortcuts from the agent's side: find a verified shortcut that fits the task, run it as one
action, and record how it went (a shortcut that keeps failing is retired by the store).

A learned shortcut's description is the task it was learned from with its parameters as
``{name}`` slots (``"Text {contact} {message}"``), so a new task of the same shape matches it
and yields the parameter values, with no model call.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..device.types import Device

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
    """Verified shortcuts of a MemoryStore, offered to the Operator."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def for_task(self, task: str, package: str) -> tuple[Any, dict[str, str]] | None:
        """The first verified shortcut whose description the task matches and whose app is in front."""
        for shortcut in self.store.list_shortcuts(state="verified"):
            app = shortcut.preconditions.app
            if app and app != package:
                continue
            params = match_task(shortcut.description, task)
            if params is not None and set(params) == set(shortcut.params_schema.get("properties", {})):
                return shortcut, params
        return None

    def run(self, device: Device, shortcut_id: int, params: dict[str, Any], *, key_prefix: str, run_id: str) -> Any:
        """Run it (each action keyed ``{key_prefix}.{i}``) and record the outcome."""
        from ..memory import run_shortcut

        shortcut = self.store.get_shortcut(shortcut_id)
        result = run_shortcut(device, shortcut, params, key_prefix=key_prefix)
        self.store.record_shortcut_run(result, run_id=run_id)
        return result


def verify_for_task(store: Any, shortcut: Any, task: Any, device_factory: Any) -> Any | None:
    """Replay a candidate on a fresh device set up for another instance of its task.

    ``task`` is a task instance with ``goal``, ``setup_on(device)`` and ``check(device, answer)``
    (the simulated suite's). Its goal gives the new parameter values; for tasks that change
    the phone (not questions) the task's own check must pass after the replay. None when the
    goal does not fit the shortcut's shape.
    """
    from ..memory import verify_shortcut

    params = match_task(shortcut.description, task.goal)
    if params is None or set(params) != set(shortcut.params_schema.get("properties", {})):
        return None
    if params and params == {k: str(v) for k, v in shortcut.example_params.items()}:
        return None  # the same values it was learned with prove nothing

    def fresh() -> Any:
        device = device_factory()
        task.setup_on(device)
        return device

    is_question = hasattr(task.template, "expected")
    check = None if is_question else (lambda device: bool(task.check(device, None)))
    return verify_shortcut(store, shortcut.id, fresh, params, check=check)
