"""Scale-out on existing engines: a device pool (xdist, Ray, device farms) and Ray actors that take jobs.

::

    from cascadroid.scale import DevicePool
    pool = DevicePool.adb(["emulator-5554", "emulator-5556"])
    with pool.lease() as lease:
        ...  # lease.device is this run's phone

Ray is optional (``pip install 'cascadroid[ray]'``); :mod:`cascadroid.scale.ray_executor`
imports it only when called. The bench on Ray is :func:`cascadroid.evaluation.bench_ray.run_bench_ray`.
"""

from .pool import DeviceKind, DevicePool, DeviceSlot, Lease
from .ray_devices import RayDevices, run_on_devices
from .ray_executor import JobFailed, RayActors, WorkerDied

__all__ = ["DeviceKind", "DevicePool", "DeviceSlot", "JobFailed", "Lease", "RayActors", "RayDevices", "WorkerDied",
           "run_on_devices"]
