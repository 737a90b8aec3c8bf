"""The bench on a real local Ray: the same rows as in-process; a worker killed mid-task is retried once."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.errors import ConfigurationError
from cascadroid.evaluation.bench import BenchConfig, run_bench, select_tasks
from cascadroid.evaluation.bench_ray import RayBench, run_bench_ray
from cascadroid.scale.ray_executor import import_ray
from cascadroid.testing import OracleModel

HERE = Path(__file__).parent
CRASH_TASK = "clock_add_alarm"
OUTCOME = ("config", "task", "seed", "success", "claimed", "steps", "model_calls", "cloud_calls", "tokens",
           "stop_reason", "error", "difficulty")


@pytest.fixture(scope="module")
def local_ray(tmp_path_factory):
    ray = pytest.importorskip("ray", reason="the Ray executor needs ray (pip install 'cascadroid[ray]')")
    crash_dir = tmp_path_factory.mktemp("crash")
    path = os.pathsep.join(p for p in (str(HERE), os.environ.get("PYTHONPATH")) if p)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RAY_USAGE_STATS_ENABLED", "0")
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING",
                 runtime_env={"env_vars": {"PYTHONPATH": path, "CASCADROID_TEST_CRASH_TASK": CRASH_TASK,
                                           "CASCADROID_TEST_CRASH_DIR": str(crash_dir)}})
        yield crash_dir
        ray.shutdown()


def outcomes(rows):
    return [{k: r.get(k) for k in OUTCOME} for r in rows]


@pytest.mark.slow
def test_ray_rows_equal_the_in_process_rows(local_ray, tmp_path):
    tasks = select_tasks(difficulty="easy", count=3, seeds=[0, 1])
    config = BenchConfig(name="oracle", model="oracle", data_dir=tmp_path / "inprocess")
    here = run_bench([config], tasks)
    there = run_bench_ray([config.model_copy(update={"data_dir": tmp_path / "ray"})], tasks, workers=2,
                          out_dir=tmp_path / "out")

    assert outcomes(there.rows) == outcomes(here.rows)
    assert there.summary[0]["successes"] == here.summary[0]["successes"] == len(tasks)
    assert len({r["run_id"] for r in there.rows}) == len(tasks)
    written = json.loads((tmp_path / "out" / "results.json").read_text())
    assert outcomes(written["rows"]) == outcomes(here.rows)
    assert "| oracle | 6 | 100.0% |" in (tmp_path / "out" / "results.md").read_text()


@pytest.mark.slow
def test_each_worker_is_one_process_for_many_tasks(local_ray, tmp_path):
    config = BenchConfig(name="oracle", model="oracle", data_dir=tmp_path)
    with RayBench([config], workers=2) as bench:
        before = import_ray().get([a.info.remote() for a in bench.actors])
        rows = bench.run([(config, name, seed) for name, seed in select_tasks(difficulty="easy", count=4)])
        after = import_ray().get([a.info.remote() for a in bench.actors])
    assert all(r["success"] for r in rows)
    assert [w["pid"] for w in before] == [w["pid"] for w in after]  # no process per task
    assert len({w["pid"] for w in after}) == 2 and os.getpid() not in {w["pid"] for w in after}


@pytest.mark.slow
def test_a_worker_killed_mid_task_is_retried_elsewhere_once_and_its_run_resumes(local_ray, tmp_path):
    crash_dir = local_ray
    names = ["clock_start_stopwatch", CRASH_TASK, "contacts_add", "notes_create"]
    config = BenchConfig(name="oracle", model="oracle", data_dir=tmp_path, registry="scale_crash_registry:registry")
    report = run_bench_ray([config], [(n, 0) for n in names], workers=2)

    died = (crash_dir / f"crashed-{CRASH_TASK}").read_text().split()
    assert died and int(died[0]) != os.getpid()  # a worker process really exited mid-task
    assert [r["task"] for r in report.rows] == names  # one row each: nothing lost, nothing twice
    assert all(r["success"] for r in report.rows), [r["stop_reason"] for r in report.rows]
    crashed = report.rows[1]
    assert crashed["attempts"] == 2 and len(crashed["interrupted_runs"]) == 1
    assert crashed["interrupted_runs"][0] != crashed["run_id"]
    assert all("attempts" not in r for r in report.rows if r is not crashed)
    assert report.summary[0]["tasks"] == 4 and report.summary[0]["successes"] == 4

    # the interrupted run is resumable by its id: it died before any action landed, so a phone set
    # up like the dead one carries on from the saved checkpoint
    task = registry().instance(CRASH_TASK, 0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    task_dir = tmp_path / "oracle" / f"{CRASH_TASK}-0"
    with Agent(phone, local=OracleModel(task, phone), settings=config.settings(task_dir)) as agent:
        resumed = agent.resume(crashed["interrupted_runs"][0])
        runs = {r.run_id: r.status for r in agent.memory.runs.recent()}
    assert resumed.status == "succeeded" and task.check(phone, resumed.answer)
    assert runs == {crashed["interrupted_runs"][0]: "succeeded", crashed["run_id"]: "succeeded"}


@pytest.mark.slow
def test_cli_bench_with_the_ray_executor_writes_the_usual_outputs(tmp_path):
    pytest.importorskip("ray", reason="the Ray executor needs ray (pip install 'cascadroid[ray]')")
    proc = subprocess.run(
        [sys.executable, "-m", "cascadroid.cli", "bench", "--executor", "ray", "--workers", "2", "--difficulty",
         "easy", "--count", "2", "--out", str(tmp_path / "out"), "--data-dir", str(tmp_path / "data"), "--json"],
        capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert [r["success"] for r in report["rows"]] == [True, True]
    assert (tmp_path / "out" / "results.md").exists() and (tmp_path / "out" / "success_vs_cost.png").exists()


def test_cli_rejects_an_unknown_executor(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "cascadroid.cli", "bench", "--executor", "dask", "--count", "1",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 2 and "unknown --executor 'dask'" in proc.stderr


def test_without_ray_the_executor_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(ConfigurationError) as caught:
        run_bench_ray([BenchConfig(name="oracle", model="oracle")], [("notes_create", 0)])
    assert "cascadroid[ray]" in caught.value.hint


def test_bad_worker_counts_are_configuration_errors():
    with pytest.raises(ConfigurationError):
        RayBench([BenchConfig(name="oracle", model="oracle")], workers=0)


@pytest.mark.slow
def test_the_local_model_loads_once_per_worker_not_per_task(local_ray, tmp_path):
    # free-form operator: every step asks the model (choices mode may act on structure with no model call);
    # one call per task is all this needs (the 135M model's invalid answers would otherwise be re-asked 15 times)
    settings = tmp_path / "free.toml"
    settings.write_text('[agent]\noperator_mode = "free"\nmax_consecutive_errors = 1\nmax_output_retries = 0\n'
                        'learn = "off"\n')
    config = BenchConfig(name="local", model="local", data_dir=tmp_path, max_steps=1, settings_file=settings)
    with RayBench([config], workers=2) as bench:
        warm = import_ray().get([a.info.remote() for a in bench.actors])
        rows = bench.run([(config, "settings_bluetooth", seed) for seed in range(4)])
        after = import_ray().get([a.info.remote() for a in bench.actors])
    assert [w["models_loaded"] for w in warm] == [1, 1]  # loaded when the worker started
    assert [w["models_loaded"] for w in after] == [1, 1] and [w["pid"] for w in after] == [w["pid"] for w in warm]
    assert all(r["error"] is None and r["model_calls"] >= 1 for r in rows), rows


@pytest.mark.slow
def test_jobs_on_a_pool_lease_a_phone_each_and_survive_a_dead_worker(local_ray, tmp_path):
    from scale_jobs import open_settings, refuse

    from cascadroid.scale import DevicePool, JobFailed, run_on_devices

    pool = DevicePool.simulated(2, seed=10)
    marker = tmp_path / "died"
    items = [(n, str(marker) if n == 2 else None) for n in range(6)]
    results = run_on_devices(open_settings, items, pool)

    assert marker.exists()  # the worker running job 2 died once, holding a phone
    assert [r["n"] for r in results] == list(range(6))
    assert all(r["package"] == "com.android.settings" and r["seed"] in (10, 11) for r in results)
    assert pool.busy() == []  # every lease released, the dead worker's too
    failed = run_on_devices(refuse, ["x"], pool)
    assert isinstance(failed[0], JobFailed) and "ValueError: bad item 'x'" in failed[0]
