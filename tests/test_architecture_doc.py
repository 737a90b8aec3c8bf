"""docs/architecture.md's table names each file of the package once, every name is a real path, and none is
missing (a module is named itself or by its folder's row, as the simulated apps and task templates are)."""

from __future__ import annotations

import collections
import pathlib
import re

from test_layers import FOLDERS, ROOT

DOC = ROOT / "docs" / "architecture.md"
_NAMED = re.compile(r"`((?:{})/[\w/.]*)`".format("|".join(FOLDERS)))


def doc_problems(root: pathlib.Path, doc: str) -> list[str]:
    rows = [line for line in doc.splitlines() if line.startswith("|")]  # the concept -> file table
    named = collections.Counter(name for row in rows for name in _NAMED.findall(row))
    problems = [f"{name} is named {n} times" for name, n in sorted(named.items()) if n > 1]
    problems += [f"{name} does not exist" for name in sorted(named) if not (root / name).exists()]
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            relative = path.relative_to(root)
            if relative.as_posix() not in named and f"{relative.parent.as_posix()}/" not in named:
                problems.append(f"{relative} is not named")
    return problems


def test_the_architecture_doc_names_each_file_once():
    assert doc_problems(ROOT, DOC.read_text(encoding="utf-8")) == []


def test_the_doc_check_fails_on_a_twice_named_missing_or_unknown_file(tmp_path):
    for folder in FOLDERS:
        (tmp_path / folder).mkdir()
    (tmp_path / "memory" / "store.py").write_text("")
    (tmp_path / "memory" / "tips.py").write_text("")
    doc = "Prose naming `memory/` does not count.\n| store | `memory/store.py` |\n| again | `memory/store.py` |\n| gone | `tools/gone.py` |\n"
    assert doc_problems(tmp_path, doc) == ["memory/store.py is named 2 times", "tools/gone.py does not exist",
                                           "memory/tips.py is not named"]
