"""The held task templates (benchmarks/unseen_templates.py, the second batch unseen_templates_b.py, the third
unseen_templates_c.py, the fourth unseen_templates_d.py, the fifth unseen_templates_e.py, the sixth
unseen_templates_f.py, the seventh unseen_templates_g.py, the eighth unseen_templates_h.py, the ninth
unseen_templates_i.py and the tenth unseen_templates_j.py) stay honest: each reference solution, played on a fresh
simulated phone, passes its own check (seeds 0-4), parameters are seeded, and the names are unique, new to the
built-in suite and to each other batch."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import TaskInstance, TaskRegistry, registry

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
# file -> its templates' name prefix
BATCHES = {"unseen_templates": "unseen_", "unseen_templates_b": "unseen2_", "unseen_templates_c": "unseen3_",
           "unseen_templates_d": "unseen4_", "unseen_templates_e": "unseen5_",
           "unseen_templates_f": "unseen6_", "unseen_templates_g": "unseen7_",
           "unseen_templates_h": "unseen8_", "unseen_templates_i": "unseen9_",
           "unseen_templates_j": "unseen10_"}


def _load(name: str) -> list:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [cls() for cls in module.TEMPLATES]


BY_BATCH = {name: _load(name) for name in BATCHES}
TEMPLATES = [t for batch in BY_BATCH.values() for t in batch]


def _play(task: TaskInstance, phone: SimDevice) -> str | None:
    """Perform the reference steps on ``phone``; the answer given with done()."""
    for step in task.reference(phone):
        if step.kind == "done":
            return step.answer
        phone.act(step.resolve(phone.observe()))
    return None


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_the_reference_solution_passes_the_check(template) -> None:
    for seed in range(5):
        task = TaskInstance.create(template, seed)
        phone = SimDevice(seed=seed)
        task.setup_on(phone)
        assert not task.check(phone, None), f"{template.name} seed {seed}: done before any step"
        answer = _play(task, phone)
        result = task.check_detail(phone, answer)
        assert result.passed, f"{template.name} seed {seed}: {result}"


def test_a_wrong_answer_fails_every_question() -> None:
    for template in (t for t in TEMPLATES if t.question):
        task = TaskInstance.create(template, 0)
        phone = SimDevice(seed=0)
        task.setup_on(phone)
        assert not task.check(phone, "I could not find it"), template.name


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_parameters_and_goals_are_seeded(template) -> None:
    for seed in range(3):
        first, again = (TaskInstance.create(template, seed) for _ in range(2))
        assert first.params == again.params and first.goal == again.goal
    assert template.sample_params(random.Random(7)) == template.sample_params(random.Random(7))
    assert len(template.phrasings) >= 2 and len(set(template.phrasings)) == len(template.phrasings)


def test_names_are_unique_prefixed_and_new_to_the_suite() -> None:
    names = [t.name for t in TEMPLATES]
    assert len(TaskRegistry(TEMPLATES)) == len(names) == len(set(names))  # across the batches too
    assert not set(names) & set(registry().names())
    for batch, prefix in BATCHES.items():
        assert all(t.name.startswith(prefix) for t in BY_BATCH[batch]), batch
        assert {"easy", "medium", "hard"} == {t.difficulty for t in BY_BATCH[batch]}, batch
    assert all(t.multi_app for t in TEMPLATES if t.difficulty == "hard")
