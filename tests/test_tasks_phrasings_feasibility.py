"""Goal phrasings (every template says its goal at least three ways, all over the same parameters)
and feasibility tasks (they pass only when the agent stops, says why, and changes nothing)."""

from __future__ import annotations

import pytest

from cascadroid.device.script import done, run_script
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.device.types import Done

REGISTRY = registry()
INFEASIBLE = [t.name for t in REGISTRY.templates() if not t.feasible]


def test_every_template_has_at_least_three_distinct_phrasings_over_its_parameters() -> None:
    for template in REGISTRY.templates():
        task = REGISTRY.instance(template.name, 4)
        goals = [task.goal_variant(i) for i in range(len(template.phrasings))]
        assert len(goals) >= 3, template.name
        assert len(set(goals)) == len(goals), f"{template.name} repeats a phrasing"
        assert all(g and "{" not in g and "}" not in g for g in goals), goals
        assert task.goal == goals[0] == template.goal_text(task.params)


def test_the_phrasing_is_chosen_per_instance_and_wraps_around() -> None:
    name = "mail_send"
    count = len(REGISTRY.get(name).phrasings)
    second = REGISTRY.instance(name, 1, phrasing=1)
    assert second.goal == REGISTRY.instance(name, 1).goal_variant(1) != REGISTRY.instance(name, 1).goal
    assert REGISTRY.instance(name, 1, phrasing=count).goal == REGISTRY.instance(name, 1).goal
    assert second.params == REGISTRY.instance(name, 1).params  # the wording changes, never the task


def test_the_suite_meets_its_size_targets() -> None:
    templates = REGISTRY.templates()
    apps = {app for t in templates for app in t.apps}
    assert len(apps) >= 14 and {"mail", "browser", "files", "gallery", "chat"} <= apps
    assert len(templates) >= 160
    assert sum(t.multi_app for t in templates) >= 40
    assert sum(t.question for t in templates) >= 20
    assert len(INFEASIBLE) >= 5


def _fresh(name: str, seed: int = 0) -> tuple[object, SimDevice]:
    task = REGISTRY.instance(name, seed)
    phone = SimDevice(seed=seed)
    task.setup_on(phone)
    return task, phone


@pytest.mark.parametrize("name", INFEASIBLE)
def test_an_infeasible_task_passes_only_a_reasoned_refusal_without_changes(name: str) -> None:
    task, phone = _fresh(name)
    steps = task.reference(phone)  # type: ignore[attr-defined]
    run_script(phone, steps)
    assert task.check(phone, phone.answer), "the reference refusal must pass"  # type: ignore[attr-defined]

    task, phone = _fresh(name)
    run_script(phone, steps[:-1] + [done("Done, all taken care of.")])
    assert not task.check(phone, phone.answer), "claiming success must fail"  # type: ignore[attr-defined]

    task, phone = _fresh(name)
    phone.app("notes").add("Scratch", "an unrelated change")  # a side effect before refusing
    run_script(phone, steps)
    assert not task.check(phone, phone.answer), "a refusal after changing the phone must fail"  # type: ignore


def test_a_refusal_by_done_success_false_counts_as_refusing() -> None:
    task, phone = _fresh("feasibility_missing_file")
    reason = task.params["file"]  # type: ignore[attr-defined]
    phone.act(Done(answer=f"{reason} is missing", success=False))  # no refusal word, but success=False
    assert task.check(phone, phone.answer)  # type: ignore[attr-defined]
    task, phone = _fresh("feasibility_missing_file")
    phone.act(Done(answer=f"{reason} is missing", success=True))
    assert not task.check(phone, phone.answer)  # type: ignore[attr-defined]


def test_the_weather_page_is_a_canvas_on_real_convention_skins_and_web_nodes_on_classic() -> None:
    from cascadroid.device.types import OpenApp

    shown = {}
    for skin in ("classic", "vendor"):
        phone = SimDevice(seed=1, skin=skin)
        phone.app("browser").visit("weather.example.com")
        phone.act(OpenApp(app="Chrome"))
        line = phone.app("browser").page("weather.example.com").lines[0]
        shown[skin] = any(line in (e.label or "") for e in phone.observe().elements)
    assert shown == {"classic": True, "vendor": False}  # on the vendor skin only the pixels hold it
