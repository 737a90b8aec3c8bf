"""Dry run: rehearse a checked program against typed dummy stubs before any real tool runs.

Each tool is replaced by a stub that checks arity and argument types against the tool's
signature and returns a dummy of its declared return type (``str -> "str_value"``,
``int -> 1``, ``list[str] -> ["str_value"]``, a pydantic model -> a dict of dummies).
Errors that only the dummy values cause (an index past the dummy list, a key missing from a
dummy dict) are absorbed; wrong arity, wrong types, unbound names and runaway loops raise
:class:`DryRunError` with the line and a message written for the model to act on.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..errors import DryRunBudgetError, DryRunError
from ._typing import dummy_value, type_mismatch
from .checker import CheckedProgram, check_program
from .interpreter import Interpreter, Limits, ProgramFault
from .registry import ToolRegistry

HINTS = {
    "name": "assign every variable before using it; store each tool's result in a variable",
    "type": "check the tool signatures: argument types, counts and the type each tool returns",
    "value": "check the values the program computes",
    "limit": "bound loops with a small range(N) and keep values small",
}


@dataclass
class DryRunReport:
    """What the rehearsal saw: the tool calls made (line, name), steps and printed lines."""

    tool_calls: list[tuple[int, str]] = field(default_factory=list)
    steps: int = 0
    output: list[str] = field(default_factory=list)


def dry_run(program: CheckedProgram | str, registry: ToolRegistry, *, limits: Limits | None = None) -> DryRunReport:
    """Run ``program`` against typed stubs of ``registry``'s tools; raise DryRunError on a fault."""
    checked = program if isinstance(program, CheckedProgram) else check_program(program, registry.names())
    report = DryRunReport()

    def stub(name: str, args: list[Any], kwargs: dict[str, Any], line: int) -> Any:
        tool = registry.get(name)
        try:
            bound = tool.bind(args, kwargs)
        except TypeError as exc:
            raise _error(line, f"{exc}; signature: {_signature(tool)}", "type") from None
        for param in tool.parameters:
            why = type_mismatch(bound[param.name], param.annotation)
            if why:
                raise _error(line, f"{name}() argument `{param.name}`: {why}; signature: {_signature(tool)}", "type")
        report.tool_calls.append((line, name))
        return copy.deepcopy(dummy_value(tool.returns))

    interpreter = Interpreter(checked, stub, dry=True, limits=limits)
    try:
        try:
            interpreter.run()
        except (RecursionError, MemoryError) as exc:  # a last line of defence: the budget should stop these first
            what = "stack" if isinstance(exc, RecursionError) else "memory"
            raise ProgramFault(interpreter.line, "limit", f"the program ran out of {what}") from None
    except ProgramFault as fault:
        error = _error(fault.line, fault.message, fault.kind)
        error.steps, error.work, error.budget = interpreter.steps, interpreter.work, interpreter.limits.max_work  # type: ignore[attr-defined]
        raise error from None
    report.steps = interpreter.steps
    report.output = interpreter.output
    return report


def _signature(tool: Any) -> str:
    return tool.stub().splitlines()[0].removeprefix("def ").rstrip(":")


def _error(line: int, message: str, kind: str) -> DryRunError:
    error_type = DryRunBudgetError if kind == "limit" else DryRunError
    error = error_type(f"line {line}: {message}", hint=HINTS.get(kind))
    error.line = line  # type: ignore[attr-defined]
    error.kind = kind  # type: ignore[attr-defined]
    return error


__all__ = ["DryRunReport", "dry_run"]
