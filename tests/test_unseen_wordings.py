"""The blind wording sets (benchmarks/unseen_wordings.toml and unseen_wordings2-34.toml): one entry per task
template, each filled in from the template's own parameters and goal fields, as bench_structure --wordings
uses it."""

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

FILES = ("unseen_wordings.toml", *(f"unseen_wordings{n}.toml" for n in range(2, 35)))
SETS = {name: bench_structure.load_wordings(ROOT / "benchmarks" / name) for name in FILES}
TEMPLATES = registry().templates()


@pytest.mark.parametrize("file", FILES)
def test_every_template_has_a_wording_and_no_wording_names_an_unknown_template(file):
    wordings = SETS[file]
    names = {t.name for t in TEMPLATES}
    assert names - set(wordings) == set()
    assert set(wordings) - names == set()


@pytest.mark.parametrize("file", FILES)
@pytest.mark.parametrize("seed", [0, 1])
def test_every_placeholder_is_a_field_of_its_template(seed, file):
    wordings = SETS[file]
    for template in TEMPLATES:
        task = TaskInstance.create(template, seed)
        fields = {**task.params, **template.goal_fields(task.params)}
        wording = wordings[template.name]
        placeholders = {name for _, name, _, _ in string.Formatter().parse(wording) if name}
        assert placeholders <= set(fields), (template.name, placeholders - set(fields))
        goal = bench_structure.worded_goal(task, wording)
        assert "{" not in goal and goal.strip(), (template.name, goal)


@pytest.mark.parametrize("file", FILES)
def test_a_wording_keeps_the_templates_values(file):
    """The values the check depends on reach the goal text: every placeholder of the template's own goal
    that names a value (not a written-out date) appears in the wording too, or its written-out form does."""
    wordings = SETS[file]
    for template in TEMPLATES:
        own = {name for _, name, _, _ in string.Formatter().parse(template.goal) if name}
        mine = {name for _, name, _, _ in string.Formatter().parse(wordings[template.name]) if name}
        assert own <= mine, (template.name, own - mine)
