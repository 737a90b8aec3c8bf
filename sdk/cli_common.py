"""What the ``cascadroid`` commands share: output that never wraps off a terminal, the common
options, settings, devices, the store, and how a user error is printed."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from .errors import CascadroidError, ConfigurationError

ConfigOpt = typer.Option(None, "--config", "-c", help="TOML settings file")
DataDirOpt = typer.Option(None, "--data-dir", help="where runs, memory and checkpoints are kept")
JsonOpt = typer.Option(False, "--json", help="print machine-readable JSON")


class Output:
    """Prints with rich to the current stdout (or stderr). On a terminal rich wraps to its width;
    written to a pipe or a file, lines are never wrapped (a path or an error stays one line)."""

    def __init__(self, *, stderr: bool = False) -> None:
        self.stderr = stderr

    def print(self, *objects: Any, **kwargs: Any) -> None:
        stream = sys.stderr if self.stderr else sys.stdout
        terminal = stream.isatty()
        Console(file=stream, soft_wrap=not terminal, width=None if terminal else 10_000).print(*objects, **kwargs)


console = Output()
err = Output(stderr=True)


def print_error(exc: CascadroidError) -> None:
    """``error: message`` and ``hint: ...`` on stderr (markup in the text is shown as typed)."""
    err.print(f"[red]error:[/] {escape(exc.message)}" + (f"\n[dim]hint: {escape(exc.hint)}[/]" if exc.hint else ""))


def settings_for(config: Path | None, data_dir: Path | None, **overrides: Any) -> Any:
    from .settings import Settings

    if data_dir is not None:
        overrides["data_dir"] = data_dir
    return Settings.load(config, **overrides)


def make_device(kind: str, seed: int) -> Any:
    if kind == "sim":
        from .device.sim import SimDevice

        return SimDevice(seed=seed)
    if kind == "appium":
        from .device.appium import AppiumDevice

        return AppiumDevice.from_settings()
    if kind == "adb":
        from .device.adb import AdbDevice

        return AdbDevice()
    raise ConfigurationError(f"unknown device {kind!r}", hint="use sim, appium or adb")


def open_store(data_dir: Path | None) -> Any:
    from .memory import MemoryStore

    settings = settings_for(None, data_dir)
    return MemoryStore(Path(settings.data_dir) / "cascadroid.db")


def load_model(spec: str, device: Any) -> Any:
    """The Model that ``'module:function'`` makes for ``device`` (your own backend, or a test double)."""
    from .models.base import Model

    module, _, name = spec.partition(":")
    hint = "pass 'package.module:function' (importable: installed or on PYTHONPATH) taking the device, returning a Model"
    if not module or not name:
        raise ConfigurationError(f"--model {spec!r} is not 'module:function'", hint=hint)
    try:
        factory = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ConfigurationError(f"cannot load the model factory {spec!r}: {exc}", hint=hint) from exc
    model = factory(device)
    if not isinstance(model, Model):
        raise ConfigurationError(f"the model factory {spec!r} returned {type(model).__name__}, not a cascadroid Model",
                                 hint="return an instance of a cascadroid.models.Model subclass")
    return model
