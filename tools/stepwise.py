"""One-model-call-per-tool-step mode: the baseline program mode is measured against.

Each model call returns a :class:`StepDecision` (one tool call, or the final answer); the
tool's result (or its error) goes back as the next user message, in the form
:func:`step_feedback` writes and :func:`parse_step_feedback` reads.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field

from ..errors import ModelOutputError, ToolExecutionError
from ..models.base import Message, Model, ModelRequest, Usage
from .executor import ResultHook, ToolCall, ToolRunner
from .registry import ToolRegistry

STEP_RULES = """You complete the task by calling tools, one call per answer.
Answer with JSON: {"tool": "<tool name>", "args": {"<parameter>": <value>, ...}} to call a tool,
or {"tool": null, "answer": "<final answer as text or JSON>"} when the task is done. Tools return plain JSON
(TypedDicts are dicts)."""

RESULT_PREFIX = "Result: "
ERROR_PREFIX = "Error: "


Scalar = str | int | float | bool | None


class StepDecision(BaseModel):
    """The next tool call, or the final answer when ``tool`` is null (plain types: grammar-friendly)."""

    tool: str | None = Field(default=None, description="tool to call next; null when done")
    args: dict[str, Scalar | list[Scalar]] = Field(default_factory=dict, description="arguments by parameter name")
    answer: str | None = Field(default=None, description="the final answer as text (JSON for numbers, lists, dicts)")

    def answer_value(self) -> Any:
        """The answer decoded from JSON when it is JSON, else the text itself."""
        if self.answer is None:
            return None
        try:
            return json.loads(self.answer)
        except ValueError:
            return self.answer


class StepwiseRun(BaseModel):
    result: Any = None
    finished: bool = False
    trace: list[ToolCall] = Field(default_factory=list)
    model_calls: int = 0
    usage: Usage = Field(default_factory=Usage)
    errors: list[str] = Field(default_factory=list)


def step_feedback(value: Any = None, error: str | None = None) -> str:
    """The user message that reports one tool call back to the model."""
    if error is not None:
        return ERROR_PREFIX + error
    return RESULT_PREFIX + json.dumps(value, default=str)


def parse_step_feedback(text: str) -> tuple[bool, Any]:
    """(ok, value) from a :func:`step_feedback` message; value is the error text when not ok."""
    if text.startswith(ERROR_PREFIX):
        return False, text[len(ERROR_PREFIX):]
    if text.startswith(RESULT_PREFIX):
        return True, json.loads(text[len(RESULT_PREFIX):])
    raise ValueError("not a step feedback message")


def run_stepwise(
    task: str,
    model: Model,
    registry: ToolRegistry,
    *,
    max_steps: int = 20,
    per_call_timeout_s: float = 30.0,
    on_tool_result: ResultHook | None = None,
    max_tokens: int = 256,
) -> StepwiseRun:
    """Let ``model`` call tools one at a time until it answers or ``max_steps`` model calls."""
    run = StepwiseRun()
    runner = ToolRunner(registry, per_call_timeout_s=per_call_timeout_s, on_tool_result=on_tool_result)
    messages = [
        Message(role="system", content=STEP_RULES),
        Message(role="user", content=f"Tools:\n```python\n{registry.signatures()}\n```\n\nTask: {task}"),
    ]
    try:
        for _ in range(max_steps):
            request = ModelRequest(messages=messages, output_type=StepDecision, max_tokens=max_tokens, purpose="tool_step")
            run.model_calls += 1
            try:
                response = model.complete(request)
            except ModelOutputError as exc:
                run.usage.prompt_tokens += model.count_tokens(request.prompt_text())
                run.usage.completion_tokens += model.count_tokens(exc.raw or "")
                note = f"your answer was not valid JSON for a step: {exc.message}"
                run.errors.append(note)
                messages = [*messages, Message(role="assistant", content=exc.raw or ""), Message(role="user", content=step_feedback(error=note))]
                continue
            run.model_calls += response.repairs  # a backend's own repair round is a model call too
            run.usage.prompt_tokens += response.usage.prompt_tokens
            run.usage.completion_tokens += response.usage.completion_tokens
            decision: StepDecision = response.parsed
            if decision.tool is None:
                run.result, run.finished = decision.answer_value(), True
                break
            if decision.tool not in registry:
                feedback = step_feedback(error=f"no tool named {decision.tool!r}; tools: {sorted(registry.names())}")
                run.errors.append(feedback)
            else:
                try:
                    feedback = step_feedback(runner(decision.tool, [], decision.args, 0))
                except ToolExecutionError as exc:
                    feedback = step_feedback(error=exc.message)
                    run.errors.append(exc.message)
            messages = [*messages, Message(role="assistant", content=decision.model_dump_json()), Message(role="user", content=feedback)]
    finally:
        runner.close()
    run.trace = runner.trace
    return run


__all__ = ["StepDecision", "StepwiseRun", "parse_step_feedback", "run_stepwise", "step_feedback"]
