"""Allowed-but-expensive programs: each is stopped by a budget in the dry run and in the real run.

The corpus (tests/budget_corpus/programs.txt) holds programs the static filter accepts but that
would make C code do exponential or huge work (compares, hashes and reprs of shared nested
values), nest values 1,200 deep, build huge containers, or rescan big values in loops. Each
must end in a budget error, with the work counter within its budget; nothing may escape but
CascadroidError.
"""

from __future__ import annotations

import pathlib

import pytest

from cascadroid.errors import DryRunBudgetError, ProgramBudgetError
from cascadroid.tools import Limits, ToolRegistry, check_program, dry_run, execute, tool

CORPUS = pathlib.Path(__file__).parent / "budget_corpus" / "programs.txt"


def load_corpus() -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    name, lines = None, []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if name is not None:
                blocks.append((name, "\n".join(lines)))
            name, lines = line[4:].strip(), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        blocks.append((name, "\n".join(lines)))
    return blocks


@tool
def echo(text: str) -> str:
    """Return the text unchanged."""
    return text


@tool
def keep(values: list) -> int:
    """Store the values; return how many there were."""
    return len(values)


REGISTRY = ToolRegistry([echo, keep])
PROGRAMS = load_corpus()
LIMITS = Limits()


def test_the_corpus_is_large_and_every_program_passes_the_static_filter() -> None:
    assert len(PROGRAMS) >= 50
    assert len({name for name, _ in PROGRAMS}) == len(PROGRAMS)
    for _, source in PROGRAMS:
        check_program(source, REGISTRY.names())  # raises ProgramRejected otherwise


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "source"), PROGRAMS, ids=[name for name, _ in PROGRAMS])
def test_the_dry_run_stops_the_program_within_its_budget(name: str, source: str) -> None:
    with pytest.raises(DryRunBudgetError) as caught:
        dry_run(source, REGISTRY)
    error = caught.value
    assert isinstance(error, ProgramBudgetError) and error.hint
    assert 0 <= error.work <= error.budget == LIMITS.max_work
    assert error.steps <= LIMITS.max_steps


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "source"), PROGRAMS, ids=[name for name, _ in PROGRAMS])
def test_the_real_run_stops_the_program_within_its_budget(name: str, source: str) -> None:
    with pytest.raises(ProgramBudgetError) as caught:
        execute(source, REGISTRY)
    error = caught.value
    assert not isinstance(error, DryRunBudgetError) and error.hint
    assert 0 <= error.work <= error.budget == LIMITS.max_work
    assert error.steps <= LIMITS.max_steps
    assert all(call.tool in ("echo", "keep") for call in error.trace)
