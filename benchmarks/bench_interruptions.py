"""The task suite with and without interruptions, side by side (the same as `cascadroid bench --surprises`).

1. The oracle double (the reference solution as a model; the upper bound) on every template and
   seed under each surprise mode: success, actions per task, interruption steps per task, and
   model calls per task (interruptions are handled without one).
2. Optionally the bundled local model (choices mode) on a subset, surprises off vs all.

    python benchmarks/bench_interruptions.py [--seeds 0,1,2] [--workers 2]
    python benchmarks/bench_interruptions.py --no-oracle --local-count 6 [--local-difficulty easy --local-max-steps 10]
"""

from __future__ import annotations

import argparse
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from cascadroid.device.sim.surprises import SURPRISE_MODES
from cascadroid.evaluation.bench import parse_configs, run_bench, run_task, select_tasks


def table(rows: list[dict[str, Any]], modes: list[str], label: str) -> str:
    lines = [f"| {label}: surprises | success | actions/task | interruption steps/task | model calls/task |",
             "| --- | ---: | ---: | ---: | ---: |"]
    baseline = None
    for mode in modes:
        group = [r for r in rows if r["surprises"] == mode]
        if not group:
            continue
        n = len(group)
        wins = sum(bool(r["success"]) for r in group)
        rate = wins / n
        baseline = rate if baseline is None else baseline
        delta = "" if mode == modes[0] else f" ({100 * (rate - baseline):+.1f} points)"
        lines.append(f"| {mode} | {wins}/{n} = {100 * rate:.1f}%{delta} | {sum(r['steps'] for r in group) / n:.1f} "
                     f"| {sum(r['interruptions'] for r in group) / n:.1f} | {sum(r['model_calls'] for r in group) / n:.1f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--workers", type=int, default=2, help="processes (2 at most on a shared machine)")
    parser.add_argument("--modes", default=",".join(SURPRISE_MODES))
    parser.add_argument("--local-count", type=int, default=0, help="templates for the local model (0: skip it)")
    parser.add_argument("--local-difficulty", default="easy")
    parser.add_argument("--local-max-steps", type=int, default=10)
    parser.add_argument("--oracle", action=argparse.BooleanOptionalAction, default=True, help="run part 1")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    modes = [m.strip() for m in args.modes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        if args.oracle:
            configs = parse_configs(["oracle"], surprises=modes, data_dir=Path(tmp) / "oracle", max_steps=20)
            report = run_bench(configs, select_tasks(seeds=seeds), workers=args.workers)
            print(table(report.rows, modes, "oracle"))
            print(f"\n{len(report.rows)} runs in {report.seconds:.0f} s")
            for row in report.rows:
                if not row["success"]:
                    print("  failed:", row["config"], row["task"], row["seed"], row["stop_reason"])
        if args.local_count:
            print()
            local(select_tasks(difficulty=args.local_difficulty, count=args.local_count, seeds=[seeds[0]]),
                  Path(tmp) / "local", args.workers, args.local_max_steps)


def local(tasks: list[tuple[str, int]], data_dir: Path, workers: int, max_steps: int) -> None:
    """The local model, each task with surprises off then all (paired, so a partial run still compares)."""
    configs = parse_configs(["local"], surprises=["none", "all"], data_dir=data_dir, max_steps=max_steps)
    jobs = [(config, name, seed) for name, seed in tasks for config in configs]
    rows = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for row in pool.map(run_task, *zip(*jobs)):
            rows.append(row)
            print(f"  {row['surprises']:<5} {row['task']:<32} {'ok' if row['success'] else 'fail'} {row['steps']} steps "
                  f"({row['interruptions']} interruptions) {row['seconds']:.0f} s {row['error'] or ''}", flush=True)
    print(table(rows, ["none", "all"], "local model"))


if __name__ == "__main__":
    main()
