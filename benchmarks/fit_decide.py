"""Fit the calibration shipped in ``cascadroid.agents.decide`` (ScoreCalibration's defaults).

    python benchmarks/fit_decide.py [--seeds 0,1]

Labelled decisions come from the simulated suite's reference trajectories (decide_data.py):
for every step, the ranked candidates and which one is the reference action. Two parameters
families, each fitted by maximum likelihood:

1. a softmax temperature over the candidates' scores (on the steps whose reference is listed);
2. a logistic (Platt) map from the softmax's top log-odds to P(the top candidate is right),
   fitted on every step (a reference that is not listed makes the top candidate wrong).

It prints the constants to paste into decide.py, and the deferral AUROC of the fitted p_top.
The fit only sees scores, never words: nothing about the simulator's apps enters the policy.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from decide_data import Labelled, auroc, suite  # noqa: E402

from cascadroid.agents.decide import ScoreCalibration  # noqa: E402


def _softmax_top_logit(scores: list[float], temperature: float) -> float:
    top = max(scores)
    weights = [math.exp((s - top) / temperature) for s in scores]
    q = weights[0] / sum(weights)
    q = min(max(q, 1e-6), 1 - 1e-6)
    return math.log(q / (1 - q))


def fit_temperature(rows: list[Labelled]) -> float:
    """The temperature that maximises the listed reference's softmax likelihood (grid search)."""
    listed = [r for r in rows if r.right >= 0 and r.ranked]
    best, best_ll = 1.0, -math.inf
    for temperature in [0.1 * k for k in range(1, 61)]:
        ll = 0.0
        for r in listed:
            scores = [c.score for c in r.ranked]
            top = max(scores)
            z = sum(math.exp((s - top) / temperature) for s in scores)
            ll += (scores[r.right] - top) / temperature - math.log(z)
        if ll > best_ll:
            best, best_ll = temperature, ll
    return round(best, 2)


def fit_platt(xs: list[float], ys: list[int], steps: int = 3000, rate: float = 0.1) -> tuple[float, float]:
    """Logistic regression of ys on xs (gradient ascent on the mean log-likelihood)."""
    a, b = 1.0, 0.0
    n = len(xs)
    for _ in range(steps):
        ga = gb = 0.0
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-(a * x + b)))
            ga += (y - p) * x
            gb += y - p
        a, b = a + rate * ga / n, b + rate * gb / n
    return round(a, 3), round(b, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0", help="comma-separated task seeds")
    args = parser.parse_args()
    rows = [r for r in suite(tuple(int(s) for s in args.seeds.split(","))) if r.ranked]
    temperature = fit_temperature(rows)
    xs = [_softmax_top_logit([c.score for c in r.ranked], temperature) for r in rows]
    ys = [int(r.right == 0) for r in rows]
    slope, bias = fit_platt(xs, ys)
    calibration = ScoreCalibration(temperature=temperature, slope=slope, bias=bias)
    p_top = [calibration.probabilities(r.task, r.screen, r.ranked)[0] for r in rows]
    print(f"{len(rows)} labelled steps; top candidate right {sum(ys)}/{len(ys)}; "
          f"reference listed {sum(r.right >= 0 for r in rows)}/{len(rows)}")
    print(f"TEMPERATURE = {temperature}\nSLOPE = {slope}\nBIAS = {bias}")
    print(f"deferral AUROC of p_top on these steps: {auroc(p_top, ys):.3f}; mean p_top {sum(p_top) / len(p_top):.3f} "
          f"vs top-1 accuracy {sum(ys) / len(ys):.3f}")


if __name__ == "__main__":
    main()
