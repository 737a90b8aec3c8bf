"""Scale-out side by side in one run: the same oracle bench in-process, on pytest-xdist -n 2, on Ray.

Every mode runs the same (template, seed) jobs with the oracle config (`cascadroid bench`'s rows):

1. in-process, one task after another (the baseline);
2. in-process with a process pool of 2 (``run_bench(workers=2)``), for reference (its workers
   start cold inside the run: that start-up is in its run time);
3. pytest-xdist ``-n 2`` over a generated suite with one test per job (each test calls run_task);
4. Ray with 2 actors (``RayBench``), and Ray with 1 actor (to price what Ray adds per task).

Start-up (imports, worker processes, a local Ray) is timed apart from the run; tasks per minute
are over the run, where a worker's one-off start-up (its model load) is already paid. Printed:
tasks/min per mode, speed-up over in-process, and Ray's overhead per task two ways:
(Ray with 1 actor − in-process) / jobs, and the mean round trip of an empty call to an actor.

    python benchmarks/bench_scale.py [--count 18] [--seeds 0,1]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cascadroid.evaluation.bench import BenchConfig, run_bench, run_task, select_tasks
from cascadroid.evaluation.bench_ray import RayBench
from cascadroid.scale.ray_executor import import_ray

ROUND_TRIPS = 200

XDIST_SUITE = '''
import json, os, time
import pytest
from cascadroid.evaluation.bench import BenchConfig, run_task

JOBS = json.loads(os.environ["BENCH_SCALE_JOBS"])
CONFIG = BenchConfig(name="oracle", model="oracle", data_dir=os.environ["BENCH_SCALE_DATA"])

@pytest.fixture(scope="session", autouse=True)
def warm(tmp_path_factory):  # like the other modes: imports and the first graph compile are start-up
    run_task(CONFIG.model_copy(update={"data_dir": tmp_path_factory.mktemp("warm")}), *JOBS[0])


@pytest.mark.parametrize("name, seed", JOBS)
def test_job(name, seed):
    started = time.time()
    row = run_task(CONFIG, name, seed)
    with open(os.environ["BENCH_SCALE_LOG"], "a") as log:
        log.write(json.dumps({"start": started, "end": time.time(), "success": row["success"]}) + "\\n")
'''


def in_process(jobs: list[tuple[str, int]], data: Path, workers: int) -> dict:
    config = BenchConfig(name="oracle", model="oracle", data_dir=data)
    run_task(config, *jobs[0])  # warm: imports and the first graph compile are start-up
    started = time.perf_counter()
    report = run_bench([config], jobs, workers=workers)
    return {"run_s": time.perf_counter() - started, "startup_s": 0.0,
            "successes": sum(r["success"] for r in report.rows)}


def xdist(jobs: list[tuple[str, int]], data: Path) -> dict:
    suite = data / "test_bench_jobs.py"
    suite.parent.mkdir(parents=True, exist_ok=True)
    suite.write_text(XDIST_SUITE)
    log = data / "log.jsonl"
    env = {**os.environ, "BENCH_SCALE_JOBS": json.dumps(jobs), "BENCH_SCALE_DATA": str(data / "runs"),
           "BENCH_SCALE_LOG": str(log)}
    started = time.time()
    subprocess.run([sys.executable, "-m", "pytest", "-n", "2", "-q", "-p", "no:cacheprovider", "--noconftest",
                    "-o", "addopts=", str(suite)], cwd=data, env=env, check=True, capture_output=True)
    wall = time.time() - started
    rows = [json.loads(line) for line in log.read_text().splitlines()]
    first, last = min(r["start"] for r in rows), max(r["end"] for r in rows)
    return {"run_s": last - first, "startup_s": wall - (last - first), "successes": sum(r["success"] for r in rows)}


def ray(jobs: list[tuple[str, int]], data: Path, workers: int) -> dict:
    config = BenchConfig(name="oracle", model="oracle", data_dir=data)
    started = time.perf_counter()
    with RayBench([config], workers=workers) as bench:
        bench.run([(config, *jobs[0])] * workers)  # warm each actor like the in-process baseline
        startup = time.perf_counter() - started
        began = time.perf_counter()
        rows = bench.run([(config, name, seed) for name, seed in jobs])
        run_s = time.perf_counter() - began
        ray_module, actor = import_ray(), bench.actors[0]
        began = time.perf_counter()
        for _ in range(ROUND_TRIPS):  # what Ray adds to a task by itself: a call to an actor and its reply
            ray_module.get(actor.info.remote())
        round_trip_ms = 1000 * (time.perf_counter() - began) / ROUND_TRIPS
    return {"run_s": run_s, "startup_s": startup, "successes": sum(r["success"] for r in rows),
            "round_trip_ms": round_trip_ms}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=18, help="task templates (easy first, then medium)")
    parser.add_argument("--seeds", default="0,1", help="comma-separated seeds")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    templates = [name for name, _ in select_tasks(difficulty="easy", seeds=[0])]
    templates += [name for name, _ in select_tasks(difficulty="medium", seeds=[0])]
    jobs = [(name, seed) for seed in seeds for name in templates[: args.count]]
    print(f"{len(jobs)} oracle tasks ({args.count} templates x {len(seeds)} seeds) on {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f}\n")

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        results["in-process"] = in_process(jobs, root / "inproc", workers=1)
        results["process pool (2)"] = in_process(jobs, root / "pool", workers=2)
        results["xdist -n 2"] = xdist(jobs, root / "xdist")
        results["Ray, 2 actors"] = ray(jobs, root / "ray2", workers=2)
        results["Ray, 1 actor"] = ray(jobs, root / "ray1", workers=1)

    base = results["in-process"]["run_s"]
    print("| mode | successes | start-up s | run s | tasks/min | vs in-process |\n|---|---:|---:|---:|---:|---:|")
    for mode, r in results.items():
        print(f"| {mode} | {r['successes']}/{len(jobs)} | {r['startup_s']:.1f} | {r['run_s']:.1f} | "
              f"{60 * len(jobs) / r['run_s']:.0f} | {base / r['run_s']:.2f}x |")
    overhead_ms = 1000 * (results["Ray, 1 actor"]["run_s"] - base) / len(jobs)
    print(f"\nRay overhead per task (1 actor vs in-process, same jobs): {overhead_ms:.0f} ms "
          f"(in-process {1000 * base / len(jobs):.0f} ms/task)")
    print(f"Ray round trip to an idle actor (mean of {ROUND_TRIPS} calls): "
          f"{results['Ray, 1 actor']['round_trip_ms']:.1f} ms")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
