"""Cascade benchmark: the router's own overhead per call, and tiers compared side by side.

    python benchmarks/bench_cascade.py [--rounds 300] [--tasks 400]

1. Router overhead for a 2,000-token prompt (a screen of elements holding private data),
   masking included; target <= 1 ms per call. Printed per stage, medians over ``--rounds``.
2. always-local vs always-cloud vs cascade through the real CascadeModel and Router, with
   model doubles whose accuracy and confidence follow a stated simulation (see
   :func:`simulate_tiers`). It measures the routing rule, not model quality; with the agent
   suite, call :func:`compare_tiers` with a function that runs one task on a given model.
3. The same three tiers at agent level over the simulated task suite (``--agent-tasks``):
   the real Agent and cascade, the NoisyOracleModel double as local, a detour-aware oracle
   behind a real OpenAI-compatible server on 127.0.0.1 as cloud (via cascadroid.evaluation.calibrate);
   target: cascade >= 95% of always-cloud success at <= 40% of its cloud tokens.
4. The bundled SmolLM2-135M (LocalModel) as local with the oracle cloud, on a few easy tasks
   (``--real-local-tasks``, 0 to skip): honest figures for a weak on-device model.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cascadroid.cascade import CascadeModel, PiiDetector, Router, SpendLedger, mask, policy_from_dict
from cascadroid.models import Model, ModelRequest, ModelResponse, Usage
from cascadroid.settings import CascadeSettings

CLOUD = "gpt-4o-mini"
CONTACTS = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov"]


def screen_prompt(target_tokens: int = 2000, private: bool = True) -> str:
    """An element-list prompt of about ``target_tokens`` tokens (4 characters a token)."""
    rng = random.Random(1)
    lines = ["Screen: com.google.android.apps.messaging/.ConversationActivity", "Elements:"]
    secrets = [
        "Ada Lovelace", "(415) 555-0132", "+44 7700 900123", "ada.l@example.org", "4111 1111 1111 1111",
        "DE89 3704 0044 0532 0130 00", "Your verification code is 482913", "42 Elm Street, Springfield, IL 62704",
    ]  # fmt: skip
    i = 0
    while sum(len(line) + 1 for line in lines) < target_tokens * 4 - 200:
        top = 200 + 90 * i
        label = secrets[i % len(secrets)] if private and i % 3 == 0 else rng.choice(
            ["Send", "Attach", "Search", "Settings", "Message", "Yesterday 18:42", "Delivered", "Type a message"]
        )
        lines.append(f'[{i}] TextView "{label}" bounds=[48,{top}][1032,{top + 80}] clickable={i % 2 == 0}')
        i += 1
    lines.append("Subgoal: reply to the last message. Answer with the element id to tap.")
    return "\n".join(lines)


def timed(fn: Callable[[int], Any], rounds: int) -> tuple[float, float]:
    """Median wall seconds and mean CPU seconds per call of ``fn(round)`` (after 5 warm-up calls)."""
    for k in range(5):
        fn(-1 - k)
    samples = []
    cpu_start = time.process_time()
    for k in range(rounds):
        start = time.perf_counter()
        fn(k)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), (time.process_time() - cpu_start) / rounds


def bench_overhead(rounds: int) -> None:
    base = screen_prompt()
    prompts = {k: f"Step {k}.\n{base}" for k in range(-5, rounds)}  # a new text each call: no memo hit
    app = "com.google.android.apps.messaging"
    requests = {k: ModelRequest.of(p, purpose="operator", app=app) for k, p in prompts.items()}
    clean = {k: ModelRequest.of(f"Step {k}.\n{screen_prompt(private=False)}", purpose="operator") for k in prompts}
    unsure = ModelResponse(text="3", model="local", confidence=0.2)
    router = Router(CascadeSettings(), cloud_model=CLOUD, contacts=CONTACTS)
    detector = router.privacy.detector
    with tempfile.TemporaryDirectory() as tmp:
        budgeted = Router(
            policy_from_dict({"budget": {"per_run_usd": 1e6, "per_day_usd": 1e6}}),
            cloud_model=CLOUD,
            contacts=CONTACTS,
            ledger=SpendLedger(Path(tmp) / "ledger.sqlite"),
        )
        rows = [
            ("detect, first sight (new detector: no memo at all)",
             lambda k: PiiDetector(contacts=CONTACTS).find(prompts[k])),
            ("detect, new text (numbers seen before)", lambda k: detector.find(prompts[k] + " ")),
            ("mask, new text (detect + replace)", lambda k: mask(prompts[k] + "  ", detector)),
            ("route, before local: stays local (no scan needed)", lambda k: router.route(requests[k])),
            ("route, after unsure local -> cloud_masked, new text", lambda k: router.route(requests[k], unsure)),
            ("route -> cloud_masked, same text again (memo hit)", lambda k: router.route(requests[0], unsure)),
            ("route, no private data -> cloud, new text", lambda k: router.route(clean[k], unsure)),
            ("route -> cloud_masked + SQLite budget check, new text",
             lambda k: budgeted.route(ModelRequest.of(prompts[k] + "   ", app=app), unsure)),
        ]  # fmt: skip
        tokens = router.count_tokens(base)
        spans = len(detector.find(base))
        load = os.getloadavg()[0]
        print(f"\n## Router overhead: {tokens}-token prompt, {spans} private spans, {rounds} calls, load {load:.1f}")
        print("| stage | wall ms per call (median) | CPU ms per call (mean) | wall of the 1 ms target |")
        print("| --- | --- | --- | --- |")
        for label, fn in rows:
            router.decisions.clear()
            budgeted.decisions.clear()
            wall, cpu = timed(fn, rounds)
            print(f"| {label} | {wall * 1000:.3f} | {cpu * 1000:.3f} | {wall * 1000:.2f}x |")


# -- tiers side by side -------------------------------------------------------------------------


class SimulatedModel(Model):
    """A model double for the tier comparison: right when a task's difficulty is under ``skill``.

    Its confidence is a noisy signal of being right: ``right_conf`` or ``wrong_conf`` plus
    Gaussian noise of ``noise`` (clipped to [0, 1]), so a threshold separates them imperfectly.
    The request's last line carries ``difficulty=<float>``; the answer is ``right``/``wrong``.
    """

    def __init__(self, name: str, tier: str, skill: float, seed: int, right_conf: float = 0.8,
                 wrong_conf: float = 0.45, noise: float = 0.15) -> None:  # fmt: skip
        self.name = name
        self.tier = tier  # type: ignore[assignment]
        self.skill = skill
        self.right_conf, self.wrong_conf, self.noise = right_conf, wrong_conf, noise
        self.rng = random.Random(seed)

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        difficulty = float(request.messages[-1].content.split("difficulty=", 1)[1].split()[0])
        right = difficulty < self.skill
        base = self.right_conf if right else self.wrong_conf
        confidence = min(1.0, max(0.0, base + self.rng.gauss(0.0, self.noise)))
        tokens = self.count_tokens(request.prompt_text())
        return ModelResponse(
            text="right" if right else "wrong",
            model=self.name,
            tier=self.tier,  # type: ignore[arg-type]
            usage=Usage(prompt_tokens=tokens, completion_tokens=8),
            confidence=confidence,
        )


@dataclass
class TierResult:
    name: str
    success: float
    cloud_tokens: int
    cloud_calls: int


def compare_tiers(
    run_task: Callable[[Model, Any], bool],
    tasks: Iterable[Any],
    models: dict[str, Model],
    cloud_tokens: Callable[[str], int],
) -> list[TierResult]:
    """Run every task on each model (e.g. local, cloud, cascade); success rate and cloud tokens.

    ``run_task(model, task) -> bool`` runs one task (for the agent suite: an Agent on that
    model, success read from the device state); ``cloud_tokens(name)`` reads how many cloud
    tokens the model named ``name`` used (e.g. from the recording server or the ledger).
    """
    task_list = list(tasks)
    results = []
    for name, model in models.items():
        wins = sum(1 for task in task_list if run_task(model, task))
        results.append(TierResult(name, wins / len(task_list), cloud_tokens(name), 0))
    return results


def simulate_tiers(n_tasks: int, seed: int = 3, thresholds: Iterable[float] = (0.5, 0.6, 0.7)) -> list[TierResult]:
    """Simulation: task difficulty ~ U(0,1); the local double is right below 0.7, the cloud
    double below 0.97; local confidence ~ N(0.8, 0.15) when right, N(0.45, 0.15) when wrong.
    The cascade runs through the real CascadeModel and Router at each ``routing.min_confidence``."""
    rng = random.Random(seed)
    difficulties = [rng.random() for _ in range(n_tasks)]
    filler = "Elements: " + " ".join(f"[{i}] Button" for i in range(120))
    requests = [ModelRequest.of(f"{filler}\ndifficulty={d:.4f} choose the element", purpose="operator") for d in difficulties]

    def local() -> SimulatedModel:
        return SimulatedModel("local-sim", "local", skill=0.7, seed=seed)

    def cloud() -> SimulatedModel:
        return SimulatedModel(CLOUD, "cloud", skill=0.97, seed=seed + 1)

    contenders: list[tuple[str, Model]] = [("always-local", local()), ("always-cloud", cloud())]
    for threshold in thresholds:
        settings = policy_from_dict({"routing": {"min_confidence": threshold}})
        contenders.append((f"cascade, min_confidence {threshold:.2f}", CascadeModel.create(local(), cloud(), settings)))
    results = []
    for name, model in contenders:
        wins, tokens, calls = 0, 0, 0
        for request in requests:
            response = model.complete(request)
            wins += response.text == "right"
            if response.tier == "cloud":
                tokens += response.usage.total_tokens
                calls += 1
        results.append(TierResult(name, wins / n_tasks, tokens, calls))
    return results


def bench_tiers(n_tasks: int) -> None:
    results = simulate_tiers(n_tasks)
    cloud = next(r for r in results if r.name == "always-cloud")
    print(f"\n## Tiers side by side: simulated doubles through the real CascadeModel, {n_tasks} calls (see simulate_tiers)")
    print("| tier | success | of always-cloud | cloud calls | cloud tokens | of always-cloud |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(
            f"| {r.name} | {r.success:.3f} | {r.success / cloud.success:.2f} | {r.cloud_calls} | {r.cloud_tokens} "
            f"| {r.cloud_tokens / cloud.cloud_tokens:.2f} |"
        )


# -- agent level: the simulated suite through the real Agent -------------------------------------


def print_points(report: Any, default: float | None = None) -> None:
    """The calibration table with ratios to always-cloud, and the issue's target for the default setting."""
    cloud = report.point("always-cloud")
    print("| tier | success | of always-cloud | cloud calls | cloud tokens | of always-cloud | cost USD | seconds |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    seconds: dict[str, float] = {}
    for row in report.rows:
        seconds[row["setting"]] = seconds.get(row["setting"], 0.0) + row.get("seconds", 0.0)
    for p in report.points:
        share = p.success_rate / cloud.success_rate if cloud.success_rate else float("nan")
        tokens = p.cloud_tokens / cloud.cloud_tokens if cloud.cloud_tokens else float("nan")
        mark = " (default)" if p.min_confidence == default else ""
        print(f"| {p.name}{mark} | {p.successes}/{p.tasks} = {p.success_rate:.3f} | {share:.2f} | {p.cloud_calls} "
              f"| {p.cloud_tokens} | {tokens:.2f} | {p.cost_usd:.5f} | {seconds.get(p.name, 0.0):.1f} |")
    if default is not None:
        p = next(q for q in report.points if q.min_confidence == default)
        share, tokens = p.success_rate / (cloud.success_rate or 1), p.cloud_tokens / (cloud.cloud_tokens or 1)
        verdict = "met" if share >= 0.95 and tokens <= 0.40 else "NOT met"
        print(f"\ntarget (cascade >= 0.95 of always-cloud success at <= 0.40 of its cloud tokens), default "
              f"min_confidence {default:g}: {share:.2f} success at {tokens:.2f} tokens -> {verdict}")
    print(f"calibrate's choice at 95% of always-cloud success: {report.chosen} ({report.why})")


def bench_agent_tiers(n_templates: int, seeds: list[int], accuracy: float) -> Any:
    """Always-local, always-cloud and cascade (default thresholds, and a sweep around them) over the suite."""
    from cascadroid.evaluation.bench import load_registry
    from cascadroid.evaluation.calibrate import Grid, calibrate

    default = CascadeSettings().routing.min_confidence
    templates = [t.name for t in load_registry().templates()]
    picked = templates[:: max(1, len(templates) // max(1, n_templates))][:n_templates]  # spread over the apps
    tasks = [(name, seed) for seed in seeds for name in picked]
    started = time.perf_counter()
    report = calibrate(tasks, Grid(min_confidence=sorted({0.4, 0.5, 0.55, default, 0.7, 0.8})), local="noisy-oracle",
                       cloud="oracle", accuracy=accuracy, max_steps=25)
    print(f"\n## Agent level: {len(tasks)} suite tasks, NoisyOracleModel (accuracy {accuracy}) as local, "
          f"oracle behind a recording OpenAI-compatible server as cloud (priced as gpt-4o-mini); "
          f"{time.perf_counter() - started:.0f} s")
    print_points(report, default)
    return report


def bench_real_local(n_tasks: int, max_steps: int) -> Any:
    """The bundled SmolLM2-135M as the local tier, the oracle as cloud, default thresholds."""
    from cascadroid.evaluation.bench import select_tasks
    from cascadroid.evaluation.calibrate import Grid, calibrate

    default = CascadeSettings().routing.min_confidence
    tasks = select_tasks(difficulty="easy", count=n_tasks)
    started = time.perf_counter()
    report = calibrate(tasks, Grid(min_confidence=[default]), local="local", cloud="oracle", max_steps=max_steps,
                       on_row=lambda r: print(f"  {r['setting']:<14} {r['task']:<32} {'ok' if r['success'] else 'fail'} "
                                              f"{r['steps']} steps {r['cloud_calls']} cloud calls {r['seconds']:.0f} s",
                                              flush=True))
    print(f"\n## Agent level with the bundled SmolLM2-135M (LocalModel) as local, oracle cloud: {len(tasks)} easy "
          f"tasks, max {max_steps} steps; {time.perf_counter() - started:.0f} s")
    print_points(report, default)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--tasks", type=int, default=400)
    parser.add_argument("--agent-tasks", type=int, default=26, help="suite templates for the agent-level comparison")
    parser.add_argument("--seeds", default="0", help="comma-separated seeds for the agent-level comparison")
    parser.add_argument("--accuracy", type=float, default=0.7, help="the noisy local double's accuracy")
    parser.add_argument("--real-local-tasks", type=int, default=2, help="easy tasks for the bundled model (0: skip)")
    parser.add_argument("--real-local-steps", type=int, default=8, help="actions per task for the bundled model")
    parser.add_argument("--parts", default="overhead,sim,agent,real", help="which parts to run (comma-separated)")
    args = parser.parse_args()
    parts = {p.strip() for p in args.parts.split(",")}
    if "overhead" in parts:
        bench_overhead(args.rounds)
    if "sim" in parts:
        bench_tiers(args.tasks)
    if "agent" in parts:
        seeds = [int(x) for x in args.seeds.split(",") if x.strip()]
        bench_agent_tiers(args.agent_tasks, seeds, args.accuracy)
    if "real" in parts and args.real_local_tasks:
        bench_real_local(args.real_local_tasks, args.real_local_steps)


if __name__ == "__main__":
    main()
