"""Exploration: how long walking every simulated app takes, and what it is worth to "always take
candidate 1" (no model) on the simulated suite, before and after exploring.

The phone is explored once (a device farm explores once), the knowledge exported and imported
into the memory each run uses; every run gets a fresh phone with its task's setup.

    python benchmarks/bench_explore.py [--budget 40] [--seed 0] [--levels easy,medium] [--every 1] [--max-steps 10]

Target (issue 15): exploring all simulated apps <= 60 s.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import tempfile
import time
from functools import partial
from pathlib import Path

from cascadroid.agent import Agent
from cascadroid.agents.candidates import rank
from cascadroid.agents.knowledge_hint import KnowledgeHint, favour_known_paths
from cascadroid.agents.operator import describe
from cascadroid.agents.perceptor import perceive
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.snapshot import phone_data
from cascadroid.device.sim.tasks import registry
from cascadroid.device.sim.tasks.base import TaskInstance
from cascadroid.device.types import device_apps
from cascadroid.memory import MemoryStore
from cascadroid.models.base import ModelRequest
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel


def always_first(request: ModelRequest) -> dict:
    """Candidate 1, and nothing from the other roles."""
    return {"operator": {"choice": 1}, "manager": {"plan": [], "subgoal": ""}, "notetaker": {"notes": []},
            "reflector": {"outcome": "success", "reason": "assumed"}}.get(request.purpose, {})


def explore_phone(seed: int, budget: int, path: Path) -> dict:
    phone = SimDevice(seed=seed)
    before = json.dumps(phone_data(phone), sort_keys=True)
    with MemoryStore(path) as store, Agent(phone, local=ScriptedModel(responder=always_first), memory=store,
                                           settings=Settings.load(data_dir=path.parent)) as agent:
        report = agent.explore(budget=budget)
        document = store.export_json()
    untouched = json.dumps(phone_data(phone), sort_keys=True) == before
    return {"report": report, "knowledge": document, "untouched": untouched}


def run_one(task: TaskInstance, data_dir: Path, max_steps: int, knowledge: dict | None) -> bool:
    phone = SimDevice(seed=task.seed)
    task.setup_on(phone)
    data_dir.mkdir(parents=True)
    store = MemoryStore(data_dir / "memory.db")
    if knowledge is not None:
        store.import_json(knowledge)
    settings = Settings.load(data_dir=data_dir, agent={"max_steps": max_steps, "save_screenshots": False,
                                                       "learn": "off", "operator_mode": "choices",
                                                       "decision": {"tie_break": False}})  # candidate 1, always
    with store, Agent(phone, local=ScriptedModel(responder=always_first), memory=store, settings=settings) as agent:
        result = agent.run(task.goal)
    return task.check(phone, result.answer)


def reference_at_1(task: TaskInstance, hint: KnowledgeHint | None) -> tuple[int, int]:
    """(taps and app openings of the reference solution ranked first, how many there were)."""
    phone = SimDevice(seed=task.seed)
    task.setup_on(phone)
    apps, history, right, total = device_apps(phone), [], 0, 0
    for step in task.reference(phone):
        observation = phone.observe()
        action = step.resolve(observation)
        if step.kind in ("tap", "open_app"):
            screen = perceive(observation)
            want = ({"kind": "tap", "element": screen.target(action.element)} if step.kind == "tap"
                    else {"kind": "open_app", "app": step.app})
            ranked = favour_known_paths(partial(rank, task.goal, "", screen, apps, history),
                                        task.goal, screen, apps, hint, limit=1)
            right += bool(ranked) and ranked[0].action == want
            total += 1
        history.append({"kind": action.kind, "outcome": "success", "key": describe(action.model_dump()),
                        "line": describe(action.model_dump())})
        phone.act(action)
    return right, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, default=40, help="taps per app")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--levels", default="easy,medium")
    parser.add_argument("--every", type=int, default=1, help="every n-th template (a subset when slow)")
    parser.add_argument("--max-steps", type=int, default=10)
    parser.add_argument("--no-runs", action="store_true", help="only the exploration and the reference ranking")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_explore_"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # a run leaves about 1 MB per task: 0.5 GB per whole suite
    (tmp / "farm").mkdir()
    farm = explore_phone(args.seed, args.budget, tmp / "farm" / "memory.db")
    report = farm["report"]
    print(f"explored {len(report.apps)} apps in {report.seconds:.1f} s (target <= 60 s): {report.screens} screens, "
          f"{report.transitions} transitions, {sum(a.taps for a in report.apps)} taps, "
          f"{sum(a.skipped_unsafe for a in report.apps)} unsafe elements left alone; phone state untouched: "
          f"{farm['untouched']}")
    levels = args.levels.split(",")
    templates = [t for t in registry().templates() if t.difficulty in levels][::args.every]
    with MemoryStore(tmp / "farm" / "memory.db") as farm_store:
        hint = KnowledgeHint(farm_store.knowledge)
        print("reference taps and app openings ranked first (along the reference solutions, no model):")
        print("| level | before exploring | after exploring |")
        print("|---|---|---|")
        for level in levels:
            counts = [(reference_at_1(TaskInstance.create(t, args.seed), None),
                       reference_at_1(TaskInstance.create(t, args.seed), hint)) for t in templates if t.difficulty == level]
            total = sum(b[1] for b, _ in counts)
            before, after = sum(b[0] for b, _ in counts), sum(a[0] for _, a in counts)
            print(f"| {level} | {before}/{total} = {before / max(1, total):.0%} | {after}/{total} = {after / max(1, total):.0%} |")
    if args.no_runs:
        return
    rows = []
    started = time.perf_counter()
    for t in templates:
        task = TaskInstance.create(t, args.seed)
        before = run_one(task, tmp / f"before-{t.name}", args.max_steps, None)
        after = run_one(task, tmp / f"after-{t.name}", args.max_steps, farm["knowledge"])
        rows.append((t.name, t.difficulty, before, after))
    print(f"always candidate 1, seed {args.seed}, at most {args.max_steps} actions "
          f"({len(rows)} templates, {time.perf_counter() - started:.0f} s):")
    print("| level | before exploring | after exploring |")
    print("|---|---|---|")
    for level in levels:
        sub = [r for r in rows if r[1] == level]
        if sub:
            b, a = sum(r[2] for r in sub), sum(r[3] for r in sub)
            print(f"| {level} | {b}/{len(sub)} = {b / len(sub):.0%} | {a}/{len(sub)} = {a / len(sub):.0%} |")
    print("gained: " + " ".join(r[0] for r in rows if r[3] and not r[2]))
    print("lost: " + " ".join(r[0] for r in rows if r[2] and not r[3]))
    print("failed after exploring: " + " ".join(r[0] for r in rows if not r[3]))


if __name__ == "__main__":
    main()
