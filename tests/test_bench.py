"""The benchmark harness: the oracle config over real simulated tasks, success read from the device,
a user's own registry, outputs (Markdown, JSON, plot), and the `cascadroid bench` exit codes."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from PIL import Image
from typer.testing import CliRunner

from cascadroid.cli import app
from cascadroid.device.script import Step
from cascadroid.device.sim.tasks import TaskRegistry, TaskTemplate
from cascadroid.errors import ConfigurationError, UnknownTaskError
from cascadroid.evaluation.bench import BenchConfig, parse_configs, run_bench, run_task, select_tasks, summarize
from cascadroid.memory import MemoryStore

# one single-app toggle, one question (answer checked), one multi-app task
TASKS = ["settings_wifi", "calendar_count_events", "alarm_before_event"]


class ClaimsDoneWithoutActing(TaskTemplate):
    """A user's task whose reference 'solution' only says done: the device check must say no."""

    name = "wifi_lazy"
    apps = ("settings",)
    difficulty = "easy"
    goal = "Turn Wi-Fi off."

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("settings").state.wifi = True

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("settings").state.wifi is False

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return [Step(kind="done", answer="done")]


def lazy_registry() -> TaskRegistry:
    return TaskRegistry([ClaimsDoneWithoutActing()])


def test_oracle_config_solves_real_tasks_and_writes_every_output(tmp_path):
    config = BenchConfig(name="oracle", model="oracle", data_dir=tmp_path / "data", screenshots=True)
    seen: list[dict[str, Any]] = []
    report = run_bench([config], select_tasks(TASKS, seeds=[0, 1]), out_dir=tmp_path / "out", on_row=seen.append)
    assert len(report.rows) == len(seen) == 6
    assert all(r["success"] and r["claimed"] and r["error"] is None for r in report.rows), report.rows
    assert all(r["steps"] > 0 and r["model_calls"] > 0 and r["cost_usd"] == 0 for r in report.rows)
    (summary,) = report.summary
    assert summary["success_rate"] == 1.0 and summary["tasks"] == 6
    on_disk = json.loads((tmp_path / "out" / "results.json").read_text())
    assert on_disk["summary"] == report.summary and len(on_disk["rows"]) == 6
    table = (tmp_path / "out" / "results.md").read_text()
    assert "| oracle | 6 | 100.0% |" in table
    with Image.open(tmp_path / "out" / "success_vs_cost.png") as plot:
        assert plot.size == (720, 480)
    # each task kept its trace, with the device check recorded for the report
    row = report.rows[0]
    store = MemoryStore(tmp_path / "data" / "oracle" / f"{row['task']}-{row['seed']}" / "cascadroid.db")
    check = store.runs.events(row["run_id"], kind="check")[0].payload
    assert check["passed"] is True


def test_success_is_read_from_the_device_not_the_agents_claim(tmp_path):
    config = BenchConfig(name="oracle", model="oracle", data_dir=tmp_path, registry="test_bench:lazy_registry")
    row = run_task(config, "wifi_lazy", 0)
    assert row["claimed"] is True and row["success"] is False
    assert row["steps"] == 1 and row["error"] is None


def test_run_task_takes_a_plain_dict_config_for_worker_processes(tmp_path):
    row = run_task({"name": "o", "model": "oracle", "data_dir": str(tmp_path)}, "settings_wifi", 3)
    assert row["success"] and row["config"] == "o" and row["seed"] == 3


def test_memory_on_shares_one_store_per_config_and_off_keeps_tasks_apart(tmp_path):
    configs = parse_configs(["oracle"], memory="both", data_dir=tmp_path)
    assert [c.name for c in configs] == ["oracle", "oracle+memory"]
    report = run_bench(configs, select_tasks(["settings_wifi", "settings_bluetooth"]))
    shared = MemoryStore(tmp_path / "oracle_memory" / "memory.db")
    assert {r.run_id for r in shared.runs.recent()} == {r["run_id"] for r in report.rows if r["config"] == "oracle+memory"}
    assert not (tmp_path / "oracle" / "memory.db").exists()


def test_selection_and_bad_input():
    easy = select_tasks(difficulty="easy", count=2, seeds=[0, 5])
    assert len(easy) == 4 and {s for _, s in easy} == {0, 5}
    with pytest.raises(UnknownTaskError, match="settings_wifi"):
        select_tasks(["settings_wif"])
    with pytest.raises(ConfigurationError, match="difficulty"):
        select_tasks(difficulty="trivial")
    with pytest.raises(ConfigurationError, match="unknown configuration"):
        parse_configs(["gpt5"])
    with pytest.raises(ConfigurationError, match="no cloud endpoint"):
        run_bench(parse_configs(["cascade"]), [("settings_wifi", 0)])
    with pytest.raises(ConfigurationError, match="registry"):
        select_tasks(registry="no_such_module:registry")


def test_summary_means_per_config():
    rows = [{"config": "a", "success": s, "steps": 2, "model_calls": 4, "cloud_tokens": 10 * s, "cost_usd": 0.01 * s,
             "seconds": 1.0, "error": None} for s in (True, False)]
    (summary,) = summarize(rows)
    assert summary["success_rate"] == 0.5 and summary["cloud_tokens"] == 5 and summary["cost_usd"] == 0.005


def test_cli_bench_exit_codes(tmp_path):
    runner = CliRunner()
    common = ["--data-dir", str(tmp_path / "d"), "--out", str(tmp_path / "o")]
    ok = runner.invoke(app, ["bench", "--task", "settings_wifi", "--json", *common])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["summary"][0]["success_rate"] == 1.0
    failing = runner.invoke(app, ["bench", "--task", "alarm_before_event", "--max-steps", "1", "--min-success", "1",
                                  *common])
    assert failing.exit_code == 1 and "0.0%" in failing.output
    unknown = runner.invoke(app, ["bench", "--no-such-option"])
    assert unknown.exit_code == 2 and "No such option" in unknown.output


def _hosted_reply(request: dict[str, Any]) -> str:
    """A stand-in hosted model: one JSON object that fits every role's schema; the operator says done."""
    import json as _json

    return _json.dumps({"reason": "stand-in", "action": "done", "plan": ["look"], "subgoal": "look", "done": False,
                        "outcome": "success", "notes": []})


def test_cloud_config_sends_every_call_to_the_endpoint_and_counts_cloud_tokens_and_cost(tmp_path):
    from cascadroid.testing import RecordingServer

    with RecordingServer(responder=_hosted_reply, model="gpt-4o-mini") as cloud:
        config = BenchConfig(name="cloud", model="cloud", cloud_url=cloud.url, cloud_model="gpt-4o-mini",
                             data_dir=tmp_path)
        row = run_task(config, "settings_wifi", 0)
        assert cloud.chat_calls == row["model_calls"] == row["cloud_calls"] >= 1
    assert row["claimed"] and not row["success"]  # it said done without acting; the device says no
    assert row["cloud_tokens"] == row["tokens"] > 0 and row["cost_usd"] > 0


@pytest.mark.slow
def test_local_and_cascade_configs_run_the_bundled_model(tmp_path):
    from cascadroid.testing import RecordingServer

    settings = tmp_path / "free.toml"  # free-form operator: every step asks a model (choices mode may not)
    settings.write_text('[agent]\noperator_mode = "free"\nmax_consecutive_errors = 1\nmax_output_retries = 0\n'
                        'learn = "off"\n')  # one answer is all this needs: don't re-ask the 135M model
    with RecordingServer(responder=_hosted_reply, model="gpt-4o-mini") as cloud:
        configs = parse_configs(["local", "cascade"], cloud_url=cloud.url, cloud_model="gpt-4o-mini", max_steps=1,
                                data_dir=tmp_path, settings_file=settings)
        report = run_bench(configs, [("settings_wifi", 0)])
    local, cascade = report.rows
    assert local["error"] is None and local["model_calls"] > 0 and local["cloud_calls"] == 0
    assert cascade["error"] is None and cascade["cloud_calls"] >= 1  # the manager is cloud-first by default
