"""Known sandbox escapes and resource bombs: each is refused by the filter or stopped at run time."""

from __future__ import annotations

import pathlib

import pytest

from cascadroid.errors import ProgramError, ProgramRejected
from cascadroid.tools import ToolRegistry, check_program, execute, tool

CORPUS = pathlib.Path(__file__).parent / "escape_corpus" / "snippets.txt"


def load_corpus() -> list[tuple[str, str]]:
    snippets: list[tuple[str, str]] = []
    name, lines = None, []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if name is not None:
                snippets.append((name, "\n".join(lines)))
            name, lines = line[4:].strip(), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        snippets.append((name, "\n".join(lines)))
    return snippets


@tool
def echo(text: str) -> str:
    """Return the text unchanged."""
    return text


def test_no_snippet_of_the_escape_corpus_escapes(tmp_path: pathlib.Path) -> None:
    canary = tmp_path / "escaped"
    registry = ToolRegistry([echo])
    snippets = load_corpus()
    static, runtime, escapes = [], [], []
    for name, source in snippets:
        source = source.replace("CANARY", str(canary))
        try:
            check_program(source, registry.names())
        except ProgramRejected:
            static.append(name)
            continue
        try:
            execute(source, registry, per_call_timeout_s=5, max_steps=10_000, wall_s=10)
        except ProgramError:
            runtime.append(name)
            continue
        escapes.append(name)
    print(
        f"\nescape corpus: {len(snippets)} snippets, {len(static)} rejected statically, "
        f"{len(runtime)} stopped at run time, {len(escapes)} escaped"
    )
    print("stopped at run time:", runtime)
    assert len(snippets) >= 50
    assert escapes == []
    assert not canary.exists()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = echo(' A,b ')\nresult = x.upper().lower().strip().split(',')", ["a", "b"]),
        ("d = {'a': 1}\nfor k, v in d.items():\n    d[k] = v + 1\nresult = d.get('a')", 2),
    ],
)
def test_harmless_programs_like_the_corpus_still_run(source: str, expected: object) -> None:
    assert execute(source, ToolRegistry([echo])).result == expected
