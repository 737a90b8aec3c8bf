"""The tree meets the lint rules in pyproject.toml ([tool.ruff]), and the check catches a planted violation."""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONFIG = ROOT / "pyproject.toml"


def ruff(*paths: pathlib.Path, cwd: pathlib.Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``ruff check`` with the project's configuration, no cache written, one line per finding."""
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--config", str(CONFIG),
               "--output-format", "concise", *map(str, paths)]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_tree_meets_the_lint_rules():
    result = ruff(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lint_fails_on_a_planted_violation(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("import os\n\n\ndef answer():\n    return undefined_name\n")
    result = ruff(planted, cwd=tmp_path)  # paths are printed relative to cwd
    assert result.returncode == 1, result.stdout + result.stderr
    assert "planted.py:1:8: F401" in result.stdout  # `os` imported but unused
    assert "planted.py:5:12: F821" in result.stdout  # undefined name
