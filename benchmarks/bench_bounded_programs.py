"""Bounded programs: how fast allowed-but-expensive programs are stopped, and what the budget costs.

    python benchmarks/bench_bounded_programs.py                      # corpus + overhead
    python benchmarks/bench_bounded_programs.py --save after.json    # keep the figures
    python benchmarks/bench_bounded_programs.py --baseline before.json  # ratios side by side

Part 1 runs every program of tests/budget_corpus/programs.txt in a forked child (killed after
``--kill-after`` seconds), once as a dry run and once as a real run followed by ``str(result)``
(what ``Agent.run`` does with the answer), and prints how each stage ended and how long it took.
Part 2 times legitimate programs (the 32 reference programs of bench_programs.py and a few
compute-heavy ones) in the interpreter, against plain CPython ``exec`` of the same source.
``--baseline`` reads a file saved by an earlier build (e.g. before the budget) and prints the
ratios after / before.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import pathlib
import statistics
import sys
import time
from typing import Any

from cascadroid.tools import ToolRegistry, dry_run, execute, tool

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "budget_corpus" / "programs.txt"
sys.path.insert(0, str(ROOT / "benchmarks"))


@tool
def echo(text: str) -> str:
    """Return the text unchanged."""
    return text


@tool
def keep(values: list) -> int:
    """Store the values; return how many there were."""
    return len(values)


REGISTRY = ToolRegistry([echo, keep])


def load_corpus(path: pathlib.Path = CORPUS) -> list[tuple[str, str]]:
    """The ``### name`` blocks of a corpus file, as (name, source)."""
    blocks: list[tuple[str, str]] = []
    name, lines = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if name is not None:
                blocks.append((name, "\n".join(lines)))
            name, lines = line[4:].strip(), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        blocks.append((name, "\n".join(lines)))
    return blocks


# --- part 1: the corpus ------------------------------------------------------------------------
def _stage(source: str, stage: str) -> dict[str, Any]:
    start = time.perf_counter()
    try:
        if stage == "dry":
            dry_run(source, REGISTRY)
        else:
            str(execute(source, REGISTRY).result)
        outcome = "completed"
    except Exception as exc:  # noqa: BLE001 - classified below: the benchmark records what escapes
        return {"outcome": type(exc).__name__, "seconds": time.perf_counter() - start,
                "work": getattr(exc, "work", None), "budget": getattr(exc, "budget", None),
                "message": str(exc)[:160]}
    return {"outcome": outcome, "seconds": time.perf_counter() - start, "work": None, "budget": None}


def _child(source: str, stage: str, conn: Any) -> None:
    sys.setrecursionlimit(1000)
    conn.send(_stage(source, stage))
    conn.close()


def run_isolated(source: str, stage: str, kill_after: float) -> dict[str, Any]:
    """One stage of one program in a forked child, killed after ``kill_after`` seconds."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    start = time.perf_counter()
    proc = ctx.Process(target=_child, args=(source, stage, child))
    proc.start()
    got = parent.poll(kill_after)
    if not got:
        proc.kill()
        proc.join()
        return {"outcome": f"killed after {kill_after:g} s", "seconds": time.perf_counter() - start,
                "work": None, "budget": None}
    result = parent.recv()
    proc.join()
    return result


_LIMIT_WORDS = ("budget", "exceeded", "too large", "more than", "nest", "longer than", "bits")


def classify(outcome: str, message: str = "") -> str:
    """hung, budget (a limit stopped it), other program error, completed, or crash (what escaped)."""
    if outcome.startswith("killed"):
        return "hung"
    if outcome in ("ProgramBudgetError", "DryRunBudgetError"):
        return "budget"
    if outcome in ("ProgramError", "DryRunError") and any(w in message for w in _LIMIT_WORDS):
        return "budget"  # builds before ProgramBudgetError existed: a limit, named in the message
    if outcome in ("ProgramError", "DryRunError", "ToolExecutionError", "ProgramRejected"):
        return "other program error"
    return "completed" if outcome == "completed" else f"crash ({outcome})"


def corpus_part(kill_after: float) -> dict[str, Any]:
    programs = load_corpus()
    rows = []
    print(f"corpus: {len(programs)} allowed-but-expensive programs; each stage killed after {kill_after:g} s")
    for name, source in programs:
        row = {"name": name}
        for stage in ("dry", "run"):
            row[stage] = run_isolated(source, stage, kill_after)
        rows.append(row)
        print(f"  {name[:48]:48s} dry {classify(row['dry']['outcome'], row['dry'].get('message', '')):>22s} {row['dry']['seconds']:7.3f} s"
              f" | run {classify(row['run']['outcome'], row['run'].get('message', '')):>22s} {row['run']['seconds']:7.3f} s")
    summary: dict[str, Any] = {}
    for stage in ("dry", "run"):
        kinds: dict[str, int] = {}
        for row in rows:
            kind = classify(row[stage]["outcome"], row[stage].get("message", ""))
            kinds[kind] = kinds.get(kind, 0) + 1
        times = [row[stage]["seconds"] for row in rows]
        summary[stage] = {"kinds": kinds, "median_s": statistics.median(times), "max_s": max(times),
                          "total_s": sum(times)}
        print(f"{stage}: {kinds}; stop time median {summary[stage]['median_s']:.3f} s, "
              f"max {summary[stage]['max_s']:.3f} s, total {summary[stage]['total_s']:.1f} s")
    return {"rows": rows, "summary": summary}


# --- part 2: overhead on legitimate programs ---------------------------------------------------
HEAVY = {
    "filter 5k records": (
        "rows = [{'name': f'n{i}', 'age': i % 90, 'city': ['Rome', 'Oslo', 'Lima'][i % 3]} for i in range(3000)]\n"
        "result = [r['name'] for r in rows if r['age'] > 40 and r['city'] == 'Oslo']"),
    "group and count": (
        "words = ('alpha beta gamma delta ' * 500).split()\ncounts = {}\n"
        "for w in words:\n    counts[w] = counts.get(w, 0) + 1\nresult = sorted(counts.items())"),
    "text building": (
        "lines = []\nfor i in range(1500):\n    lines.append(f'{i:05d}: ' + str(i * i))\n"
        "result = len('\\n'.join(lines))"),
    "sort records": (
        "rows = [(f'k{(i * 7919) % 3000}', i) for i in range(3000)]\nresult = sorted(rows)[:3]"),
    "membership in a list": (
        "seen = list(range(300))\nn = 0\nfor i in range(600):\n    if i in seen:\n        n += 1\nresult = n"),
}


def _reference_programs() -> dict[str, tuple[str, Any]]:
    import bench_programs  # the 32 tool-use tasks and their in-memory world

    out = {}
    for index, task in enumerate(bench_programs.TASKS):
        out[f"reference task {index + 1}"] = (task.program, bench_programs.World)
    return out


def _time(fn: Any, repeats: int) -> float:
    """Best CPU seconds of ``repeats`` calls (CPU, not wall, time: steadier on a shared machine)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def overhead_part(repeats: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for name, source in HEAVY.items():
        interp = _time(lambda s=source: execute(s, REGISTRY), repeats)
        plain = _time(lambda s=source, n=name: exec(compile(s, n, "exec"), {}), repeats)  # noqa: S102 - trusted source
        dry = _time(lambda s=source: dry_run(s, REGISTRY), repeats)
        figures[name] = {"interpreter_s": interp, "exec_s": plain, "dry_s": dry}
    refs = _reference_programs()
    total_run = total_dry = 0.0
    for source, world_type in refs.values():
        registry = world_type().registry()
        total_run += _time(lambda s=source, r=registry: execute(s, r), repeats)
        total_dry += _time(lambda s=source, r=registry: dry_run(s, r), repeats)
    figures["32 reference programs (sum)"] = {"interpreter_s": total_run, "exec_s": None, "dry_s": total_dry}
    print("\nlegitimate programs (best CPU time of", repeats, "runs):")
    print(f"  {'program':32s} {'interpreter':>12s} {'dry run':>10s} {'plain exec':>11s} {'interp/exec':>12s}")
    for name, row in figures.items():
        ratio = f"{row['interpreter_s'] / row['exec_s']:.0f}x" if row["exec_s"] else "-"
        plain = f"{row['exec_s'] * 1e3:9.2f}ms" if row["exec_s"] else f"{'-':>11s}"
        print(f"  {name:32s} {row['interpreter_s'] * 1e3:10.2f}ms {row['dry_s'] * 1e3:8.2f}ms {plain} {ratio:>12s}")
    return figures


def compare_with(baseline: dict[str, Any], now: dict[str, Any]) -> None:
    print("\nafter / before:")
    for stage in ("dry", "run") if baseline["corpus"] and now["corpus"] else ():
        b, a = baseline["corpus"]["summary"][stage], now["corpus"]["summary"][stage]
        print(f"  corpus {stage}: before {b['kinds']}, total {b['total_s']:.1f} s; after {a['kinds']}, "
              f"total {a['total_s']:.1f} s; max stop {b['max_s']:.2f} s -> {a['max_s']:.3f} s")
    print(f"  {'program':32s} {'run before':>11s} {'run after':>10s} {'ratio':>6s} {'dry before':>11s} {'dry after':>10s} {'ratio':>6s}")
    for name, after in (now["overhead"] or {}).items() if baseline["overhead"] else ():
        before = baseline["overhead"].get(name)
        if before is None:
            continue
        print(f"  {name:32s} {before['interpreter_s'] * 1e3:9.2f}ms {after['interpreter_s'] * 1e3:8.2f}ms "
              f"{after['interpreter_s'] / before['interpreter_s']:5.2f}x {before['dry_s'] * 1e3:9.2f}ms "
              f"{after['dry_s'] * 1e3:8.2f}ms {after['dry_s'] / before['dry_s']:5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kill-after", type=float, default=5.0, help="seconds before a corpus stage is killed")
    parser.add_argument("--repeats", type=int, default=3, help="timing repeats for legitimate programs")
    parser.add_argument("--part", choices=["all", "corpus", "overhead"], default="all", help="what to measure")
    parser.add_argument("--save", type=pathlib.Path, help="write the figures as JSON")
    parser.add_argument("--baseline", type=pathlib.Path, help="a JSON saved by an earlier build, for ratios")
    args = parser.parse_args()
    figures = {
        "corpus": corpus_part(args.kill_after) if args.part in ("all", "corpus") else None,
        "overhead": overhead_part(args.repeats) if args.part in ("all", "overhead") else None,
    }
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1))
    if args.baseline:
        compare_with(json.loads(args.baseline.read_text()), figures)


if __name__ == "__main__":
    main()
