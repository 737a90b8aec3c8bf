"""Imports point down only, and private names stay inside their module.

Layers, lowest first: errors/types/settings/sqlite/unitext <- device <- models <- memory/cascade/tools <- agents
<- the facade (Agent, pytest plugin, scale-out) <- evaluation tooling and test doubles <- the CLI.
Each test also shows that the checker fails on a planted violation, so a green run means something.
"""

from __future__ import annotations

import ast
import pathlib
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDERS = {"sdk": "cascadroid", "agents": "cascadroid.agents", "memory": "cascadroid.memory",
           "tools": "cascadroid.tools", "device": "cascadroid.device"}
BASE, DEVICE, MODELS, SERVICES, AGENTS, FACADE, TOOLING, CLI = range(8)
_SUBPACKAGE_LAYER = {
    "errors": BASE, "types": BASE, "settings": BASE, "sqlite": BASE, "unitext": BASE,
    "device": DEVICE, "models": MODELS,
    "memory": SERVICES, "cascade": SERVICES, "tools": SERVICES,
    "agents": AGENTS,
    "testing": TOOLING, "evaluation": TOOLING,
    "cli": CLI, "cli_common": CLI, "cli_run": CLI,
}


@dataclass(frozen=True)
class Import:
    path: pathlib.Path
    line: int
    importer: str
    target: str
    names: tuple[str, ...]


def layer_of(module: str) -> int:
    parts = module.split(".")
    return _SUBPACKAGE_LAYER.get(parts[1], FACADE) if len(parts) > 1 else FACADE


def module_name(path: pathlib.Path, root: pathlib.Path) -> tuple[str, bool]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    name = FOLDERS[parts[0]].split(".") + parts[1:]
    is_package = name[-1] == "__init__"
    return ".".join(name[:-1] if is_package else name), is_package


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports(root: pathlib.Path) -> list[Import]:
    found: list[Import] = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            module, is_package = module_name(path, root)
            package = module if is_package else module.rpartition(".")[0]
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _type_checking_lines(tree)
            for node in ast.walk(tree):
                if getattr(node, "lineno", 0) in skip:
                    continue
                if isinstance(node, ast.ImportFrom):
                    if node.level:
                        base = package.split(".")[: len(package.split(".")) - node.level + 1]
                        target = ".".join(base + ([node.module] if node.module else []))
                    else:
                        target = node.module or ""
                    names = tuple(a.name for a in node.names)
                    if node.module is None:  # ``from . import x``: each name is a module
                        found += [Import(path, node.lineno, module, f"{target}.{n}", ()) for n in names]
                    else:
                        found.append(Import(path, node.lineno, module, target, names))
                elif isinstance(node, ast.Import):
                    found += [Import(path, node.lineno, module, a.name, ()) for a in node.names]
    return [i for i in found if i.target.startswith("cascadroid")]


def upward_imports(root: pathlib.Path) -> list[str]:
    return [f"{i.path.relative_to(root)}:{i.line} {i.importer} imports {i.target}"
            for i in imports(root) if layer_of(i.target) > layer_of(i.importer)]


def private_imports(root: pathlib.Path) -> list[str]:
    """``from x import _name`` where ``_name`` is not a dunder: a private name used outside its module."""
    return [f"{i.path.relative_to(root)}:{i.line} {i.importer} imports {name} from {i.target}"
            for i in imports(root) for name in i.names
            if name.startswith("_") and not name.startswith("__")]


def _plant(tmp_path: pathlib.Path, folder: str, source: str) -> pathlib.Path:
    for name in FOLDERS:
        (tmp_path / name).mkdir()
    (tmp_path / folder / "planted.py").write_text(source)
    return tmp_path


def test_no_module_imports_a_higher_layer():
    assert upward_imports(ROOT) == []


def test_layer_check_fails_on_a_planted_upward_import(tmp_path):
    root = _plant(tmp_path, "device", "from ..agents.graph import AgentGraph\n")
    assert upward_imports(root) == ["device/planted.py:1 cascadroid.device.planted imports cascadroid.agents.graph"]


def test_type_checking_imports_do_not_count(tmp_path):
    root = _plant(tmp_path, "device", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                      "    from ..agents.graph import AgentGraph\n")
    assert upward_imports(root) == []


def test_no_private_name_is_imported_from_another_module():
    assert private_imports(ROOT) == []


def test_private_check_fails_on_a_planted_private_import(tmp_path):
    root = _plant(tmp_path, "memory", "from .store import _helper\n")
    assert private_imports(root) == ["memory/planted.py:1 cascadroid.memory.planted imports _helper "
                                      "from cascadroid.memory.store"]
