"""Your own function over a device pool on Ray: each job leases a phone, runs, releases it.

::

    from cascadroid.scale import DevicePool, run_on_devices

    def check_login(device, user):              # a top-level function Ray can ship to workers
        return Agent(device).run(f"Log in as {user}").success

    pool = DevicePool.appium(["http://farm-1:4723", "http://farm-2:4723"])
    results = run_on_devices(check_login, ["ana", "bo", "cy"], pool)   # one worker per phone

A job holds its phone only while it runs (released when it returns, raises, or its worker dies:
the kernel drops the lease of a dead process). A job whose worker died runs again on the next
free worker. Leases are machine-wide ``flock``s: on a cluster, give ``DevicePool(lock_dir=...)``
a shared file system with ``flock``, or keep each node's phones in its own pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from .pool import DevicePool
from .ray_executor import JobFailed, RayActors, WorkerDied


class DeviceWorker:
    """The actor: leases a phone of ``pool`` for each job."""

    def __init__(self, pool: DevicePool, lease_timeout_s: float) -> None:
        self.pool = pool
        self.lease_timeout_s = lease_timeout_s

    def run(self, job: Callable[[Any, Any], Any], item: Any) -> Any:
        with self.pool.lease(timeout_s=self.lease_timeout_s) as lease:
            return job(lease.device, item)

    def info(self) -> dict[str, Any]:
        return {"pid": os.getpid()}


class RayDevices(RayActors):
    """Actors that run jobs on leased phones: ``with RayDevices(pool) as farm: farm.map(job, items)``."""

    actor_class = DeviceWorker

    def __init__(self, pool: DevicePool, *, workers: int | None = None, lease_timeout_s: float = 300.0,
                 **options: Any) -> None:
        super().__init__(workers=workers or len(pool), **options)
        self.pool = pool
        self.lease_timeout_s = lease_timeout_s

    def actor_args(self) -> tuple[Any, ...]:
        return (self.pool, self.lease_timeout_s)

    def map(self, job: Callable[[Any, Any], Any], items: Sequence[Any]) -> list[Any]:
        """``job(device, item)`` for each item, in order; a job that raised gives :class:`JobFailed`
        (its text names the error), one whose worker kept dying :class:`WorkerDied`."""
        results: dict[int, Any] = {}

        def submit(worker: Any, index: int) -> tuple[Any, str]:
            return worker.run.remote(job, items[index]), ""

        def done(index: int, result: Any, interrupted: list[str], attempts: int) -> None:
            results[index] = result

        self.fan_out(len(items), submit, done)
        return [results[i] for i in range(len(items))]


def run_on_devices(job: Callable[[Any, Any], Any], items: Sequence[Any], pool: DevicePool, *,
                   workers: int | None = None, address: str | None = None, lease_timeout_s: float = 300.0,
                   max_attempts: int = 3, runtime_env: dict[str, Any] | None = None) -> list[Any]:
    """``job(device, item)`` for every item on Ray, each on a phone leased from ``pool`` (see module doc)."""
    with RayDevices(pool, workers=workers, address=address, lease_timeout_s=lease_timeout_s,
                    max_attempts=max_attempts, runtime_env=runtime_env) as farm:
        return farm.map(job, items)


__all__ = ["DeviceWorker", "JobFailed", "RayDevices", "WorkerDied", "run_on_devices"]
