"""The blind wording set (benchmarks/unseen_wordings.toml): one entry per task template, each
filled in from the template's own parameters and goal fields, as bench_structure --wordings uses it."""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

import pytest

from cascadroid.device.sim.tasks import registry
from cascadroid.device.sim.tasks.base import TaskInstance

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_structure", ROOT / "benchmarks" / "bench_structure.py")
bench_structure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_structure)

WORDINGS = bench_structure.load_wordings(ROOT / "benchmarks" / "unseen_wordings.toml")
TEMPLATES = registry().templates()


def test_every_template_has_a_wording_and_no_wording_names_an_unknown_template():
    names = {t.name for t in TEMPLATES}
    assert names - set(WORDINGS) == set()
    assert set(WORDINGS) - names == set()


@pytest.mark.parametrize("seed", [0, 1])
def test_every_placeholder_is_a_field_of_its_template(seed):
    for template in TEMPLATES:
        task = TaskInstance.create(template, seed)
        fields = {**task.params, **template.goal_fields(task.params)}
        wording = WORDINGS[template.name]
        placeholders = {name for _, name, _, _ in string.Formatter().parse(wording) if name}
        assert placeholders <= set(fields), (template.name, placeholders - set(fields))
        goal = bench_structure.worded_goal(task, wording)
        assert "{" not in goal and goal.strip(), (template.name, goal)


def test_a_wording_keeps_the_templates_values():
    """The values the check depends on reach the goal text: every placeholder of the template's own goal
    that names a value (not a written-out date) appears in the wording too, or its written-out form does."""
    for template in TEMPLATES:
        own = {name for _, name, _, _ in string.Formatter().parse(template.goal) if name}
        mine = {name for _, name, _, _ in string.Formatter().parse(WORDINGS[template.name]) if name}
        assert own <= mine, (template.name, own - mine)
