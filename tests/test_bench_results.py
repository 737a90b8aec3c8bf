"""Bench rows carry the check's side effects and state diff; a results file keyed (config, task, seed,
phrasing, surprises) makes a rerun add nothing twice, in processes and on Ray."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from cascadroid.cli import app
from cascadroid.device.sim.tasks import TaskRegistry, registry
from cascadroid.errors import ConfigurationError
from cascadroid.evaluation.bench import BenchConfig, run_bench, run_task, select_tasks
from cascadroid.evaluation.results_store import ResultsStore, job_key, row_key

TASKS = ["settings_wifi", "contacts_phone_question"]


def strict_wifi_registry() -> TaskRegistry:
    """settings_wifi, declared as changing nothing: its own reference becomes a side effect."""
    wifi = type(registry().get("settings_wifi"))
    strict = type("StrictWifi", (wifi,), {"name": "wifi_may_change_nothing", "may_change": ()})
    return TaskRegistry([strict()])


def oracle(tmp_path, **extra) -> BenchConfig:
    return BenchConfig(name="oracle", model="oracle", data_dir=tmp_path / "data", **extra)


def test_a_failed_row_names_its_side_effects_and_the_state_diff(tmp_path):
    config = oracle(tmp_path, registry="test_bench_results:strict_wifi_registry")
    row = run_task(config, "wifi_may_change_nothing", 0)
    assert row["claimed"] and not row["success"] and row["error"] is None
    assert [s.split(":")[0] for s in row["side_effects"]] == ["settings.wifi"]
    assert row["state_diff"] == row["side_effects"]
    passed = run_task(oracle(tmp_path), "settings_wifi", 0)
    assert passed["success"] and passed["side_effects"] == [] and "state_diff" not in passed
    report = run_bench([config], [("wifi_may_change_nothing", 0)], out_dir=tmp_path / "out")
    assert "side effects: settings.wifi" in (tmp_path / "out" / "results.md").read_text()
    assert report.summary[0]["success_rate"] == 0.0


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rerun_into_the_same_results_file_adds_nothing_twice(tmp_path, workers):
    results = tmp_path / "suite.db"
    config = oracle(tmp_path)
    first_seen: list[dict] = []
    first = run_bench([config], select_tasks(TASKS, seeds=[0, 1]), workers=workers, results=results,
                      on_row=first_seen.append)
    assert len(first.rows) == len(first_seen) == 4 and all(r["success"] for r in first.rows)
    with ResultsStore(results) as store:
        assert len(store) == 4 and {row_key(r) for r in store.rows()} == {row_key(r) for r in first.rows}

    again_seen: list[dict] = []
    again = run_bench([config], select_tasks(TASKS, seeds=[0, 1]), workers=workers, results=results,
                      on_row=again_seen.append)
    assert again_seen == []  # nothing ran again
    assert [row_key(r) for r in again.rows] == [row_key(r) for r in first.rows]
    assert again.summary == first.summary

    grown: list[dict] = []
    more = run_bench([config], select_tasks(TASKS, seeds=[0, 1, 2]), workers=workers, results=results,
                     on_row=grown.append)
    assert sorted((r["task"], r["seed"]) for r in grown) == sorted([(TASKS[0], 2), (TASKS[1], 2)])
    assert len(more.rows) == 6
    with ResultsStore(results) as store:
        assert len(store) == 6


def test_the_key_tells_configs_surprises_and_phrasings_apart(tmp_path):
    row = {"config": "oracle", "task": "settings_wifi", "seed": 0, "success": True}
    with ResultsStore(tmp_path / "r.db") as store:
        assert store.add(row) and not store.add(dict(row, success=False))  # the first row stays
        assert store.add(dict(row, phrasing=1)) and store.add(dict(row, surprises="all"))
        assert store.add(dict(row, config="local"))
        assert len(store) == 4 and store.get(row_key(row))["success"] is True
        assert job_key(BenchConfig(name="oracle", model="oracle"), "settings_wifi", 0) in store
    (tmp_path / "junk.db").write_text("not a database, just text " * 40)
    with pytest.raises(ConfigurationError) as info:
        ResultsStore(tmp_path / "junk.db")
    assert "junk.db" in str(info.value) and info.value.hint


def test_cli_bench_results_option_resumes_into_the_file(tmp_path):
    results = tmp_path / "rows.db"
    args = ["bench", "--task", "settings_wifi", "--seeds", "0,1", "--out", str(tmp_path / "out"),
            "--data-dir", str(tmp_path / "data"), "--results", str(results), "--json"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert json.loads(second.output)["summary"] == json.loads(first.output)["summary"]
    with sqlite3.connect(results) as db:
        assert db.execute("SELECT count(*) FROM bench_rows").fetchone()[0] == 2


@pytest.mark.slow
def test_ray_rows_go_into_the_same_results_file_once(tmp_path):
    pytest.importorskip("ray", reason="the Ray executor needs ray (pip install 'cascadroid[ray]')")
    from cascadroid.evaluation.bench_ray import run_bench_ray

    results = tmp_path / "suite.db"
    config = oracle(tmp_path)
    on_ray = run_bench_ray([config], select_tasks(TASKS, seeds=[0]), workers=2, results=results)
    assert len(on_ray.rows) == 2 and all(r["success"] for r in on_ray.rows)
    rerun: list[dict] = []
    in_process = run_bench([config], select_tasks(TASKS, seeds=[0, 1]), results=results, on_row=rerun.append)
    assert sorted(r["seed"] for r in rerun) == [1, 1]  # only the jobs Ray had not run
    assert len(in_process.rows) == 4
    with ResultsStore(results) as store:
        assert len(store) == 4
