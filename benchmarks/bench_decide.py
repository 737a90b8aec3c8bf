"""Early exit and deferral in choices mode (agents/decide.py), side by side.

    python benchmarks/bench_decide.py [--parts auroc,tiebreak,local,cloud] [--tasks 8] [--max-steps 10] [--defer 0.4,0.5]
                                      [--seeds 0,1] [--wordings benchmarks/unseen_wordings16.toml]

1. Deferral AUROC: how well the calibrated p_top separates right from wrong first choices,
   on the suite's reference trajectories (decide_data.py; the calibration was fitted there) and
   on the real-screen fixtures (tests/fixtures/real_screens; never fitted on).
2. The bundled SmolLM2-135M in choices mode over a spread of suite templates (seed 0): the
   decision policy vs "always candidate 1" (act_threshold 0, no model): success, model calls
   per action, seconds per action (model time included), how each step was decided.
3. With a cloud tier (the oracle double behind a real OpenAI-compatible server on 127.0.0.1,
   as bench_cascade.py): always-cloud (free mode) vs the policy's cascade (SmolLM2 local,
   choices mode): success and cloud calls; ``--wordings FILE`` runs every task of a wording set
   said that way (unseen phrasings: the suite's own goals are what the ranker was built on),
   ``--done-bar`` and ``--min-confidence`` set the policy's finish bar and the router's bar.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from decide_data import auroc, suite  # noqa: E402

from cascadroid.agents.decide import ScoreCalibration  # noqa: E402
from cascadroid.settings import DecisionSettings  # noqa: E402


def bench_auroc() -> None:
    from bench_real_screens import current, first_candidates, is_right, load_fixtures, load_ocr

    calibration = ScoreCalibration()
    rows = [r for r in suite() if r.ranked]
    p_top = [calibration.probabilities(r.task, r.screen, r.ranked)[0] for r in rows]
    right = [int(r.right == 0) for r in rows]
    print("\n## Deferral signal: AUROC of p_top (right vs wrong first choice)")
    print("| data | decisions | top right | AUROC p_top | mean p_top |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| suite reference steps, seed 0 (fitted here) | {len(rows)} | {sum(right)} | {auroc(p_top, right):.3f} "
          f"| {statistics.mean(p_top):.3f} |")
    for difficulty in ("easy", "medium", "hard"):
        pick = [i for i, r in enumerate(rows) if r.difficulty == difficulty]
        print(f"| &nbsp; {difficulty} | {len(pick)} | {sum(right[i] for i in pick)} "
              f"| {auroc([p_top[i] for i in pick], [right[i] for i in pick]):.3f} | {statistics.mean(p_top[i] for i in pick):.3f} |")
    algorithm, ocr, scores, labels = current(), load_ocr(), [], []
    for fixture in load_fixtures():
        observation, screen, ranked = first_candidates(algorithm, fixture, ocr)
        if not ranked:
            continue
        scores.append(calibration.probabilities(fixture.task, screen, ranked)[0])
        labels.append(int(is_right(fixture, observation, screen, ranked[0].action)))
    print(f"| real-screen fixtures (held out) | {len(labels)} | {sum(labels)} | {auroc(scores, labels):.3f} "
          f"| {statistics.mean(scores):.3f} |")


def bench_tiebreak(count: int) -> None:
    """The local yes/no tie-break on labelled near-ties (top two within tie_margin), against candidate 1."""
    from cascadroid.agents import decide, operator
    from cascadroid.agents.calls import ask
    from cascadroid.models import LocalModel

    settings, calibration, model = DecisionSettings(), ScoreCalibration(), LocalModel()
    rows = []
    for r in suite():
        probabilities = calibration.probabilities(r.task, r.screen, r.ranked)
        if len(r.ranked) > 1 and probabilities[0] < settings.act_threshold and \
                len(decide.near_ties(probabilities, settings)) >= 2:
            rows.append((r, probabilities))
    rows = rows[:: max(1, len(rows) // count)][:count]
    first = picked = yes_bias = calls = 0
    started = time.perf_counter()
    for r, probabilities in rows:
        screen_part = operator.prompt(r.screen, context="History: (see screen)")[:-len("Next action?")]

        def ask_yes(index: int, r=r, screen_part=screen_part) -> tuple[float | None, list]:
            asked = ask(model, purpose="tie_break", header=f"Task: {r.task}", instructions=decide.TIE_INSTRUCTIONS,
                        user=f"{screen_part}Proposed action: {r.ranked[index].text}", output_type=decide.YesNo,
                        max_tokens=12)
            confidence = asked.calls[-1].get("confidence") if asked.calls else None
            return (decide.yes_probability(asked.value.answer, confidence) if asked.value else None), asked.calls

        decided = decide.decide(probabilities, settings, ask_yes=ask_yes, can_defer=False)
        first += r.right == 0
        picked += decided.index == r.right
        yes_bias += sum(v > 0.5 for v in decided.yes.values())
        calls += len(decided.calls)
    n = max(1, len(rows))
    print(f"\n## Local tie-break on {len(rows)} labelled near-ties (suite reference steps), SmolLM2 yes/no per candidate")
    print("| pick | right |\n| --- | --- |")
    print(f"| candidate 1 | {first}/{len(rows)} |\n| tie-break (prior x P(yes)) | {picked}/{len(rows)} |")
    print(f"answered yes {yes_bias}/{calls} times; {(time.perf_counter() - started) / n:.2f} s per tie "
          f"(load {os.getloadavg()[0]:.1f})")


def pick_templates(count: int) -> list[str]:
    from cascadroid.device.sim.tasks import registry

    names = [t.name for t in registry().templates() if t.feasible and t.difficulty in ("easy", "medium")]
    return names[:: max(1, len(names) // count)][:count]  # spread over the apps


def run_local(template: str, decision: dict, max_steps: int, data_dir: Path) -> dict:
    from cascadroid.agent import Agent
    from cascadroid.device.sim import SimDevice
    from cascadroid.device.sim.tasks import registry
    from cascadroid.models import LocalModel
    from cascadroid.settings import Settings

    task = registry().instance(template, 0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    settings = Settings.load(data_dir=data_dir, agent={"max_steps": max_steps, "save_screenshots": False, "learn": "off",
                                                       "operator_mode": "choices", "decision": decision})
    started, cpu = time.perf_counter(), time.process_time()
    with Agent(phone, local=LocalModel(settings.local), memory=False, settings=settings) as agent:
        result = agent.run(task.goal)
    totals = result.totals
    return {"success": bool(task.check(phone, result.answer)), "actions": max(1, len(result.steps)),
            "calls": int(totals.get("model_calls", 0)), "seconds": time.perf_counter() - started,
            "cpu_s": time.process_time() - cpu,
            "model_s": float(totals.get("latency_s", 0.0)),
            **{k: int(totals.get(f"decided_{k}", 0)) for k in ("structure", "tie_break", "escalate", "kept_local")}}


def bench_local(count: int, max_steps: int) -> None:
    templates = pick_templates(count)
    policies = {"always candidate 1 (no model)": {"act_threshold": 0.0, "tie_break": False},
                "decision policy (defaults)": {}}
    print(f"\n## Bundled SmolLM2-135M, choices mode, {len(templates)} easy/medium templates (seed 0), "
          f"max {max_steps} actions, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print("| policy | success | actions | model calls per action | s per action (wall) | model s per action "
          "| CPU s per action / 2 | structure / tie-break steps |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, decision in policies.items():
            rows = [run_local(t, decision, max_steps, Path(tmp) / f"{name[:6]}{i}") for i, t in enumerate(templates)]
            actions = sum(r["actions"] for r in rows)
            print(f"| {name} | {sum(r['success'] for r in rows)}/{len(rows)} | {actions} "
                  f"| {sum(r['calls'] for r in rows) / actions:.2f} | {sum(r['seconds'] for r in rows) / actions:.2f} "
                  f"| {sum(r['model_s'] for r in rows) / actions:.2f} | {sum(r['cpu_s'] for r in rows) / actions / 2:.2f} "
                  f"| {sum(r['structure'] for r in rows)} / {sum(r['tie_break'] for r in rows)} |", flush=True)


def worded_tasks(path: Path, seed: int) -> list[tuple[str, int, str]]:
    """(template, seed, goal) for each wording of a wording set (bench_structure.py --wordings)."""
    from bench_structure import load_wordings, worded_goal

    from cascadroid.device.sim.tasks import registry

    return [(name, seed, worded_goal(registry().instance(name, seed), wording))
            for name, wording in load_wordings(path).items()]


def bench_cloud(count: int, max_steps: int, defer: list[float], seeds: list[int], wordings: Path | None = None,
                done_bar: float | None = None, min_confidence: float | None = None) -> None:
    from cascadroid.evaluation.calibrate import Calibrator, Point
    from cascadroid.settings import CascadeSettings

    act = DecisionSettings().act_threshold
    tasks = worded_tasks(wordings, seeds[0]) if wordings else \
        [(t, seed, None) for seed in seeds for t in pick_templates(count)]
    default = CascadeSettings().routing
    said = f"every wording of {wordings.name}, seed {seeds[0]}" if wordings else \
        f"{len(tasks) // len(seeds)} easy/medium templates x seeds {seeds}"
    print(f"\n## With a cloud tier: oracle double behind a real OpenAI-compatible server on 127.0.0.1, "
          f"{said}, max {max_steps} actions")
    print("| tier | success | actions | cloud calls | cloud calls per action | seconds |")
    print("| --- | --- | --- | --- | --- | --- |")
    results = {}
    cascade = Point(name="cascade", kind="cascade",
                    min_confidence=default.min_confidence if min_confidence is None else min_confidence,
                    max_failure_streak=default.max_failure_streak)
    done = "" if done_bar is None else f", defer_done_below = {done_bar}"
    contenders = [("always-cloud (free mode)", 'operator_mode = "free"', Point(name="always-cloud", kind="always-cloud"))]
    contenders += [(f"policy cascade, SmolLM2 local, defer_below {d:g}",
                    f'operator_mode = "choices"\ndecision = {{defer_below = {d}, act_threshold = {max(d, act)}{done}}}',
                    cascade) for d in defer]
    from bench_structure import HELD_WORDINGS
    held = wordings is not None and HELD_WORDINGS.match(wordings.name) is not None  # totals only
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, agent, point) in enumerate(contenders):
            config = Path(tmp) / f"{k}.toml"
            config.write_text(f'[agent]\n{agent}\nlearn = "off"\n')
            with Calibrator(local="local", cloud="oracle", max_steps=max_steps, settings_file=config,
                            data_dir=Path(tmp) / str(k)) as calibrator:
                rows = [calibrator.run_task(point, t, seed, goal) for t, seed, goal in tasks]
            actions = max(1, sum(r["steps"] for r in rows))
            calls = sum(r["cloud_calls"] for r in rows)
            results[name] = (sum(r["success"] for r in rows), calls)
            print(f"| {name} | {results[name][0]}/{len(rows)} | {actions} | {calls} | {calls / actions:.2f} "
                  f"| {sum(r['seconds'] for r in rows):.0f} |", flush=True)
            print("  failed: " + ("(a held set: its misses are never listed)" if held else ", ".join(
                f"{r['task']}/{r['seed']}" for r in rows if not r["success"])), file=sys.stderr)
    cloud_ok, cloud_calls = results[contenders[0][0]]
    for name, _, _ in contenders[1:]:
        ours_ok, ours_calls = results[name]
        fewer = 1 - ours_calls / cloud_calls if cloud_calls else float("nan")
        verdict = "met" if ours_ok >= cloud_ok and fewer >= 0.6 else "NOT met"
        print(f"target (equal success, >= 60% fewer cloud calls), {name}: {ours_ok} vs {cloud_ok} successes, "
              f"{fewer:.0%} fewer cloud calls -> {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="auroc,local,cloud")
    parser.add_argument("--tasks", type=int, default=8, help="suite templates for the agent runs")
    parser.add_argument("--max-steps", type=int, default=10)
    parser.add_argument("--defer", help="comma-separated defer_below values for the cloud part (default: the setting's)")
    parser.add_argument("--seeds", default="0", help="comma-separated task seeds for the cloud part")
    parser.add_argument("--done-bar", type=float, help="cloud part: the policy's defer_done_below (default: the setting's)")
    parser.add_argument("--min-confidence", type=float, help="cloud part: the router's min_confidence (default: the setting's)")
    parser.add_argument("--wordings", type=Path, metavar="FILE", help="cloud part: every template of a wording set "
                        "(bench_structure.py --wordings), said that way, at the first seed (instead of --tasks)")
    args = parser.parse_args()
    parts = {p.strip() for p in args.parts.split(",")}
    if "auroc" in parts:
        bench_auroc()
    if "tiebreak" in parts:
        bench_tiebreak(args.tasks * 8)
    if "local" in parts:
        bench_local(args.tasks, args.max_steps)
    if "cloud" in parts:
        defer = args.defer.split(",") if args.defer else [DecisionSettings().defer_below]
        bench_cloud(args.tasks, args.max_steps, [float(d) for d in defer],
                    [int(s) for s in args.seeds.split(",")], args.wordings, args.done_bar, args.min_confidence)


if __name__ == "__main__":
    main()
