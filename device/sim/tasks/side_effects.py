"""Side effects: the whole simulated phone's state before and after a task, as flat paths.

A task declares what it may change (:attr:`TaskTemplate.may_change`, patterns over these paths);
its check fails when anything else differs from the baseline taken right after setup.

Paths are dotted: ``settings.wifi``, ``clock.alarms.#3.enabled`` (a record of a list is named by
its ``id``), ``settings.paired_devices.1`` (other lists by position; a list that grew or shrank
is one change at its own path), ``system.permissions.maps``. A pattern covers the paths it
matches (``fnmatch``: ``*`` is any text, dots included) and everything below them:
``messages.threads`` covers every thread, ``messages.threads.*.read`` only the read flags.

Left out as volatile, never a side effect: the foreground app, screens, scroll positions, the
keyboard, the clock's time, the answer given with done(), and record counters (``next_id``:
a counter that moved with no record added means one was added and removed again).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

# Changes any task may make: the phone's own reactions, not the agent's doing.
ALWAYS_MAY_CHANGE: tuple[str, ...] = (
    "system.notifications",  # posted and cleared by the phone (incoming texts, surprises)
    "system.permissions",  # a permission prompt the phone raised had to be answered either way
)


def phone_state(device: Any) -> dict[str, Any]:
    """Everything durable on the phone: every app's state and the system's (JSON-ready)."""
    data = device.export_state()
    system = {"notifications": data["notifications"], "permissions": dict(device.permissions)}
    return {**data["apps"], "system": system}


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """``{"clock": {"alarms": [{"id": 3, "enabled": True}]}}`` -> ``{"clock.alarms.#3.enabled": True}``."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not _counter(str(key)):
                out.update(flatten(item, _join(prefix, str(key))))
        return out or {prefix: {}}
    if isinstance(value, list):
        out = {}
        for key, item in zip(_record_keys(value), value):
            out.update(flatten(item, _join(prefix, key)))
        return out or {prefix: []}
    return {prefix: value}


@dataclass(frozen=True)
class StateChange:
    """One path whose value differs; ``None`` on one side means absent there."""

    path: str
    before: Any
    after: Any

    def __str__(self) -> str:
        if self.before is None:
            return f"{self.path}: added"
        if self.after is None:
            return f"{self.path}: removed"
        return f"{self.path}: {_short(self.before)} -> {_short(self.after)}"


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[StateChange]:
    """Changed paths between two :func:`phone_state` dicts; a removed or added record is one change."""
    keys = [k for k in before.keys() | after.keys() if before.get(k) != after.get(k)]  # most apps are untouched
    old, new = flatten({k: before[k] for k in keys if k in before}), flatten({k: after[k] for k in keys if k in after})
    changes = [StateChange(p, old.get(p), new.get(p)) for p in sorted(old.keys() | new.keys())
               if old.get(p) != new.get(p) and not _emptied(old.get(p), new.get(p))]
    return _collapse(changes, old, new)


def covered(path: str, patterns: tuple[str, ...] | list[str]) -> bool:
    """Is ``path`` one of ``patterns`` or below one?"""
    return any(fnmatchcase(path, p) or fnmatchcase(path, p + ".*") for p in patterns)


def side_effects(changes: list[StateChange], may_change: tuple[str, ...] | list[str]) -> list[StateChange]:
    """The changes no pattern of ``may_change`` (nor :data:`ALWAYS_MAY_CHANGE`) covers."""
    allowed = (*may_change, *ALWAYS_MAY_CHANGE)
    return [c for c in changes if not covered(c.path, allowed)]


@dataclass(frozen=True)
class CheckResult:
    """A task check: did the phone reach the goal, and what else changed that should not have."""

    goal_met: bool
    side_effects: tuple[StateChange, ...] = ()
    reasons: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        return self.goal_met and not self.side_effects

    def describe(self) -> str:
        """One line: 'passed', or what went wrong (goal not reached, each side effect)."""
        if self.passed:
            return "passed"
        parts = list(self.reasons) + [f"side effect {c}" for c in self.side_effects]
        return "; ".join(parts) or "the phone is not in the goal state"


def _collapse(changes: list[StateChange], old: dict[str, Any], new: dict[str, Any]) -> list[StateChange]:
    """A record present on one side only is reported once, at the record's path."""
    out: list[StateChange] = []
    seen: set[str] = set()
    for change in changes:
        record = next((r for r in _record_paths(change.path) if _has(old, r) != _has(new, r)), None)
        if record is not None:
            if record not in seen:
                seen.add(record)
                out.append(StateChange(record, None if not _has(old, record) else "record",
                                       None if not _has(new, record) else "record"))
            continue
        out.append(change)
    return out


def _record_paths(path: str) -> list[str]:
    """The list items ``path`` lies in, outermost first (``messages.threads.#3``, ``...#3.messages.4``)."""
    parts = path.split(".")
    return [".".join(parts[: i + 1]) for i, part in enumerate(parts) if part.startswith("#") or part.isdigit()]


def _emptied(before: Any, after: Any) -> bool:
    """An empty container's own path appearing or going: its items' changes say it already."""
    return (before is None and after in ([], {})) or (after is None and before in ([], {}))


def _has(flat: dict[str, Any], record: str) -> bool:
    return any(p == record or p.startswith(record + ".") for p in flat)


def _record_keys(items: list[Any]) -> list[str]:
    ids = [item.get("id") for item in items if isinstance(item, dict)]
    if len(ids) == len(items) and None not in ids and len(set(map(str, ids))) == len(ids):
        return [f"#{i}" for i in ids]
    return [str(i) for i in range(len(items))]


def _counter(key: str) -> bool:
    return key.startswith("next_") and key.endswith("id")


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


__all__ = ["ALWAYS_MAY_CHANGE", "CheckResult", "StateChange", "covered", "diff", "flatten", "phone_state",
           "side_effects"]
