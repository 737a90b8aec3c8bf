"""Black-box tool planning: ``@tool``, program synthesis, static filter, dry run, executor.

::

    registry = ToolRegistry([get_weather, send_sms])
    program = plan_program("Text Bob the weather in Paris", model, registry)   # checked + rehearsed
    run = run_program(program, registry)                                        # real tools, traced
    run.result, run.trace

Programs are a small Python subset (see :mod:`cascadroid.tools.checker`); they are never
handed to ``exec``: an AST interpreter runs them on plain data only.
"""

from typing import Any

from .checker import ALLOWED_METHODS, SAFE_BUILTINS, CheckedProgram, check_program
from .device_tools import device_tools
from .dryrun import DryRunReport, dry_run
from .executor import ProgramRun, ToolCall, execute
from .interpreter import Limits
from .planner import LANGUAGE_RULES, Program, ProgramDraft, ProgramPlanner, plan_program
from .ranker import RankedProgram, rank_programs
from .registry import Tool, ToolParameter, ToolRegistry, tool
from .stepwise import StepDecision, StepwiseRun, run_stepwise


def run_program(program: Any, registry: ToolRegistry, **options: Any) -> ProgramRun:
    """Run a planned :class:`Program` (or program source) on the real tools; see :func:`execute`."""
    return execute(program, registry, **options)


__all__ = [
    "ALLOWED_METHODS", "CheckedProgram", "DryRunReport", "LANGUAGE_RULES", "Limits", "Program", "ProgramDraft",
    "ProgramPlanner", "ProgramRun", "RankedProgram", "SAFE_BUILTINS", "StepDecision", "StepwiseRun", "Tool",
    "ToolCall", "ToolParameter", "ToolRegistry", "check_program", "device_tools", "dry_run", "execute",
    "plan_program", "rank_programs", "run_program", "run_stepwise", "tool",
]
