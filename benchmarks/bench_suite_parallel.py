"""The whole task suite with the oracle double, one seed, on N worker processes (and on Ray).

Prints the wall time per executor side by side, the failures with their state diffs, and the
per-app coverage (templates touching each app). Usage::

    .venv/bin/python benchmarks/bench_suite_parallel.py --workers 2 [--serial] [--ray] [--seed 0]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from cascadroid.device.sim.tasks import registry
from cascadroid.evaluation.bench import BenchConfig, run_bench, select_tasks


def coverage_table(rows: list[dict[str, Any]]) -> str:
    """Templates per app (all, single-app, multi-app, questions) and how many the run passed."""
    suite = registry()
    by_app: dict[str, Counter[str]] = {}
    passed = {r["task"] for r in rows if r["success"]}
    for template in suite.templates():
        for app in sorted(set(template.apps)):
            counts = by_app.setdefault(app, Counter())
            counts["templates"] += 1
            counts["multi-app" if template.multi_app else "single-app"] += 1
            counts["questions"] += template.question
            counts["passed"] += template.name in passed
    lines = ["| app | templates | single-app | multi-app | questions | oracle passed |", "|---|---:|---:|---:|---:|---:|"]
    for app, c in sorted(by_app.items(), key=lambda item: (-item[1]["templates"], item[0])):
        lines.append(f"| {app} | {c['templates']} | {c['single-app']} | {c['multi-app']} | {c['questions']} "
                     f"| {c['passed']} |")
    return "\n".join(lines)


def run(executor: str, workers: int, seed: int, data_dir: Path) -> tuple[float, list[dict[str, Any]]]:
    config = BenchConfig(name="oracle", model="oracle", data_dir=data_dir / executor)
    tasks = select_tasks(seeds=[seed])
    started = time.perf_counter()
    if executor == "ray":
        from cascadroid.evaluation.bench_ray import run_bench_ray

        report = run_bench_ray([config], tasks, workers=workers)
    else:
        report = run_bench([config], tasks, workers=workers)
    return time.perf_counter() - started, report.rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--serial", action="store_true", help="also run on 1 process, for the speed-up")
    parser.add_argument("--ray", action="store_true", help="also run on Ray actors (needs cascadroid[ray])")
    args = parser.parse_args()
    plans = [("processes", args.workers)] + ([("processes", 1)] if args.serial else []) \
        + ([("ray", args.workers)] if args.ray else [])
    results: list[tuple[str, int, float, list[dict[str, Any]]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for executor, workers in plans:
            seconds, rows = run(executor, workers, args.seed, Path(tmp) / f"{executor}-{workers}")
            results.append((executor, workers, seconds, rows))
    print("| executor | workers | tasks | passed | wall s | s/task |")
    print("|---|---:|---:|---:|---:|---:|")
    for executor, workers, seconds, rows in results:
        print(f"| {executor} | {workers} | {len(rows)} | {sum(r['success'] for r in rows)} | {seconds:.1f} "
              f"| {seconds / max(len(rows), 1):.2f} |")
    rows = results[0][3]
    for row in rows:
        if not row["success"]:
            diff = (f"side effects: {'; '.join(row['side_effects'])}" if row.get("side_effects")
                    else f"state diff: {'; '.join(row.get('state_diff') or []) or 'none'}")
            print(f"- FAILED {row['task']} seed {row['seed']}: {row.get('error') or row['stop_reason']} [{diff}]")
    print()
    print(coverage_table(rows))


if __name__ == "__main__":
    main()
