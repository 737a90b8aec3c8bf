"""The benchmark harness: a task set across configurations, success read from the device.

::

    from cascadroid.evaluation.bench import BenchConfig, run_bench, select_tasks
    tasks = select_tasks(difficulty="easy", count=5, seeds=[0, 1])
    report = run_bench([BenchConfig(name="oracle", model="oracle")], tasks, out_dir="bench-out")
    print(report.markdown())

Each task runs on a fresh simulated phone with the instance set up; its check reads the phone
(and the answer, for questions), never the agent's own claim. :func:`run_task` is a plain
top-level function of picklable arguments, so a pool (``workers=N`` here, or Ray / xdist
elsewhere) can fan it out. Memory ``off`` gives every task a fresh store (traces are still kept);
memory ``on`` shares one store per configuration, so tips and shortcuts learned on earlier tasks
are there for later ones (run those with ``workers=1`` for a repeatable order).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..errors import CascadroidError, ConfigurationError

ModelKind = Literal["oracle", "local", "cloud", "cascade"]
MAX_DIFF = 30  # changed paths kept in a failed row


class BenchConfig(BaseModel):
    """One configuration to measure. ``cloud``/``cascade`` need ``cloud_url`` (or a settings file that has one)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="label in the tables, e.g. 'cascade+memory'")
    model: ModelKind = Field(description="oracle (the reference-solution double), local, cloud only, or cascade")
    memory: bool = Field(default=False, description="share one memory store across this config's tasks")
    cloud_url: str | None = Field(default=None, description="OpenAI-compatible endpoint for cloud/cascade")
    cloud_model: str | None = Field(default=None, description="model name sent to the endpoint")
    model_path: Path | None = Field(default=None, description="GGUF file for the local model")
    settings_file: Path | None = Field(default=None, description="TOML settings (policy, prices, keys)")
    max_steps: int = Field(default=20, ge=1, description="actions per task before it stops")
    screenshots: bool = Field(default=False, description="keep a PNG per step (for `cascadroid report`)")
    registry: str | None = Field(default=None, description="'module:function' returning your own TaskRegistry")
    surprises: str = Field(default="none", description="interruptions the simulated phone injects: none, seeded, "
                           "rate, update, permission, system, slow or all")
    data_dir: Path = Field(default=Path(".cascadroid/bench"), description="where stores and checkpoints go")

    @field_validator("surprises")
    @classmethod
    def _known_surprises(cls, value: str) -> str:
        from ..device.sim.surprises import parse_mode

        return parse_mode(value)

    def settings(self, task_dir: Path) -> Any:
        from ..settings import Settings

        overrides: dict[str, Any] = {
            "data_dir": task_dir, "agent": {"max_steps": self.max_steps, "save_screenshots": self.screenshots}}
        cloud = {k: v for k, v in (("base_url", self.cloud_url), ("model", self.cloud_model)) if v is not None}
        if cloud:
            overrides["cloud"] = cloud
        if self.model_path is not None:
            overrides["local"] = {"model_path": self.model_path}
        settings = Settings.load(self.settings_file, **overrides)
        if self.model in ("cloud", "cascade") and not settings.cloud.base_url:
            raise ConfigurationError(f"config {self.name!r} ({self.model}) has no cloud endpoint",
                                     hint="pass --cloud-url http://host:port/v1 (or set cloud.base_url)")
        return settings


def parse_configs(
    names: Sequence[str], *, memory: Literal["off", "on", "both"] = "off", surprises: Sequence[str] = ("none",),
    **common: Any,
) -> list[BenchConfig]:
    """Configs from names ('oracle', 'local', 'cloud', 'cascade'); memory 'both' doubles them, and so does each
    surprise mode ('none', 'all', ...): a config with surprises is named ``<config>+surprises=<mode>``."""
    kinds = ("oracle", "local", "cloud", "cascade")
    unknown = [n for n in names if n not in kinds]
    if unknown or not names:
        raise ConfigurationError(f"unknown configuration(s) {unknown or names!r}", hint=f"use some of {list(kinds)}")
    if memory not in ("off", "on", "both"):
        raise ConfigurationError(f"unknown memory mode {memory!r}", hint="use off, on or both")
    flags = {"off": [False], "on": [True], "both": [False, True]}[memory]
    return [BenchConfig(name=name + ("+memory" if flag else "") + ("" if mode == "none" else f"+surprises={mode}"),
                        model=name, memory=flag, surprises=mode, **common)  # type: ignore[arg-type]
            for name in names for flag in flags for mode in (surprises or ["none"])]


def load_registry(spec: str | None = None) -> Any:
    """The built-in task suite, or ``'module:function'`` returning a TaskRegistry of your own."""
    if spec is None:
        from ..device.sim.tasks import registry

        return registry()
    module, _, attr = spec.partition(":")
    try:
        factory = getattr(importlib.import_module(module), attr or "registry")
    except (ImportError, AttributeError) as exc:
        raise ConfigurationError(f"cannot load the task registry {spec!r}: {exc}",
                                 hint="pass 'package.module:function' returning a TaskRegistry") from exc
    return factory()


def select_tasks(
    names: Sequence[str] | None = None,
    *,
    difficulty: str | None = None,
    count: int | None = None,
    seeds: Sequence[int] = (0,),
    registry: str | None = None,
) -> list[tuple[str, int]]:
    """(template name, seed) pairs: the named templates (or all of one difficulty), first ``count``, each seed."""
    suite = load_registry(registry)
    if names:
        templates = [suite.get(n).name for n in names]  # UnknownTaskError names close matches
    else:
        templates = [t.name for t in suite.templates(difficulty=difficulty)]
    if count is not None:
        if count < 1:
            raise ConfigurationError(f"--count {count} selects no task", hint="pass a count of 1 or more")
        templates = templates[:count]
    return [(name, seed) for seed in seeds for name in templates]


def run_task(
    config: BenchConfig | dict[str, Any], template_name: str, seed: int, run_id: str | None = None
) -> dict[str, Any]:
    """Run one task instance under ``config`` on a fresh simulated phone; the device decides success.

    ``run_id``: the agent run's id (default: a fresh one), so an executor knows it before the run starts.
    """
    from ..agent import Agent
    from ..device.sim import SimDevice
    from .report import record_check

    config = BenchConfig.model_validate(config)
    started = time.perf_counter()
    row: dict[str, Any] = {"config": config.name, "task": template_name, "seed": seed, "phrasing": 0, "success": False,
                           "surprises": config.surprises, "interruptions": 0,
                           "claimed": False, "steps": 0, "model_calls": 0, "cloud_calls": 0, "cloud_tokens": 0,
                           "tokens": 0, "cost_usd": 0.0, "seconds": 0.0, "stop_reason": "", "run_id": None,
                           "error": None}
    task = load_registry(config.registry).instance(template_name, seed)
    row["difficulty"] = task.template.difficulty
    task_dir = config.data_dir / _slug(config.name) / f"{template_name}-{seed}"
    device = SimDevice(seed=seed, surprises=config.surprises)
    task.setup_on(device)
    memory = config.data_dir / _slug(config.name) / "memory.db" if config.memory else None
    try:
        models, settings = _agent_parts(config, config.settings(task_dir), task, device)
        with Agent(device, settings=settings, memory=memory, **models) as agent:
            result = agent.run(task.goal, run_id=run_id)
            check = task.check_detail(device, result.answer)
            passed = check.passed
            if agent.memory is not None:
                record_check(agent.memory, result.run_id, passed, f"{template_name} seed {seed}: "
                             + ("the device is in the goal state" if passed else check.describe()))
            row["side_effects"] = [str(c) for c in check.side_effects]
            if not passed:  # what the run did change, for the failure's report
                row["state_diff"] = [str(c) for c in task.state_diff(device)][:MAX_DIFF]
        totals = result.totals
        row.update(success=passed, claimed=result.success, steps=len(result.steps), run_id=result.run_id,
                   interruptions=sum(1 for s in result.steps if s.outcome == "interruption"),
                   model_calls=int(totals.get("model_calls", 0)), cloud_calls=int(totals.get("cloud_calls", 0)),
                   cloud_tokens=int(totals.get("cloud_tokens", 0)), cost_usd=float(totals.get("cost_usd", 0.0)),
                   tokens=int(totals.get("prompt_tokens", 0) + totals.get("completion_tokens", 0)),
                   stop_reason=result.stop_reason)
    except CascadroidError as exc:  # a task that cannot run is a failed row, not a crashed bench
        row["error"] = f"{type(exc).__name__}: {exc.message}"
    row["seconds"] = round(time.perf_counter() - started, 4)
    return row


def _agent_parts(config: BenchConfig, settings: Any, task: Any, device: Any) -> tuple[dict[str, Any], Any]:
    """The models for ``config`` and the settings the Agent gets (no cloud endpoint unless cascading)."""
    local_only = settings.model_copy(update={"cloud": settings.cloud.model_copy(update={"base_url": None})})
    if config.model == "oracle":
        from ..testing import OracleModel

        return {"local": OracleModel(task, device)}, local_only
    if config.model == "cloud":
        from ..models import OpenAICompatibleModel

        return {"local": OpenAICompatibleModel(settings.cloud)}, local_only
    from ..models import LocalModel  # one Llama per weights file per process, shared across tasks

    return {"local": LocalModel(settings.local)}, settings if config.model == "cascade" else local_only


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


class BenchReport(BaseModel):
    """Every row, and a summary per configuration."""

    rows: list[dict[str, Any]]
    summary: list[dict[str, Any]]
    seconds: float = 0.0

    def markdown(self) -> str:
        from .bench_output import markdown_table

        return markdown_table(self)


def summarize(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per configuration: success rate and per-task means."""
    by_config: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_config.setdefault(row["config"], []).append(row)
    summary = []
    for name, group in by_config.items():
        n = len(group)

        def mean(key: str, group: list[dict[str, Any]] = group, n: int = n) -> float:
            return sum(float(r[key]) for r in group) / n

        summary.append({
            "config": name, "tasks": n, "successes": sum(bool(r["success"]) for r in group),
            "success_rate": round(mean("success"), 4), "steps": round(mean("steps"), 2),
            "model_calls": round(mean("model_calls"), 2), "cloud_tokens": round(mean("cloud_tokens"), 1),
            "cost_usd": round(mean("cost_usd"), 6), "seconds": round(mean("seconds"), 3),
            "errors": sum(1 for r in group if r.get("error")),
        })
    return summary


def plan_jobs(configs: Sequence[BenchConfig], tasks: Sequence[tuple[str, int]]) -> list[tuple[BenchConfig, str, int]]:
    """(config, template, seed) for every task under every config, after checking each config can work.

    Executors (the process pool here, Ray in :mod:`.bench_ray`) share it with :func:`finish_report`.
    """
    if not tasks or not configs:
        raise ConfigurationError("nothing to run: no tasks or no configurations", hint="select at least one of each")
    for config in configs:  # a config that cannot work is the user's error, before anything runs
        config.settings(config.data_dir)
    return [(config, name, seed) for config in configs for name, seed in tasks]


def finish_report(rows: list[dict[str, Any]], started: float, out_dir: str | Path | None) -> BenchReport:
    """The report of finished rows (``started``: a perf_counter value); written to ``out_dir`` when given."""
    report = BenchReport(rows=rows, summary=summarize(rows), seconds=round(time.perf_counter() - started, 3))
    if out_dir is not None:
        from .bench_output import write_outputs

        write_outputs(report, Path(out_dir))
    return report


def run_bench(
    configs: Sequence[BenchConfig],
    tasks: Sequence[tuple[str, int]],
    *,
    out_dir: str | Path | None = None,
    workers: int = 1,
    on_row: Callable[[dict[str, Any]], None] | None = None,
    results: str | Path | None = None,
) -> BenchReport:
    """Every task under every config; writes results.json, results.md and success_vs_cost.png to ``out_dir``.

    ``results``: a SQLite file of rows keyed (config, task, seed, phrasing, surprises); jobs it
    holds already are not run again, and each new row is stored once (see :mod:`.results_store`).
    """
    from .results_store import StoredRun

    if workers < 1:
        raise ConfigurationError(f"workers={workers}", hint="use 1 or more")
    run = StoredRun(plan_jobs(configs, tasks), results)
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    try:
        with ProcessPoolExecutor(max_workers=workers) if workers > 1 and len(run.todo) > 1 else nullcontext() as pool:
            finished = pool.map(run_task, *zip(*run.todo)) if pool else (run_task(*job) for job in run.todo)
            for row in finished:
                rows.append(row)
                run.record(row)
                if on_row:
                    on_row(row)
    finally:
        run.close()
    return finish_report(run.rows(rows), started, out_dir)
