"""Every file in examples/ runs (or loads) as a user would use it.

The examples default to the bundled local model; these tests swap in the reference-solution
double (CASCADROID_EXAMPLE_MODEL=oracle, or an argument) so they finish in seconds."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cascadroid.cascade import load_policy
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.errors import ConfigurationError
from cascadroid.models import OpenAICompatibleModel
from cascadroid.testing import OracleModel, RecordingServer

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASCADROID_")}
    return {**env, **extra}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_embed_in_script_runs_a_task_and_checks_the_device(tmp_path):
    done = subprocess.run([sys.executable, str(EXAMPLES / "embed_in_script.py"), "--task", "settings_bluetooth",
                           "--seed", "2", "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=300,
                          env=_env(CASCADROID_EXAMPLE_MODEL="oracle"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "task: Turn Bluetooth" in done.stdout and "check: passed" in done.stdout
    assert "step 0:" in done.stdout and (tmp_path / "cascadroid.db").is_file()


def test_pytest_suite_example_runs_with_the_plugin_fixtures(tmp_path):
    # the plugin is registered by the package's pytest11 entry point (no -p needed once installed)
    done = subprocess.run([sys.executable, "-m", "pytest", str(EXAMPLES / "pytest_suite"), "-q", "-p",
                           "no:cacheprovider", "--rootdir", str(EXAMPLES / "pytest_suite")],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path,
                          env=_env(CASCADROID_EXAMPLE_MODEL="oracle"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_privacy_policy_file_loads_with_what_it_says():
    policy = load_policy(EXAMPLES / "privacy_policy.toml")
    assert policy.privacy.kinds["card"] == "local_only" and policy.privacy.kinds["address"] == "allow"
    assert policy.privacy.apps["com.google.android.apps.messaging"] == {"*": "local_only"}
    assert policy.budget.per_run_usd == 0.05 and policy.budget.on_exceeded == "stay_local"
    assert policy.routing.cloud_first_purposes == ["manager"]
    assert policy.prices["gpt-4o-mini"].input_per_mtok == 0.15


def test_hosted_model_builds_from_a_config_file_without_sending_anything(tmp_path, monkeypatch):
    hosted = _load("hosted_model")
    for name in [k for k in os.environ if k.startswith("CASCADROID_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("CASCADROID_CLOUD__API_KEY", "sk-test")
    with RecordingServer(responder=lambda request: "{}") as cloud:
        config = tmp_path / "cascadroid.toml"
        config.write_text(f'data_dir = "{tmp_path / "data"}"\n[cloud]\nbase_url = "{cloud.url}"\nmodel = "gpt-4o-mini"\n')
        task = registry().instance("settings_dark_theme", seed=1)
        phone = SimDevice(seed=1)
        task.setup_on(phone)
        agent = hosted.build_agent(config, local=OracleModel(task, phone), device=phone)
        assert isinstance(agent.cloud, OpenAICompatibleModel)
        assert agent.cloud.base_url == cloud.url and agent.cloud.model == "gpt-4o-mini"
        assert agent.policy.privacy.kinds["card"] == "local_only"  # the example's policy file
        assert cloud.chat_calls == 0  # building sends nothing


def test_hosted_model_runs_a_task_with_planning_on_the_hosted_model(tmp_path, monkeypatch):
    """The cascade sends the manager (cloud-first in the policy) to the hosted endpoint, masked."""
    hosted = _load("hosted_model")
    for name in [k for k in os.environ if k.startswith("CASCADROID_")]:
        monkeypatch.delenv(name)
    plan = json.dumps({"plan": ["open Display settings"], "subgoal": "turn the dark theme on", "done": False})
    with RecordingServer(responder=lambda request: plan) as cloud:
        config = tmp_path / "cascadroid.toml"
        config.write_text(f'data_dir = "{tmp_path / "data"}"\n[cloud]\nbase_url = "{cloud.url}"\n'
                          'model = "gpt-4o-mini"\nmax_retries = 0\n')
        task = registry().instance("settings_dark_theme", seed=1)
        phone = SimDevice(seed=1)
        task.setup_on(phone)
        with hosted.build_agent(config, local=OracleModel(task, phone), device=phone) as agent:
            result = agent.run(task.goal)
        assert task.check(phone, result.answer), result.stop_reason
        assert cloud.chat_calls >= 1 and result.totals.get("cloud_calls", 0) >= 1
        decisions = [e.payload for e in agent.memory.runs.events(result.run_id, kind="decision")]
        assert any(d["tier"].startswith("cloud") and d["purpose"] == "manager" for d in decisions)


def test_hosted_model_without_an_endpoint_says_what_to_set(monkeypatch, capsys):
    hosted = _load("hosted_model")
    for name in [k for k in os.environ if k.startswith("CASCADROID_")]:
        monkeypatch.delenv(name)
    with pytest.raises(ConfigurationError, match="no hosted model"):
        hosted.build_agent()
    assert hosted.main(["Turn on dark mode"]) == 2
    assert "CASCADROID_CLOUD__BASE_URL" in capsys.readouterr().err
