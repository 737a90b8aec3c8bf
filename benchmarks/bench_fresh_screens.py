"""Real-convention screens as each batch was first met: the ranker of the commit that landed the batch.

A blind batch of fixtures (tests/fixtures/real_screens, ``batch`` blind7, blind8, ...) is measured
once on the code of its landing, then studied and fixed; measured on today's code it flatters the
ranker (its misses were fixed one by one). The ranker of the landing commit saw the batch fresh,
so the batches together give ~190 first actions on screens the ranker had never met: enough to
judge what works ON TOP of a ranker's list (a tie-breaker, a deferral signal, a learned re-ranker)
on unseen screens, where one held batch of 24 moves by one or two screens either way.

Per batch: where the right action stood in the fresh list (@1, @3, @5, absent), then over all of
them the deferral AUROC of the calibrated p_top (does it tell a right first choice from a wrong
one) and the share right when the least sure fraction goes to a perfect cloud. ``--learned``:
a pairwise logistic re-ranker over generic features of the top five (scikit-learn), judged
leave-one-batch-out, and then applied to today's ranker (must not undo what the rules get right).

    python benchmarks/bench_fresh_screens.py [--batches blind7,blind8,...] [--learned]

The landing commit of a batch is found in git (the first commit adding one of its fixtures), so a
clone needs its history; each revision is imported in a subprocess (bench_real_screens.baseline).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import unicodedata
from typing import Any

from bench_real_screens import FIXTURES, HELD_NOW, ROOT, baseline, current, first_candidates, is_right, load_fixtures

from cascadroid.agents import promotions
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.semantic import adjust as by_meaning
from cascadroid.agents.semantic import label

KINDS = ("tap", "swipe", "open_app", "type", "done", "back", "long_press")


def landing(batch: str) -> str:
    """The commit that first added a fixture of ``batch``."""
    names = [f"tests/fixtures/real_screens/{f.name}.json" for f in load_fixtures() if f.batch == batch]
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", *names], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    if not out:
        raise SystemExit(f"no commit in this clone's history adds batch {batch!r}: clone with history")
    return out[-1]


def dump(rev: str, batches: list[str]) -> list[dict[str, Any]]:
    """Every candidate of the ranker at ``rev`` ("now": this tree) for the fixtures of ``batches``, with
    the label each acts on (what agents/semantic.py compares with the task)."""
    algorithm = current() if rev == "now" else baseline(rev)
    ranker = sys.modules[algorithm.rank.__module__] if rev == "now" else sys.modules["cascadroid_baseline.agents.candidates"]
    ranker.rank.__kwdefaults__["limit"] = 10_000  # the whole list: meaning may lift one from far below the top 8
    rows = []
    for fixture in load_fixtures():
        if fixture.batch not in batches:
            continue
        row: dict[str, Any] = {"name": fixture.name, "batch": fixture.batch, "task": fixture.task, "cands": []}
        try:
            observation, screen, ranked = first_candidates(algorithm, fixture)
        except Exception as exc:  # an old parser may refuse a dump: no candidates, counted wrong
            row["error"] = repr(exc)
            ranked = []
        for c in ranked:
            row["cands"].append({"text": c.text, "action": c.action, "score": c.score, "label": label(c.action, screen.labels),
                                 "unwanted": _unwanted(fixture.task, screen, c.action),
                                 "right": bool(is_right(fixture, observation, screen, c.action))})
        rows.append(row)
    return rows


def _unwanted(task: str, screen: Any, action: dict[str, Any]) -> bool:
    """Today's ad/offer test on an old revision's screen (an old screen may lack what it reads: not one)."""
    try:
        return isinstance(action.get("element"), int) and promotions.unwanted(task, screen, action["element"])
    except AttributeError:
        return False


def dumped(rev: str, batches: list[str]) -> list[dict[str, Any]]:
    """``dump`` in a subprocess: each revision's package is imported under one name, once per process."""
    out = subprocess.run([sys.executable, __file__, "--dump", rev, "--batches", ",".join(batches)], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def with_meaning(row: dict[str, Any]) -> bool:
    """Whether the first candidate is right once agents/semantic.py has broken the near-ties of ``row``'s list."""
    listed = [Candidate(dict(c["action"]), c["text"], c["score"]) for c in row["cands"]]
    labels = {c["action"]["element"]: c["label"] for c in row["cands"] if isinstance(c["action"].get("element"), int)}
    unwanted = {c["action"]["element"] for c in row["cands"] if c["unwanted"]}
    by_meaning(listed, row["task"], labels, unwanted.__contains__)
    best = max(range(len(listed)), key=lambda i: (listed[i].score, -i)) if listed else None
    return best is not None and row["cands"][best]["right"]


def auroc(signal: list[float], right: list[bool]) -> float:
    pos = [s for s, y in zip(signal, right) if y]
    neg = [s for s, y in zip(signal, right) if not y]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / max(1, len(pos) * len(neg))


def p_top(row: dict[str, Any]) -> float:
    from cascadroid.agents.decide import ScoreCalibration

    ranked = [Candidate(c["action"], c["text"], c["score"]) for c in row["cands"]]
    return ScoreCalibration().probabilities(row["task"], None, ranked)[0]  # type: ignore[arg-type]


def _grams(text: str) -> set[str]:
    """Character bigrams of each word, padded: a script-free measure of shared wording."""
    kept = "".join(ch for ch in unicodedata.normalize("NFKC", text.casefold()) if ch.isalnum() or ch == " ")
    return {f" {w} "[i:i + 2] for w in kept.split() for i in range(len(w) + 1)}


def _covered(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a) if a else 0.0


def features(row: dict[str, Any], i: int) -> list[float]:
    """Generic features of candidate ``i``: the ranker's score and place, how much of the label the
    task says and the reverse (character bigrams, any script), its row's words, length, kind."""
    c, task = row["cands"][i], row["task"]
    text = re.sub(r"^[a-z_ ]+?\[\d+\] ", "", c["text"])
    context = re.search(r"\(in: (.*)\)$", text)
    label = text[:context.start()] if context else text
    said, own, row_words = _grams(task), _grams(label), _grams(context.group(1) if context else "")
    kind = c["action"].get("kind", "")
    top = row["cands"][0]["score"]
    same = sum(re.sub(r"^[a-z_ ]+?\[\d+\] ", "", o["text"]) == text for o in row["cands"])
    return [c["score"], top - c["score"], float(i == 0), float(i), _covered(own, said), _covered(said, own),
            2 * len(own & said) / max(1, len(own) + len(said)), _covered(row_words, said), math.log1p(len(label)),
            float(same > 1), float(bool(c["action"].get("text"))), *(float(kind == k) for k in KINDS)]


def _pairs(rows: list[dict[str, Any]]) -> tuple[list[list[float]], list[int]]:
    x, y = [], []
    for row in rows:
        top = row["cands"][:5]
        for a in (i for i, c in enumerate(top) if c["right"]):
            for b in (i for i, c in enumerate(top) if not c["right"]):
                fa, fb = features(row, a), features(row, b)
                x += [[p - q for p, q in zip(fa, fb)], [q - p for p, q in zip(fa, fb)]]
                y += [1, 0]
    return x, y


def reranked(model: Any, row: dict[str, Any]) -> int:
    scores = model.decision_function([features(row, i) for i in range(len(row["cands"][:5]))])
    return max(range(len(scores)), key=lambda i: scores[i])


def learned(fresh: list[dict[str, Any]], today: list[dict[str, Any]]) -> None:
    from sklearn.linear_model import LogisticRegression

    batches = sorted({r["batch"] for r in fresh})
    before = after = 0
    for held in batches:
        model = LogisticRegression(max_iter=3000).fit(*_pairs([r for r in fresh if r["batch"] != held]))
        rows = [r for r in fresh if r["batch"] == held]
        before += sum(r["cands"][0]["right"] for r in rows)
        after += sum(r["cands"][reranked(model, r)]["right"] for r in rows)
    print(f"learned re-ranker, leave one batch out: {before} -> {after} of {len(fresh)}")
    model = LogisticRegression(max_iter=3000).fit(*_pairs(fresh))
    print(f"  trained on all fresh lists, applied to today's ranker: {sum(r['cands'][0]['right'] for r in today)} -> "
          f"{sum(r['cands'][reranked(model, r)]['right'] for r in today)} of {len(today)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", default="", help="comma-separated batches (default: every blind batch but the held one)")
    parser.add_argument("--learned", action="store_true", help="also the learned re-ranker (needs scikit-learn)")
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    args = parser.parse_args()
    every = sorted({f.batch for f in load_fixtures() if f.batch.startswith("blind") and not HELD_NOW.match(f.batch)},
                   key=lambda b: int(re.sub(r"\D", "", b) or 0))  # never the held batch; no second dumps
    batches = args.batches.split(",") if args.batches else every
    if args.dump:
        for row in dump(args.dump, batches):
            print(json.dumps(row, ensure_ascii=False))
        return
    print(f"fixtures: {FIXTURES.relative_to(ROOT)}; the ranker of each batch's landing commit, candidate lists of 8")
    fresh: list[dict[str, Any]] = []
    meaning = 0
    for batch in batches:
        rev = landing(batch)
        rows = dumped(rev, [batch])
        meant = sum(map(with_meaning, rows))
        for row in rows:
            row["cands"] = row["cands"][:8]
        fresh += rows
        place = [next((i for i, c in enumerate(r["cands"]) if c["right"]), None) for r in rows]
        cells = "  ".join(f"@{k} {sum(p is not None and p < k for p in place)}" for k in (1, 2, 3, 5))
        print(f"  {batch:>8} at {rev[:7]}: {cells}  absent {sum(p is None for p in place)}  of {len(rows)};"
              f"  @1 with meaning {meant}")
        meaning += meant
    listed = [r for r in fresh if r["cands"]]
    signal, right = [p_top(r) for r in listed], [r["cands"][0]["right"] for r in listed]
    print(f"all: candidate 1 right {sum(right)}/{len(fresh)}, with meaning breaking near-ties (agents/semantic.py) "
          f"{meaning}/{len(fresh)}; deferral AUROC of p_top {auroc(signal, right):.3f}")
    order = sorted(range(len(listed)), key=lambda i: signal[i])
    for share in (0.2, 0.4, 0.6):
        sent = round(share * len(listed))
        print(f"  least sure {share:.0%} to a perfect cloud: {sent + sum(right[i] for i in order[sent:])}/{len(fresh)}")
    if args.learned:
        learned(listed, [r for r in dumped("now", batches) if r["cands"]])


if __name__ == "__main__":
    main()
