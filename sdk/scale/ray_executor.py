"""``cascadroid bench --executor ray``: the bench's tasks fanned out to Ray actors.

::

    from cascadroid.bench import BenchConfig, select_tasks
    from cascadroid.scale import run_bench_ray
    report = run_bench_ray([BenchConfig(name="oracle", model="oracle")], select_tasks(count=8),
                           workers=2, address=None)      # None: a local Ray on 127.0.0.1, started here

Each actor is one long-lived process: it loads the local model once (per weights file) and runs
:func:`cascadroid.bench.run_task` for one job at a time, so rows are the in-process bench's rows.
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
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import CascadroidError, ConfigurationError

INSTALL_HINT = "pip install 'cascadroid[ray]'"
MAX_PROBES = 20  # pings of a restarting worker before it is given up
Job = tuple[Any, str, int]


def import_ray() -> Any:
    """The ``ray`` module, or a ConfigurationError with the install hint."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigurationError("the Ray executor needs the ray package, which is not installed",
                                 hint=INSTALL_HINT) from exc
    return ray


class WorkerLostError(CascadroidError):
    """Every Ray worker died and none came back (the cluster lost its nodes)."""


class BenchWorker:
    """The actor: a model cache that lives as long as the process, and one job at a time."""

    def __init__(self, configs: list[dict[str, Any]]) -> None:
        from ..bench import BenchConfig

        for config in map(BenchConfig.model_validate, configs):
            _warm(config)

    def run(self, config: dict[str, Any], template_name: str, seed: int, run_id: str) -> dict[str, Any]:
        from ..bench import run_task

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
    from ..errors import CascadroidError
    from ..models import LocalModel

    try:
        LocalModel(config.settings(config.data_dir).local)
    except CascadroidError:  # the task's row will carry the error
        return


class RayActors:
    """A set of long-lived Ray actors of one class; ``start`` once, use, then ``close``.

    ``address``: a Ray cluster (``ray://host:10001`` or ``auto``); None starts a local Ray with
    ``workers`` CPUs (no dashboard, no usage stats; Ray's own servers listen on this machine's
    addresses, guarded by its token authentication) and stops it on close. When Ray is already
    initialised in this process it is used as it is. ``runtime_env`` goes to ``ray.init``
    (e.g. ``{"pip": [...]}`` or env vars for the workers on a cluster). A dead actor is restarted
    by Ray; :meth:`fan_out` gives its job to the next free actor.
    """

    actor_class: type = object

    def __init__(self, *, workers: int = 2, address: str | None = None, max_attempts: int = 3,
                 runtime_env: dict[str, Any] | None = None) -> None:
        if workers < 1:
            raise ConfigurationError(f"workers={workers}", hint="use 1 or more Ray workers")
        if max_attempts < 1:
            raise ConfigurationError(f"max_attempts={max_attempts}", hint="use 1 or more")
        self.workers = workers
        self.address = address
        self.max_attempts = max_attempts
        self.runtime_env = runtime_env
        self._ray: Any = None
        self._owns_ray = False
        self.actors: list[Any] = []

    def actor_args(self) -> tuple[Any, ...]:
        return ()

    def start(self) -> Any:
        ray = self._ray = import_ray()
        if not ray.is_initialized():
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                       "logging_level": "WARNING"}
            if self.runtime_env:
                options["runtime_env"] = self.runtime_env
            if self.address is None:
                os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # a local Ray reports nothing home
                options["num_cpus"] = self.workers
            else:
                options["address"] = self.address
            ray.init(**options)
            self._owns_ray = True
        actor = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(self.actor_class)
        self.actors = [actor.remote(*self.actor_args()) for _ in range(self.workers)]
        ray.get([a.info.remote() for a in self.actors])  # every worker is up and warm
        return self

    def close(self) -> None:
        if self._ray is None:
            return
        for actor in self.actors:
            self._ray.kill(actor)
        self.actors = []
        if self._owns_ray:
            self._ray.shutdown()
        self._ray, self._owns_ray = None, False

    def __enter__(self) -> Any:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fan_out(self, count: int, submit: Callable[[Any, int], tuple[Any, str]],
                done: Callable[[int, Any, list[str], int], None]) -> None:
        """Jobs ``0..count-1`` on whichever actor is free, each finished exactly once.

        ``submit(actor, index)`` sends job ``index`` and returns (object ref, attempt tag).
        ``done(index, result, interrupted_tags, attempts)`` is called once per job; ``result``
        is the job's return value, :class:`JobFailed` when it raised, or :class:`WorkerDied`
        after ``max_attempts`` deaths of the worker running it.
        """
        ray = self._ray
        if ray is None:
            raise ConfigurationError(f"{type(self).__name__} used before start()",
                                     hint=f"use `with {type(self).__name__}(...) as actors:`")
        pending = deque(range(count))
        attempts = [0] * count
        interrupted: dict[int, list[str]] = {}
        idle = list(self.actors)
        in_flight: dict[Any, tuple[Any, int, str]] = {}  # job index -1: a probe of a restarting worker
        probes: dict[Any, int] = {}
        while pending or any(index >= 0 for _, index, _ in in_flight.values()):
            while idle and pending:
                index = pending.popleft()
                attempts[index] += 1
                worker = idle.pop(0)
                ref, tag = submit(worker, index)
                in_flight[ref] = (worker, index, tag)
            if not in_flight:
                raise WorkerLostError(f"every Ray worker was lost with {len(pending)} jobs left",
                                      hint="check the Ray logs (/tmp/ray/session_latest/logs) and the cluster's nodes")
            ready, _ = ray.wait(list(in_flight), num_returns=1)
            for ref in ready:
                worker, index, tag = in_flight.pop(ref)
                try:
                    result = ray.get(ref)
                except ray.exceptions.RayActorError:
                    probes[worker] = probes.get(worker, 0) + 1
                    if probes[worker] <= MAX_PROBES:  # Ray restarts the actor; it works again once it answers
                        in_flight[worker.info.remote()] = (worker, -1, "")
                    if index < 0:
                        continue
                    interrupted.setdefault(index, []).append(tag)
                    if attempts[index] < self.max_attempts:
                        pending.append(index)
                        continue
                    result = WorkerDied(f"the worker died {attempts[index]} times")
                except ray.exceptions.RayTaskError as exc:  # the job raised: its failure, not the worker's
                    idle.append(worker)
                    result = JobFailed(f"{type(exc.cause).__name__}: {exc.cause}")
                else:
                    probes.pop(worker, None)
                    idle.append(worker)
                    if index < 0:
                        continue
                done(index, result, interrupted.get(index, []), attempts[index])


class JobFailed(str):
    """A job raised; the text names the exception."""


class WorkerDied(str):
    """Every attempt of a job died with its worker."""


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
        jobs = [(_absolute(c), name, seed) for c, name, seed in jobs]
        rows: dict[tuple[str, str, int], dict[str, Any]] = {}

        def submit(worker: Any, index: int) -> tuple[Any, str]:
            config, name, seed = jobs[index]
            run_id = uuid.uuid4().hex[:12]
            return worker.run.remote(config.model_dump(mode="json"), name, seed, run_id), run_id

        def done(index: int, result: Any, interrupted: list[str], attempts: int) -> None:
            config, name, seed = jobs[index]
            if isinstance(result, str):  # JobFailed / WorkerDied
                result = _failed_row(config, name, seed, f"{type(result).__name__}: {result}")
            key = (result["config"], result["task"], result["seed"])
            if key in rows:  # the same job listed twice: counted once
                return
            if interrupted:
                result.update(attempts=attempts, interrupted_runs=interrupted)
            rows[key] = result
            if on_row:
                on_row(result)

        self.fan_out(len(jobs), submit, done)
        return [rows[(c.name, name, seed)] for c, name, seed in jobs]


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
) -> Any:
    """:func:`cascadroid.bench.run_bench` on Ray actors: the same rows, table, JSON and plot."""
    from ..bench import BenchReport, summarize

    if not tasks or not configs:
        raise ConfigurationError("nothing to run: no tasks or no configurations", hint="select at least one of each")
    for config in configs:  # a config that cannot work is the user's error, before anything starts
        config.settings(config.data_dir)
    started = time.perf_counter()
    jobs = [(config, name, seed) for config in configs for name, seed in tasks]
    with RayBench(configs, workers=workers, address=address, max_attempts=max_attempts,
                  runtime_env=runtime_env) as bench:
        rows = bench.run(jobs, on_row)
    report = BenchReport(rows=rows, summary=summarize(rows), seconds=round(time.perf_counter() - started, 3))
    if out_dir is not None:
        from ..bench_output import write_outputs

        write_outputs(report, Path(out_dir))
    return report


def _absolute(config: Any) -> Any:
    """Workers may start in another folder: send the data dir as an absolute path."""
    return config.model_copy(update={"data_dir": Path(config.data_dir).resolve()})


def _failed_row(config: Any, name: str, seed: int, error: str) -> dict[str, Any]:
    return {"config": config.name, "task": name, "seed": seed, "success": False, "claimed": False, "steps": 0,
            "model_calls": 0, "cloud_calls": 0, "cloud_tokens": 0, "tokens": 0, "cost_usd": 0.0, "seconds": 0.0,
            "stop_reason": "", "run_id": None, "error": error, "difficulty": ""}
