"""The project's promises about itself: the README's commands, CI, the public names."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    return [line for block in blocks[:2] for line in block.strip().splitlines()]


def test_ci_runs_the_readme_test_command_verbatim():
    install_and_demo, install_and_test = _readme_commands()[:2]
    assert "cascadroid demo" in install_and_demo
    assert "pytest" in install_and_test
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert install_and_test in ci_lines


def test_import_reads_no_environment_and_loads_no_heavy_backend():
    code = (
        "import os, sys\n"
        "reads = []\n"
        "class Spy(dict):\n"
        "    def __getitem__(self, k): reads.append(k); return dict.__getitem__(self, k)\n"
        "    def get(self, k, d=None): reads.append(k); return dict.get(self, k, d)\n"
        "    def __iter__(self): reads.append('*iter*'); return dict.__iter__(self)\n"
        "    def items(self): reads.append('*items*'); return dict.items(self)\n"
        "os.environ = Spy(os.environ)\n"
        "import cascadroid, cascadroid.agent, cascadroid.device, cascadroid.models, cascadroid.cli\n"
        "heavy = [m for m in ('llama_cpp', 'openai', 'appium') if m in sys.modules]\n"
        "print(sorted(set(r for r in reads if r.startswith(('CASCADROID', '*')))), heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] []", out.stdout


def test_every_error_is_a_cascadroid_error():
    import cascadroid
    from cascadroid import errors

    for name in errors.__all__:
        cls = getattr(cascadroid, name)
        assert issubclass(cls, cascadroid.CascadroidError), name
        assert name in (errors.__doc__ or ""), f"{name} is missing from the tree drawn in errors' docstring"


def test_public_names_resolve_and_import_stays_light():
    code = (
        "import sys, cascadroid\n"
        "light = 'langgraph' not in sys.modules\n"
        "missing = [n for n in cascadroid.__all__ if getattr(cascadroid, n, None) is None]\n"
        "from cascadroid import Agent, RunResult\n"
        "print(light, missing, Agent.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True [] cascadroid.agent", out.stdout
