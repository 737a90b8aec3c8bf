"""Simulator skins: do the real-convention screens fool the old heuristics as real screens do?

Runs every task template (one seed) on the classic screens and on each vendor skin with two
policies, side by side:

* ``always-1``: the agent in choices mode whose "model" always picks ranked candidate 1
  (agents/candidates.py ``rank`` alone decides; no model). It should drop on the skins, as the
  ranker's first choice does on real screens.
* ``oracle``: the reference-solution double; it must stay at 100% on every skin.

    python benchmarks/bench_skins.py [--seed 0] [--count N] [--max-steps 30] [--skins classic,pixel,vendor]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=None, help="first N templates (default: all)")
    parser.add_argument("--max-steps", type=int, default=30)
    parser.add_argument("--skins", default="classic,pixel,vendor")
    args = parser.parse_args(argv)
    skins = args.skins.split(",")
    names = registry().names()[: args.count]
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
                lost = sorted(base - set(results[("always-1", skin)]))
                print(f"\nalways-1 solves on classic but not on {skin} ({len(lost)}): {', '.join(lost)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
