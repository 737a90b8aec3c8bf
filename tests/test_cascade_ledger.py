"""The spend ledger: two-phase booking, exact limits, two processes at once."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import textwrap
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from cascadroid.cascade import Reservation, Shortfall, SpendLedger
from cascadroid.errors import CorruptDatabaseError


def test_reserve_settle_release_and_limits_to_the_cent(tmp_path: Path) -> None:
    ledger = SpendLedger(tmp_path / "ledger.sqlite")
    first = ledger.reserve(run_id="r1", model="m", estimate_usd=0.03, per_run_usd=0.05)
    assert isinstance(first, Reservation)
    refused = ledger.reserve(run_id="r1", model="m", estimate_usd=0.03, per_run_usd=0.05)
    assert isinstance(refused, Shortfall) and refused.scope == "run"
    assert "$0.020000 left" in refused.describe()
    ledger.settle(first, 0.01)
    exactly_the_rest = ledger.reserve(run_id="r1", model="m", estimate_usd=0.04, per_run_usd=0.05)
    assert isinstance(exactly_the_rest, Reservation)
    assert ledger.spent_usd(run_id="r1") == pytest.approx(0.05, abs=1e-12)
    ledger.release(exactly_the_rest)
    assert ledger.spent_usd(run_id="r1") == pytest.approx(0.01, abs=1e-12)
    assert isinstance(ledger.reserve(run_id="r2", model="m", estimate_usd=0.05, per_run_usd=0.05), Reservation)


def test_day_budget_spans_runs_and_days_are_separate(tmp_path: Path) -> None:
    today = ["2026-01-01"]
    ledger = SpendLedger(tmp_path / "ledger.sqlite", day=lambda: today[0])
    assert isinstance(ledger.reserve(run_id="a", model="m", estimate_usd=0.6, per_day_usd=1.0), Reservation)
    refused = ledger.reserve(run_id="b", model="m", estimate_usd=0.6, per_day_usd=1.0)
    assert isinstance(refused, Shortfall) and refused.scope == "day"
    today[0] = "2026-01-02"
    assert isinstance(ledger.reserve(run_id="b", model="m", estimate_usd=0.6, per_day_usd=1.0), Reservation)
    assert ledger.spent_usd(day="2026-01-01") == pytest.approx(0.6)


def test_spend_survives_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    booking = SpendLedger(path).reserve(run_id="r", model="m", estimate_usd=0.2)
    assert isinstance(booking, Reservation)
    SpendLedger(path).settle(booking, 0.125)
    assert SpendLedger(path).spent_usd(run_id="r") == 0.125


def test_two_processes_never_overspend_a_shared_budget(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    SpendLedger(path)
    script = textwrap.dedent(
        f"""
        from cascadroid.cascade import Reservation, SpendLedger
        ledger = SpendLedger({str(path)!r})
        booked = 0
        for i in range(40):
            r = ledger.reserve(run_id="shared", model="m", estimate_usd=0.01, per_day_usd=0.37)
            if isinstance(r, Reservation):
                ledger.settle(r, 0.01)
                booked += 1
        print(booked)
        """
    )
    workers = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    counts = [int(w.communicate(timeout=120)[0].strip()) for w in workers]
    assert sum(counts) == 37
    assert SpendLedger(path).spent_usd(run_id="shared") == pytest.approx(0.37, abs=1e-12)


def _open_fresh_ledgers(folder: str, rounds: int, barrier: Barrier) -> None:
    """Each round, open a new ledger file at the same moment as the other processes and book on it."""
    for r in range(rounds):
        barrier.wait()  # every process creates (and switches to WAL) the same fresh file at once
        ledger = SpendLedger(Path(folder) / f"round{r}.sqlite")
        assert isinstance(ledger.reserve(run_id="r", model="m", estimate_usd=0.01), Reservation)
        ledger.close()


def test_processes_opening_a_new_ledger_at_once_never_find_it_locked(tmp_path: Path) -> None:
    workers, rounds = 3, 15
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(workers, timeout=60)
    procs = [context.Process(target=_open_fresh_ledgers, args=(str(tmp_path), rounds, barrier)) for _ in range(workers)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [p.exitcode for p in procs] == [0] * workers  # a "database is locked" would fail a worker
    for r in range(rounds):
        assert SpendLedger(tmp_path / f"round{r}.sqlite").spent_usd(run_id="r") == pytest.approx(0.01 * workers)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(CorruptDatabaseError, match="not a usable SQLite database"):
        SpendLedger(path)
