"""Property-based fuzzing of the filter and the interpreter (hypothesis)."""

from __future__ import annotations

import builtins
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cascadroid.errors import ProgramError, ProgramRejected
from cascadroid.tools import ALLOWED_METHODS, SAFE_BUILTINS, ToolRegistry, check_program, tool
from cascadroid.tools.executor import ToolRunner
from cascadroid.tools.interpreter import Interpreter, Limits, ProgramFault

FORBIDDEN_BUILTINS = set(dir(builtins)) - SAFE_BUILTINS
PLAIN = (type(None), bool, int, float, str, list, tuple, dict, range)


@tool
def echo(text: str) -> str:
    """Return the text."""
    return text


@tool
def numbers(n: int) -> list[int]:
    """The first n numbers."""
    return list(range(min(n, 5)))


REGISTRY = ToolRegistry([echo, numbers])

NAMES = ["x", "y", "s", "result", "echo", "numbers", "len", "str", "eval", "getattr", "open", "type",
         "__import__", "__builtins__", "_x", "vars", "globals", "print", "sorted", "range", "ｅｖａｌ"]
ATTRS = ["lower", "upper", "split", "join", "append", "get", "items", "format", "__class__", "__globals__",
         "gi_frame", "f_back", "__subclasses__", "mro", "__dict__", "encode", "replace", "keys", "pop"]
CONSTS = ["1", "0", "-3", "2.5", "'a'", "'{0.__class__}'", "''", "None", "True", "[]", "{}", "[1, 'b']", "{'k': 1}"]
# a second, mostly valid vocabulary, so that many generated programs pass the filter and run
SAFE_NAMES = ["x", "y", "s", "result"]
SAFE_FUNCS = ["echo", "numbers", "len", "str", "sorted", "range", "print", "list", "max", "sum", "dict", "int"]
SAFE_ATTRS = sorted(set().union(*ALLOWED_METHODS.values()))


def expressions(names: list[str], funcs: list[str], attrs: list[str], hostile: bool) -> st.SearchStrategy[str]:
    leaf = st.one_of(st.sampled_from(names), st.sampled_from(CONSTS))

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        hostile_forms = [
            st.builds(lambda a, m: f"{a}.{m}", inner, st.sampled_from(attrs)),
            st.builds(lambda a: f"lambda: {a}", inner),
        ]
        return st.one_of(
            *(hostile_forms if hostile else []),
            st.builds(lambda a, m, b: f"{a}.{m}({b})", inner, st.sampled_from(attrs), inner),
            st.builds(lambda a, m: f"{a}.{m}()", inner, st.sampled_from(attrs)),
            st.builds(lambda f, a: f"{f}({a})", st.sampled_from(funcs), inner),
            st.builds(lambda a, b: f"{a}[{b}]", inner, inner),
            st.builds(lambda a, op, b: f"({a} {op} {b})", inner, st.sampled_from(["+", "*", "-", "==", "in", "and", "%", "**"]), inner),
            st.builds(lambda a: f'f"{{{a}}}"', inner),
            st.builds(lambda a, b: f"[{a}, {b}]", inner, inner),
            st.builds(lambda a, b: f"[{a} for y in {b}]", inner, inner),
        )

    return st.recursive(leaf, extend, max_leaves=8)


def statements(
    names: list[str] = NAMES, funcs: list[str] = NAMES, attrs: list[str] = ATTRS, hostile: bool = True
) -> st.SearchStrategy[str]:
    expr = expressions(names, funcs, attrs, hostile)
    simple = st.one_of(
        st.builds(lambda n, e: f"{n} = {e}", st.sampled_from(names), expr),
        expr,
        *([st.builds(lambda e: f"import {e}", st.sampled_from(["os", "sys"]))] if hostile else []),
    )
    block = st.one_of(
        simple,
        st.builds(lambda e, s: f"if {e}:\n    {s}", expr, simple),
        st.builds(lambda n, e, s: f"for {n} in {e}:\n    {s}", st.sampled_from(names), expr, simple),
        *([st.builds(lambda e, s: f"while {e}:\n    {s}", expr, simple)] if hostile else []),
    )
    return st.lists(block, min_size=1, max_size=5).map("\n".join)


PROGRAMS = st.one_of(statements(), statements(SAFE_NAMES, SAFE_FUNCS, SAFE_ATTRS, hostile=False))


class WatchingInterpreter(Interpreter):
    """Records every name read, builtin called and method called, to check none is forbidden."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.names: list[str] = []
        self.builtins_called: list[str] = []
        self.methods: list[tuple[type, str]] = []

    def eval_Name(self, node: Any) -> Any:
        self.names.append(node.id)
        return super().eval_Name(node)

    def call_builtin(self, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        value = super().call_builtin(name, args, kwargs)
        self.builtins_called.append(name)
        return value

    def call_method(self, receiver: Any, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        kind = type(receiver)
        value = super().call_method(receiver, name, args, kwargs)
        self.methods.append((kind, name))  # recorded once the call was made
        return value


def all_plain(value: Any, depth: int = 0) -> bool:
    if depth > 30:
        return True  # self-referencing lists are plain too
    if isinstance(value, dict):
        return all(all_plain(k, depth + 1) and all_plain(v, depth + 1) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(all_plain(v, depth + 1) for v in value)
    return type(value) in PLAIN


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes_the_filter(source: str) -> None:
    try:
        check_program(source, REGISTRY.names())
    except ProgramRejected:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abxy_=+-*%()[]{}.:,'\" \n\t0129fine", max_size=120))
def test_python_like_text_never_crashes_the_filter(source: str) -> None:
    try:
        check_program(source, REGISTRY.names())
    except ProgramRejected:
        pass


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(PROGRAMS)
def test_programs_that_pass_the_filter_never_reach_a_forbidden_name(source: str) -> None:
    try:
        checked = check_program(source, REGISTRY.names())
    except ProgramRejected:
        return
    runner = ToolRunner(REGISTRY, per_call_timeout_s=5)
    interpreter = WatchingInterpreter(checked, runner, dry=False, limits=Limits(max_steps=2_000, wall_s=5))
    try:
        interpreter.run()
    except (ProgramFault, ProgramError):
        pass
    finally:
        runner.close()
    assert not [n for n in interpreter.names if n.startswith("_") or n in FORBIDDEN_BUILTINS]
    assert set(interpreter.builtins_called) <= SAFE_BUILTINS
    assert all(name in ALLOWED_METHODS.get(kind, ()) for kind, name in interpreter.methods)
    assert all_plain(interpreter.env)
