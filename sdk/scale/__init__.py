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
from .ray_executor import run_bench_ray

__all__ = ["DeviceKind", "DevicePool", "DeviceSlot", "Lease", "run_bench_ray"]
