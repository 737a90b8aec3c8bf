"""Deferral signals on the agent's own steps: does a signal tell a step the teacher agrees with from one it does not?

bench_deferral.py judges first actions of real screens; a cascade defers at every step of a run, on the states the
agent itself reaches (detours, half-filled forms, premature finishes), which neither first actions nor the suite's
reference steps show. Here the agent runs every task of some wording sets with the device acting on its ranking
alone (choices mode, no model) while the oracle cloud, behind a real OpenAI-compatible server on 127.0.0.1, is asked
in shadow mode what it would do at each step; a step is right when the top candidate is the teacher's pick.

Signals: the shipped p_top (agents/decide.py, the score gap alone) and bench_deferral.py's logistic over seven
generic features of the top candidate, fitted on the steps of the ``--fit`` sets and judged on the ``--judge`` set
(scikit-learn; `pip install -e ".[learn]"`). Whether a better step-level AUROC turns into fewer cloud calls at equal
task success is judged by `bench_decide.py --parts cloud --wordings FILE` (RESULTS.md, twenty-fifth session).

    python benchmarks/bench_deferral_runs.py [--fit A.toml,B.toml] [--judge C.toml]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from bench_decide import worded_tasks
from bench_deferral import FEATURES, features
from bench_fresh_screens import auroc, p_top

from cascadroid.agents import decide, semantic
from cascadroid.agents.features import matching
from cascadroid.evaluation.calibrate import Calibrator, Point

SHADOW = ('[agent]\noperator_mode = "choices"\nlearn = "off"\ndecision = {act_threshold = 0, tie_break = false, '
          'shadow = true, defer_below = 0, no_fit_below = 0, defer_done_below = 0}\n')


def shadow_steps(wordings: list[Path], seed: int = 0, max_steps: int = 10) -> list[dict[str, Any]]:
    """Each step of the agent's runs of ``wordings`` as a row (its candidates, labels, whether the teacher agrees)."""
    rows: list[dict[str, Any]] = []
    original = decide.choose

    def recording(ranked, probabilities, **kw):  # type: ignore[no-untyped-def]
        decided, value, error = original(ranked, probabilities, **kw)
        if decided.teacher_action:
            best = max(range(len(ranked)), key=lambda i: (ranked[i].score, -i))
            cands = [{"action": c.action, "text": c.text, "score": c.score,
                      "label": semantic.label(c.action, kw["screen"].labels)} for c in ranked]
            rows.append({"cands": [cands[best], *(c for i, c in enumerate(cands) if i != best)][:8], "task": "",
                         "right": matching(ranked, decided.teacher_action) == best})
        return decided, value, error

    decide.choose = recording  # the graph calls decide.choose: every choices-mode step passes here
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "shadow.toml"
            config.write_text(SHADOW)
            point = Point(name="shadow", kind="cascade", min_confidence=1.0, max_failure_streak=10_000)
            with Calibrator(local="local", cloud="oracle", max_steps=max_steps, settings_file=config,
                            data_dir=Path(tmp) / "data") as calibrator:
                for path in wordings:
                    for template, task_seed, goal in worded_tasks(path, seed):
                        calibrator.run_task(point, template, task_seed, goal)
    finally:
        decide.choose = original
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", default=",".join(f"benchmarks/unseen_wordings{n}.toml" for n in (12, 13, 14)))
    parser.add_argument("--judge", default="benchmarks/unseen_wordings16.toml")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (an optional dependency: the learn extra)

    fit, judged = shadow_steps([Path(p) for p in args.fit.split(",")]), shadow_steps([Path(args.judge)])
    model = LogisticRegression(max_iter=2000).fit([features(r) for r in fit], [r["right"] for r in fit])
    right = [r["right"] for r in judged]
    learned = list(model.predict_proba([features(r) for r in judged])[:, 1])
    print(f"fitted on {len(fit)} steps ({sum(r['right'] for r in fit)} as the teacher) of {args.fit}; "
          f"judged on {len(judged)} steps ({sum(right)}) of {args.judge}")
    print(f"  AUROC p_top (shipped) {auroc([p_top(r) for r in judged], right):.3f}; "
          f"logistic, 7 features {auroc(learned, right):.3f}")
    print("  coefficients: " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(FEATURES, model.coef_[0])))


if __name__ == "__main__":
    main()
