"""A device pool: phones leased one run at a time, across threads, processes and xdist workers.

::

    pool = DevicePool.appium(["http://farm-1:4723", "http://farm-2:4723"], capabilities={...})
    with pool.lease(timeout_s=120) as lease:          # waits for a free phone
        Agent(lease.device).run("Turn off Wi-Fi")     # released on return, on error, on a crash

A slot is one phone: an Appium server URL, an adb serial, or a simulated phone. Keyword options
of the constructors go to each device (``capabilities=`` for Appium; without them an Appium
slot opens a UiAutomator2 session on the phone attached to that server). A Selenium Grid
fronting N phones is its URL listed N times. Each slot has a lock file under ``lock_dir``; a lease
holds an exclusive ``flock`` on it, so the kernel releases it when the ``with`` block ends, raises,
or the process dies (kill -9 included). Pools naming the same slots share a default lock folder
under the system temp dir, so every process on the machine (xdist workers, Ray workers) sees the
same leases; pass ``lock_dir`` on a shared file system to extend that across machines that
support ``flock`` there, or give each machine its own devices.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from ..errors import ConfigurationError, DeviceLeaseTimeout

DeviceKind = Literal["sim", "appium", "adb"]
KINDS: tuple[str, ...] = ("sim", "appium", "adb")


@dataclass(frozen=True)
class DeviceSlot:
    """One phone of a pool: its kind and address (URL or serial; the seed for a simulated phone)."""

    kind: DeviceKind
    address: str
    options: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.address}"

    def open(self) -> Any:
        """Connect to the phone (a fresh simulated phone for ``sim``)."""
        if self.kind == "sim":
            from ..device.sim import SimDevice

            return SimDevice(seed=int(self.address), **self.options)
        if self.kind == "appium":
            from ..device.appium import AppiumDevice

            options = dict(self.options)
            capabilities = options.pop("capabilities", None)
            if capabilities:
                return AppiumDevice(self.address, capabilities, **options)
            return AppiumDevice.for_android(self.address, **options)  # UiAutomator2 on the attached phone
        from ..device.adb import AdbDevice

        return AdbDevice(serial=self.address, **self.options)


class Lease:
    """A slot held by one run; :attr:`device` connects on first use and is closed with the lease."""

    def __init__(self, slot: DeviceSlot, index: int) -> None:
        self.slot = slot
        self.index = index
        self._device: Any = None

    @property
    def device(self) -> Any:
        if self._device is None:
            self._device = self.slot.open()
        return self._device

    def close_device(self) -> None:
        """Close the phone's connection if one was opened (done when the lease ends); errors are ignored."""
        close = getattr(self._device, "close", None)
        self._device = None
        if callable(close):
            with contextlib.suppress(Exception):  # the phone may be gone; the lease is released anyway
                close()

    def __repr__(self) -> str:
        return f"Lease({self.slot.label!r}, index={self.index})"


class DevicePool:
    """Phones leased one run at a time (see the module docstring)."""

    def __init__(self, slots: Sequence[DeviceSlot], *, lock_dir: str | Path | None = None,
                 poll_s: float = 0.05) -> None:
        if not slots:
            raise ConfigurationError("a device pool needs at least one device",
                                     hint="give one or more Appium URLs, adb serials, or a count of simulated phones")
        for slot in slots:
            if slot.kind not in KINDS or not slot.address:
                raise ConfigurationError(f"bad device slot {slot.label!r}",
                                         hint=f"kind is one of {list(KINDS)} and the address is not empty")
        self.slots = list(slots)
        self.poll_s = poll_s
        self.lock_dir = Path(lock_dir) if lock_dir is not None else _default_lock_dir(self.slots)
        self.lock_dir.mkdir(parents=True, exist_ok=True)

    # ---- constructors --------------------------------------------------------------------
    @classmethod
    def appium(cls, urls: Sequence[str], *, lock_dir: str | Path | None = None, **device_options: Any) -> DevicePool:
        """Appium server URLs (or a Selenium Grid URL once per phone behind it)."""
        return cls([DeviceSlot("appium", u, device_options) for u in _clean(urls)], lock_dir=lock_dir)

    @classmethod
    def adb(cls, serials: Sequence[str], *, lock_dir: str | Path | None = None, **device_options: Any) -> DevicePool:
        """adb serials (``adb devices``)."""
        return cls([DeviceSlot("adb", s, device_options) for s in _clean(serials)], lock_dir=lock_dir)

    @classmethod
    def simulated(cls, count: int, *, seed: int = 0, lock_dir: str | Path | None = None,
                  **device_options: Any) -> DevicePool:
        """``count`` simulated phones, seeded ``seed``, ``seed + 1``, ...; private locks unless ``lock_dir``."""
        if count < 1:
            raise ConfigurationError(f"a pool of {count} simulated phones", hint="ask for 1 or more")
        slots = [DeviceSlot("sim", str(seed + i), device_options) for i in range(count)]
        return cls(slots, lock_dir=lock_dir if lock_dir is not None else tempfile.mkdtemp(prefix="cascadroid-pool-"))

    @classmethod
    def parse(cls, kind: str, addresses: str | Sequence[str], *, lock_dir: str | Path | None = None,
              **device_options: Any) -> DevicePool:
        """A pool from a comma-separated list (``--cascadroid-serial=A,B``); for ``sim``, a count.

        ``device_options`` go to each device, e.g. ``capabilities={...}`` for Appium.
        """
        items = _clean(addresses.split(",") if isinstance(addresses, str) else addresses)
        if kind == "sim":
            if len(items) != 1 or not items[0].isdigit():
                raise ConfigurationError(f"simulated pool size {addresses!r} is not a count", hint="e.g. '4'")
            return cls.simulated(int(items[0]), lock_dir=lock_dir, **device_options)
        if kind == "appium":
            return cls.appium(items, lock_dir=lock_dir, **device_options)
        if kind == "adb":
            return cls.adb(items, lock_dir=lock_dir, **device_options)
        raise ConfigurationError(f"unknown device kind {kind!r}", hint=f"use one of {list(KINDS)}")

    # ---- leasing ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.slots)

    @contextlib.contextmanager
    def lease(self, *, timeout_s: float = 300.0, prefer: int | None = None) -> Iterator[Lease]:
        """Hold a free slot for the ``with`` block; :class:`DeviceLeaseTimeout` after ``timeout_s``.

        ``prefer``: try this slot first (modulo the pool size), e.g. the xdist worker's index, so a
        worker keeps its own phone while it is free.
        """
        handle, index = self._acquire(timeout_s, prefer)
        lease = Lease(self.slots[index], index)
        try:
            yield lease
        finally:
            lease.close_device()
            _unlock(handle)

    def busy(self) -> list[int]:
        """Indexes of the slots leased right now (by any process)."""
        taken = []
        for index in range(len(self.slots)):
            handle = self._try(index)
            if handle is None:
                taken.append(index)
            else:
                _unlock(handle)
        return taken

    def _acquire(self, timeout_s: float, prefer: int | None) -> tuple[IO[bytes], int]:
        start = 0 if prefer is None else prefer % len(self.slots)
        order = [(start + i) % len(self.slots) for i in range(len(self.slots))]
        deadline = time.monotonic() + timeout_s
        while True:
            for index in order:
                handle = self._try(index)
                if handle is not None:
                    return handle, index
            if time.monotonic() >= deadline:
                raise DeviceLeaseTimeout(
                    f"no free device in the pool of {len(self.slots)} "
                    f"({', '.join(s.label for s in self.slots[:4])}{', ...' if len(self.slots) > 4 else ''}) "
                    f"after {timeout_s:g} s: all are leased",
                    hint="add devices, run fewer workers (pytest -n / Ray workers) than devices, or raise the "
                         f"lease timeout; lock files are in {self.lock_dir}")
            time.sleep(self.poll_s)

    def _try(self, index: int) -> IO[bytes] | None:
        slot = self.slots[index]
        digest = hashlib.sha1(slot.label.encode()).hexdigest()[:12]
        handle = open(self.lock_dir / f"{index}-{digest}.lock", "ab")  # noqa: SIM115 - held for the lease
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return None
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        return handle


def _unlock(handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        handle.truncate(0)
        fcntl.flock(handle, fcntl.LOCK_UN)
    handle.close()


def _clean(values: Sequence[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def _default_lock_dir(slots: Sequence[DeviceSlot]) -> Path:
    """One folder per set of devices, shared by every process on this machine that names them."""
    digest = hashlib.sha1("\n".join(s.label for s in slots).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "cascadroid-pool" / digest
