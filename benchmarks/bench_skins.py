"""Simulator skins: do the real-convention screens fool the old heuristics as real screens do?

Runs every task template (one seed) on the classic screens and on each vendor skin with two
policies, side by side:

* ``always-1``: the agent in choices mode whose "model" always picks ranked candidate 1
  (agents/candidates.py ``rank`` alone decides; no model). It should drop on the skins, as the
  ranker's first choice does on real screens.
* ``oracle``: the reference-solution double; it must stay at 100% on every skin.

``--steps REV`` measures instead, along every reference trajectory, how often ranked candidate 1
does what the reference step does (the same phone state and screen after it), for the perceptor,
ranker and parser of git revision REV (the heuristics before the real-screens work; loaded as
bench_real_screens.py does) and for the current ones, per skin.

    python benchmarks/bench_skins.py [--seed 0] [--count N] [--max-steps 30] [--skins classic,pixel,vendor]
    python benchmarks/bench_skins.py --steps dd247bd
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.models.base import ModelRequest
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel, ScriptedModel


def always_first(goal: str) -> Callable[[ModelRequest], dict[str, Any]]:
    """A responder: candidate 1 for every operator choice; the goal is the only subgoal; no notes;
    every step taken as done right (so nothing but the ranking decides)."""
    def respond(request: ModelRequest) -> dict[str, Any]:
        if request.purpose == "operator":
            return {"choice": 1}
        if request.purpose == "manager":
            return {"plan": [goal], "subgoal": goal, "done": False}
        if request.purpose == "notetaker":
            return {"notes": []}
        return {"outcome": "success", "reason": "always-1 takes every step as done right"}

    return respond


def run_one(policy: str, template: str, seed: int, skin: str, max_steps: int, data: Path) -> bool:
    suite = registry()
    task = suite.instance(template, seed)
    phone = SimDevice(seed=seed, skin=skin)
    task.setup_on(phone)
    model = OracleModel(task, phone) if policy == "oracle" else ScriptedModel(responder=always_first(task.goal),
                                                                                       name="always-1")
    settings = Settings.load(data_dir=data / f"{policy}-{skin}-{template}",
                             agent={"save_screenshots": False, "max_steps": max_steps, "learn": "off",
                                    "operator_mode": "choices" if policy == "always-1" else "auto"})
    with Agent(device=phone, local=model, memory=False, settings=settings) as agent:
        result = agent.run(task.goal)
    return bool(task.check(phone, result.answer))


def _as_action(candidate: dict[str, Any]) -> Any:
    from cascadroid.device.types import validate_action

    fields = ("kind", "element", "text", "direction", "app", "answer")
    candidate = {"kind": candidate.get("action"), **candidate}  # older rankers keyed the kind "action"
    return validate_action({k: candidate[k] for k in fields if candidate.get(k) is not None})


def _after(phone: SimDevice, action: Any) -> tuple[Any, str] | None:
    """The phone's state and screen after ``action`` on a copy of ``phone`` (None: it was refused)."""
    copy = SimDevice(seed=phone.seed)
    copy.restore(phone.snapshot())
    try:
        copy.act(action)
    except Exception:  # an action the screen refuses (or a choice that is no action) is a wrong one
        return None
    state = copy.export_state()
    return state, copy.observe().xml


def step_accuracy(algorithm: Any, skin: str, names: list[str], seed: int) -> tuple[int, int]:
    """(steps where candidate 1 does what the reference does, reference steps) over ``names``."""
    from cascadroid.device.types import device_apps

    right = total = 0
    for name in names:
        task = registry().instance(name, seed)
        phone = SimDevice(seed=seed, skin=skin)
        task.setup_on(phone)
        apps = device_apps(phone)
        for step in task.reference(phone):
            if step.kind == "done":
                break
            obs = phone.observe()
            reference = step.resolve(obs)
            parsed = algorithm.parse(obs.xml)
            screen = algorithm.perceive(parsed)
            ranked = algorithm.rank(task.goal, "", screen, apps if algorithm.takes_app_info else
                                    [a.label for a in apps], [])
            total += 1
            if ranked:
                try:
                    candidate = _as_action(ranked[0].action)
                except Exception:
                    candidate = None
                wanted = _after(phone, reference)
                right += candidate is not None and wanted is not None and _after(phone, candidate) == wanted
            phone.act(reference)
    return right, total


def main_steps(rev: str, names: list[str], seed: int, skins: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_real_screens import baseline, current

    algorithms = [baseline(rev), current()]
    print(f"\ncandidate 1 along the reference trajectories ({len(names)} templates, seed {seed}):\n")
    print("| perceptor + ranker | " + " | ".join(skins) + " |")
    print("|---|" + "---|" * len(skins))
    for algorithm in algorithms:
        cells = []
        for skin in skins:
            right, total = step_accuracy(algorithm, skin, names, seed)
            cells.append(f"{right}/{total} ({100 * right / max(total, 1):.0f}%)")
            print(f"{algorithm.name} {skin} {cells[-1]}", file=sys.stderr, flush=True)
        print(f"| {algorithm.name} | " + " | ".join(cells) + " |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=None, help="first N templates (default: all)")
    parser.add_argument("--max-steps", type=int, default=30)
    parser.add_argument("--skins", default="classic,pixel,vendor")
    parser.add_argument("--steps", metavar="REV", help="step accuracy of candidate 1, REV's heuristics vs now")
    args = parser.parse_args(argv)
    skins = args.skins.split(",")
    names = registry().names()[: args.count]
    if args.steps:
        return main_steps(args.steps, names, args.seed, skins)
    results: dict[tuple[str, str], list[str]] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for policy in ("always-1", "oracle"):
            for skin in skins:
                passed = [n for n in names if run_one(policy, n, args.seed, skin, args.max_steps, Path(tmp))]
                results[(policy, skin)] = passed
                print(f"{policy:9s} {skin:8s} {len(passed)}/{len(names)}", file=sys.stderr, flush=True)
    print(f"\n{len(names)} templates, seed {args.seed}, max {args.max_steps} steps, "
          f"{time.perf_counter() - started:.0f} s\n")
    print("| policy | " + " | ".join(skins) + " |")
    print("|---|" + "---|" * len(skins))
    for policy in ("always-1", "oracle"):
        cells = [f"{len(results[(policy, s)])}/{len(names)} ({100 * len(results[(policy, s)]) / len(names):.0f}%)"
                 for s in skins]
        print(f"| {policy} | " + " | ".join(cells) + " |")
    if "classic" in skins:
        base = set(results[("always-1", "classic")])
        for skin in skins:
            if skin != "classic":
                now = set(results[("always-1", skin)])
                print(f"\nalways-1 on {skin}: lost {len(base - now)} ({', '.join(sorted(base - now))}); "
                      f"gained {len(now - base)} ({', '.join(sorted(now - base))})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
