"""benchmarks/rank_trace.py: which rule moved which candidate, for reading a miss (run as users run it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fixtures_uidump import W, node

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "benchmarks" / "rank_trace.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_names_the_rules_that_moved_each_candidate(tmp_path: Path) -> None:
    rows = "".join(node("android.widget.TextView", (0, 400 + 150 * i, W, 540 + 150 * i), text=t, click=True)
                   for i, t in enumerate(["Lake Walk", "Night Bus", "Quiet Hours"]))
    toolbar = node("android.widget.ImageButton", (960, 100, 1080, 220), desc="More options", click=True)
    root = node("android.widget.FrameLayout", (0, 0, W, 2400), toolbar, rows, package="org.example.tunes")
    xml = tmp_path / "screen.xml"
    xml.write_text(f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\">{root}</hierarchy>",
                   encoding="utf-8")
    done = _run("--xml", str(xml), "--task", "delete the Night Bus playlist")
    assert done.returncode == 0, done.stderr
    line = next(l for l in done.stdout.splitlines() if "] Night Bus" in l and l.split()[1] == "tap")
    assert ".adjust +" in line  # a rule raised the named row, and the trace says which
    assert "built: shared " in line  # and its base score, term by term: the task's words on it
    unmoved = next(l for l in done.stdout.splitlines() if "] Lake Walk" in l)
    assert "(scored where it was built)" in unmoved


def test_refuses_a_held_fixture() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_real_screens as bench

    held = next(f.name for f in bench.load_fixtures() if bench.HELD_NOW.match(f.batch))
    done = _run("--fixture", held)
    assert done.returncode != 0 and "held" in done.stderr
    assert held not in done.stdout
