"""The simulated task suite in figures: templates by difficulty and apps, reference-solution
length, and the agent driven by OracleModel over every template (success by the task checks).

    python benchmarks/bench_tasks.py [--seeds 1]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from cascadroid.agent import Agent
from cascadroid.device.script import run_script
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=1, help="seeds per template for the agent runs")
    args = parser.parse_args()
    suite = registry()
    templates = suite.templates()
    print(f"templates: {len(templates)}; multi-app: {sum(t.multi_app for t in templates)}; "
          f"questions: {sum(t.question for t in templates)}; cannot be done: {sum(not t.feasible for t in templates)}; "
          f"goal phrasings: {sum(len(t.phrasings) for t in templates)} (at least "
          f"{min(len(t.phrasings) for t in templates)} each)")
    print("by difficulty:", dict(sorted(Counter(t.difficulty for t in templates).items())))
    print("by app:", dict(Counter(a for t in templates for a in t.apps).most_common()))

    lengths, script_s = [], []
    for t in templates:
        for seed in range(3):
            task = suite.instance(t.name, seed)
            phone = SimDevice(seed=seed)
            task.setup_on(phone)
            start = time.perf_counter()
            steps = task.reference(phone)
            run_script(phone, steps)
            script_s.append(time.perf_counter() - start)
            lengths.append(len(steps))
    print(f"reference solutions (3 seeds): steps median {statistics.median(lengths)}, max {max(lengths)}; "
          f"plan+run median {statistics.median(script_s) * 1000:.1f} ms")

    solved, actions, calls, wall = 0, [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for t in templates:
            for seed in range(args.seeds):
                task = suite.instance(t.name, seed)
                phone = SimDevice(seed=seed)
                task.setup_on(phone)
                oracle = OracleModel(task, phone)
                settings = Settings.load(data_dir=Path(tmp) / f"{t.name}-{seed}", agent={"save_screenshots": False})
                start = time.perf_counter()
                with Agent(device=phone, local=oracle, memory=False, settings=settings) as agent:
                    result = agent.run(task.goal)
                wall.append(time.perf_counter() - start)
                solved += task.check(phone, result.answer)
                actions.append(len(result.steps))
                calls.append(oracle.calls / max(1, len(result.steps)))
    runs = len(templates) * args.seeds
    print(f"agent + OracleModel: solved {solved}/{runs} ({solved / runs:.0%}); actions median "
          f"{statistics.median(actions)}; model calls per action {statistics.mean(calls):.2f}; "
          f"wall per run median {statistics.median(wall):.2f} s, per action "
          f"{sum(wall) / max(1, sum(actions)) * 1000:.0f} ms (graph + checkpoints, no model)")


if __name__ == "__main__":
    main()
