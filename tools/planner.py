"""The planner: a model writes a program over the tool stubs; filter, dry run, repair.

One prompt holds the language rules, the tool stubs and the task. The answer is a
``ProgramDraft`` (one ``program`` string field: works with local grammars and cloud JSON
modes alike). Each candidate goes through the static filter and the dry run; the first error
goes back to the model (reflexion) for at most ``max_repairs`` more calls. With
``candidates=n`` the first round asks n times and the ranker picks the best.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, Field

from ..errors import ConfigurationError, DryRunError, ModelOutputError, ProgramRejected
from ..models.base import Message, Model, ModelRequest, Usage
from .budget import Limits
from .checker import RESULT_NAME, SAFE_BUILTINS
from .ranker import RankedProgram, rank_programs
from .registry import ToolRegistry

LANGUAGE_RULES = f"""You write a short Python program that completes the task by calling the tools below.
Rules:
- Use only: assignments, if/elif/else, `for x in ...` (lists, dicts, range(N) with small N), break/continue,
  f-strings, list/dict literals and comprehensions, arithmetic and comparisons.
- Call only the listed tools, these builtins: {", ".join(sorted(SAFE_BUILTINS))},
  and str/list/dict methods such as .lower() .strip() .split() .join() .get() .append() .items().
- No imports, def, class, lambda, while, try, with, return, attribute access or names starting with _.
- Tools that return a TypedDict return a plain dict: read fields as x["field"].
- Store each tool result in a variable. Put the final answer in `{RESULT_NAME}`.
Answer with JSON: {{"program": "<the program>"}}."""


class ProgramDraft(BaseModel):
    """What the model answers: the program text."""

    program: str = Field(description="a Python program in the allowed subset; the answer goes in `result`")


class Program(BaseModel):
    """A program that passed the filter and the dry run, with what it cost to get it."""

    task: str
    source: str
    checks_passed: list[str] = Field(default_factory=lambda: ["filter", "dry_run"])
    repairs: int = 0
    model_calls: int = 0
    usage: Usage = Field(default_factory=Usage)
    planned_tool_calls: int = 0
    feedback: list[str] = Field(default_factory=list, description="errors sent back to the model, in order")
    model: str = ""

    @property
    def tokens(self) -> int:
        return self.usage.total_tokens


DRY_RUN_LIMITS = Limits(wall_s=10.0)


class ProgramPlanner:
    """Ask ``model`` for a program over ``registry``'s tools; check, rehearse, repair.

    ``dry_run_limits`` bounds each rehearsal (steps, work, wall-clock time): a candidate that runs
    past them fails its dry run with a DryRunBudgetError, fed back to the model like any other.
    """

    def __init__(
        self,
        model: Model,
        registry: ToolRegistry,
        *,
        max_repairs: int = 2,
        candidates: int = 1,
        max_tokens: int = 512,
        temperature: float = 0.0,
        dry_run_limits: Limits = DRY_RUN_LIMITS,
    ) -> None:
        if max_repairs < 0 or candidates < 1:
            raise ConfigurationError(
                f"max_repairs must be >= 0 and candidates >= 1, got {max_repairs} and {candidates}",
                hint="e.g. ProgramPlanner(model, registry, max_repairs=2, candidates=1)",
            )
        if len(registry) == 0:
            raise ConfigurationError("the tool registry is empty", hint="register tools with registry.register(fn)")
        self.model = model
        self.registry = registry
        self.max_repairs = max_repairs
        self.candidates = candidates
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.dry_run_limits = dry_run_limits

    def prompt(self, task: str) -> list[Message]:
        tools = self.registry.signatures()
        return [
            Message(role="system", content=LANGUAGE_RULES),
            Message(role="user", content=f"Tools:\n```python\n{tools}\n```\n\nTask: {task}\nWrite the program."),
        ]

    def plan(self, task: str) -> Program:
        """Return a checked, rehearsed :class:`Program`; raise the last check error after the repairs."""
        messages = self.prompt(task)
        usage = Usage()
        calls = 0
        feedback: list[str] = []
        first_round = self.candidates
        for attempt in range(self.max_repairs + 1):
            sources = []
            for _ in range(first_round if attempt == 0 else 1):
                source, used = self._ask(messages, usage)
                calls += used
                sources.append(source)
            best = rank_programs(sources, self.registry, limits=self.dry_run_limits)[0]
            if best.ok:
                return Program(
                    task=task, source=best.source, repairs=attempt, model_calls=calls, usage=usage,
                    planned_tool_calls=best.dry_run_calls, feedback=feedback, model=self.model.name,
                )
            note = _feedback(best)
            feedback.append(note)
            if attempt == self.max_repairs:
                raise _give_up(task, best, self.max_repairs, feedback, calls, usage)
            messages = [
                *messages,
                Message(role="assistant", content=ProgramDraft(program=best.source).model_dump_json()),
                Message(role="user", content=note),
            ]
        raise ConfigurationError("unreachable: the planning loop always runs once")  # pragma: no cover

    def _ask(self, messages: list[Message], usage: Usage) -> tuple[str, int]:
        """One program from the model, and the model calls it took (a backend's repair round counts)."""
        request = ModelRequest(
            messages=messages, output_type=ProgramDraft, max_tokens=self.max_tokens,
            temperature=self.temperature if self.candidates == 1 else max(self.temperature, 0.7),
            purpose="program_planner",
        )
        try:
            response = self.model.complete(request)
        except ModelOutputError as exc:  # not valid JSON: maybe still a program in a code fence
            usage.prompt_tokens += self.model.count_tokens(request.prompt_text())
            usage.completion_tokens += self.model.count_tokens(exc.raw or "")
            return extract_program(_program_field(exc.raw) or exc.raw or ""), 1
        usage.prompt_tokens += response.usage.prompt_tokens
        usage.completion_tokens += response.usage.completion_tokens
        usage.cached_prompt_tokens += response.usage.cached_prompt_tokens
        draft = response.parsed
        text = draft.program if isinstance(draft, ProgramDraft) else response.text
        return extract_program(text), 1 + response.repairs


def _give_up(task: str, best: RankedProgram, repairs: int, feedback: list[str], calls: int, usage: Usage) -> Exception:
    error_type = ProgramRejected if best.stage == "filter" else DryRunError
    error = error_type(
        f"no valid program after {repairs} repairs for task {task!r}: {best.error}",
        hint=best.hint or "use a stronger model, or allow more repairs",
    )
    error.feedback = feedback  # type: ignore[attr-defined]
    error.model_calls = calls  # type: ignore[attr-defined]
    error.usage = usage  # type: ignore[attr-defined]
    error.source = best.source  # type: ignore[attr-defined]
    return error


def _feedback(ranked: RankedProgram) -> str:
    stage = "the static check" if ranked.stage == "filter" else "the dry run against typed stubs"
    return (
        f"Your program failed {stage}:\n{ranked.error}\n"
        + (f"Hint: {ranked.hint}\n" if ranked.hint else "")
        + 'Write the corrected program. Answer with JSON: {"program": "..."}.'
    )


_FENCE = re.compile(r"```(?:python|py)?\s*\n(.*?)```", re.DOTALL)


def extract_program(text: str) -> str:
    """The program inside a reply: the first fenced code block, else the text itself."""
    match = _FENCE.search(text)
    return (match.group(1) if match else text).strip("\n").rstrip()


def _program_field(raw: str) -> str | None:
    match = re.search(r'"program"\s*:\s*"((?:[^"\\]|\\.)*)"', raw or "", re.DOTALL)
    if not match:
        return None
    try:
        return json.loads(f'"{match.group(1)}"')
    except ValueError:
        return None


def plan_program(task: str, model: Model, registry: ToolRegistry, **options: Any) -> Program:
    """Shortcut for ``ProgramPlanner(model, registry, **options).plan(task)``."""
    return ProgramPlanner(model, registry, **options).plan(task)


__all__ = ["LANGUAGE_RULES", "Program", "ProgramDraft", "ProgramPlanner", "extract_program", "plan_program"]
