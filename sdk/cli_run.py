"""``cascadroid run``, ``resume`` and ``demo``: one task, each step printed as it happens.

Ctrl-C (SIGINT) or SIGTERM stops the run at its last checkpoint: it is recorded ``interrupted``,
the run id and the exact command that resumes it are printed on stderr, and the exit code is
130 (SIGINT) or 143 (SIGTERM).
"""

from __future__ import annotations

import json
import shlex
import uuid
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from .cli_common import ConfigOpt, DataDirOpt, JsonOpt, console, err, load_model, make_device, settings_for

DeviceOpt = typer.Option("sim", help="sim | appium | adb")
SeedOpt = typer.Option(0, help="seed of the simulated phone")
ModelOpt = typer.Option(None, "--model", help="'module:function' making your own local Model from the device")
ModelPathOpt = typer.Option(None, help="GGUF file for the local model")
CloudUrlOpt = typer.Option(None, help="OpenAI-compatible endpoint for escalation")
MaxStepsOpt = typer.Option(None, help="stop after this many actions")


def run(
    task: str = typer.Argument(..., help="what the agent should do, in words"),
    device: str = DeviceOpt,
    seed: int = SeedOpt,
    model: str | None = ModelOpt,
    model_path: Path | None = ModelPathOpt,
    cloud_url: str | None = CloudUrlOpt,
    max_steps: int | None = MaxStepsOpt,
    config: Path | None = ConfigOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Run one task and print each step as it happens (Ctrl-C: stop, and print how to resume)."""
    options = dict(device=device, seed=seed, model=model, model_path=model_path, cloud_url=cloud_url,
                   max_steps=max_steps, config=config, data_dir=data_dir)
    agent = _agent(**options)
    run_id = uuid.uuid4().hex[:12]
    _run_and_report(agent, agent.stream(task, run_id=run_id), run_id, _resume_command(run_id, **options), as_json)


def resume(
    run_id: str = typer.Argument(..., help="the run to finish"),
    device: str = DeviceOpt,
    seed: int = SeedOpt,
    model: str | None = ModelOpt,
    model_path: Path | None = ModelPathOpt,
    cloud_url: str | None = CloudUrlOpt,
    max_steps: int | None = MaxStepsOpt,
    config: Path | None = ConfigOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Finish an interrupted run without repeating an action (a simulated phone is restored as it was)."""
    options = dict(device=device, seed=seed, model=model, model_path=model_path, cloud_url=cloud_url,
                   max_steps=max_steps, config=config, data_dir=data_dir)
    agent = _agent(**options)
    _run_and_report(agent, agent.stream_resume(run_id), run_id, _resume_command(run_id, **options), as_json)


def demo(
    task_name: str = typer.Option("settings_wifi", "--task", help="a task of the simulated suite (cascadroid tasks list)"),
    seed: int = typer.Option(0, help="seed of the task and the simulated phone"),
    max_steps: int = typer.Option(8, help="stop after this many actions"),
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Run a suite task on the simulated phone with the bundled local model (offline, no keys).

    Prints each step as it happens, then the task's own check of the phone's state. Exits 0
    when the demo ran, whatever the check says (the tiny bundled model often fails).
    """
    from .agent import Agent
    from .device.sim import SimDevice
    from .device.sim.tasks import registry

    task = registry().instance(task_name, seed=seed)
    phone = SimDevice(seed=seed)
    task.setup_on(phone)
    settings = settings_for(None, data_dir, agent={"max_steps": max_steps})
    if not as_json:
        console.print(f"[bold]cascadroid demo[/]: {escape(repr(task.goal))} on the simulated phone, local model only")
    run_id = uuid.uuid4().hex[:12]
    command = _resume_command(run_id, device="sim", seed=seed, model=None, model_path=None, cloud_url=None,
                              max_steps=max_steps, config=None, data_dir=data_dir)
    with Agent(phone, settings=settings) as agent:
        result = _follow(agent, agent.stream(task.goal, run_id=run_id), run_id, command, as_json)
    passed = bool(task.check(phone, result.answer if result else None))
    if as_json:
        print(json.dumps({"task": task.name, "goal": task.goal, "check_passed": passed,
                          "result": result.model_dump(mode="json") if result else None}, indent=2))
        return
    if result is not None:
        console.print(f"run {result.run_id}: {result.status} ({escape(result.stop_reason)}); "
                      f"{int(result.totals.get('model_calls', 0))} model calls, {result.seconds:.1f}s")
    console.print(f"task check (read from the phone): {'[green]passed' if passed else '[red]not passed'}[/]")


def print_step(step: Any) -> None:
    tiers = ",".join(step.tiers) or "-"
    console.print(
        f"[bold]step {step.index}[/] [cyan]{escape(step.package.rsplit('.', 1)[-1] or '?')}[/] "
        f"{escape(step.description)}  [dim]{escape(step.reason[:70])}[/]  -> "
        f"{'[green]' if step.outcome == 'success' else '[yellow]'}{step.outcome}[/]  "
        f"[dim]tier={tiers} tokens={step.prompt_tokens}+{step.completion_tokens} "
        f"{step.latency_s:.1f}s ${step.cost_usd:.4f}[/]"
    )


def _agent(*, device: str, seed: int, model: str | None, model_path: Path | None, cloud_url: str | None,
           max_steps: int | None, config: Path | None, data_dir: Path | None) -> Any:
    from .agent import Agent

    overrides: dict[str, Any] = {}
    if model_path is not None:
        overrides["local"] = {"model_path": model_path}
    if cloud_url is not None:
        overrides["cloud"] = {"base_url": cloud_url}
    if max_steps is not None:
        overrides["agent"] = {"max_steps": max_steps}
    settings = settings_for(config, data_dir, **overrides)
    phone = make_device(device, seed)
    return Agent(phone, local=load_model(model, phone) if model else None, settings=settings)


def _resume_command(run_id: str, **options: Any) -> str:
    """The command line that resumes ``run_id`` with the options this one was given."""
    parts = ["cascadroid", "resume", run_id]
    if options["device"] != "sim":
        parts += ["--device", options["device"]]
    if options["seed"]:
        parts += ["--seed", str(options["seed"])]
    for flag, name in (("--model", "model"), ("--model-path", "model_path"), ("--cloud-url", "cloud_url"),
                       ("--max-steps", "max_steps"), ("--config", "config"), ("--data-dir", "data_dir")):
        value = options[name]
        if value is not None:
            parts += [flag, str(Path(value).resolve()) if isinstance(value, Path) else str(value)]
    return shlex.join(parts)


def _run_and_report(agent: Any, events: Any, run_id: str, resume_command: str, as_json: bool) -> None:
    result = _follow(agent, events, run_id, resume_command, as_json)
    if as_json:
        print(result.model_dump_json(indent=2))
    else:
        colour = "green" if result.success else "red"
        console.print(
            f"[{colour}]{result.status}[/] run {result.run_id}: {escape(result.stop_reason)}"
            + (f"\nanswer: {escape(result.answer)}" if result.answer else "")
            + f"\n{int(result.totals.get('model_calls', 0))} model calls, "
            f"{int(result.totals.get('prompt_tokens', 0) + result.totals.get('completion_tokens', 0))} tokens, "
            f"${result.totals.get('cost_usd', 0):.4f}, {result.seconds:.1f}s"
        )
    agent.close()
    raise typer.Exit(0 if result.success else 1)


def _follow(agent: Any, events: Any, run_id: str, resume_command: str, as_json: bool) -> Any:
    """Print each step as it comes and return the RunResult; on Ctrl-C or SIGTERM, say how to resume
    and exit 128 + the signal number."""
    from .agent import RunFinished
    from .lifecycle import signal_of, sigterm_interrupts

    result = None
    try:
        with sigterm_interrupts():
            for event in events:
                if isinstance(event, RunFinished):
                    result = event.result
                elif not as_json:
                    print_step(event)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Interrupted)
        try:
            events.throw(exc)  # it came between two steps: the stream records the run as interrupted
        except KeyboardInterrupt:
            pass
        agent.close()
        if as_json and agent.last_result is not None and agent.last_result.run_id == run_id:
            print(agent.last_result.model_dump_json(indent=2))
        signum = signal_of(exc)
        err.print(f"[yellow]interrupted[/] by {signum.name}: run {run_id} stopped at its last checkpoint\n"
                  f"resume with: {escape(resume_command)}")
        raise typer.Exit(128 + signum.value) from None
    if result is None:  # pragma: no cover - stream always ends with RunFinished
        raise typer.Exit(3)
    return result
