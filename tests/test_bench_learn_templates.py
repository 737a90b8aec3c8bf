"""bench_learn.py's template halves from files: every feasible template once, shares disjoint."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_learn  # noqa: E402


def test_shares_of_the_suite_are_disjoint_and_cover_its_feasible_templates():
    from cascadroid.device.sim.tasks import registry

    feasible = {t.name for t in registry().templates() if t.feasible}
    thirds = [{t.name for t in bench_learn.template_sets(f"suite#{i}/3")} for i in range(3)]
    assert set().union(*thirds) == feasible and sum(map(len, thirds)) == len(feasible)
    halves = [{t.name for t in bench_learn.template_sets(f"suite#{i}")} for i in range(2)]
    assert not halves[0] & halves[1] and halves[0] | halves[1] == feasible


def test_a_file_and_the_suite_together_list_each_template_once():
    both = bench_learn.template_sets(f"suite,{BENCHMARKS / 'unseen_templates.py'},suite#0")
    names = [t.name for t in both]
    assert len(names) == len(set(names)) and any(n.startswith("unseen_") for n in names)
