"""The ``cascadroid`` command. User errors print a message and exit non-zero, never a traceback.

Exit codes: 0 the run claimed success, 1 it ended without success, 2 a user error
(bad option, unknown run id, bad config), 3 an internal error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from .errors import CascadroidError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="On-device Android agents.")
runs_app = typer.Typer(no_args_is_help=True, help="Inspect recorded runs.")
device_app = typer.Typer(no_args_is_help=True, help="Look at a device.")
tasks_app = typer.Typer(no_args_is_help=True, help="The simulated phone's task suite.")
app.add_typer(runs_app, name="runs")
app.add_typer(device_app, name="device")
app.add_typer(tasks_app, name="tasks")

console = Console()
err = Console(stderr=True)

DEMO_TASK = "Turn off Wi-Fi"

ConfigOpt = typer.Option(None, "--config", "-c", help="TOML settings file")
DataDirOpt = typer.Option(None, "--data-dir", help="where runs, memory and checkpoints are kept")
JsonOpt = typer.Option(False, "--json", help="print machine-readable JSON")


def _settings(config: Optional[Path], data_dir: Optional[Path], **overrides: Any) -> Any:
    from .settings import Settings

    if data_dir is not None:
        overrides["data_dir"] = data_dir
    return Settings.load(config, **overrides)


def _print_step(step: Any) -> None:
    tiers = ",".join(step.tiers) or "-"
    console.print(
        f"[bold]step {step.index}[/] [cyan]{step.package.rsplit('.', 1)[-1] or '?'}[/] "
        f"{step.description}  [dim]{step.reason[:70]}[/]  -> "
        f"{'[green]' if step.outcome == 'success' else '[yellow]'}{step.outcome}[/]  "
        f"[dim]tier={tiers} tokens={step.prompt_tokens}+{step.completion_tokens} "
        f"{step.latency_s:.1f}s ${step.cost_usd:.4f}[/]"
    )


def _run_and_report(agent: Any, events: Any, as_json: bool) -> None:
    from .agent import RunFinished

    result = None
    for event in events:
        if isinstance(event, RunFinished):
            result = event.result
        elif not as_json:
            _print_step(event)
    if result is None:  # pragma: no cover - stream always ends with RunFinished
        raise typer.Exit(3)
    if as_json:
        print(result.model_dump_json(indent=2))
    else:
        colour = "green" if result.success else "red"
        console.print(
            f"[{colour}]{result.status}[/] run {result.run_id}: {result.stop_reason}"
            + (f"\nanswer: {result.answer}" if result.answer else "")
            + f"\n{int(result.totals.get('model_calls', 0))} model calls, "
            f"{int(result.totals.get('prompt_tokens', 0) + result.totals.get('completion_tokens', 0))} tokens, "
            f"${result.totals.get('cost_usd', 0):.4f}, {result.seconds:.1f}s"
        )
    agent.close()
    raise typer.Exit(0 if result.success else 1)


@app.command()
def run(
    task: str = typer.Argument(..., help="what the agent should do, in words"),
    device: str = typer.Option("sim", help="sim | appium | adb"),
    seed: int = typer.Option(0, help="seed of the simulated phone"),
    model_path: Optional[Path] = typer.Option(None, help="GGUF file for the local model"),
    cloud_url: Optional[str] = typer.Option(None, help="OpenAI-compatible endpoint for escalation"),
    max_steps: Optional[int] = typer.Option(None, help="stop after this many actions"),
    config: Optional[Path] = ConfigOpt,
    data_dir: Optional[Path] = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Run one task and print each step as it happens."""
    from .agent import Agent

    overrides: dict[str, Any] = {}
    if model_path is not None:
        overrides["local"] = {"model_path": model_path}
    if cloud_url is not None:
        overrides["cloud"] = {"base_url": cloud_url}
    if max_steps is not None:
        overrides["agent"] = {"max_steps": max_steps}
    settings = _settings(config, data_dir, **overrides)
    agent = Agent(_make_device(device, seed), settings=settings)
    _run_and_report(agent, agent.stream(task), as_json)


@app.command()
def demo(
    task: str = typer.Option(DEMO_TASK, help="the phone task to run"),
    max_steps: int = typer.Option(8, help="stop after this many actions"),
    data_dir: Optional[Path] = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Run a phone task on the simulated phone with the bundled local model (offline, no keys)."""
    from .agent import Agent

    settings = _settings(None, data_dir, agent={"max_steps": max_steps})
    if not as_json:
        console.print(f"[bold]cascadroid demo[/]: {task!r} on the simulated phone, local model only")
    agent = Agent(settings=settings)
    _run_and_report(agent, agent.stream(task), as_json)


@app.command()
def resume(
    run_id: str = typer.Argument(..., help="the run to finish"),
    device: str = typer.Option("sim", help="sim | appium | adb"),
    seed: int = typer.Option(0, help="seed of the simulated phone"),
    config: Optional[Path] = ConfigOpt,
    data_dir: Optional[Path] = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Finish an interrupted run without repeating an action."""
    from .agent import Agent

    agent = Agent(_make_device(device, seed), settings=_settings(config, data_dir))
    _run_and_report(agent, agent.stream_resume(run_id), as_json)


@runs_app.command("list")
def runs_list(limit: int = 20, data_dir: Optional[Path] = DataDirOpt, as_json: bool = JsonOpt) -> None:
    """Recent runs."""
    store = _store(data_dir)
    runs = store.list_runs(limit=limit)
    if as_json:
        print(json.dumps([r.model_dump(mode="json") for r in runs], indent=2))
        return
    for r in runs:
        console.print(f"{r.run_id}  {r.status:<9}  {r.task[:60]}  [dim]{r.stop_reason or ''}[/]")


@runs_app.command("show")
def runs_show(run_id: str, data_dir: Optional[Path] = DataDirOpt, as_json: bool = JsonOpt) -> None:
    """One run with its steps."""
    from .agents.operator import describe

    store = _store(data_dir)
    record = store.get_run(run_id)
    steps = store.steps(run_id)
    if as_json:
        print(json.dumps({"run": record.model_dump(mode="json"), "steps": [s.model_dump(mode="json") for s in steps]},
                         indent=2))
        return
    console.print(f"[bold]{record.run_id}[/] {record.status}: {record.task}\n{record.stop_reason or ''}")
    for s in steps:
        console.print(f"  {s.index}. {describe(s.action)} -> {s.outcome} [dim]{s.outcome_reason}[/]")


@device_app.command("show")
def device_show(
    out: Path = typer.Option(Path("screen"), "--out", "-o", help="folder for screen.png and screen.xml"),
    device: str = typer.Option("sim", help="sim | appium | adb"),
    seed: int = typer.Option(0, help="seed of the simulated phone"),
    app_name: Optional[str] = typer.Option(None, "--app", help="open this app first (sim only)"),
) -> None:
    """Write what the agent sees now: the screenshot as PNG and the UI tree as XML."""
    from .agents.perceptor import perceive
    from .device.types import OpenApp

    dev = _make_device(device, seed)
    if app_name:
        dev.act(OpenApp(app=app_name))
    obs = dev.observe(screenshot=True)
    out.mkdir(parents=True, exist_ok=True)
    (out / "screen.xml").write_text(obs.xml)
    if obs.screenshot:
        (out / "screen.png").write_bytes(obs.screenshot)
    console.print(perceive(obs).text())
    console.print(f"[dim]wrote {out / 'screen.png'} and {out / 'screen.xml'}[/]")


@tasks_app.command("list")
def tasks_list(as_json: bool = JsonOpt) -> None:
    """The task templates of the simulated suite."""
    from .device.sim.tasks import registry

    templates = registry().templates()
    if as_json:
        print(json.dumps([{"name": t.name, "apps": t.apps, "difficulty": t.difficulty} for t in templates], indent=2))
        return
    for t in templates:
        console.print(f"{t.name:<36} {t.difficulty:<7} {', '.join(t.apps)}")


def _make_device(kind: str, seed: int) -> Any:
    from .errors import ConfigurationError

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


def _store(data_dir: Optional[Path]) -> Any:
    from .memory import MemoryStore

    settings = _settings(None, data_dir)
    return MemoryStore(Path(settings.data_dir) / "cascadroid.db")


def main() -> None:
    """Entry point: typer handles usage errors (exit 2); cascadroid errors print without a traceback."""
    try:
        app()
    except CascadroidError as exc:
        err.print(f"[red]error:[/] {exc.message}" + (f"\n[dim]hint: {exc.hint}[/]" if exc.hint else ""))
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
