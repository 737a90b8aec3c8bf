"""The real run: a checked program interpreted against the real tools.

Every tool call runs in a worker thread with a timeout (a timed-out call is abandoned, not
killed: Python cannot stop a thread, so give slow tools their own timeouts too), arguments
are validated against the tool's signature, results are converted to plain data, passed
through ``on_tool_result`` (e.g. privacy masking before they can reach a cloud model) and
recorded in the trace.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from ..errors import ProgramBudgetError, ProgramError, ToolExecutionError
from ._typing import to_plain
from .checker import check_program
from .interpreter import Interpreter, Limits, ProgramFault
from .registry import Tool, ToolRegistry

ResultHook = Callable[["ToolCall"], Any]


class ToolCall(BaseModel):
    """One real tool call, as the trace records it."""

    tool: str
    args: dict[str, Any]
    result: Any = None
    seconds: float = 0.0
    line: int = 0
    error: str | None = None


class ProgramRun(BaseModel):
    """The outcome of a real run: the program's ``result``, the tool-call trace, printed lines."""

    result: Any = None
    trace: list[ToolCall] = Field(default_factory=list)
    output: list[str] = Field(default_factory=list)
    steps: int = 0
    work: int = Field(default=0, description="work units spent (see cascadroid.tools.budget)")
    seconds: float = 0.0

    @property
    def tool_calls(self) -> int:
        return len(self.trace)


class ToolRunner:
    """Calls real tools: binds and validates arguments, applies a timeout, records a trace."""

    def __init__(
        self,
        registry: ToolRegistry,
        *,
        per_call_timeout_s: float = 30.0,
        on_tool_result: ResultHook | None = None,
    ) -> None:
        if per_call_timeout_s <= 0:
            raise ProgramError(f"per_call_timeout_s must be > 0, got {per_call_timeout_s}", hint="pass seconds, e.g. 30")
        self.registry = registry
        self.timeout = per_call_timeout_s
        self.on_tool_result = on_tool_result
        self.trace: list[ToolCall] = []
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None

    def __call__(self, name: str, args: list[Any], kwargs: dict[str, Any], line: int) -> Any:
        tool = self.registry.get(name)
        record = ToolCall(tool=name, args={}, line=line)
        try:
            bound = tool.bind([_plain_arg(a) for a in args], {k: _plain_arg(v) for k, v in kwargs.items()})
            record.args = bound
            values = tool.validate_arguments(bound)
        except (TypeError, ValidationError) as exc:
            raise self._fail(record, f"bad arguments: {_short(exc)}", "check the tool's signature") from None
        start = time.perf_counter()
        try:
            raw = self._call_with_timeout(tool, values)
        except concurrent.futures.TimeoutError:
            record.seconds = time.perf_counter() - start
            raise self._fail(record, f"timed out after {self.timeout} s", "raise per_call_timeout_s or make the tool faster") from None
        except Exception as exc:  # a tool may raise anything; report it with its name and line
            record.seconds = time.perf_counter() - start
            raise self._fail(record, f"raised {type(exc).__name__}: {exc}", "see the tool's error") from exc
        record.seconds = time.perf_counter() - start
        try:
            record.result = to_plain(raw)
            if self.on_tool_result is not None:
                record.result = to_plain(self.on_tool_result(record))
        except TypeError as exc:
            raise self._fail(record, f"returned a value programs cannot use: {exc}", "return plain data or a pydantic model") from None
        self.trace.append(record)
        return record.result

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _call_with_timeout(self, tool: Tool, values: dict[str, Any]) -> Any:
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="cascadroid-tool")
        if tool.is_async:
            future = self._pool.submit(asyncio.run, tool.fn(**values))
        else:
            future = self._pool.submit(tool.fn, **values)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            self.close()  # abandon the stuck worker; the next call gets a fresh one
            raise

    def _fail(self, record: ToolCall, why: str, hint: str) -> ToolExecutionError:
        record.error = why
        self.trace.append(record)
        where = f"line {record.line}: " if record.line else ""
        error = ToolExecutionError(f"{where}tool {record.tool!r} {why}", hint=hint)
        error.tool = record.tool  # type: ignore[attr-defined]
        error.line = record.line  # type: ignore[attr-defined]
        error.trace = list(self.trace)  # type: ignore[attr-defined]
        return error


def execute(
    program: Any,
    registry: ToolRegistry,
    *,
    per_call_timeout_s: float = 30.0,
    max_steps: int = Limits.max_steps,
    wall_s: float | None = Limits.wall_s,
    limits: Limits | None = None,
    on_tool_result: ResultHook | None = None,
) -> ProgramRun:
    """Check ``program`` (source, CheckedProgram or planner Program) and run it on the real tools.

    ``limits`` bounds the run (default: ``Limits(max_steps=max_steps, wall_s=wall_s)``); a run
    past a budget raises :class:`ProgramBudgetError`. ``on_tool_result(call) -> value`` sees each
    :class:`ToolCall` and returns the value the program (and the trace) gets instead of ``call.result``.
    """
    source = program.source if hasattr(program, "source") else program
    checked = check_program(source, registry.names())  # always re-checked: never trust a caller
    runner = ToolRunner(registry, per_call_timeout_s=per_call_timeout_s, on_tool_result=on_tool_result)
    limits = limits or Limits(max_steps=max_steps, wall_s=wall_s)
    interpreter = Interpreter(checked, runner, dry=False, limits=limits)
    start = time.perf_counter()
    try:
        try:
            result = interpreter.run()
        except (RecursionError, MemoryError) as exc:  # a last line of defence: the budget should stop these first
            raise ProgramFault(interpreter.line, "limit", f"the program ran out of {_resource(exc)}") from None
    except ProgramFault as fault:
        if fault.kind == "limit":
            error: ProgramError = ProgramBudgetError(
                f"line {fault.line}: {fault.message}",
                hint="bound the program's loops and keep its values small and flat; the trace shows what ran",
            )
        else:
            error = ProgramError(f"line {fault.line}: {fault.message}", hint="fix the program; the trace shows what ran")
        error.line = fault.line  # type: ignore[attr-defined]
        error.trace = list(runner.trace)  # type: ignore[attr-defined]
        error.steps, error.work, error.budget = interpreter.steps, interpreter.work, limits.max_work  # type: ignore[attr-defined]
        raise error from None
    finally:
        runner.close()
    return ProgramRun(
        result=result,
        trace=runner.trace,
        output=interpreter.output,
        steps=interpreter.steps,
        work=interpreter.work,
        seconds=time.perf_counter() - start,
    )


def _resource(exc: BaseException) -> str:
    return "stack (values or expressions nest too deeply)" if isinstance(exc, RecursionError) else "memory"


def _plain_arg(value: Any) -> Any:
    return list(value) if isinstance(value, range) else value


def _short(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        return f"{where}: {err['msg']} (got {err.get('input')!r})"
    return str(exc)


__all__ = ["ProgramRun", "ToolCall", "ToolRunner", "execute"]
