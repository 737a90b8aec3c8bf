"""What learning adds to the local tier: each task run twice, the second time with the memory of the first.

    python benchmarks/bench_second_run.py --templates FILE [--seed 2] [--phrasings 0,1] [--max-steps 12] [--only ...]

Run 1 (candidate 1 always, as bench_structure.py) learns by rules (tips and candidate shortcuts, memory/learning.py).
Each candidate shortcut is verified before use, as the suite's are (`verify_for_task`): replayed for the same template
at seed + 1 (another task of its shape: other names, other values) on a fresh phone, whose own check must then hold
unless the task is a question. Run 2 is the same task again with
that memory: a verified shortcut that fits is run first. Prints both success rates and the shortcuts verified/used.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_structure import always_first, load_templates, worded_goal

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks.base import TaskInstance
from cascadroid.memory import MemoryStore
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel
from cascadroid.testing.sim_shortcuts import verify_for_task


def run(task: TaskInstance, goal: str, store: MemoryStore, data_dir: Path, max_steps: int) -> tuple[bool, list[str]]:
    phone = SimDevice(seed=task.seed)
    task.setup_on(phone)
    settings = Settings.load(data_dir=data_dir, agent={"max_steps": max_steps, "save_screenshots": False, "learn": "rules",
                                                       "operator_mode": "choices", "decision": {"tie_break": False}})
    with Agent(phone, local=ScriptedModel(responder=always_first, name="always-1"), memory=store, settings=settings) as agent:
        result = agent.run(goal)
    return task.check(phone, result.answer), [s.shortcut for s in result.steps if getattr(s, "shortcut", None)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--phrasings", default="0,1")
    parser.add_argument("--max-steps", type=int, default=12)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    templates = [t for t in load_templates(args.templates).templates() if not args.only or t.name in args.only]
    with tempfile.TemporaryDirectory(prefix="bench_second_") as folder:
        for phrasing in (int(p) for p in args.phrasings.split(",")):
            started, first, second, verified, used = time.perf_counter(), [], [], 0, 0
            for t in templates:
                if phrasing >= len(t.phrasings):
                    continue
                task = TaskInstance.create(t, args.seed, phrasing=phrasing)
                goal = worded_goal(task, t.phrasings[phrasing])
                data = Path(folder) / f"p{phrasing}-{t.name}"
                store = MemoryStore(data / "memory.db")
                ok1, _ = run(task, goal, store, data, args.max_steps)
                other = TaskInstance.create(t, args.seed + 1, phrasing=phrasing)
                for shortcut in store.shortcuts.all(state="candidate"):
                    checked = verify_for_task(store.shortcuts, shortcut, other, lambda other=other: SimDevice(seed=other.seed))
                    verified += bool(checked is not None and checked.succeeded)
                ok2, ran = run(task, goal, store, data, args.max_steps)
                used += bool(ran)
                first.append((t.name, ok1))
                second.append((t.name, ok2, ran))
                store.close()
            n = len(first)
            print(f"phrasing {phrasing}: run 1 {sum(ok for _, ok in first)}/{n}, run 2 (memory of run 1) "
                  f"{sum(ok for _, ok, _ in second)}/{n}; shortcuts verified {verified}, used in run 2 by {used} tasks; "
                  f"{time.perf_counter() - started:.0f} s")
            print("  failed run 1: " + " ".join(name for name, ok in first if not ok))
            print("  failed run 2: " + " ".join(name for name, ok, _ in second if not ok))
            print("  shortcut used in run 2: " + " ".join(f"{name}({'ok' if ok else 'FAIL'})" for name, ok, ran in second if ran))


if __name__ == "__main__":
    main()
