"""Deep links: how many suite tasks get an ``open_uri`` as their first candidate, and what it is
worth to "always take candidate 1" (no model) on those tasks, without and with deep links.

    python benchmarks/bench_deeplinks.py [--seed 0] [--max-steps 10]

"Without" runs the same phone behind a wrapper that does not declare OpensUris.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cascadroid.agent import Agent
from cascadroid.agents.deeplinks import deep_links
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.device.sim.tasks.base import TaskInstance
from cascadroid.device.types import AppInfo
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel

sys.path.insert(0, str(Path(__file__).parent))
from bench_explore import always_first  # noqa: E402


class WithoutIntents:
    """The phone, minus the OpensUris capability."""

    deduplicates_actions = True

    def __init__(self, phone: SimDevice) -> None:
        self.phone = phone

    def observe(self, *, screenshot: bool = False) -> Any:
        return self.phone.observe(screenshot=screenshot)

    def act(self, action: Any) -> Any:
        return self.phone.act(action)

    def installed_apps(self) -> list[AppInfo]:
        return self.phone.installed_apps()

    def contact_names(self) -> list[str]:
        return self.phone.contact_names()


def run_one(task: TaskInstance, data_dir: Path, max_steps: int, links: bool) -> tuple[bool, int, int, int]:
    """(task passed, operator model calls, first applied action was open_uri, actions applied)."""
    phone = SimDevice(seed=task.seed)
    task.setup_on(phone)
    settings = Settings.load(data_dir=data_dir, agent={"max_steps": max_steps, "save_screenshots": False,
                                                       "learn": "off", "operator_mode": "choices",
                                                       "decision": {"tie_break": False}})
    model = ScriptedModel(responder=always_first)
    with Agent(phone if links else WithoutIntents(phone), local=model, settings=settings) as agent:
        result = agent.run(task.goal)
    applied = [e.action.kind for e in phone.action_log if e.applied]
    calls = sum(1 for r in model.requests if r.purpose in ("operator", "tie_break"))
    return task.check(phone, result.answer), calls, int(bool(applied) and applied[0] == "open_uri"), len(applied)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-steps", type=int, default=10)
    args = parser.parse_args()
    templates = list(registry().templates())
    tasks = [TaskInstance.create(t, args.seed) for t in templates]
    matched = [t for t in tasks if deep_links(t.goal)]
    print(f"{len(matched)}/{len(tasks)} suite tasks (seed {args.seed}) get a deep link as candidate 1:")
    tmp = Path(tempfile.mkdtemp(prefix="bench_deeplinks_"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # a run leaves about 1 MB per task: 0.5 GB per whole suite
    started, rows = time.perf_counter(), []
    for i, task in enumerate(matched):
        before = run_one(task, tmp / f"{i}-before", args.max_steps, links=False)
        after = run_one(task, tmp / f"{i}-after", args.max_steps, links=True)
        rows.append((task.template.name, deep_links(task.goal)[0][0], before, after))
    print("| task | deep link | without: pass (actions) | with: pass (actions) | with: first action open_uri |")
    print("|---|---|---|---|---|")
    for name, link, before, after in rows:
        print(f"| {name} | {link.get('uri') or link.get('intent')} | {before[0]} ({before[3]}) | {after[0]} ({after[3]}) "
              f"| {bool(after[2])} |")
    both = [r for r in rows if r[2][0] and r[3][0]]
    print(f"actions on the tasks both pass: {sum(r[2][3] for r in both)} without, {sum(r[3][3] for r in both)} with")
    b, a = sum(r[2][0] for r in rows), sum(r[3][0] for r in rows)
    print(f"always candidate 1, at most {args.max_steps} actions, {len(rows)} tasks "
          f"({time.perf_counter() - started:.0f} s): without deep links {b}/{len(rows)}, with {a}/{len(rows)}; "
          f"operator model calls: {sum(r[2][1] for r in rows)} without, {sum(r[3][1] for r in rows)} with")


if __name__ == "__main__":
    main()
