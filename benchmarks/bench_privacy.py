"""Privacy under attack: what taint tracking costs per agent step, and the corpora's counts.

    python benchmarks/bench_privacy.py [--rounds 20] [--corpus]

1. Taint cost. A whole agent run over a phone full of planted secrets (Notes local_only, mask
   mode, a recording cloud on 127.0.0.1) is recorded: every screen the run's taint set read and
   every text it searched (prompts before a cloud call, typed text before an action). The same
   sequence is replayed on a fresh taint set ``--rounds`` times, appending what it learns to a
   file (as the guard keeps it for a resume); its time per agent step is
   printed beside the router's own privacy scan of the same prompts (detectors) and the 1 ms
   target. The taint set ends holding the run's values (sizes printed).
2. ``--corpus``: the corpora of tests/privacy_attack_corpus.py as whole runs (as the tests run
   them): planted secrets reaching the server per mode, and sensitive sends after injections.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixtures_cascade import CLOUD_STAND_IN, cloud_client  # noqa: E402 - tests/ is on the path now
from privacy_attack_corpus import Tour, planted_phone  # noqa: E402

from cascadroid.agent import Agent  # noqa: E402
from cascadroid.cascade import PrivacyPolicy, TaintSet  # noqa: E402
from cascadroid.testing import RecordingServer, ScriptedModel  # noqa: E402


def settings_for(tmp: Path, mode: str, notes_package: str) -> Any:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_privacy_under_attack import _settings

    return _settings(tmp, mode, notes_package)


def record_run(seed: int) -> tuple[list[tuple[str, Any]], int, TaintSet]:
    """One walk in mask mode; the taint set's calls in order, the agent's step count, the set."""
    phone = planted_phone(seed, sparse=False)
    tour = Tour(list(phone.tour))
    events: list[tuple[str, Any]] = []
    server = RecordingServer(responder=lambda req: json.dumps(tour.reply(req["messages"][-1]["content"])),
                             model=CLOUD_STAND_IN)
    local = ScriptedModel(responder=lambda req: tour.reply(req.messages[-1].content), confidence=0.1)
    with tempfile.TemporaryDirectory() as tmp:
        agent = Agent(phone.device, local=local, cloud=cloud_client(server), memory=False,
                      settings=settings_for(Path(tmp), "mask", phone.notes_package))
        real_observe, real_find, real_trust = TaintSet.observe, TaintSet.find, TaintSet.trust

        def observe(self: TaintSet, package: str, texts: Any, *, key: str | None = None) -> None:
            texts = list(texts)
            events.append(("observe", (package, texts, key)))
            real_observe(self, package, texts, key=key)

        def find(self: TaintSet, text: str, **kwargs: Any) -> Any:
            events.append(("find", (text, kwargs)))
            return real_find(self, text, **kwargs)

        def trust(self: TaintSet, *texts: str) -> None:
            events.append(("trust", texts))
            real_trust(self, *texts)

        TaintSet.observe, TaintSet.find, TaintSet.trust = observe, find, trust  # type: ignore[method-assign]
        try:
            result = agent.run(phone.task)
        finally:
            TaintSet.observe, TaintSet.find, TaintSet.trust = real_observe, real_find, real_trust  # type: ignore[method-assign]
        server.close()
        taint = agent.model.router.taint  # type: ignore[attr-defined]
        return events, len(result.steps), taint


def replay(events: list[tuple[str, Any]], policy: Any, keep: Path) -> tuple[float, float]:
    """The run's taint calls on a fresh set and a fresh detector (nothing memoised from the run),
    what it learns appended to ``keep`` (as the guard keeps it for a resume): (wall, CPU) seconds."""
    taint = TaintSet(PrivacyPolicy(policy.settings, contacts=policy.extra_contacts))
    start, cpu = time.perf_counter(), time.process_time()
    for kind, args in events:
        if kind == "observe":
            package, texts, key = args
            taint.observe(package, texts, key=key)
            if rows := taint.drain():
                with keep.open("a", encoding="utf-8") as kept:
                    kept.write("".join(json.dumps(row) + "\n" for row in rows))
        elif kind == "find":
            text, kwargs = args
            taint.find(text, **kwargs)
        else:
            taint.trust(*args)
    return time.perf_counter() - start, time.process_time() - cpu


def detector_scan(events: list[tuple[str, Any]], policy: Any) -> tuple[float, float]:
    """The router's own privacy scan of the same texts (a fresh detector: no memo hits)."""
    from cascadroid.cascade import PiiDetector

    detector = PiiDetector(region=policy.settings.phone_region, contacts=[*policy.settings.contacts, *policy.extra_contacts])
    start, cpu = time.perf_counter(), time.process_time()
    for kind, args in events:
        if kind == "find":
            detector.find(args[0])
    return time.perf_counter() - start, time.process_time() - cpu


def bench_cost(rounds: int, seeds: list[int]) -> None:
    print(f"\n## Taint tracking cost per agent step (replayed runs, {rounds} rounds, load {os.getloadavg()[0]:.1f})")
    print("| run | steps | screens read | texts searched | taint set (words / numbers) | taint ms per step, wall "
          "(median) | taint CPU ms per step (median) | detector scan CPU ms per step | taint / detectors (CPU) | "
          "CPU of the 1 ms target | detector scan CPU ms per step (minimum: least disturbed by load) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for seed in seeds:
        events, steps, taint = record_run(seed)
        policy = taint.policy
        with tempfile.TemporaryDirectory() as tmp:
            runs = [replay(events, policy, Path(tmp) / f"taint{k}.jsonl") for k in range(rounds)]
        taint_wall = statistics.median(w for w, _ in runs) / steps
        taint_s = statistics.median(c for _, c in runs) / steps
        scans = [c for _, c in (detector_scan(events, policy) for _ in range(max(3, rounds // 4)))]
        scan_s = statistics.median(scans) / steps
        reads = sum(1 for k, _ in events if k == "observe")
        finds = sum(1 for k, _ in events if k == "find")
        sizes = f"{len(taint._words)} / {len(taint._digits)}"
        print(f"| phone seed {seed} | {steps} | {reads} | {finds} | {sizes} | {taint_wall * 1000:.3f} | "
              f"{taint_s * 1000:.3f} | {scan_s * 1000:.3f} | {taint_s / scan_s:.2f}x | {taint_s * 1000:.2f}x | "
              f"{min(scans) / steps * 1000:.3f} |")


def bench_corpus() -> None:
    from test_privacy_under_attack import CASES, MODES, PHONES, _obey, _walk

    servers: list[RecordingServer] = []

    def start(responder: Any) -> RecordingServer:
        servers.append(RecordingServer(responder=responder, model=CLOUD_STAND_IN))
        return servers[-1]

    print("\n## Planted secrets (full and sparse phones, whole runs, recording cloud on 127.0.0.1)")
    print("| mode | phones | secrets planted | shown to the local model | reached the server | kinds | seconds |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in MODES:
            started, planted, shown, leaked, kinds = time.perf_counter(), 0, 0, 0, set()
            for seed, sparse in PHONES:
                phone = planted_phone(seed, sparse=sparse)
                _result, cloud, seen, _ = _walk(Path(tmp) / f"{mode}-{seed}-{sparse}", start, phone, mode)
                planted, shown, leaked = planted + len(phone.secrets), shown + len(seen), leaked + len(phone.leaked(cloud.raw))
                kinds |= {s.kind for s in phone.secrets}
            print(f"| {mode} | {len(PHONES)} | {planted} | {shown} | {leaked} | {len(kinds)} | "
                  f"{time.perf_counter() - started:.1f} |")
        started, obeyed, refusals, sends = time.perf_counter(), 0, 0, 0
        for case in CASES:
            result, double, leaks, _, _ = _obey(Path(tmp) / f"inject-{case.index}", case)
            obeyed += double.plan is not None
            refusals += sum(1 for step in result.steps if step.outcome == "refused")
            sends += len(leaks)
        print("\n## Injection screens (a model double that obeys screen text)")
        print("| screens | wordings | obeyed by the double | refused steps | sensitive sends | seconds |")
        print("| --- | --- | --- | --- | --- | --- |")
        print(f"| {len(CASES)} | {len({c.wording for c in CASES})} | {obeyed} | {refusals} | {sends} | "
              f"{time.perf_counter() - started:.1f} |")
    for server in servers:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seeds", default="1,2", help="planted phones to walk (comma-separated seeds)")
    parser.add_argument("--corpus", action="store_true", help="also run the corpora as whole agent runs")
    args = parser.parse_args()
    bench_cost(args.rounds, [int(s) for s in args.seeds.split(",")])
    if args.corpus:
        bench_corpus()


if __name__ == "__main__":
    main()
