"""The real run: real tools, traced, with timeouts, step budgets and a result hook."""

from __future__ import annotations

import asyncio
import threading

import pytest
from pydantic import BaseModel

from cascadroid.errors import ProgramError, ProgramRejected, ToolExecutionError
from cascadroid.tools import ToolCall, ToolRegistry, execute, run_program, tool


def test_program_runs_on_real_tools_with_a_trace(tools_world, tools_registry: ToolRegistry) -> None:
    source = (
        'c = find_contact("Bob")\n'
        "warm = []\n"
        "for city in list_cities():\n"
        "    w = get_weather(city)\n"
        '    if w["temp_c"] > 20:\n'
        '        warm.append(w["city"])\n'
        'sms = send_sms(c["phone"], f"Warm: {\', \'.join(warm)}")\n'
        'print("sent", sms)\n'
        "result = {'sms': sms, 'warm': warm}"
    )
    run = run_program(source, tools_registry)
    assert run.result == {"sms": "sms-1", "warm": ["Rome"]}
    assert tools_world.outbox == [("+15550001", "Warm: Rome")]
    assert [(c.tool, c.line) for c in run.trace] == [
        ("find_contact", 1), ("list_cities", 3), ("get_weather", 4), ("get_weather", 4), ("send_sms", 7),
    ]
    assert run.trace[0].args == {"name": "Bob"}
    assert run.trace[0].result == {"name": "Bob Stone", "phone": "+15550001", "email": "bob@example.com"}
    assert all(c.seconds >= 0 for c in run.trace)
    assert run.output == ["sent sms-1"]


def test_tool_errors_name_the_tool_and_line_and_keep_the_trace(tools_world, tools_registry: ToolRegistry) -> None:
    source = 'w = get_weather("Rome")\nc = find_contact("Zed")\nsend_sms(c["phone"], "hi")'
    with pytest.raises(ToolExecutionError, match=r"line 2: tool 'find_contact' raised UnknownTaskError: no contact named 'Zed'") as info:
        execute(source, tools_registry)
    assert info.value.tool == "find_contact"  # type: ignore[attr-defined]
    assert [c.tool for c in info.value.trace] == ["get_weather", "find_contact"]  # type: ignore[attr-defined]
    assert info.value.trace[-1].error  # type: ignore[attr-defined]
    assert tools_world.outbox == []


def test_a_slow_tool_times_out_and_the_program_stops() -> None:
    release = threading.Event()

    @tool
    def slow(seconds: float) -> str:
        """Sleep."""
        release.wait(seconds)
        return "late"

    try:
        with pytest.raises(ToolExecutionError, match=r"line 2: tool 'slow' timed out after 0.2 s"):
            execute("x = 1\ny = slow(5.0)\nresult = y", ToolRegistry([slow]), per_call_timeout_s=0.2)
    finally:
        release.set()


def test_step_budget_stops_long_programs(tools_registry: ToolRegistry) -> None:
    source = "n = 0\nfor i in range(1000):\n    for j in range(1000):\n        n += 1"
    with pytest.raises(ProgramError, match="step budget of 500 exceeded"):
        execute(source, tools_registry, max_steps=500)


def test_on_tool_result_replaces_what_the_program_and_trace_see(tools_registry: ToolRegistry) -> None:
    def mask(call: ToolCall) -> object:
        if call.tool == "find_contact":
            return {**call.result, "phone": "<PHONE_1>", "email": "<EMAIL_1>"}
        return call.result

    run = execute('c = find_contact("alice")\nresult = c["phone"] + " " + c["name"]', tools_registry, on_tool_result=mask)
    assert run.result == "<PHONE_1> Alice Wu"
    assert run.trace[0].result["phone"] == "<PHONE_1>"


def test_arguments_are_validated_and_converted_to_declared_types() -> None:
    class Point(BaseModel):
        x: int
        y: int

    seen = []

    @tool
    def plot(p: Point, label: str = "") -> int:
        """Plot a point."""
        seen.append(p)
        return p.x + p.y

    registry = ToolRegistry([plot])
    assert execute('result = plot({"x": 1, "y": 2})', registry).result == 3
    assert seen == [Point(x=1, y=2)]
    with pytest.raises(ToolExecutionError, match=r"line 1: tool 'plot' bad arguments: plot\(\) argument 'p'"):
        execute('result = plot({"x": "one"})', registry)


def test_async_tools_run_too() -> None:
    @tool
    async def fetch(key: str) -> str:
        """Fetch a value."""
        await asyncio.sleep(0)
        return key.upper()

    assert execute('result = fetch("abc")', ToolRegistry([fetch])).result == "ABC"


def test_a_tool_returning_an_object_programs_cannot_use_is_an_error() -> None:
    @tool
    def leak() -> str:
        """Returns something odd."""
        return threading.Lock()  # type: ignore[return-value]

    with pytest.raises(ToolExecutionError, match="returned a value programs cannot use"):
        execute("x = leak()", ToolRegistry([leak]))


def test_execute_always_rechecks_the_source(tools_registry: ToolRegistry) -> None:
    with pytest.raises(ProgramRejected):
        execute("import os", tools_registry)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("x = 'a' * 1000000000", "more than 100000"),
        ("x = 10 ** 10 ** 10", "power result too large"),
        ("x = [1] * 100000", "more than 10000"),
        ("s = 'ab'\nfor i in range(40):\n    s = s + s", "more than 100000"),
        ("x = 'abc'\ny = x.replace('', x * 30000)", "replace"),
        ("x = round(5, -1000000000)", "ndigits"),
        ("x = int('9' * 5000)", "longer than 1000"),
        ("x = [1, 2]\ny = x[5]", "IndexError"),
        ("x = 1 / 0", "ZeroDivisionError"),
        ("x = '%s' % 1", "use an f-string"),
        ("x = {}\nfor i in range(3):\n    x = [x, x, x, x, x, x, x, x, x, x]\nfor i in range(6):\n    x = [x, x, x, x, x, x, x, x, x, x]\ny = str(x)", "too large"),
    ],
)
def test_resource_bombs_and_errors_stop_with_a_program_error(tools_registry: ToolRegistry, source: str, message: str) -> None:
    with pytest.raises(ProgramError, match=message):
        execute(source, tools_registry)
