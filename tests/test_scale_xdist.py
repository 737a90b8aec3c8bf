"""pytest-xdist over the plugin: a phone per worker, run ids per run, one shared memory database."""

import json
import os
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from fixtures_devices import LAUNCHER_XML

from cascadroid.testing import FakeAdb, FakeScreen

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "tests" / "scale_suite"

pytest.importorskip("xdist", reason="needs pytest-xdist (in the dev extra)")


def run_pytest(*args, env=None, cwd):
    command = [sys.executable, "-m", "pytest", "-n", "2", "-p", "no:cacheprovider", "-q", *args]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=cwd,
                          env={**os.environ, **(env or {})})
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    return proc


def read_log(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.slow
def test_two_workers_share_one_memory_database_without_losing_a_run(tmp_path):
    shared = tmp_path / "shared.db"
    log = tmp_path / "log.jsonl"
    # the plugin loads by its pytest11 entry point (adding -p cascadroid.pytest_plugin would register it twice)
    run_pytest(str(SUITE / "phone_suite.py"), "--noconftest", f"--cascadroid-memory={shared}",
               env={"SCALE_SUITE_LOG": str(log)}, cwd=tmp_path)

    ran = read_log(log)
    assert len(ran) == 8 and {r["worker"] for r in ran} == {"gw0", "gw1"}
    assert len({r["pid"] for r in ran}) == 2  # two worker processes, each on its own phones
    run_ids = [r["run_id"] for r in ran]
    assert len(set(run_ids)) == 8
    with sqlite3.connect(shared) as db:
        stored = dict(db.execute("SELECT run_id, status FROM runs").fetchall())
    assert stored == {run_id: "succeeded" for run_id in run_ids}  # every run, none lost, none extra


@pytest.mark.slow
def test_the_example_suite_runs_on_two_workers(tmp_path):
    shared = tmp_path / "shared.db"
    proc = run_pytest(str(ROOT / "examples" / "pytest_suite"), f"--cascadroid-memory={shared}",
                      env={"CASCADROID_EXAMPLE_MODEL": "oracle"}, cwd=tmp_path)
    assert "3 passed" in proc.stdout
    with sqlite3.connect(shared) as db:
        assert db.execute("SELECT count(*) FROM runs WHERE status = 'succeeded'").fetchone() == (2,)


@pytest.mark.slow
def test_a_farm_of_serials_gives_each_worker_its_own_phone(tmp_path):
    fake = FakeAdb(tmp_path / "adb", {"launcher": FakeScreen(LAUNCHER_XML, "com.android.launcher3")},
                   devices={"phone-A": "device", "phone-B": "device"})
    log = tmp_path / "log.jsonl"
    run_pytest(str(SUITE / "farm_suite.py"), "--noconftest", "--cascadroid-device=adb",
               "--cascadroid-serial=phone-A,phone-B",
               env={"SCALE_SUITE_LOG": str(log), "PATH": f"{fake.bin_dir}{os.pathsep}{os.environ['PATH']}"},
               cwd=tmp_path)

    ran = read_log(log)
    assert len(ran) == 8
    by_worker = defaultdict(set)
    for r in ran:
        by_worker[r["worker"]].add(r["serial"])
    assert by_worker == {"gw0": {"phone-A"}, "gw1": {"phone-B"}}  # each worker kept its own phone
    by_serial = defaultdict(list)
    for r in ran:
        by_serial[r["serial"]].append((r["start"], r["end"]))
    for spans in by_serial.values():  # one test at a time per phone
        spans.sort()
        assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
