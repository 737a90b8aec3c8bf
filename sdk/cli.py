"""The ``cascadroid`` command. User errors print a message and exit non-zero, never a traceback.

Exit codes: 0 the run claimed success, 1 it ended without success, 2 a user error
(bad option, unknown run id, bad config, a task too long for the model), 3 an internal error,
130 / 143 a run stopped by Ctrl-C (SIGINT) / SIGTERM, recorded ``interrupted`` (it prints how to resume).
Output written to a pipe or a file is never wrapped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from .cli_common import ConfigOpt, DataDirOpt, JsonOpt, console, err, make_device, open_store, print_error, settings_for
from .cli_run import demo, resume, run
from .errors import CascadroidError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="On-device Android agents.")
runs_app = typer.Typer(no_args_is_help=True, help="Inspect recorded runs.")
device_app = typer.Typer(no_args_is_help=True, help="Look at a device.")
tasks_app = typer.Typer(no_args_is_help=True, help="The simulated phone's task suite.")
memory_app = typer.Typer(no_args_is_help=True, help="Tips and shortcuts: list, export, import, prune.")
app.add_typer(runs_app, name="runs")
app.add_typer(memory_app, name="memory")
app.add_typer(device_app, name="device")
app.add_typer(tasks_app, name="tasks")

app.command()(run)
app.command()(demo)
app.command()(resume)


@runs_app.command("list")
def runs_list(limit: int = 20, data_dir: Path | None = DataDirOpt, as_json: bool = JsonOpt) -> None:
    """Recent runs."""
    store = open_store(data_dir)
    runs = store.runs.recent(limit=limit)
    if as_json:
        print(json.dumps([r.model_dump(mode="json") for r in runs], indent=2))
        return
    for r in runs:
        t = r.totals or {}
        console.print(f"{r.run_id}  {r.status:<11}  {r.task[:60]}  [dim]{r.stop_reason or ''}  "
                      f"{int(t.get('model_calls', 0))} calls ${t.get('cost_usd', 0):.4f}[/]")


@runs_app.command("show")
def runs_show(run_id: str, data_dir: Path | None = DataDirOpt, as_json: bool = JsonOpt) -> None:
    """One run with its steps."""
    from .agents.operator import describe

    store = open_store(data_dir)
    record = store.runs.get(run_id)
    steps = store.runs.steps(run_id)
    events = store.runs.events(run_id)
    if as_json:
        print(json.dumps({"run": record.model_dump(mode="json"), "steps": [s.model_dump(mode="json") for s in steps],
                          "events": [e.model_dump(mode="json") for e in events]}, indent=2))
        return
    console.print(f"[bold]{record.run_id}[/] {record.status}: {record.task}\n{record.stop_reason or ''}")
    calls = [e.payload for e in events if e.kind == "model_call"]
    for s in steps:
        console.print(f"  {s.index}. {describe(s.action)} -> {s.outcome} [dim]{s.outcome_reason}[/]")
        for c in (c for c in calls if c.get("step") == s.index):
            why = (c.get("decision") or {}).get("reason", "")
            console.print(f"       [dim]{c.get('purpose', '?')}: {c.get('tier', '?')} {c.get('model', '')} "
                          f"{c.get('prompt_tokens') or 0}+{c.get('completion_tokens') or 0} tok "
                          f"${c.get('cost_usd') or 0:.4f}{'  ' + why if why else ''}[/]")
    for d in (e.payload for e in events if e.kind == "decision"):
        console.print(f"  [dim]router: {d.get('purpose', '?')} -> {d.get('tier')} ({d.get('reason', '')})[/]")


@device_app.command("show")
def device_show(
    out: Path = typer.Option(Path("screen"), "--out", "-o", help="folder for screen.png and screen.xml"),
    device: str = typer.Option("sim", help="sim | appium | adb"),
    seed: int = typer.Option(0, help="seed of the simulated phone"),
    app_name: str | None = typer.Option(None, "--app", help="open this app first (sim only)"),
) -> None:
    """Write what the agent sees now: the screenshot as PNG and the UI tree as XML."""
    from .agents.perceptor import perceive
    from .device.types import OpenApp

    dev = make_device(device, seed)
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


@app.command()
def explore(
    app_names: list[str] | None = typer.Option(None, "--app", help="only this app (label or package; repeatable)"),
    device: str = typer.Option("sim", help="sim | appium | adb"),
    seed: int = typer.Option(0, help="seed of the simulated phone"),
    budget: int = typer.Option(40, help="taps per app at most"),
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Walk each app without side effects; its screens and paths go to memory and steer later runs."""
    from .agents.explore import explore_into

    found = explore_into(make_device(device, seed), open_store(data_dir), app_names, budget=budget)
    if as_json:
        print(json.dumps({**found.model_dump(mode="json"), "screens": found.screens, "transitions": found.transitions}))
        return
    for a in found.apps:
        console.print(f"{a.label}: {a.screens} screens, {a.transitions} transitions, {a.taps} taps, "
                      f"{a.skipped_unsafe} unsafe elements left alone" + (f" ({a.error})" if a.error else ""))
    console.print(f"explored {len(found.apps)} apps in {found.seconds:.1f} s: {found.screens} screens, "
                  f"{found.transitions} transitions")


@app.command()
def learn(
    config: Path | None = ConfigOpt,
    data_dir: Path | None = DataDirOpt,
    export_jsonl: Path | None = typer.Option(None, help="also write the cloud-taught decisions as fine-tuning "
                                                "JSONL (docs/learning.md)"),
    as_json: bool = JsonOpt,
) -> None:
    """Train a decision model on logged decisions; activated only when it beats the current one."""
    from .learn import learn as train

    settings = settings_for(config, data_dir)
    store = open_store(data_dir)
    if export_jsonl is not None:
        from .decision_log import export_jsonl as write_jsonl

        console.print(f"wrote {write_jsonl(store, export_jsonl)} examples to {export_jsonl}", soft_wrap=True)
    found = train(store, settings.learn)
    if as_json:
        print(json.dumps(found.__dict__))
        return
    console.print(f"model v{found.version} from {found.decisions} logged decisions ({found.damaged} damaged) in "
                  f"{found.seconds:.1f} s: {found.reason}", soft_wrap=True)


@app.command()
def report(
    run_id: str = typer.Argument(..., help="the run to report on (see `cascadroid runs list`)"),
    out: Path | None = typer.Option(None, "--out", "-o", help="HTML file to write (default: run-RUN_ID.html)"),
    partial: bool = typer.Option(False, "--partial", help="report a run that has not finished, marked in progress"),
    data_dir: Path | None = DataDirOpt,
) -> None:
    """Write one self-contained HTML report of a run (screenshots, actions, tiers, costs)."""
    from .evaluation.report import write_report

    path = write_report(open_store(data_dir), run_id, out or Path(f"run-{run_id}.html"), partial=partial)
    console.print(f"wrote {path}")


@app.command()
def bench(
    configs: str = typer.Option("oracle", help="comma-separated: oracle, local, cloud, cascade"),
    memory: str = typer.Option("off", help="off | on | both (each config with and without shared memory)"),
    task: list[str] | None = typer.Option(None, "--task", "-t", help="task template name (repeatable)"),
    difficulty: str | None = typer.Option(None, help="only templates of this difficulty"),
    count: int | None = typer.Option(None, help="at most this many templates"),
    seeds: str = typer.Option("0", help="comma-separated seeds; each template runs once per seed"),
    cloud_url: str | None = typer.Option(None, help="OpenAI-compatible endpoint for cloud/cascade"),
    cloud_model: str | None = typer.Option(None, help="model name sent to the endpoint"),
    model_path: Path | None = typer.Option(None, help="GGUF file for the local model"),
    max_steps: int = typer.Option(20, help="actions per task before it stops"),
    workers: int = typer.Option(1, help="tasks run in parallel processes (Ray actors with --executor ray)"),
    executor: str = typer.Option("inprocess", help="inprocess (this machine's processes) | ray"),
    ray_address: str | None = typer.Option(None, help="Ray cluster (default: scale.ray_address, else a local Ray)"),
    registry: str | None = typer.Option(None, help="'module:function' returning your own TaskRegistry"),
    screenshots: bool = typer.Option(False, help="keep step screenshots (for `cascadroid report`)"),
    surprises: str = typer.Option("none", help="comma-separated interruption modes, each a config of its own: "
                                  "none, seeded, rate, update, permission, system, slow, all"),
    min_success: float = typer.Option(0.0, help="exit 1 when a config's success rate is below this (0-1)"),
    out: Path = typer.Option(Path("bench-results"), "--out", "-o", help="folder for results.md/.json and the plot"),
    results: Path | None = typer.Option(None, help="SQLite file of rows keyed (config, task, seed, phrasing, "
                                           "surprises): a rerun runs only the jobs it lacks and stores each row once"),
    config: Path | None = ConfigOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Run a task set across configurations; write a table (Markdown, JSON) and a success-vs-cost plot.

    Exit 0 when every task ran and each config reached --min-success; 1 otherwise; 2 on bad input.
    """
    from .errors import ConfigurationError
    from .evaluation.bench import parse_configs, run_bench, select_tasks

    try:
        seed_list = [int(s) for s in seeds.split(",") if s.strip()]
    except ValueError:
        raise ConfigurationError(f"--seeds {seeds!r} is not a list of integers", hint="e.g. --seeds 0,1,2") from None
    common: dict[str, Any] = {"cloud_url": cloud_url, "cloud_model": cloud_model, "model_path": model_path,
                              "settings_file": config, "max_steps": max_steps, "registry": registry,
                              "screenshots": screenshots,
                              "data_dir": (data_dir or settings_for(config, None).data_dir) / "bench"}
    chosen = parse_configs([c.strip() for c in configs.split(",") if c.strip()], memory=memory,  # type: ignore[arg-type]
                           surprises=[m.strip() for m in surprises.split(",") if m.strip()],
                           **{k: v for k, v in common.items() if v is not None})
    tasks = select_tasks(task, difficulty=difficulty, count=count, seeds=seed_list or [0], registry=registry)

    def show(row: dict[str, Any]) -> None:
        mark = "[green]ok[/]" if row["success"] else "[red]fail[/]"
        console.print(f"{row['config']:<16} {row['task']:<36} seed {row['seed']:<3} {mark} {row['steps']} steps "
                      f"{row['seconds']:.1f}s [dim]{row.get('error') or '; '.join(row.get('side_effects') or [])}[/]")

    if executor not in ("inprocess", "ray"):
        raise ConfigurationError(f"unknown --executor {executor!r}", hint="use inprocess or ray")
    if executor == "ray":
        from .evaluation.bench_ray import run_bench_ray

        report = run_bench_ray(chosen, tasks, out_dir=out, workers=workers, on_row=None if as_json else show,
                               results=results,
                               address=ray_address or settings_for(config, None).scale.ray_address)
    else:
        report = run_bench(chosen, tasks, out_dir=out, workers=workers, on_row=None if as_json else show,
                           results=results)
    if as_json:
        print(json.dumps(report.model_dump(mode="json"), indent=2))
    else:
        print(report.markdown())
        console.print(f"[dim]wrote {out / 'results.md'}, {out / 'results.json'}, {out / 'success_vs_cost.png'}[/]", soft_wrap=True)
    below = [s for s in report.summary if s["success_rate"] < min_success or s["errors"]]
    raise typer.Exit(1 if below else 0)


@app.command()
def calibrate(
    min_confidence: str = typer.Option("0.3,0.5,0.7,0.9", help="comma-separated routing.min_confidence values"),
    max_failure_streak: str = typer.Option("2", help="comma-separated routing.max_failure_streak values"),
    local: str = typer.Option("local", help="local tier: local (the bundled model) or noisy-oracle (the test double)"),
    accuracy: float = typer.Option(0.7, help="noisy-oracle: share of operator calls it answers right"),
    cloud: str | None = typer.Option(None, help="cloud tier: oracle (a stand-in server on 127.0.0.1)"),
    cloud_url: str | None = typer.Option(None, help="OpenAI-compatible endpoint for the cloud tier"),
    cloud_model: str = typer.Option("gpt-4o-mini", help="model name sent to the endpoint (and priced)"),
    task: list[str] | None = typer.Option(None, "--task", "-t", help="task template name (repeatable)"),
    difficulty: str | None = typer.Option(None, help="only templates of this difficulty"),
    count: int | None = typer.Option(None, help="at most this many templates"),
    seeds: str = typer.Option("0", help="comma-separated seeds; each template runs once per seed"),
    max_steps: int = typer.Option(20, help="actions per task before it stops"),
    target_success: float | None = typer.Option(None, help="wanted share of always-cloud success (default 0.95)"),
    max_cost: float | None = typer.Option(None, help="most USD per task the chosen setting may spend"),
    plot: Path = typer.Option(Path("calibration.png"), help="where the success-vs-cloud-tokens PNG goes"),
    surprises: str = typer.Option("none", help="interruptions on the simulated phone: none, seeded, rate, update, "
                                  "permission, system, slow, all"),
    config: Path | None = ConfigOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Run tasks always-local, always-cloud and over a threshold grid; print the table, plot the front.

    Exit 0 when a setting meets the target, 1 when none does, 2 on bad input.
    """
    from .evaluation.bench import select_tasks
    from .evaluation.calibrate import Grid, parse_floats, parse_ints
    from .evaluation.calibrate import calibrate as run_calibration

    grid = Grid(min_confidence=parse_floats(min_confidence, "--min-confidence"),
                max_failure_streak=parse_ints(max_failure_streak, "--max-failure-streak"))
    endpoint = cloud_url or (cloud if cloud == "oracle" else None)
    if cloud not in (None, "oracle"):
        from .errors import ConfigurationError

        raise ConfigurationError(f"unknown --cloud {cloud!r}", hint="use --cloud oracle, or --cloud-url http://host:port/v1")
    endpoint = endpoint or settings_for(config, None).cloud.base_url
    tasks = select_tasks(task, difficulty=difficulty, count=count, seeds=parse_ints(seeds, "--seeds") or [0])
    if target_success is None and max_cost is None:
        target_success = 0.95

    def show(row: dict[str, Any]) -> None:
        mark = "[green]ok[/]" if row["success"] else "[red]fail[/]"
        err.print(f"{row['setting']:<16} {row['task']:<36} seed {row['seed']:<3} {mark} {row['steps']} steps "
                  f"{row['cloud_tokens']} cloud tokens [dim]{row.get('error') or ''}[/]", soft_wrap=True)

    report = run_calibration(tasks, grid, local=local, cloud=endpoint or "", cloud_model=cloud_model,
                             accuracy=accuracy, max_steps=max_steps, target_success=target_success,
                             max_cost=max_cost, settings_file=config, surprises=surprises,
                             on_row=None if as_json else show)
    path = report.write_png(plot)
    if as_json:
        print(json.dumps({**report.to_json(), "plot": str(path)}, indent=2))
    else:
        print(report.markdown())
        console.print(f"[dim]wrote {path}[/]", soft_wrap=True)
    raise typer.Exit(0 if report.chosen else 1)


@memory_app.command("list")
def memory_list(
    kind: str = typer.Option("all", "--kind", help="tips | shortcuts | all"),
    app_name: str | None = typer.Option(None, "--app", help="only what applies to this package"),
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The tips and shortcuts the agent has learned."""
    from .errors import ConfigurationError

    if kind not in ("tips", "shortcuts", "all"):
        raise ConfigurationError(f"unknown --kind {kind!r}", hint="use tips, shortcuts or all")
    store = open_store(data_dir)
    tips = store.tips.all(app=app_name) if kind in ("tips", "all") else []
    shortcuts = store.shortcuts.all(app=app_name) if kind in ("shortcuts", "all") else []
    if as_json:
        print(json.dumps({"tips": [t.model_dump(mode="json") for t in tips],
                          "shortcuts": [s.model_dump(mode="json") for s in shortcuts]}, indent=2))
        return
    for t in tips:
        console.print(f"tip {t.id:<4} {t.successes}/{t.times_used} {t.text}  [dim]{', '.join(t.apps) or 'any app'}[/]")
    for sc in shortcuts:
        console.print(f"shortcut {sc.id:<4} {sc.state:<9} {sc.name}: {sc.description} "
                      f"[dim]{len(sc.steps)} steps, {sc.successes} ok / {sc.failures} failed[/]")
    if not tips and not shortcuts:
        console.print("[dim]nothing learned yet[/]")


@memory_app.command("export")
def memory_export(
    out: Path = typer.Argument(..., help="JSON file to write"), data_dir: Path | None = DataDirOpt,
) -> None:
    """Write tips, shortcuts and explored app knowledge to a JSON file (to share or back up)."""
    document = open_store(data_dir).export_json(out)
    screens = len(document.get("knowledge", {}).get("screens", []))
    console.print(f"wrote {out}: {len(document['tips'])} tips, {len(document['shortcuts'])} shortcuts, "
                  f"{screens} explored screens")


@memory_app.command("import")
def memory_import(
    source: Path = typer.Argument(..., help="a JSON file written by `cascadroid memory export`"),
    keep_states: bool = typer.Option(False, help="keep shortcut states (default: imported shortcuts are candidates)"),
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Add tips, shortcuts and explored app knowledge from an export (all or nothing)."""
    counts = open_store(data_dir).import_json(source, keep_states=keep_states)
    print(json.dumps(counts)) if as_json else console.print(
        f"imported {counts['tips']} tips, {counts['shortcuts']} shortcuts ({counts['shortcuts_skipped']} already there)"
        + (f", {counts['screens']} explored screens" if counts.get("screens") else ""))


@memory_app.command("prune")
def memory_prune(
    older_than_days: float | None = typer.Option(None, help="also drop unused tips and retired shortcuts this old"),
    min_uses: int = typer.Option(5, help="judge a tip only after this many uses"),
    min_success_rate: float = typer.Option(0.2, help="drop judged tips that helped less often than this"),
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Delete tips and shortcuts that no longer help."""
    counts = open_store(data_dir).prune(older_than_days=older_than_days, min_uses=min_uses,
                                    min_success_rate=min_success_rate)
    print(json.dumps(counts)) if as_json else console.print(
        f"pruned {counts['tips']} tips, {counts['shortcuts']} shortcuts")


@memory_app.command("backup")
def memory_backup(
    path: Path | None = typer.Argument(None, help="file to write; default: beside the store, named with the UTC time"),
    data_dir: Path | None = DataDirOpt,
) -> None:
    """Copy the memory store to a checked backup file (SQLite's backup API: safe while runs write)."""
    from .memory.schema import backup_file
    from .settings import Settings

    settings = Settings.load(**({"data_dir": data_dir} if data_dir is not None else {}))
    written = backup_file(Path(settings.data_dir) / "cascadroid.db", path)
    console.print(f"wrote {written}", soft_wrap=True)


def main() -> None:
    """Entry point: typer handles usage errors (exit 2); cascadroid errors print without a traceback."""
    if not sys.stderr.isatty():
        app.rich_markup_mode = None  # usage errors as plain lines, not boxes wrapped to 80 columns
    try:
        app()
    except CascadroidError as exc:
        print_error(exc)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
