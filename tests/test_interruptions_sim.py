"""Interruptions on the simulated phone: each kind of surprise met by the whole agent (the graph
handles it without a model call, records it as an interruption and keeps the plan), the
permission policy, reference replays, and the surprise option of the bench, the CLI and the
pytest plugin."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cascadroid.agent import Agent
from cascadroid.cli import app
from cascadroid.device.script import run_script
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.surprises import SURPRISE_MODES
from cascadroid.device.sim.tasks import registry
from cascadroid.errors import ConfigurationError, InvalidActionError
from cascadroid.evaluation.bench import BenchConfig, parse_configs, run_task
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel
from cascadroid.testing.oracle import run_reference

REGISTRY = registry()
KIND_OF_MODE = {"rate": "rating", "update": "update", "permission": "permission", "system": "system",
                "slow": "loading"}


def _run(tmp_path: Path, name: str, seed: int, surprises: str, **agent: object):
    task = REGISTRY.instance(name, seed)
    phone = SimDevice(seed=seed, surprises=surprises)
    task.setup_on(phone)
    oracle = OracleModel(task, phone)
    settings = Settings.load(data_dir=tmp_path / f"{name}-{surprises}", agent={"save_screenshots": False, **agent})
    with Agent(device=phone, local=oracle, memory=False, settings=settings) as runner:
        result = runner.run(task.goal)
    return task, phone, oracle, result


@pytest.mark.parametrize("mode", sorted(KIND_OF_MODE))
def test_each_kind_of_surprise_is_handled_without_a_model_call_and_the_plan_kept(tmp_path, mode):
    task, phone, oracle, result = _run(tmp_path, "text_best_place_address", 0, mode)
    assert task.check(phone, result.answer), [(s.description, s.outcome) for s in result.steps]
    handled = [s for s in result.steps if s.outcome == "interruption"]
    assert handled and {s.reason for s in handled} == {f"interruption: {KIND_OF_MODE[mode]}"}
    assert all(s.model_calls == 0 for s in handled)
    assert [r.purpose for r in oracle.requests].count("manager") == 1  # no re-plan after an interruption
    progress = [s for s in result.steps if s.outcome != "interruption"]
    assert [s.description for s in progress] == [s.description for s in _run(
        tmp_path / "plain", "text_best_place_address", 0, "none")[3].steps]


def test_without_the_handler_the_same_surprises_stall_a_reference_replay():
    task = REGISTRY.instance("text_best_place_address", 0)
    phone = SimDevice(seed=0, surprises="rate")
    task.setup_on(phone)
    with pytest.raises(InvalidActionError):  # the rating pop-up hides the search field
        run_script(phone, task.reference(phone))


def test_permission_from_apps_the_task_does_not_name_is_denied_and_the_run_goes_on(tmp_path):
    task, phone, _, result = _run(tmp_path, "text_best_place_address", 1, "permission")
    assert "Maps" not in task.goal and "Messages" not in task.goal
    assert phone.permissions == {"maps": False, "messages": False}
    assert task.check(phone, result.answer)
    denied = [s for s in result.steps if s.outcome == "interruption"]
    assert len(denied) == 2 and all("denied" in s.outcome_reason for s in denied)


def test_permission_for_the_app_the_task_names_is_granted(tmp_path):
    task, phone, _, result = _run(tmp_path, "contacts_star", 0, "permission")
    assert "Contacts" in task.goal and phone.permissions == {"contacts": True}
    assert task.check(phone, result.answer)


def test_permission_policy_from_the_settings(tmp_path):
    _, granted, _, _ = _run(tmp_path / "g", "text_best_place_address", 0, "permission", permissions="grant")
    _, denied, _, _ = _run(tmp_path / "d", "contacts_star", 0, "permission", permissions="deny")
    assert granted.permissions == {"maps": True, "messages": True} and denied.permissions == {"contacts": False}


def test_a_system_dialog_is_waited_out_and_the_app_keeps_its_screen(tmp_path):
    task, phone, _, result = _run(tmp_path, "notes_create", 2, "system")
    (handled,) = [s for s in result.steps if s.outcome == "interruption"]
    assert handled.package == "android" and "'wait'" in handled.outcome_reason
    assert task.check(phone, result.answer)


@pytest.mark.parametrize("name", ["call_latest_texter", "alarm_before_event", "note_product_price", "contacts_delete"])
def test_the_oracle_with_every_surprise_on_solves_multi_step_tasks(tmp_path, name):
    task, phone, _, result = _run(tmp_path, name, 1, "all")
    assert task.check(phone, result.answer), [(s.description, s.outcome, s.outcome_reason) for s in result.steps]
    assert sum(s.outcome == "interruption" for s in result.steps) >= 4  # spinner, permission, rating, update


@pytest.mark.parametrize("name", ["text_best_place_address", "contacts_delete", "clock_start_timer"])
def test_reference_replay_handles_interruptions_like_the_agent(name):
    task = REGISTRY.instance(name, 2)
    phone = SimDevice(seed=2, surprises="all")
    task.setup_on(phone)
    reference = task.reference(phone)
    results = run_reference(task, phone)
    assert task.check(phone, phone.answer) and len(results) > len(reference)


def test_bench_rows_with_and_without_surprises(tmp_path):
    configs = parse_configs(["oracle"], surprises=["none", "all"], data_dir=tmp_path)
    assert [(c.name, c.surprises) for c in configs] == [("oracle", "none"), ("oracle+surprises=all", "all")]
    plain, surprised = (run_task(c, "notes_create", 0) for c in configs)
    assert plain["success"] and surprised["success"]
    assert plain["interruptions"] == 0 and surprised["interruptions"] >= 5 and surprised["surprises"] == "all"
    with pytest.raises(ConfigurationError, match="surprise mode"):
        BenchConfig(name="x", model="oracle", surprises="sometimes")


def test_cli_bench_reports_each_surprise_mode_side_by_side(tmp_path):
    runner = CliRunner()
    done = runner.invoke(app, ["bench", "--task", "settings_wifi", "--surprises", "none,permission", "--json",
                               "--data-dir", str(tmp_path / "d"), "--out", str(tmp_path / "o")])
    assert done.exit_code == 0, done.output
    summary = {row["config"]: row["success_rate"] for row in json.loads(done.stdout)["summary"]}
    assert summary == {"oracle": 1.0, "oracle+surprises=permission": 1.0}


def test_pytest_plugin_option_gives_a_phone_with_surprises(tmp_path):
    suite = tmp_path / "test_user_suite.py"
    suite.write_text(textwrap.dedent("""
        from cascadroid.device.sim.tasks import registry
        from cascadroid.testing import OracleModel

        def test_agent_gets_past_the_pop_ups(cascadroid_device, cascadroid_agent):
            assert cascadroid_device.surprises == "rate"
            task = registry().instance("settings_wifi", 0)
            task.setup_on(cascadroid_device)
            cascadroid_agent.local = OracleModel(task, cascadroid_device)
            result = cascadroid_agent.run(task.goal)
            assert task.check(cascadroid_device, result.answer)
            assert [s.outcome for s in result.steps].count("interruption") == 1
    """))
    done = subprocess.run([sys.executable, "-m", "pytest", str(suite), "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), "--cascadroid-surprises=rate"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_plugin_and_simulator_offer_the_same_modes():
    from cascadroid import pytest_plugin

    source = Path(pytest_plugin.__file__).read_text()
    assert str(list(SURPRISE_MODES)).replace("'", '"') in source


def test_calibration_runs_with_surprises_and_the_noisy_oracle_sees_no_detour_in_them(tmp_path):
    from cascadroid.evaluation.calibrate import Calibrator, Point
    from cascadroid.testing import NoisyOracleModel

    with Calibrator(local="noisy-oracle", cloud="oracle", accuracy=1.0, surprises="all") as calibrator:
        row = calibrator.run_task(Point(name="always-local", kind="always-local"), "text_best_place_address", 0)
    assert row["success"] and row["error"] is None
    with pytest.raises(ConfigurationError, match="surprise mode"):
        Calibrator(local="noisy-oracle", cloud="oracle", surprises="often")
    task = REGISTRY.instance("text_best_place_address", 0)
    phone = SimDevice(seed=0, surprises="all")
    task.setup_on(phone)
    noisy = NoisyOracleModel(task, phone, accuracy=1.0)
    settings = Settings.load(data_dir=tmp_path, agent={"save_screenshots": False})
    with Agent(device=phone, local=noisy, memory=False, settings=settings) as runner:
        result = runner.run(task.goal)
    assert task.check(phone, result.answer) and noisy.course.detours == 0
