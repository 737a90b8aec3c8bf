"""Memory that learns: repeated tasks with and without Tips/Shortcuts, side by side in one run.

For every template of the simulated suite, run 1 (seed 0) is a fresh agent with an empty
memory; after it, each candidate shortcut is verified by replay on a fresh phone set up for
another instance of the task (new parameters, the task's own check). Runs 2..N (new seeds)
then use that memory. The same runs are repeated with memory off. The model is the oracle
double, so success measures the plumbing and model calls measure what memory saves.

    python benchmarks/bench_memory_agent.py [--runs 5] [--templates 54]

Prints: model calls per task from the 2nd run on vs the 1st (target <= 30%), success with and
without memory, and the share of actions taken through shortcuts (Mobile-Agent-E: 12-15%).
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import statistics
import tempfile
from pathlib import Path

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.memory import MemoryStore
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel
from cascadroid.testing.sim_shortcuts import verify_for_task

VERIFY_SEEDS = (101, 102, 103)


def run_once(task, store, data_dir: Path) -> dict:
    phone = SimDevice(seed=task.seed)
    task.setup_on(phone)
    settings = Settings.load(data_dir=data_dir, agent={"save_screenshots": False, "max_steps": 40})
    with Agent(phone, local=OracleModel(task, phone), memory=store if store is not None else False,
               settings=settings) as agent:
        result = agent.run(task.goal)
    applied = [e for e in phone.action_log if e.applied and e.key]
    return {
        "success": bool(task.check(phone, result.answer)),
        "model_calls": int(result.totals.get("model_calls", 0)),
        "actions": len(applied),
        "shortcut_actions": sum("." in e.key.rsplit(":", 1)[-1] for e in applied),
    }


def verify_candidates(store: MemoryStore, suite, name: str) -> int:
    """Verify each new candidate on a fresh phone with another instance's parameters."""
    verified = 0
    for shortcut in store.shortcuts.all(state="candidate"):
        for seed in VERIFY_SEEDS:
            outcome = verify_for_task(store.shortcuts, shortcut, suite.instance(name, seed=seed), lambda s=seed: SimDevice(seed=s))
            if outcome is not None:
                verified += outcome.succeeded
                break
    return verified


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per template (seeds 0..runs-1)")
    parser.add_argument("--templates", type=int, default=None, help="first N templates (default: all)")
    args = parser.parse_args()
    suite = registry()
    tmp = Path(tempfile.mkdtemp(prefix="bench_memory_agent_"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # a run leaves about 1 MB per task: 0.5 GB per whole suite
    templates = suite.templates()[: args.templates]
    rows = {"memory": [], "none": []}
    verified_templates = 0
    for template in templates:
        store = MemoryStore(tmp / f"{template.name}.db")
        for seed in range(args.runs):
            task = suite.instance(template.name, seed=seed)
            rows["memory"].append({"template": template.name, "run": seed,
                                   **run_once(task, store, tmp / "m" / template.name)})
            rows["none"].append({"template": template.name, "run": seed,
                                 **run_once(task, None, tmp / "n" / template.name)})
            if seed == 0:
                verified_templates += verify_candidates(store, suite, template.name) > 0

    def calls(label: str, first: bool) -> float:
        return statistics.mean(r["model_calls"] for r in rows[label] if (r["run"] == 0) == first)

    def success(label: str, first: bool) -> float:
        chosen = [r for r in rows[label] if (r["run"] == 0) == first]
        return sum(r["success"] for r in chosen) / len(chosen)

    later = [r for r in rows["memory"] if r["run"] > 0]
    share = sum(r["shortcut_actions"] for r in later) / max(1, sum(r["actions"] for r in later))
    ratio = calls("memory", False) / calls("memory", True)
    print(f"{len(templates)} templates x {args.runs} runs (oracle double); verified shortcuts for "
          f"{verified_templates} templates")
    print(f"  model calls per task, memory on : run 1 {calls('memory', True):.2f} -> runs 2+ "
          f"{calls('memory', False):.2f} = {ratio:.0%} of run 1 (target <= 30%)")
    print(f"  model calls per task, memory off: run 1 {calls('none', True):.2f} -> runs 2+ {calls('none', False):.2f}")
    print(f"  success runs 2+: memory {success('memory', False):.0%} vs none {success('none', False):.0%} "
          f"(run 1: {success('memory', True):.0%})")
    print(f"  actions through shortcuts on runs 2+: {share:.0%} (Mobile-Agent-E: 12-15%)")
    with_shortcut = {r["template"] for r in later if r["shortcut_actions"]}
    if with_shortcut:
        sub = [r for r in rows["memory"] if r["template"] in with_shortcut]
        first = statistics.mean(r["model_calls"] for r in sub if r["run"] == 0)
        rest = statistics.mean(r["model_calls"] for r in sub if r["run"] > 0)
        print(f"  on the {len(with_shortcut)} templates that used a shortcut: {first:.2f} -> {rest:.2f} calls "
              f"= {rest / first:.0%}, success {sum(r['success'] for r in sub if r['run'] > 0) / max(1, len([r for r in sub if r['run'] > 0])):.0%}")


if __name__ == "__main__":
    main()
