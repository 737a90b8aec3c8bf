"""The agent over the simulated task suite, side by side in one run.

1. The oracle double (answers from each task's reference solution) over every template:
   success (read from the device), steps, model calls, and the SDK's own overhead per step
   (wall time minus model time: graph, checkpoints, perception, device), target <= 20 ms median.
2. Prompt size: tokens of the Operator's prompt vs the raw UIAutomator XML of the same screens.
3. The bundled local model (SmolLM2-135M) on the easy tasks, measured as it is, with the
   Operator picking from ranked candidates and writing free-form JSON, side by side: success,
   steps, model calls, seconds per task, and the llama.cpp prefix-cache hit rate.

    python benchmarks/bench_agent.py [--local-tasks 6] [--max-steps 8] [--skip-local]
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel


def chars_to_tokens(text: str) -> int:
    return max(1, len(text) // 4)


class XmlMeter:
    """Wraps a device to add up the raw XML an agent would otherwise read."""

    def __init__(self, device: SimDevice) -> None:
        self.device, self.xml_tokens, self.observations = device, 0, 0
        self.deduplicates_actions = True

    def observe(self, **kwargs):
        observation = self.device.observe(**kwargs)
        self.xml_tokens += chars_to_tokens(observation.xml)
        self.observations += 1
        return observation

    def act(self, action):
        return self.device.act(action)

    def launchable_apps(self):
        return self.device.launchable_apps()


def run(task, model_factory, data_dir: Path, max_steps: int, operator_mode: str = "auto") -> dict:
    phone = SimDevice(seed=task.seed)
    task.setup_on(phone)
    meter = XmlMeter(phone)
    model = model_factory(task, phone)
    settings = Settings.load(data_dir=data_dir, agent={"max_steps": max_steps, "save_screenshots": False,
                                                       "learn": "off", "operator_mode": operator_mode})
    started = time.perf_counter()
    with Agent(meter, local=model, memory=False, settings=settings) as agent:
        result = agent.run(task.goal)
    seconds = time.perf_counter() - started
    operator_prompts = [r for r in getattr(model, "requests", []) if r.purpose == "operator"]
    totals = result.totals
    return {
        "task": task.name, "difficulty": task.template.difficulty, "success": task.check(phone, result.answer),
        "steps": len(result.steps), "model_calls": int(totals.get("model_calls", 0)), "seconds": seconds,
        "model_s": float(totals.get("latency_s", 0.0)),
        "prompt_tokens": int(totals.get("prompt_tokens", 0)), "cached": int(totals.get("cached_prompt_tokens", 0)),
        "operator_prompt_tokens": [chars_to_tokens(r.prompt_text()) for r in operator_prompts],
        "xml_tokens_per_screen": meter.xml_tokens / max(1, meter.observations),
    }


def summary(rows: list[dict]) -> str:
    n = len(rows)
    ok = sum(r["success"] for r in rows)
    return (f"{ok}/{n} = {ok / n:.0%} success, {statistics.mean(r['steps'] for r in rows):.1f} steps, "
            f"{statistics.mean(r['model_calls'] for r in rows):.1f} model calls, "
            f"{statistics.mean(r['seconds'] for r in rows):.2f} s per task")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--local-tasks", type=int, default=6)
    parser.add_argument("--max-steps", type=int, default=8)
    parser.add_argument("--skip-local", action="store_true")
    args = parser.parse_args()
    suite = registry()
    tmp = Path(tempfile.mkdtemp(prefix="bench_agent_"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # a run leaves about 1 MB per task: 0.5 GB per whole suite

    oracle_rows = [run(suite.instance(t.name, seed=0), lambda task, phone: OracleModel(task, phone),
                       tmp / f"oracle-{t.name}", max_steps=40) for t in suite.templates()]
    overhead_ms = [1000 * (r["seconds"] - r["model_s"]) / r["steps"] for r in oracle_rows if r["steps"]]
    prompts = [p for r in oracle_rows for p in r["operator_prompt_tokens"]]
    xml = statistics.mean(r["xml_tokens_per_screen"] for r in oracle_rows)
    print(f"oracle over {len(oracle_rows)} templates: {summary(oracle_rows)}")
    failed = [r["task"] for r in oracle_rows if not r["success"]]
    print(f"  failed: {failed or 'none'}")
    print(f"  SDK overhead per step (wall - model time): median {statistics.median(overhead_ms):.1f} ms, "
          f"p90 {statistics.quantiles(overhead_ms, n=10)[-1]:.1f} ms (target <= 20 ms)")
    print(f"  Operator prompt: median {statistics.median(prompts):.0f} tokens vs raw XML {xml:.0f} tokens per "
          f"screen = {statistics.median(prompts) / xml:.0%} (the prompt includes task, rules and history)")

    if args.skip_local:
        return
    from cascadroid.models import LocalModel

    local = LocalModel()
    easy = [t for t in suite.templates(difficulty="easy")][: args.local_tasks]
    for mode in ("choices", "free"):  # side by side: ranked candidates vs free-form JSON actions
        rows = [run(suite.instance(t.name, seed=0), lambda task, phone: local, tmp / f"local-{mode}-{t.name}",
                    max_steps=args.max_steps, operator_mode=mode) for t in easy]
        hit = sum(r["cached"] for r in rows) / max(1, sum(r["prompt_tokens"] for r in rows))
        print(f"local SmolLM2-135M, operator {mode}, {len(rows)} easy tasks (max {args.max_steps} steps): "
              f"{summary(rows)}")
        print(f"  model time {statistics.mean(r['model_s'] for r in rows):.1f} s per task; "
              f"prefix-cache hit rate {hit:.0%} of prompt tokens")
        for r in rows:
            print(f"  {r['task']:<32} {'ok ' if r['success'] else 'no '} steps={r['steps']} calls={r['model_calls']} "
                  f"{r['seconds']:.1f}s")


if __name__ == "__main__":
    main()
