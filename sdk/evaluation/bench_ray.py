"""``cascadroid bench --executor ray``: the bench's tasks fanned out to Ray actors.

::

    from cascadroid.evaluation.bench import BenchConfig, select_tasks
    from cascadroid.evaluation.bench_ray import run_bench_ray
    report = run_bench_ray([BenchConfig(name="oracle", model="oracle")], select_tasks(count=8),
                           workers=2, address=None)      # None: a local Ray on 127.0.0.1, started here

Each actor is one long-lived process: it loads the local model once (per weights file) and runs
:func:`cascadroid.evaluation.bench.run_task` for one job at a time, so rows are the in-process bench's rows.
The driver hands the next job to whichever actor is free. When an actor dies mid-task, Ray
restarts it and the driver gives the job to the next free actor under a new run id; a row is kept
once per (config, task, seed), so nothing is counted twice. The dead attempt's run id is kept in
the row (``interrupted_runs``); its checkpoint and trace stay under the config's data dir, so
``Agent.resume(run_id)`` (``cascadroid resume``) finishes it on a phone that outlived the worker.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import CascadroidError
from ..scale.ray_executor import RayActors

Job = tuple[Any, str, int]


class BenchWorker:
    """The actor: a model cache that lives as long as the process, and one job at a time."""

    def __init__(self, configs: list[dict[str, Any]]) -> None:
        from .bench import BenchConfig

        for config in map(BenchConfig.model_validate, configs):
            _warm(config)

    def run(self, config: dict[str, Any], template_name: str, seed: int, run_id: str) -> dict[str, Any]:
        from .bench import run_task

        return run_task(config, template_name, seed, run_id)

    def info(self) -> dict[str, Any]:
        """This worker's process id and how many model weights it has loaded."""
        from ..models.local import loaded_local_models

        return {"pid": os.getpid(), "models_loaded": loaded_local_models()}


def _warm(config: Any) -> None:
    """Load the local model now (once per process), so the first task does not pay for it."""
    import cascadroid.agent  # noqa: F401 - the graph, the sim and the tasks import once per worker

    if config.model not in ("local", "cascade"):
        return
    from ..models import LocalModel

    try:
        LocalModel(config.settings(config.data_dir).local)
    except CascadroidError:  # the task's row will carry the error
        return


class RayBench(RayActors):
    """Bench workers: ``with RayBench(configs, workers=2) as bench: rows = bench.run(jobs)``."""

    actor_class = BenchWorker

    def __init__(self, configs: Sequence[Any], **options: Any) -> None:
        super().__init__(**options)
        self.configs = [_absolute(c) for c in configs]

    def actor_args(self) -> tuple[Any, ...]:
        return ([c.model_dump(mode="json") for c in self.configs],)

    def run(self, jobs: Sequence[Job], on_row: Callable[[dict[str, Any]], None] | None = None) -> list[dict[str, Any]]:
        """One row per job, in the order of ``jobs``; jobs of a dead worker go to the next free one."""
        from .results_store import Key, job_key, row_key

        jobs = [(_absolute(c), name, seed) for c, name, seed in jobs]
        rows: dict[Key, dict[str, Any]] = {}

        def submit(worker: Any, index: int) -> tuple[Any, str]:
            config, name, seed = jobs[index]
            run_id = uuid.uuid4().hex[:12]
            return worker.run.remote(config.model_dump(mode="json"), name, seed, run_id), run_id

        def done(index: int, result: Any, interrupted: list[str], attempts: int) -> None:
            config, name, seed = jobs[index]
            if isinstance(result, str):  # JobFailed / WorkerDied
                result = _failed_row(config, name, seed, f"{type(result).__name__}: {result}")
            key = row_key(result)
            if key in rows:  # the same job listed twice: counted once
                return
            if interrupted:
                result.update(attempts=attempts, interrupted_runs=interrupted)
            rows[key] = result
            if on_row:
                on_row(result)

        self.fan_out(len(jobs), submit, done)
        return [rows[job_key(*job)] for job in jobs]


def run_bench_ray(
    configs: Sequence[Any],
    tasks: Sequence[tuple[str, int]],
    *,
    out_dir: str | Path | None = None,
    workers: int = 2,
    address: str | None = None,
    on_row: Callable[[dict[str, Any]], None] | None = None,
    max_attempts: int = 3,
    runtime_env: dict[str, Any] | None = None,
    results: str | Path | None = None,
) -> Any:
    """:func:`cascadroid.evaluation.bench.run_bench` on Ray actors: the same rows, table, JSON and plot
    (and the same ``results`` file: stored jobs are not run again, new rows are stored once)."""
    from .bench import finish_report, plan_jobs
    from .results_store import StoredRun

    run = StoredRun(plan_jobs(configs, tasks), results)
    started = time.perf_counter()

    def record(row: dict[str, Any]) -> None:
        run.record(row)
        if on_row:
            on_row(row)

    rows: list[dict[str, Any]] = []
    try:
        if run.todo:
            with RayBench(configs, workers=workers, address=address, max_attempts=max_attempts,
                          runtime_env=runtime_env) as bench:
                rows = bench.run(run.todo, record)
    finally:
        run.close()
    return finish_report(run.rows(rows), started, out_dir)


def _absolute(config: Any) -> Any:
    """Workers may start in another folder: send the data dir as an absolute path."""
    return config.model_copy(update={"data_dir": Path(config.data_dir).resolve()})


def _failed_row(config: Any, name: str, seed: int, error: str) -> dict[str, Any]:
    return {"config": config.name, "task": name, "seed": seed, "phrasing": 0, "surprises": config.surprises,
            "success": False, "claimed": False, "steps": 0,
            "model_calls": 0, "cloud_calls": 0, "cloud_tokens": 0, "tokens": 0, "cost_usd": 0.0, "seconds": 0.0,
            "stop_reason": "", "run_id": None, "error": error, "difficulty": ""}
