"""Verifying a candidate shortcut: replay it on a fresh device with new parameters, record the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..device.types import Device
from ..errors import ConfigurationError
from .records import ShortcutRun
from .shortcut_store import ShortcutStore
from .shortcuts import Reader, run_shortcut, validate_params


def verify_shortcut(
    shortcuts: ShortcutStore,
    shortcut_id: int,
    device_factory: Callable[[], Device],
    params: dict[str, Any],
    *,
    check: Callable[[Device], bool] | None = None,
    run_id: str | None = None,
    read: Reader | None = None,
) -> ShortcutRun:
    """Replay a shortcut on a fresh device with new parameters and record the outcome.

    Success (every step ran and ``check(device)`` holds, when given) makes a candidate
    verified; failures count towards retirement (see :meth:`ShortcutStore.record_run`). ``read`` reads the
    value of a read step on the fresh device (see :func:`run_shortcut`).
    """
    shortcut = shortcuts.get(shortcut_id)
    if shortcut.state == "retired":
        raise ConfigurationError(
            f"shortcut {shortcut.name!r} is retired",
            hint=f"store.shortcuts.set_state({shortcut_id}, 'candidate') first to give it another chance",
        )
    values = validate_params(shortcut, params)
    if shortcut.example_params and values == validate_params(shortcut, shortcut.example_params):
        raise ConfigurationError(
            f"shortcut {shortcut.name!r}: verification parameters are the ones it was learned with {values}",
            hint="pass different values, so the replay shows the shortcut generalises",
        )
    device = device_factory()
    try:
        result = run_shortcut(device, shortcut, values, read=read)
        if result.succeeded and check is not None and not check(device):
            result = result.model_copy(update={"status": "check_failed", "reason": "the check after the replay failed"})
    finally:
        close = getattr(device, "close", None)
        if callable(close):
            close()
    shortcuts.record_run(result, run_id=run_id, verification=True)
    return result
