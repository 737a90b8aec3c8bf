"""The program budget: nesting, work priced by what C code would walk, wall-clock time, dry-run work,
and that nothing but CascadroidError leaves Agent.run/Agent.plan in program mode."""

from __future__ import annotations

import pytest

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.errors import (
    CascadroidError,
    DryRunBudgetError,
    DryRunError,
    ProgramBudgetError,
    ProgramError,
    ToolExecutionError,
)
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel
from cascadroid.tools import Limits, ToolRegistry, check_program, dry_run, execute, tool
from cascadroid.tools.interpreter import Interpreter

DEEP = "x = []\nfor i in range(1199):\n    x = [x]\nresult = x"


@tool
def rows(n: int) -> list[int]:
    """The first n numbers."""
    return list(range(n))


@tool
def tangled() -> list:
    """A result that shares one list 4**15 times (a careless tool)."""
    value: list = [0]
    for _ in range(15):
        value = [value] * 4
    return value


REGISTRY = ToolRegistry([rows, tangled])


def nested(levels: int) -> str:
    return f"x = []\nfor i in range({levels - 1}):\n    x = [x]\nresult = len(x)"


def test_a_value_nested_1200_deep_is_a_budget_error_in_both_runs_never_a_recursion_error() -> None:
    with pytest.raises(DryRunBudgetError, match="nest at most 20 levels"):
        dry_run(DEEP, REGISTRY)
    with pytest.raises(ProgramBudgetError, match="nest at most 20 levels") as caught:
        execute(DEEP, REGISTRY)
    assert caught.value.line == 3  # where the 21st level was built


def test_nesting_is_capped_where_the_value_is_built() -> None:
    assert execute(nested(20), REGISTRY).result == 1
    with pytest.raises(ProgramBudgetError, match="nest at most 20 levels"):
        execute(nested(21), REGISTRY)
    with pytest.raises(ProgramBudgetError, match="nest at most 4 levels"):
        execute(nested(5), REGISTRY, limits=Limits(max_depth=4))


def test_nesting_grown_through_a_shared_inner_list_is_caught_where_the_value_is_used() -> None:
    grow = (
        "holders = []\nfor i in range(3):\n    inner = []\n    holders.append([inner, [[[[[[[[[inner]]]]]]]]]])\n"
        "for i in range(2):\n    holders[i][0].append(holders[i + 1][1])\n"
    )
    assert execute(grow + "result = len(holders)", REGISTRY).result == 3  # holding it is fine
    with pytest.raises(ProgramBudgetError, match="nests deeper than 20 levels"):
        execute(grow + "result = str(holders)", REGISTRY)


def test_a_compare_is_priced_by_the_shared_parts_c_code_would_walk() -> None:
    source = "a = [0]\nb = [0]\nfor i in range(14):\n    a = [a, a]\n    b = [b, b]\nsame = a == b\nresult = same"
    interpreter = Interpreter(check_program(source, []), lambda *a: None, dry=False)
    assert interpreter.run() is True
    # 2**15 - 1 lists of 2 items per tree; both trees walked in full, each shared list every time it is reached
    assert interpreter.work >= 2 * 2 * (2**15 - 1)
    with pytest.raises(ProgramBudgetError, match="too large"):
        execute(source, REGISTRY, limits=Limits(max_weight=2**15))


def test_every_run_is_charged_and_stops_at_its_work_budget() -> None:
    loop = "big = rows(5000)\nn = 0\nfor i in range(200):\n    n += len(sorted(big))\nresult = n"
    ran = execute("big = rows(5000)\nresult = len(sorted(big))", REGISTRY)
    assert 5000 < ran.work < 200_000
    with pytest.raises(ProgramBudgetError, match="work budget of 5000000") as caught:
        execute(loop, REGISTRY)
    assert caught.value.work <= caught.value.budget == 5_000_000


def test_the_dry_run_has_its_own_work_budget() -> None:
    source = "words = ['a'] * 1000\ntext = ''\nfor w in words:\n    text = text + w\nresult = text"
    assert dry_run(source, REGISTRY).steps > 1000
    with pytest.raises(DryRunBudgetError, match="work budget of 2000") as caught:
        dry_run(source, REGISTRY, limits=Limits(max_work=2_000))
    assert caught.value.work <= 2_000


def test_dry_run_exploration_is_priced_and_skipped_rather_than_failing() -> None:
    big_env = "big = [list(range(1000)) for i in range(500)]\n" + "".join(
        f"if len(big) < 0:\n    v{i} = 1\n" for i in range(12)) + "result = len(big)"
    real = execute(big_env, REGISTRY)
    interpreter = Interpreter(check_program(big_env, []), lambda *a: None, dry=True)
    interpreter.run()  # the 12 untaken branches would each copy 500,000 items: skipped, not refused
    assert interpreter.work <= real.work + 2 * Limits.max_weight  # all exploration copies together
    small_env = "n = 1\nif n > 5:\n    y = rows('five')\nresult = n"  # the untaken branch is still rehearsed
    with pytest.raises(DryRunError, match="argument `n`"):
        dry_run(small_env, REGISTRY)


def test_the_wall_clock_limit_is_checked_in_the_step_loop_of_both_runs() -> None:
    already_late = Limits(wall_s=-1.0)  # a deadline already passed: deterministic, no timing involved
    with pytest.raises(DryRunBudgetError, match="wall-clock"):
        dry_run("result = 1", REGISTRY, limits=already_late)
    with pytest.raises(ProgramBudgetError, match="wall-clock"):
        execute("result = 1", REGISTRY, limits=already_late)
    assert Limits().wall_s == 60.0


def test_dict_look_ups_refuse_non_scalar_keys_without_hashing_them() -> None:
    with pytest.raises(ProgramError, match="dict keys must be") as caught:
        execute("t = (1, 2)\nresult = {'a': 1}.get(t)", REGISTRY)
    assert not isinstance(caught.value, ProgramBudgetError)


def test_a_tool_result_too_large_to_convert_is_a_tool_error() -> None:
    with pytest.raises(ToolExecutionError, match="more than 1000000 items"):
        execute("result = tangled()", REGISTRY)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("r = [{'n': f'p{i}', 'age': i % 50} for i in range(2000)]\nresult = len([x for x in r if x['age'] > 40])", 360),
        (("words = ('b a c a ' * 500).split()\nc = {}\nfor w in words:\n    c[w] = c.get(w, 0) + 1\n"
          "result = sorted(c.items())"), [("a", 1000), ("b", 500), ("c", 500)]),
        ("seen = list(range(300))\nresult = len([i for i in range(600) if i in seen])", 300),
        ("pairs = list(zip(rows(3), ['x', 'y', 'z']))\nresult = dict(pairs)", {0: "x", 1: "y", 2: "z"}),
        ("grid = [[0] * 3 for i in range(3)]\ngrid[1][2] = 5\nresult = [row.count(5) for row in grid]", [0, 1, 0]),
        ("t = sorted([(2, 'b'), (1, 'a')])\nresult = max(t) == (2, 'b') and (1, 'a') in t", True),
        ("lines = []\nfor i, v in enumerate(rows(4)):\n    lines.append(f'{i}:{v * v}')\nresult = ', '.join(lines)",
         "0:0, 1:1, 2:4, 3:9"),
        ("d = {'k': [1, 2]}\nd.setdefault('m', []).append(3)\nd.update({'z': 0})\nresult = d", {"k": [1, 2], "m": [3], "z": 0}),
    ],
)
def test_ordinary_programs_still_run_and_rehearse(source: str, expected: object) -> None:
    dry_run(source, REGISTRY)
    assert execute(source, REGISTRY).result == expected


# --- Agent.run / Agent.plan in program mode ----------------------------------------------------
@pytest.fixture
def agent_settings(tmp_path):
    return Settings.load(data_dir=tmp_path, agent={"mode": "program"}, programs={"max_repairs": 0})


def program_agent(settings, source: str) -> Agent:
    model = ScriptedModel([{"program": source}] * 4)
    return Agent(SimDevice(seed=0), local=model, settings=settings, tools=[rows])


def test_agent_plan_and_run_report_a_program_caught_by_the_dry_run_budget(agent_settings) -> None:
    with pytest.raises(DryRunError, match="nest at most 20 levels"):
        program_agent(agent_settings, DEEP).plan("count the rows")
    result = program_agent(agent_settings, DEEP).run("count the rows")
    assert result.status == "failed" and "nest at most 20 levels" in result.stop_reason


def test_agent_run_reports_a_program_caught_by_the_real_run_budget(agent_settings) -> None:
    # the dry run sees a one-item dummy list; the real tool returns 10,000 items, printed 2,000 times
    source = "big = rows(10000)\nn = 0\nfor i in range(2000):\n    n += len(str(big))\nresult = n"
    result = program_agent(agent_settings, source).run("count the rows")
    assert result.status == "failed" and "work budget" in result.stop_reason


def test_only_cascadroid_errors_leave_agent_plan_for_the_whole_corpus_of_deep_values(agent_settings) -> None:
    for source in (DEEP, "a = []\na.append(a)\nresult = a", "t = ()\nfor i in range(1200):\n    t = (t,)\nresult = t"):
        with pytest.raises(CascadroidError):
            program_agent(agent_settings, source).plan("count the rows")


@pytest.mark.parametrize("escaping", [RecursionError, MemoryError])
def test_a_stack_or_memory_error_the_budget_missed_still_leaves_as_a_budget_error(monkeypatch, escaping) -> None:
    from cascadroid.tools.expressions import Evaluator

    def explode(self, node):
        raise escaping

    monkeypatch.setattr(Evaluator, "eval_Constant", explode)
    with pytest.raises(DryRunBudgetError, match="ran out of"):
        dry_run("result = 1", REGISTRY)
    with pytest.raises(ProgramBudgetError, match="ran out of"):
        execute("result = 1", REGISTRY)
