"""The simulated task suite: every template's reference solution passes its check on several
seeds, wrong trajectories fail it, and the registry rejects unknown names and parameters."""

from __future__ import annotations

import re

import pytest

from cascadroid.device.script import done, run_script
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import TaskInstance, answer_matches, registry
from cascadroid.errors import ConfigurationError, UnknownTaskError

REGISTRY = registry()
SEEDS = (0, 1, 2)


def fresh(task: TaskInstance, skin: str = "classic") -> SimDevice:
    phone = SimDevice(seed=task.seed, skin=skin)
    task.setup_on(phone)
    return phone


@pytest.mark.parametrize("skin", ["classic", "pixel", "vendor"])
@pytest.mark.parametrize("name", REGISTRY.names())
def test_reference_solution_passes_the_check_on_several_seeds(name: str, skin: str) -> None:
    for seed in SEEDS:
        task = REGISTRY.instance(name, seed)
        phone = fresh(task, skin)
        steps = task.reference(phone)
        assert steps[-1].kind == "done" and len(steps) <= 30, steps
        run_script(phone, steps)
        assert phone.finished
        assert task.check(phone, phone.answer), f"{task!r} failed after its reference solution"


@pytest.mark.parametrize("name", REGISTRY.names())
def test_wrong_trajectories_fail_the_check(name: str) -> None:
    task = REGISTRY.instance(name, 0)
    idle = fresh(task)
    run_script(idle, [done()])
    assert not task.check(idle, None), "doing nothing must not pass"
    phone = fresh(task)
    steps = task.reference(phone)
    if task.template.question or not task.template.feasible:
        run_script(phone, steps[:-1] + [done("I could not find it")])
        assert not task.check(phone, phone.answer), "a wrong answer (or a refusal naming no reason) must not pass"
    else:
        run_script(phone, steps[:-2] + [steps[-1]])  # the last action before done is left out
        assert not task.check(phone, phone.answer), "the solution without its last action must not pass"


def test_suite_size_and_spread() -> None:
    templates = REGISTRY.templates()
    assert len(templates) >= 40
    assert sum(t.multi_app for t in templates) >= 10
    assert {t.difficulty for t in templates} == {"easy", "medium", "hard"}
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", t.name) for t in templates)
    phone = SimDevice(seed=0)
    for t in templates:
        assert set(t.apps) <= set(phone.apps), t.name
        goal = REGISTRY.instance(t.name, 5).goal
        assert goal and "{" not in goal and "}" not in goal, goal


def test_parameters_are_deterministic_per_seed_and_overridable() -> None:
    a, b = REGISTRY.instance("text_best_place_address", 4), REGISTRY.instance("text_best_place_address", 4)
    assert a.params == b.params and a.goal == b.goal
    seeds = {str(REGISTRY.instance("text_best_place_address", s).params) for s in range(8)}
    assert len(seeds) > 1
    custom = REGISTRY.instance("text_best_place_address", 4, cuisine="Thai")
    assert custom.params["cuisine"] == "Thai" and "Thai" in custom.goal
    phone = fresh(custom)
    run_script(phone, custom.reference(phone))
    assert custom.check(phone, None)


def test_unknown_task_name_lists_close_matches() -> None:
    with pytest.raises(UnknownTaskError) as info:
        REGISTRY.get("settings_wifii")
    assert "settings_wifii" in str(info.value) and "settings_wifi" in (info.value.hint or "")
    with pytest.raises(UnknownTaskError):
        REGISTRY.instance("no_such_task", 0)


def test_unknown_parameter_names_the_valid_ones() -> None:
    with pytest.raises(UnknownTaskError) as info:
        REGISTRY.instance("clock_add_alarm", 0, hours=7)
    assert "'hours'" in str(info.value)
    assert "hour" in (info.value.hint or "") and "minute" in (info.value.hint or "")


def test_sample_filters_and_is_deterministic() -> None:
    first = REGISTRY.sample(10, seed=3)
    again = REGISTRY.sample(10, seed=3)
    assert [(t.name, t.seed) for t in first] == [(t.name, t.seed) for t in again]
    assert len({t.name for t in first}) == 10
    hard = REGISTRY.sample(5, seed=1, difficulty="hard")
    assert len(hard) == 5 and all(t.template.difficulty == "hard" for t in hard)
    maps = REGISTRY.sample(100, seed=1, apps=["maps"])
    assert len(maps) == 100 and all("maps" in t.template.apps for t in maps)
    with pytest.raises(ConfigurationError):
        REGISTRY.sample(3, seed=0, difficulty="impossible")
    with pytest.raises(ConfigurationError):
        REGISTRY.sample(3, seed=0, apps=["fax"])


def test_answers_are_compared_normalised_and_as_whole_words() -> None:
    assert answer_matches("It costs $12.99.", ["12.99"])
    assert answer_matches("sakura SUSHI!", ["Sakura Sushi"])
    assert not answer_matches("112.99", ["12.99"])
    assert not answer_matches(None, ["x"])
    assert not answer_matches("anything", [""])


def test_a_check_on_a_wrecked_phone_is_a_failure_not_a_crash():
    from cascadroid.device.sim import SimDevice
    from cascadroid.device.sim.tasks import registry

    task = registry().instance("alarm_before_event", seed=0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    phone.app("calendar").state.events.clear()  # an agent deleted the event the task reads
    assert task.check(phone) is False
