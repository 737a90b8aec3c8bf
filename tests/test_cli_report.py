"""The `cascadroid` commands around recorded runs: runs list/show, report, memory; exit codes and
clear messages for user errors (unknown run, run in progress, newer database, bad files).

Happy paths use typer's CliRunner; error paths run the real entry point in a subprocess, since
that is where a traceback would show."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cascadroid.agent import Agent
from cascadroid.cli import app
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.memory import MemoryStore, RunRecord
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel

runner = CliRunner()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as a subprocess writing to pipes; a narrow COLUMNS shows that nothing is wrapped."""
    return subprocess.run([sys.executable, "-m", "cascadroid.cli", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "40"})


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data dir holding one finished oracle run of settings_wifi."""
    task = registry().instance("settings_wifi", seed=2)
    phone = SimDevice(seed=2)
    task.setup_on(phone)
    with Agent(phone, local=OracleModel(task, phone), settings=Settings.load(data_dir=tmp_path / "d")) as agent:
        result = agent.run(task.goal)
    assert task.check(phone, result.answer)
    (tmp_path / "d" / "run_id").write_text(result.run_id)
    return tmp_path / "d"


def run_id_of(data_dir: Path) -> str:
    return (data_dir / "run_id").read_text()


def test_runs_list_and_show_print_steps_calls_and_json(data_dir):
    run_id = run_id_of(data_dir)
    listed = runner.invoke(app, ["runs", "list", "--data-dir", str(data_dir), "--json"])
    assert listed.exit_code == 0 and [r["run_id"] for r in json.loads(listed.stdout)] == [run_id]
    shown = runner.invoke(app, ["runs", "show", run_id, "--data-dir", str(data_dir), "--json"])
    document = json.loads(shown.stdout)
    assert document["run"]["status"] == "succeeded" and len(document["steps"]) >= 3
    kinds = {e["kind"] for e in document["events"]}
    assert {"model_call", "target"} <= kinds
    text = runner.invoke(app, ["runs", "show", run_id, "--data-dir", str(data_dir)]).output
    assert "operator: scripted oracle" in text and "-> success" in text


def test_report_command_writes_the_html(data_dir, tmp_path):
    run_id = run_id_of(data_dir)
    out = tmp_path / "run.html"
    done = runner.invoke(app, ["report", run_id, "-o", str(out), "--data-dir", str(data_dir)])
    assert done.exit_code == 0, done.output
    page = out.read_text()
    assert page.count('<article class="step') == len(MemoryStore(data_dir / "cascadroid.db").runs.steps(run_id))
    assert 'class="target"' in page


def test_unknown_run_is_exit_2_with_the_known_ids_and_no_traceback(data_dir, tmp_path):
    done = cli("report", "nope", "-o", str(tmp_path / "x.html"), "--data-dir", str(data_dir))
    assert done.returncode == 2
    assert "run 'nope' is not in" in done.stderr and run_id_of(data_dir) in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert not (tmp_path / "x.html").exists()
    shown = cli("runs", "show", "nope", "--data-dir", str(data_dir))
    assert shown.returncode == 2 and "Traceback" not in shown.stderr


def test_a_run_in_progress_is_refused_then_reported_with_partial(tmp_path):
    store = MemoryStore(tmp_path / "cascadroid.db")
    store.runs.start(RunRecord(run_id="live", task="Turn off Wi-Fi", status="running", started_at=time.time()))
    refused = cli("report", "live", "-o", str(tmp_path / "r.html"), "--data-dir", str(tmp_path))
    assert refused.returncode == 2 and "still running" in refused.stderr and "--partial" in refused.stderr
    done = runner.invoke(app, ["report", "live", "--partial", "-o", str(tmp_path / "r.html"), "--data-dir", str(tmp_path)])
    assert done.exit_code == 0 and 'id="in-progress"' in (tmp_path / "r.html").read_text()


def test_a_database_from_a_newer_cascadroid_is_a_clear_error(tmp_path):
    MemoryStore(tmp_path / "cascadroid.db").close()
    with sqlite3.connect(tmp_path / "cascadroid.db") as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    for args in (["runs", "list"], ["report", "x"], ["memory", "list"]):
        done = cli(*args, "--data-dir", str(tmp_path))
        assert done.returncode == 2, args
        assert "schema version 999" in done.stderr and "upgrade cascadroid" in done.stderr
        assert "Traceback" not in done.stderr


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "cascadroid.db").write_bytes(b"this is not sqlite" * 100)
    done = cli("runs", "list", "--data-dir", str(tmp_path))
    assert done.returncode == 2 and "not a usable SQLite database" in done.stderr and "Traceback" not in done.stderr


def test_unknown_option_is_exit_2(tmp_path):
    done = cli("report", "x", "--colour", "red")
    assert done.returncode == 2 and "No such option" in done.stderr and "Traceback" not in done.stderr


def test_memory_export_import_list_prune(tmp_path):
    source = MemoryStore(tmp_path / "a" / "cascadroid.db")
    source.tips.add("In Settings, Wi-Fi is under Network & internet", apps=["com.android.settings"])
    source.close()
    export = tmp_path / "mem.json"
    assert runner.invoke(app, ["memory", "export", str(export), "--data-dir", str(tmp_path / "a")]).exit_code == 0
    imported = runner.invoke(app, ["memory", "import", str(export), "--json", "--data-dir", str(tmp_path / "b")])
    assert imported.exit_code == 0 and json.loads(imported.stdout)["tips"] == 1
    listed = runner.invoke(app, ["memory", "list", "--kind", "tips", "--json", "--data-dir", str(tmp_path / "b")])
    assert [t["text"] for t in json.loads(listed.stdout)["tips"]] == ["In Settings, Wi-Fi is under Network & internet"]
    pruned = runner.invoke(app, ["memory", "prune", "--json", "--data-dir", str(tmp_path / "b")])
    assert json.loads(pruned.stdout) == {"tips": 0, "shortcuts": 0}  # an unused tip is not judged yet
    bad = cli("memory", "import", str(tmp_path / "missing.json"), "--data-dir", str(tmp_path / "b"))
    assert bad.returncode == 2
    assert f"error: the file to import {str(tmp_path / 'missing.json')!r} does not exist" in bad.stderr.splitlines()
    wrong_kind = cli("memory", "list", "--kind", "recipes", "--data-dir", str(tmp_path / "b"))
    assert wrong_kind.returncode == 2 and "unknown --kind" in wrong_kind.stderr
