"""The quality ranker: of several candidate programs, pick the best one.

Order: passes the static filter and the dry run (types consistent, every tool argument
bound), then no placeholder arguments (``"<name>"``, ``"TODO"``), then fewer tool calls in
the rehearsal, fewer call sites, shorter source.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from ..errors import DryRunError, ProgramRejected
from .checker import CheckedProgram, check_program
from .dryrun import dry_run
from .interpreter import Limits
from .registry import ToolRegistry

_PLACEHOLDER = re.compile(r"^(<.*>|\{.*\}|\.\.\.|x{3,})$|TODO|YOUR_|PLACEHOLDER|REPLACE_ME", re.IGNORECASE)


@dataclass
class RankedProgram:
    """One candidate with its verdict. ``stage`` is where it failed: filter, dry_run or None."""

    source: str
    ok: bool
    stage: str | None = None
    error: str | None = None
    hint: str | None = None
    placeholders: int = 0
    dry_run_calls: int = 0
    call_sites: int = 0
    dry_run_steps: int = 0

    @property
    def sort_key(self) -> tuple[int, int, int, int, int, int]:
        stage_rank = {None: 0, "dry_run": 1, "filter": 2}[self.stage]
        return (stage_rank, self.placeholders, self.dry_run_calls, self.call_sites, len(self.source), 0)


def assess(source: str, registry: ToolRegistry, *, limits: Limits | None = None) -> RankedProgram:
    """Filter and dry-run one candidate; never raises for a bad program."""
    try:
        checked = check_program(source, registry.names())
    except ProgramRejected as exc:
        return RankedProgram(source=source, ok=False, stage="filter", error=exc.message, hint=exc.hint)
    placeholders = count_placeholders(checked)
    try:
        report = dry_run(checked, registry, limits=limits)
    except DryRunError as exc:
        return RankedProgram(
            source=source, ok=False, stage="dry_run", error=exc.message, hint=exc.hint,
            placeholders=placeholders, call_sites=len(checked.tool_call_sites),
        )
    return RankedProgram(
        source=source, ok=True, placeholders=placeholders, dry_run_calls=len(report.tool_calls),
        call_sites=len(checked.tool_call_sites), dry_run_steps=report.steps,
    )


def rank_programs(sources: list[str], registry: ToolRegistry, *, limits: Limits | None = None) -> list[RankedProgram]:
    """Assess every candidate; best first (stable for ties)."""
    assessed = [assess(s, registry, limits=limits) for s in sources]
    return sorted(assessed, key=lambda r: r.sort_key)


def count_placeholders(checked: CheckedProgram) -> int:
    """String literals passed to tools that look like unfilled placeholders."""
    count = 0
    for node in ast.walk(checked.tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in checked.tool_names:
            values = [*node.args, *(kw.value for kw in node.keywords)]
            count += sum(
                1 for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str) and _PLACEHOLDER.search(v.value)
            )
    return count


__all__ = ["RankedProgram", "assess", "count_placeholders", "rank_programs"]
