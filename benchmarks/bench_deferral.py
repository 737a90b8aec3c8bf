"""Deferral signals on screens first met: does a signal tell a right first action from a wrong one (AUROC)?

Each DEV batch's candidate lists come from the ranker of the commit that landed it (bench_fresh_screens.py), so its
screens were fresh to that ranker; the held batches (bench_real_screens.HELD_NOW) are ranked by today's code and
reported pooled, aggregates only. Signals: the shipped calibrated p_top (agents/decide.py, a function of the score
gap alone), and a logistic regression over seven generic features of the top candidate (p_top's log-odds, its
score, its lead over the second, whether it is a fallback scroll or back, whether it types, its label's length,
whether its label has several parts), judged leave-one-DEV-batch-out and on the held batches after fitting on all
DEV batches (scikit-learn; `pip install -e ".[learn]"`).

    python benchmarks/bench_deferral.py [--batches blind7,...,toolkits24a]
"""

from __future__ import annotations

import argparse
import math
import re
from typing import Any

from bench_fresh_screens import auroc, dumped, landing, p_top
from bench_real_screens import HELD_NOW, load_fixtures

FEATURES = ("p_top log-odds", "top score", "lead over the second", "fallback", "types", "label length", "label parts")


def features(row: dict[str, Any]) -> list[float]:
    cands = row["cands"]
    top, p = cands[0], min(max(p_top(row), 1e-6), 1 - 1e-6)
    action, label = top["action"], top.get("label") or ""
    second = cands[1]["score"] if len(cands) > 1 else 0.0
    fallback = action.get("kind") in ("swipe", "back") and "element" not in action
    return [math.log(p / (1 - p)), top["score"], top["score"] - second, float(fallback),
            float(action.get("kind") == "type"), min(len(label), 80) / 80, float(" | " in label)]


def _rows(batches: list[str]) -> list[dict[str, Any]]:
    out = []
    for batch in batches:
        for row in dumped("now" if HELD_NOW.match(batch) else landing(batch), [batch]):
            if row["cands"]:
                out.append({"batch": batch, "cands": row["cands"][:8], "task": row["task"]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", default="", help="comma-separated batches (default: every blind and everyday batch)")
    args = parser.parse_args()
    every = sorted({f.batch for f in load_fixtures() if re.match(r"(blind|everyday|toolkits)\d", f.batch)},
                   key=lambda b: (HELD_NOW.match(b) is not None, b))
    rows = _rows(args.batches.split(",") if args.batches else every)
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (an optional dependency: the learn extra)

    x, y = [features(r) for r in rows], [bool(r["cands"][0]["right"]) for r in rows]
    held = [bool(HELD_NOW.match(r["batch"])) for r in rows]
    dev_batches = sorted({r["batch"] for r, h in zip(rows, held) if not h})
    learned = [0.0] * len(rows)
    for left_out in dev_batches + [None]:  # each DEV batch left out in turn; None: all DEV, judged on held
        train = [i for i, r in enumerate(rows) if not held[i] and r["batch"] != left_out]
        model = LogisticRegression(max_iter=1000).fit([x[i] for i in train], [y[i] for i in train])
        for i, r in enumerate(rows):
            if (r["batch"] == left_out) if left_out else held[i]:
                learned[i] = model.predict_proba([x[i]])[0][1]
    print(f"{sum(not h for h in held)} DEV first actions ({sum(y[i] for i, h in enumerate(held) if not h)} right), "
          f"{sum(held)} held ({sum(y[i] for i, h in enumerate(held) if h)} right)")
    for name, signal in (("p_top (shipped)", [f[0] for f in x]), ("logistic, 7 features", learned)):
        dev = [i for i, h in enumerate(held) if not h]
        hel = [i for i, h in enumerate(held) if h]
        print(f"  {name:22s} AUROC DEV (leave one batch out) {auroc([signal[i] for i in dev], [y[i] for i in dev]):.3f}"
              f"  held {auroc([signal[i] for i in hel], [y[i] for i in hel]):.3f}")
    print("  coefficients (all DEV): " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(FEATURES, model.coef_[0])))


if __name__ == "__main__":
    main()
