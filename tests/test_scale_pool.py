"""DevicePool: one run per phone at a time, across threads and processes; released on failure and on a crash."""

import multiprocessing
import os
import signal
import threading
import time

import pytest

from cascadroid.device.sim import SimDevice
from cascadroid.device.types import OpenApp
from cascadroid.errors import ConfigurationError, DeviceError, DeviceLeaseTimeout
from cascadroid.scale import DevicePool, DeviceSlot


def test_each_concurrent_lease_gets_its_own_device_and_waits_when_all_are_taken(tmp_path):
    pool = DevicePool.appium(["http://a:4723", "http://b:4723"], lock_dir=tmp_path)
    with pool.lease() as first, pool.lease() as second:
        assert {first.slot.address, second.slot.address} == {"http://a:4723", "http://b:4723"}
        assert sorted(pool.busy()) == [0, 1]
        with pytest.raises(DeviceLeaseTimeout) as caught, pool.lease(timeout_s=0.2):
            pass
        assert "no free device in the pool of 2" in caught.value.message and caught.value.hint
        assert isinstance(caught.value, DeviceError)
    assert pool.busy() == []


def test_a_lease_is_released_when_the_run_raises(tmp_path):
    pool = DevicePool.adb(["serial-1"], lock_dir=tmp_path)
    with pytest.raises(RuntimeError), pool.lease():
        raise RuntimeError("the run failed")
    with pool.lease(timeout_s=0.5) as lease:
        assert lease.slot.address == "serial-1"


def test_threads_never_share_a_device(tmp_path):
    devices, threads_n = 3, 12
    pool = DevicePool.appium([f"http://farm:{4723 + i}" for i in range(devices)], lock_dir=tmp_path)
    all_held = threading.Barrier(devices, timeout=30)  # passed only while every device is leased at once
    held_together: list[list[int]] = []
    holders: list[int] = []
    errors: list[BaseException] = []
    guard = threading.Lock()

    def work() -> None:
        try:
            with pool.lease(timeout_s=30) as lease:
                with guard:
                    holders.append(lease.index)
                if all_held.wait() == 0:  # one thread per round notes who held the pool at that moment
                    with guard:
                        held_together.append(sorted(holders))
                all_held.wait()  # nobody lets go before the round was noted
                with guard:
                    holders.remove(lease.index)
        except BaseException as exc:  # a broken barrier or a lease timeout fails the test below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(threads_n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    # the leases overlapped (every device held at once, in each round) and no device was held twice
    assert held_together == [list(range(devices))] * (threads_n // devices)
    assert pool.busy() == []


def _hold_forever(lock_dir: str, ready) -> None:
    pool = DevicePool.adb(["serial-1"], lock_dir=lock_dir)
    with pool.lease():
        ready.set()
        time.sleep(60)


def test_another_process_holds_the_lease_until_it_is_killed(tmp_path):
    pool = DevicePool.adb(["serial-1"], lock_dir=tmp_path)
    ready = multiprocessing.Event()
    holder = multiprocessing.get_context("fork").Process(target=_hold_forever, args=(str(tmp_path), ready))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(DeviceLeaseTimeout), pool.lease(timeout_s=0.2):
            pass
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.join()
    with pool.lease(timeout_s=2) as lease:  # the kernel dropped the dead process's lock
        assert lease.index == 0


def test_a_simulated_pool_opens_fresh_phones_and_closes_them(tmp_path):
    pool = DevicePool.simulated(2, seed=5)
    with pool.lease(prefer=1) as lease:
        assert isinstance(lease.device, SimDevice) and lease.slot == DeviceSlot("sim", "6")
        lease.device.act(OpenApp(app="Settings"))
        assert lease.device.observe().package == "com.android.settings"


def test_prefer_picks_the_workers_own_device_while_it_is_free(tmp_path):
    pool = DevicePool.adb(["A", "B", "C"], lock_dir=tmp_path)
    with pool.lease(prefer=4) as lease:  # worker gw4 on 3 phones: the second
        assert lease.slot.address == "B"
        with pool.lease(prefer=1) as other:  # B is taken: the next free one
            assert other.slot.address == "C"


def test_pools_naming_the_same_devices_share_leases_by_default():
    urls = [f"http://shared-{os.getpid()}-{time.time_ns()}:4723"]
    one, two = DevicePool.appium(urls), DevicePool.appium(urls)
    assert one.lock_dir == two.lock_dir
    with one.lease(), pytest.raises(DeviceLeaseTimeout), two.lease(timeout_s=0.1):
        pass


@pytest.mark.parametrize("kind, value, message", [
    ("adb", "", "at least one device"),
    ("sim", "two", "is not a count"),
    ("usb", "x", "unknown device kind"),
])
def test_bad_pool_input_is_a_clear_configuration_error(kind, value, message):
    with pytest.raises(ConfigurationError) as caught:
        DevicePool.parse(kind, value)
    assert message in caught.value.message and caught.value.hint


def test_parse_reads_a_comma_separated_list(tmp_path):
    pool = DevicePool.parse("appium", " http://a:1 , http://b:2,", lock_dir=tmp_path)
    assert [s.address for s in pool.slots] == ["http://a:1", "http://b:2"]
    assert len(DevicePool.parse("sim", "3")) == 3
