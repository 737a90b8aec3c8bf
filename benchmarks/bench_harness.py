"""The benchmark harness itself (`cascadroid bench`), side by side in one run, oracle config.

1. Per task, back to back: a bare loop (fresh phone, set up, Agent.run, task check), then
   run_task with the oracle config, screenshots off and on. Printed: success, tasks per minute,
   median seconds per task, ms per step, total time relative to the bare loop (what the harness
   adds: its own store per task, the check event; screenshots add a PNG per step).
2. Whole-suite run_bench: memory off / on (one shared store, learned shortcuts), workers 1 / 2.
3. The HTML report of each screenshot run: render time and file size.

    python benchmarks/bench_harness.py [--count 54] [--seeds 0]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.evaluation.bench import BenchConfig, run_bench, run_task, select_tasks
from cascadroid.evaluation.report import render_report
from cascadroid.memory import MemoryStore
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel


def bare_task(name: str, seed: int, data_dir: Path) -> tuple[bool, int]:
    """What a user would write without the harness: fresh phone, set up, run, check."""
    task = registry().instance(name, seed)
    phone = SimDevice(seed=seed)
    task.setup_on(phone)
    settings = Settings.load(data_dir=data_dir / f"{name}-{seed}", agent={"max_steps": 20, "save_screenshots": False})
    with Agent(phone, local=OracleModel(task, phone), settings=settings) as agent:
        result = agent.run(task.goal)
    return task.check(phone, result.answer), len(result.steps)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=None, help="templates (default: all)")
    parser.add_argument("--seeds", default="0")
    args = parser.parse_args()
    tasks = select_tasks(count=args.count, seeds=[int(s) for s in args.seeds.split(",")])
    n = len(tasks)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        plain = BenchConfig(name="oracle", model="oracle", data_dir=root / "plain")
        shots = BenchConfig(name="oracle_shots", model="oracle", data_dir=root / "shots", screenshots=True)
        # part 1: per task, the three variants back to back (the load on the machine hits all three alike)
        seconds = {"bare loop (baseline)": [], "run_task oracle": [], "run_task oracle, screenshots": []}
        ok = dict.fromkeys(seconds, 0)
        steps = dict.fromkeys(seconds, 0)
        shot_rows = []
        for name, seed in tasks:
            began = time.perf_counter()
            passed, taken = bare_task(name, seed, root / "bare")
            seconds["bare loop (baseline)"].append(time.perf_counter() - began)
            ok["bare loop (baseline)"] += passed
            steps["bare loop (baseline)"] += taken
            for label, config in (("run_task oracle", plain), ("run_task oracle, screenshots", shots)):
                row = run_task(config, name, seed)
                seconds[label].append(row["seconds"])
                ok[label] += row["success"]
                steps[label] += row["steps"]
                if config is shots:
                    shot_rows.append(row)
        base = sum(seconds["bare loop (baseline)"])
        print(f"{n} task runs (oracle), variants interleaved per task; the machine is shared, read the ratios\n")
        print("| variant | success | tasks/min | s/task (median) | ms/step | total vs bare loop |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for label, times in seconds.items():
            print(f"| {label} | {ok[label]}/{n} | {60 * n / sum(times):.1f} | {statistics.median(times):.3f} | "
                  f"{1000 * sum(times) / max(steps[label], 1):.1f} | {sum(times) / base:.2f} |")
        # part 2: whole-suite runs through run_bench
        print()
        for label, config, workers in (
            ("run_bench oracle", plain.model_copy(update={"data_dir": root / "p2"}), 1),
            ("run_bench oracle+memory", plain.model_copy(update={"data_dir": root / "m2", "memory": True}), 1),
            ("run_bench oracle, workers=2", plain.model_copy(update={"data_dir": root / "w2"}), 2),
        ):
            report = run_bench([config], tasks, workers=workers)
            done = sum(r["success"] for r in report.rows)
            taken = sum(r["steps"] for r in report.rows)
            print(f"{label}: {done}/{n} ok, {60 * n / report.seconds:.1f} tasks/min, "
                  f"{1000 * report.seconds / taken:.1f} ms/step, {report.summary[0]['model_calls']} model calls/task")
        # part 3: the HTML report of each screenshot run
        times, sizes, per_step = [], [], []
        for row in shot_rows:
            store = MemoryStore(shots.data_dir / shots.name / f"{row['task']}-{row['seed']}" / "cascadroid.db")
            began = time.perf_counter()
            page = render_report(store, row["run_id"])
            times.append(time.perf_counter() - began)
            sizes.append(len(page.encode()))
            per_step.append(row["steps"])
            store.close()
        print(f"\nreport: median {1000 * statistics.median(times):.0f} ms to render, "
              f"{1000 * sum(times) / sum(per_step):.0f} ms per step; median size {statistics.median(sizes) / 1024:.0f} KiB "
              f"({sum(sizes) / sum(per_step) / 1024:.0f} KiB per step)")


if __name__ == "__main__":
    main()
