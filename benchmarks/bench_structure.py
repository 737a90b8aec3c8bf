"""The structure decides: the ranked candidates alone ("always take candidate 1", no model) over
the simulated suite, per difficulty and per goal phrasing.

Tie-breaks are off (agent.decision.tie_break = false), so the top-ranked candidate is taken; the
model double answers 1 to an Operator choice, an empty plan to the Manager, no notes to the
Notetaker and "success" to the Reflector, so every decision comes from the SDK's rules.
With --bundled the bundled local model takes those calls under the default decision policy
(it breaks near-ties; no cloud), which is how the agent runs out of the box.

    python benchmarks/bench_structure.py [--max-steps 15] [--seed 0] [--phrasings 0,1,2] [--only NAME ...] [--bundled]
    python benchmarks/bench_structure.py --wordings benchmarks/unseen_wordings.toml  # blind wordings, phrasing "unseen"
    python benchmarks/bench_structure.py --templates benchmarks/unseen_templates.py  # held task templates instead
    python benchmarks/bench_structure.py --noise typos  # the goals typed sloppily (benchmarks/wording_noise.py)
"""

from __future__ import annotations

import argparse
import atexit
import importlib.util
import re
import shutil
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import TaskRegistry, registry
from cascadroid.device.sim.tasks.base import TaskInstance
from cascadroid.models import LocalModel
from cascadroid.models.base import ModelRequest
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spoken_numbers import FORMATTER  # noqa: E402
from wording_noise import KINDS, noisy  # noqa: E402


def always_first(request: ModelRequest) -> dict:
    """Candidate 1, and nothing from the other roles."""
    return {
        "operator": {"choice": 1},
        "manager": {"plan": [], "subgoal": ""},
        "notetaker": {"notes": []},
        "reflector": {"outcome": "success", "reason": "assumed"},
    }.get(request.purpose, {})


HELD_WORDINGS = re.compile(r"^unseen_wordings(31|32|33|34)\.toml$")  # held as the measure now: totals only, misses never listed


def load_wordings(path: Path) -> dict[str, str]:
    """Template name -> goal format string, from a TOML file's ``[wordings]`` table."""
    with open(path, "rb") as handle:
        return dict(tomllib.load(handle)["wordings"])


def load_templates(path: Path) -> TaskRegistry:
    """A registry of the templates listed in ``TEMPLATES`` of the Python file at ``path``."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return TaskRegistry(cls() for cls in module.TEMPLATES)


def worded_goal(task: TaskInstance, wording: str) -> str:
    """``wording`` filled in with the task's parameters and goal fields (as a template's phrasing is); a field
    written ``{name:w0}`` is said in words (spoken_numbers.py)."""
    return FORMATTER.format(wording, **task.params, **task.template.goal_fields(task.params))


def run_one(task: TaskInstance, data_dir: Path, max_steps: int, verbose: bool = False, bundled: bool = False,
            goal: str | None = None) -> dict:
    """One task: candidate 1 always, or (``bundled``) the bundled local model under the default decision policy.
    ``goal`` replaces the template's phrasing (the task and its check stay the same)."""
    goal = goal if goal is not None else task.goal
    phone = SimDevice(seed=task.seed)
    task.setup_on(phone)
    settings = Settings.load(data_dir=data_dir, agent={"max_steps": max_steps, "save_screenshots": False,
                                                       "learn": "off", "operator_mode": "choices",
                                                       "decision": {} if bundled else {"tie_break": False}})
    model = LocalModel(settings.local) if bundled else ScriptedModel(responder=always_first, name="always-1")
    started = time.perf_counter()
    with Agent(phone, local=model, memory=False, settings=settings) as agent:
        result = agent.run(goal)
    seconds = time.perf_counter() - started
    ok = task.check(phone, result.answer)
    if verbose:
        print(f"--- {task.name} [{task.template.difficulty}] {'OK' if ok else 'FAIL'}: {goal!r} "
              f"answer={result.answer!r}")
        for step in result.steps:
            print(f"    {step.package:<22} {step.reason[:90]:<90} -> {step.outcome}")
    calls = {"all": int(result.totals.get("model_calls", 0))}
    return {"task": task.name, "difficulty": task.template.difficulty, "success": ok,
            "steps": len(result.steps), "calls": calls, "seconds": seconds}


def _ranker_from(commit: str) -> None:
    """Swap in the ranker of an earlier commit (its goal.py with it), to measure before and after."""
    import importlib.util
    import subprocess
    import sys

    from cascadroid.agents import candidates

    root = Path(__file__).resolve().parents[1]
    folder = Path(tempfile.mkdtemp(prefix="ranker_"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    modules = {}
    for name in ("goal", "candidates"):
        source = subprocess.run(["git", "show", f"{commit}:agents/{name}.py"], cwd=root, check=True,
                                capture_output=True, text=True).stdout
        source = source.replace("from .goal import", "from ._then_goal import")
        path = folder / f"_then_{name}.py"
        path.write_text(source)
        spec = importlib.util.spec_from_file_location(f"cascadroid.agents._then_{name}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        modules[name] = module
    old = modules["candidates"].rank
    candidates.rank = lambda task, subgoal, screen, apps, history, **kw: old(task, subgoal, screen, apps, history)


def _trace_ranking() -> None:
    """Print every screen and its ranked candidates (for reading why a run went wrong)."""
    from cascadroid.agents import candidates

    original = candidates.rank

    def traced(task, subgoal, screen, apps, history, **kwargs):
        ranked = original(task, subgoal, screen, apps, history, **kwargs)
        print(f"  screen {screen.package}:\n" + "\n".join(f"      {line}" for line in screen.text().splitlines()))
        print("  candidates:\n" + "\n".join(f"      {c.score:5.2f} {c.text}" for c in ranked))
        return ranked

    candidates.rank = traced


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-steps", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--phrasings", default="0")
    parser.add_argument("--wordings", type=Path, metavar="FILE",
                        help="TOML [wordings] table (template name -> goal) used instead of the templates' phrasings")
    parser.add_argument("--noise", choices=KINDS, help="type each goal sloppily (benchmarks/wording_noise.py)")
    parser.add_argument("--templates", type=Path, metavar="FILE",
                        help="a module with TEMPLATES = [TaskTemplate subclasses], measured instead of the built-in suite")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--difficulty", choices=("easy", "medium", "hard"))
    parser.add_argument("--ranker-from", metavar="COMMIT", help="measure agents/candidates.py (and goal.py) as of COMMIT")
    parser.add_argument("--bundled", action="store_true",
                        help="the bundled local model decides under the default policy (ties, no cloud) instead of candidate 1")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="-v steps, -vv screens and candidates")
    args = parser.parse_args()
    if args.ranker_from:
        _ranker_from(args.ranker_from)
    if args.verbose > 1:
        _trace_ranking()
    suite = load_templates(args.templates) if args.templates else registry()
    with tempfile.TemporaryDirectory(prefix="bench_structure_") as folder:  # the runs' stores: MBs per task, removed at the end
        _phrasings(args, suite, Path(folder))


def _phrasings(args: argparse.Namespace, suite: Any, tmp: Path) -> None:
    templates = [t for t in suite.templates(difficulty=args.difficulty) if not args.only or t.name in args.only]
    wordings = load_wordings(args.wordings) if args.wordings else None
    for phrasing in ("unseen",) if wordings else (int(p) for p in args.phrasings.split(",")):
        started = time.perf_counter()
        rows = []
        for t in templates:
            if wordings is not None and t.name not in wordings:
                continue
            if wordings is None and phrasing and phrasing >= len(t.phrasings):
                continue
            task = TaskInstance.create(t, args.seed, phrasing=0 if wordings else phrasing)
            wording = wordings[t.name] if wordings else t.phrasings[phrasing % len(t.phrasings)]
            goal = worded_goal(task, noisy(wording, args.noise, t.name) if args.noise else wording)
            rows.append(run_one(task, tmp / f"p{phrasing}-{t.name}", args.max_steps, args.verbose, args.bundled, goal))
        line = []
        for level in ("easy", "medium", "hard"):
            sub = [r for r in rows if r["difficulty"] == level]
            if sub:
                ok = sum(r["success"] for r in sub)
                line.append(f"{level} {ok}/{len(sub)} = {ok / len(sub):.0%}")
        calls = sum(sum(r["calls"].values()) for r in rows)
        steps = sum(r["steps"] for r in rows)
        print(f"phrasing {phrasing}{'+' + args.noise if args.noise else ''}: " + ", ".join(line) +
              f" | {steps / max(1, len(rows)):.1f} steps/task, {calls / max(1, steps):.2f} model calls/step, "
              f"{sum(r['seconds'] for r in rows) / max(1, steps):.2f} s/step, {time.perf_counter() - started:.0f} s")
        held = args.wordings is not None and HELD_WORDINGS.match(args.wordings.name)
        print("  failed: " + ("(a held set: its misses are never listed)" if held else
                              " ".join(r["task"] for r in rows if not r["success"])))


if __name__ == "__main__":
    main()
