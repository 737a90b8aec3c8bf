"""No import cycle between the package's files, and no module too long to read in one sitting.

The import graph counts every import a file runs, function-level ones included, but not those under
``if TYPE_CHECKING:`` (they never run). Each check is shown failing on a planted case.
"""

from __future__ import annotations

import pathlib

from test_layers import FOLDERS, ROOT, imports, module_name

MAX_LINES = 450


def import_graph(root: pathlib.Path) -> dict[str, set[str]]:
    """Module -> the package modules it imports (``from pkg import mod`` points at ``pkg.mod``)."""
    modules = {module_name(path, root)[0] for folder in FOLDERS for path in (root / folder).rglob("*.py")}
    graph: dict[str, set[str]] = {module: set() for module in modules}
    for found in imports(root):
        named = {f"{found.target}.{name}" for name in found.names}
        targets = {name if name in modules else found.target for name in named} if named else {found.target}
        graph[found.importer] |= (targets & modules) - {found.importer}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan), each sorted, the list sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(start: str) -> None:  # iterative, so a deep graph cannot hit the recursion limit
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(groups)


def long_modules(root: pathlib.Path, limit: int = MAX_LINES) -> list[str]:
    found = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > limit:
                found.append(f"{path.relative_to(root)}: {lines} lines")
    return found


def _tree(tmp_path: pathlib.Path, files: dict[str, str]) -> pathlib.Path:
    for folder in FOLDERS:
        (tmp_path / folder).mkdir()
    for name, source in files.items():
        (tmp_path / name).write_text(source)
    return tmp_path


def test_no_import_cycle_between_files():
    found = cycles(import_graph(ROOT))
    assert found == [], "import cycles (each group imports itself round):\n" + "\n".join(map(" <-> ".join, found))


def test_cycle_check_fails_on_a_planted_cycle(tmp_path):
    root = _tree(tmp_path, {"memory/first.py": "from .second import B\n",
                            "memory/second.py": "def f():\n    from cascadroid.memory import first\n"})
    assert cycles(import_graph(root)) == [["cascadroid.memory.first", "cascadroid.memory.second"]]


def test_a_name_from_a_package_points_at_its_init(tmp_path):
    root = _tree(tmp_path, {"tools/__init__.py": "from .inner import run, helper\n",
                            "tools/inner.py": "def run():\n    from . import helper\n",
                            "tools/helper.py": "from cascadroid.tools import run\n"})
    assert import_graph(root)["cascadroid.tools.helper"] == {"cascadroid.tools"}
    assert cycles(import_graph(root)) == [["cascadroid.tools", "cascadroid.tools.helper", "cascadroid.tools.inner"]]


def test_type_checking_imports_make_no_cycle(tmp_path):
    root = _tree(tmp_path, {"memory/first.py": "from .second import B\n",
                            "memory/second.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                                "    from .first import A\n"})
    assert cycles(import_graph(root)) == []


def test_no_module_is_over_the_size_limit():
    found = long_modules(ROOT)
    assert found == [], f"modules over {MAX_LINES} lines (split them cohesively):\n" + "\n".join(found)


def test_size_check_fails_on_a_planted_long_module(tmp_path):
    root = _tree(tmp_path, {"tools/long.py": "x = 1\n" * (MAX_LINES + 1), "tools/short.py": "x = 1\n" * MAX_LINES})
    assert long_modules(root) == [f"tools/long.py: {MAX_LINES + 1} lines"]
