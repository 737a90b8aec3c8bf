"""The planner: prompt with stubs, filter, dry run, reflexion repairs, ranking; and step mode."""

from __future__ import annotations

import pytest

from cascadroid.errors import DryRunError, ProgramError, ProgramRejected
from cascadroid.models.base import ModelRequest
from cascadroid.testing import CompetentToolModel, ScriptedModel, ToolTaskScript
from cascadroid.tools import (
    ProgramPlanner,
    ToolRegistry,
    dry_run,
    plan_program,
    rank_programs,
    run_program,
    run_stepwise,
)

GOOD = 'c = find_contact("bob")\nw = get_weather("Rome")\nresult = send_sms(c["phone"], f"Rome: {w[\'temp_c\']} C")'
TASK = "Text Bob the temperature in Rome"


def program(source: str) -> dict[str, str]:
    return {"program": source}


def test_prompt_holds_rules_stubs_and_task(tools_registry: ToolRegistry) -> None:
    model = ScriptedModel([program(GOOD)])
    plan_program(TASK, model, tools_registry)
    request: ModelRequest = model.requests[0]
    assert "No imports" in request.messages[0].content
    assert "def get_weather(city: str) -> Weather:" in request.messages[1].content
    assert request.messages[1].content.rstrip().endswith(f"Task: {TASK}\nWrite the program.")
    assert request.output_type is not None and "program" in request.output_type.model_fields


def test_a_faulty_program_is_repaired_with_the_error_fed_back(tools_world, tools_registry: ToolRegistry) -> None:
    faulty = 'c = find_contact("bob")\nresult = send_sms(c, "hi")'
    model = ScriptedModel([program(faulty), program(GOOD)])
    planned = ProgramPlanner(model, tools_registry, max_repairs=2).plan(TASK)
    assert planned.source == GOOD
    assert (planned.repairs, planned.model_calls) == (1, 2)
    assert planned.tokens > 0 and planned.planned_tool_calls == 3
    repair_request = model.requests[1]
    assert repair_request.messages[-2].role == "assistant" and "send_sms(c," in repair_request.messages[-2].content
    assert "line 2: send_sms() argument `phone`: expected str, got dict" in repair_request.messages[-1].content
    assert tools_world.real_calls == 0  # planning never touches a real tool


def test_the_planner_gives_up_after_max_repairs(tools_registry: ToolRegistry) -> None:
    model = ScriptedModel([program("import os"), program("while True:\n    pass"), program("x = eval('1')")])
    with pytest.raises(ProgramRejected, match="no valid program after 2 repairs") as info:
        ProgramPlanner(model, tools_registry, max_repairs=2).plan(TASK)
    assert info.value.model_calls == 3  # type: ignore[attr-defined]
    assert len(info.value.feedback) == 3  # type: ignore[attr-defined]
    assert model.calls == 3


def test_a_fenced_program_in_plain_text_is_still_understood(tools_registry: ToolRegistry) -> None:
    model = ScriptedModel([f"Here you go:\n```python\n{GOOD}\n```\n"])
    planned = plan_program(TASK, model, tools_registry)
    assert planned.source == GOOD


def test_candidates_are_ranked_and_the_leanest_valid_one_wins(tools_registry: ToolRegistry) -> None:
    wasteful = GOOD.replace('w = get_weather("Rome")', 'w = get_weather("Rome")\nw = get_weather("Rome")')
    placeholder = GOOD.replace('"bob"', '"<name>"')
    broken = "result = send_sms()"
    model = ScriptedModel([program(broken), program(wasteful), program(placeholder), program(GOOD)])
    planned = ProgramPlanner(model, tools_registry, candidates=4).plan(TASK)
    assert planned.source == GOOD
    assert model.requests[0].temperature >= 0.7
    ranked = rank_programs([broken, wasteful, placeholder, GOOD], tools_registry)
    assert [r.source for r in ranked] == [GOOD, wasteful, placeholder, broken]
    assert ranked[-1].stage == "dry_run" and ranked[2].placeholders == 1


def test_competent_double_in_program_mode_plans_faulty_then_correct(tools_world, tools_registry: ToolRegistry) -> None:
    script = ToolTaskScript(task=TASK, program=GOOD, faulty=["x = get_weather(1)"])
    model = CompetentToolModel([script], tools_registry)
    planned = plan_program(TASK, model, tools_registry)
    assert planned.repairs == 1
    run = run_program(planned, tools_registry)
    assert run.result == "sms-1"
    assert tools_world.outbox == [("+15550001", "Rome: 26.0 C")]


def test_step_mode_makes_one_model_call_per_tool_call(tools_world, tools_registry: ToolRegistry) -> None:
    script = ToolTaskScript(
        task=TASK, program=GOOD, faulty_steps=[{"tool": "get_weather", "args": {"city": 7}}],
    )
    model = CompetentToolModel([script], tools_registry)
    run = run_stepwise(TASK, model, tools_registry)
    assert run.finished and run.result == "sms-1"
    assert [c.tool for c in run.trace] == ["get_weather", "find_contact", "get_weather", "send_sms"]
    assert run.trace[0].error and "argument 'city'" in run.errors[0]
    assert run.model_calls == 5  # 1 faulty step + 3 tool calls + the final answer
    assert tools_world.outbox == [("+15550001", "Rome: 26.0 C")]


def test_step_mode_stops_at_max_steps(tools_registry: ToolRegistry) -> None:
    model = ScriptedModel(responder=lambda request: {"tool": "list_cities", "args": {}})
    run = run_stepwise(TASK, model, tools_registry, max_steps=3)
    assert not run.finished and run.model_calls == 3 and len(run.trace) == 3


@pytest.mark.slow
def test_the_real_local_model_goes_through_the_same_checks(local_model, tools_world, tools_registry: ToolRegistry) -> None:
    planner = ProgramPlanner(local_model, tools_registry, max_repairs=1, max_tokens=160)
    try:
        planned = planner.plan("Get the weather in Paris and put it in result")
    except ProgramError as exc:  # the 135M model mostly fails; what matters is that it was checked
        assert 2 <= exc.model_calls <= 4  # type: ignore[attr-defined]  # the backend may add a repair round each
        assert len(exc.feedback) == 2  # type: ignore[attr-defined]
    else:
        assert planned.model_calls <= 4
        dry_run(planned.source, tools_registry)
    assert tools_world.real_calls == 0


def test_planner_refuses_bad_configuration(tools_registry: ToolRegistry) -> None:
    from cascadroid.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="max_repairs"):
        ProgramPlanner(ScriptedModel(["x"]), tools_registry, max_repairs=-1)
    with pytest.raises(ConfigurationError, match="registry is empty"):
        ProgramPlanner(ScriptedModel(["x"]), ToolRegistry())


def test_dry_run_error_type_when_the_last_candidate_fails_the_rehearsal(tools_registry: ToolRegistry) -> None:
    model = ScriptedModel([program("result = send_sms()")])
    with pytest.raises(DryRunError, match="no valid program after 0 repairs"):
        ProgramPlanner(model, tools_registry, max_repairs=0).plan(TASK)


@pytest.mark.slow
def test_the_real_local_model_can_answer_in_step_mode(local_model, tools_registry: ToolRegistry) -> None:
    # StepDecision must compile to a llama.cpp grammar: each answer parses as a decision
    run = run_stepwise("Get the weather in Paris", local_model, tools_registry, max_steps=2, max_tokens=96)
    assert 1 <= run.model_calls <= 4
    assert not any("not valid JSON" in e for e in run.errors)
