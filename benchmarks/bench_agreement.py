"""Agreement under perturbation as a deferral signal, on screens the ranker had never met.

Test-time augmentation on bench_fresh_screens.py's data: each blind batch's fixtures ranked by the
ranker of the commit that landed the batch, and again on K perturbed copies of the same situation:
the dump said as other toolkits say it, reordered, rescaled, with chrome (benchmarks/screen_noise.py),
and the task said with slips, synonyms, frames (benchmarks/wording_noise.py). A perturbed run's first
action is mapped back to the original screen by node identity (each node carries its original number
through the rewrite; a node the rewrite added maps through the perceptor's row it belongs to, else
it is new), so order and scale, which change ids or bounds, change nothing for the mapping.

agreement = share of the perturbed runs whose first action is the original first action; the
majority vote (the original's first action counts as one vote and wins ties) is a second signal.
Reported: deferral AUROC of agreement, of the calibrated p_top (agents/decide.py ScoreCalibration),
of their product and of a logistic combination fitted leave-one-batch-out; the share right with the
least sure 20/40/60% sent to a perfect cloud; the majority vote's right first actions; the cost.

    python benchmarks/bench_agreement.py [--batches blind7,...] [--screen compose,...] [--wording typos,...]

Held batches (bench_real_screens.HELD_NOW) and the DEV batch blind19 are never part of the default set.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import screen_noise
import wording_noise
from bench_fresh_screens import auroc, landing, p_top
from bench_real_screens import HELD_NOW, ROOT, baseline, first_candidates, is_right, load_fixtures

SCREEN = ("compose", "flutter", "react_native", "webview", "order", "scale", "chrome")
WORDING = ("typos", "plain", "synonyms", "frames", "fronted", "texting", "context")
_NUMBER = "data-cascadroid-tta"
_LEFT_OUT = re.compile(r"^blind(19|20|21|22)$")  # blind19, blind20: DEV batches studied; blind21, blind22: held


def rewritten(xml: str, kind: str, name: str, task: str, chosen: set[int]) -> tuple[str, list[int | None]]:
    """``xml`` said as screen noise ``kind`` says it, and the original number of each new node (None: added).
    ``chosen`` (the first action's nodes, known at test time) is marked so that chrome never covers it."""
    root = ET.fromstring(xml)
    for i, node in enumerate(screen_noise.nodes(root)):
        node.set(_NUMBER, str(i))
        if i in chosen:
            node.set(screen_noise.MARK, "1")
    rng = random.Random(zlib.crc32(f"{name}|{kind}".encode()))  # as screen_noise.perturb seeds it
    getattr(screen_noise, f"_{kind}")(root, rng, screen_noise._app_package(root), task)
    numbers: list[int | None] = []
    for node in screen_noise.nodes(root):
        node.attrib.pop(screen_noise.MARK, None)
        number = node.attrib.pop(_NUMBER, None)
        numbers.append(None if number is None else int(number))
    return ET.tostring(root, encoding="unicode"), numbers


def _target(screen: Any, element: int) -> int:
    target = getattr(screen, "target", lambda i: i)(element)
    return element if target is None else target


def key(action: dict[str, Any], original: int | None) -> str:
    """What an action does on the original screen: its kind and the original row it acts on."""
    kind = action.get("kind", "")
    if kind == "open_app":
        return f"open_app:{action.get('app')}"
    if isinstance(action.get("element"), int):
        return f"{kind}:{original}" if original is not None else f"{kind}:added"
    return f"{kind}:{action.get('direction', '')}"


def _mapped(action: dict[str, Any], screen: Any, numbers: list[int | None] | None, before: Any) -> int | None:
    """The original screen's row for a perturbed run's element (None: a node the rewrite added)."""
    element = action.get("element")
    if not isinstance(element, int):
        return None
    if numbers is None:
        return _target(before, element)
    for step in (element, _target(screen, element)):
        if 0 <= step < len(numbers) and numbers[step] is not None:
            return _target(before, numbers[step])  # type: ignore[arg-type]
    return None


def dump(rev: str, batches: list[str], screens: list[str], wordings: list[str]) -> list[dict[str, Any]]:
    """Per fixture of ``batches``: the ranker at ``rev``'s first eight candidates, and each perturbed run's
    first action mapped back (its key, whether it is right on the original screen, its time)."""
    algorithm = baseline(rev)
    ranker = sys.modules["cascadroid_baseline.agents.candidates"]
    default = dict(ranker.rank.__kwdefaults__)
    rows = []
    for fixture in load_fixtures():
        if fixture.batch not in batches:
            continue
        row: dict[str, Any] = {"name": fixture.name, "batch": fixture.batch, "task": fixture.task, "cands": [], "runs": []}
        ranker.rank.__kwdefaults__["limit"] = 10_000  # as bench_fresh_screens ranks: p_top over the same eight
        try:
            observation, before, ranked = first_candidates(algorithm, fixture)
        except Exception as exc:  # an old parser may refuse a dump: no candidates, counted wrong
            row["error"] = repr(exc)
            rows.append(row)
            continue
        ranker.rank.__kwdefaults__.update(default)
        start = time.perf_counter()
        again = first_candidates(algorithm, fixture)[2]  # the ranker's own limit, timed as the runs are
        row["ms_plain"] = 1000 * (time.perf_counter() - start)
        row["limit_moves_top"] = bool(ranked) and (not again or again[0].action != ranked[0].action)
        keys = {}
        for c in ranked:
            element = c.action.get("element")
            k = key(c.action, _target(before, element) if isinstance(element, int) else None)
            keys.setdefault(k, bool(is_right(fixture, observation, before, c.action)))
        row["cands"] = [{"text": c.text, "action": c.action, "score": c.score,
                         "right": bool(is_right(fixture, observation, before, c.action))} for c in ranked[:8]]
        if not ranked:
            rows.append(row)
            continue
        top = ranked[0].action
        row["top"] = key(top, _target(before, top["element"]) if isinstance(top.get("element"), int) else None)
        chosen = {top["element"], _target(before, top["element"])} if isinstance(top.get("element"), int) else set()
        variants: list[tuple[str, Any, list[int | None] | None, float]] = []
        for kind in screens:
            start = time.perf_counter()
            xml, numbers = rewritten(fixture.xml, kind, fixture.name, fixture.task, chosen)
            variants.append((kind, replace(fixture, xml=xml), numbers, time.perf_counter() - start))
        plain_task = fixture.task.replace("{", "(").replace("}", ")")  # wording noise reads {...} as a slot
        for kind in wordings:
            start = time.perf_counter()
            task = wording_noise.noisy(plain_task, kind, fixture.name)
            if task != plain_task:  # a noise with nothing to change is no run
                variants.append((kind, replace(fixture, task=task), None, time.perf_counter() - start))
        for kind, variant, numbers, spent in variants:
            start = time.perf_counter() - spent
            run: dict[str, Any] = {"noise": kind}
            try:
                _, screen, listed = first_candidates(algorithm, variant)
            except Exception as exc:  # an old parser refusing a rewritten dump: no first action, a disagreement
                run.update(key=None, right=False, error=type(exc).__name__)
                listed = []
            run["ms"] = 1000 * (time.perf_counter() - start)
            if listed:
                action = listed[0].action
                run["key"] = key(action, _mapped(action, screen, numbers, before))
                if run["key"] not in keys and run["key"].endswith(":added"):
                    keys[run["key"]] = False
                elif run["key"] not in keys:  # a row the original list did not hold: judged on the original screen
                    moved = dict(action, element=_mapped(action, screen, numbers, before))
                    keys[run["key"]] = bool(is_right(fixture, observation, before, moved))
                run["right"] = keys[run["key"]]
            elif "key" not in run:
                run.update(key=None, right=False)
            row["runs"].append(run)
        rows.append(row)
    return rows


def dumped(rev: str, batches: list[str], screens: list[str], wordings: list[str]) -> list[dict[str, Any]]:
    """``dump`` in a subprocess under one hash seed: a landing ranker may break a tie by set order (blind11's
    ranker picks another first action on one screen under some seeds), and every run must see the same lists."""
    out = subprocess.run([sys.executable, __file__, "--dump", rev, "--batches", ",".join(batches),
                          "--screen", ",".join(screens), "--wording", ",".join(wordings)],
                         cwd=ROOT, check=True, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def agreement(row: dict[str, Any], kinds: tuple[str, ...] = SCREEN + WORDING) -> float:
    runs = [r for r in row["runs"] if r["noise"] in kinds]
    return sum(r["key"] == row["top"] for r in runs) / len(runs) if runs else 1.0


def voted(row: dict[str, Any]) -> bool:
    """Whether the majority vote's choice is right (the original first action: one vote, and wins ties)."""
    votes = Counter([row["top"]] + [r["key"] for r in row["runs"] if r["key"] is not None])
    best = max(votes.values())
    if votes[row["top"]] == best:
        return row["cands"][0]["right"]
    winner = next(k for k, n in votes.items() if n == best)
    return next(r["right"] for r in row["runs"] if r["key"] == winner)


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def left_one_out(rows: list[dict[str, Any]], columns: list[list[float]]) -> list[float]:
    """A logistic fit of right-or-wrong on ``columns``, each batch predicted by a model fitted on the others."""
    from sklearn.linear_model import LogisticRegression

    if len({r["batch"] for r in rows}) < 2:
        return [0.5] * len(rows)  # one batch: nothing to fit on
    x = [list(f) for f in zip(*columns)]
    y = [int(r["cands"][0]["right"]) for r in rows]
    out = [0.0] * len(rows)
    for held in sorted({r["batch"] for r in rows}):
        train = [i for i, r in enumerate(rows) if r["batch"] != held]
        model = LogisticRegression(max_iter=2000).fit([x[i] for i in train], [y[i] for i in train])
        test = [i for i, r in enumerate(rows) if r["batch"] == held]
        for i, p in zip(test, model.predict_proba([x[i] for i in test])[:, 1]):
            out[i] = float(p)
    return out


def cloud(signal: list[float], right: list[bool], total: int) -> str:
    order = sorted(range(len(signal)), key=lambda i: signal[i])
    cells = []
    for share in (0.2, 0.4, 0.6):
        sent = round(share * len(signal))
        cells.append(f"{sent + sum(right[i] for i in order[sent:])}")
    return "/".join(cells) + f" of {total}"


def report(fresh: list[dict[str, Any]]) -> None:
    listed = [r for r in fresh if r["cands"]]
    right = [r["cands"][0]["right"] for r in listed]
    p = [p_top(r) for r in listed]
    agree = [agreement(r) for r in listed]
    on_screen, on_task = [agreement(r, SCREEN) for r in listed], [agreement(r, WORDING) for r in listed]
    signals = {
        "p_top (today's ScoreCalibration)": p,
        "agreement, all runs": agree,
        "agreement, screen noise only": on_screen,
        "agreement, wording noise only": on_task,
        "p_top x agreement": [a * b for a, b in zip(p, agree)],
        "logistic(logit p_top, agreement), leave one batch out": left_one_out(listed, [[_logit(v) for v in p], agree]),
        "logistic(logit p_top, screen, wording agreement), LOBO": left_one_out(
            listed, [[_logit(v) for v in p], on_screen, on_task]),
    }
    total = len(fresh)
    print(f"candidate 1 right {sum(right)}/{total}; majority vote right {sum(map(voted, listed))}/{total}")
    print(f"{'signal':<56} AUROC  least sure 20/40/60% to a perfect cloud")
    for name, signal in signals.items():
        print(f"{name:<56} {auroc(signal, right):.3f}  {cloud(signal, right, total)}")
    runs = [r for row in listed for r in row["runs"]]
    per_kind = Counter(r["noise"] for r in runs)
    kept = Counter(r["noise"] for row in listed for r in row["runs"] if r["key"] == row["top"])
    errors = Counter(r["noise"] for r in runs if r.get("error"))
    print("per noise, runs / keeping the first action / errors: " + "  ".join(
        f"{k} {per_kind[k]}/{kept[k]}/{errors[k]}" for k in SCREEN + WORDING if per_kind[k]))
    extra = [sum(r["ms"] for r in row["runs"]) for row in listed]
    plain = sorted(row["ms_plain"] for row in listed)
    print(f"cost: {len(runs) / len(listed):.1f} extra rankings a screen, {sum(extra) / len(extra):.0f} ms a screen "
          f"(median one plain ranking {plain[len(plain) // 2]:.0f} ms, landing rankers, this machine)")
    print(f"screens whose first action the ranker's own list limit moves: {sum(r.get('limit_moves_top', False) for r in listed)}")
    wrong_sure = sum(1 for a, y in zip(agree, right) if a == 1.0 and not y)
    print(f"first choices kept by every run: {sum(a == 1.0 for a in agree)}, of them wrong: {wrong_sure}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", default="", help="comma-separated batches (default: blind7 .. blind18)")
    parser.add_argument("--screen", default=",".join(SCREEN), help="screen noises (benchmarks/screen_noise.py)")
    parser.add_argument("--wording", default=",".join(WORDING), help="task noises (benchmarks/wording_noise.py)")
    parser.add_argument("--rows", help="a JSON-lines file: written with the runs, or read instead of ranking again")
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    args = parser.parse_args()
    screens, wordings = [k for k in args.screen.split(",") if k], [k for k in args.wording.split(",") if k]
    every = sorted({f.batch for f in load_fixtures() if f.batch.startswith("blind") and not _LEFT_OUT.match(f.batch)
                    and not HELD_NOW.match(f.batch)}, key=lambda b: int(re.sub(r"\D", "", b) or 0))
    batches = args.batches.split(",") if args.batches else every
    if any(_LEFT_OUT.match(b) or HELD_NOW.match(b) for b in batches):
        raise SystemExit("blind19 and blind20 are not measured here")
    if args.dump:
        for row in dump(args.dump, batches, screens, wordings):
            print(json.dumps(row, ensure_ascii=False))
        return
    print(f"batches {batches[0]}..{batches[-1]}, each at its landing commit; screen noise {','.join(screens) or '-'}; "
          f"wording noise {','.join(wordings) or '-'}")
    if args.rows and Path(args.rows).exists():
        report([json.loads(line) for line in Path(args.rows).read_text(encoding="utf-8").splitlines()])
        return
    fresh: list[dict[str, Any]] = []
    for batch in batches:
        rows = dumped(landing(batch), [batch], screens, wordings)
        print(f"  {batch:>8}: {sum(bool(r['cands']) and r['cands'][0]['right'] for r in rows)}/{len(rows)} right", flush=True)
        fresh += rows
    if args.rows:
        Path(args.rows).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in fresh), encoding="utf-8")
    report(fresh)


if __name__ == "__main__":
    main()
