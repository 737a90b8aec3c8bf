"""Scale-out on existing engines: a device pool (xdist, Ray, device farms) and a Ray executor for the bench.

::

    from cascadroid.scale import DevicePool, run_bench_ray
    pool = DevicePool.adb(["emulator-5554", "emulator-5556"])
    with pool.lease() as lease:
        ...  # lease.device is this run's phone

Ray is optional (``pip install 'cascadroid[ray]'``); :mod:`cascadroid.scale.ray_executor`
imports it only when called.
"""

from .pool import DeviceKind, DevicePool, DeviceSlot, Lease
from .ray_devices import RayDevices, run_on_devices
from .ray_executor import JobFailed, RayBench, WorkerDied, run_bench_ray

__all__ = ["DeviceKind", "DevicePool", "DeviceSlot", "JobFailed", "Lease", "RayBench", "RayDevices", "WorkerDied",
           "run_bench_ray", "run_on_devices"]
