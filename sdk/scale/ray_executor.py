"""Long-lived Ray actors that take jobs from a queue: the engine under ``--executor ray``.

::

    class Worker:
        def info(self): return {"pid": os.getpid()}
        def run(self, job): ...

    class Workers(RayActors):
        actor_class = Worker

    with Workers(workers=2) as actors:
        actors.fan_out(len(jobs), submit, done)

Each actor is one long-lived process. :meth:`RayActors.fan_out` hands the next job to whichever
actor is free; when an actor dies mid-job, Ray restarts it and the job goes to the next free actor
(up to ``max_attempts`` times). The bench's workers are in :mod:`cascadroid.evaluation.bench_ray`,
the device workers in :mod:`cascadroid.scale.ray_devices`. Ray itself is imported only when called.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from typing import Any

from ..errors import CascadroidError, ConfigurationError

INSTALL_HINT = "pip install 'cascadroid[ray]'"
MAX_PROBES = 20  # pings of a restarting worker before it is given up


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


