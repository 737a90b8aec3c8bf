"""The agent solves every task template end to end when its model is the task's oracle
(OracleModel answers from the reference solution); the check reads the phone's state."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice, SurprisePlan
from cascadroid.device.sim.tasks import registry
from cascadroid.errors import ModelOutputError
from cascadroid.models.base import ModelRequest
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel

REGISTRY = registry()


def _settings(tmp_path: Path) -> Settings:
    return Settings.load(data_dir=tmp_path, agent={"save_screenshots": False})


@pytest.mark.slow
def test_agent_with_the_oracle_solves_every_template(tmp_path: Path) -> None:
    failures = []
    for index, name in enumerate(REGISTRY.names()):
        task = REGISTRY.instance(name, seed=index)
        phone = SimDevice(seed=task.seed)
        task.setup_on(phone)
        oracle = OracleModel(task, phone)
        agent = Agent(device=phone, local=oracle, memory=False, settings=_settings(tmp_path / name))
        result = agent.run(task.goal)
        agent.close()
        if not (result.status == "succeeded" and task.check(phone, result.answer)):
            failures.append(f"{name}: {result.status} {result.stop_reason} {[s.description for s in result.steps]}")
        assert {r.purpose for r in oracle.requests} >= {"manager", "operator"}
    assert not failures, "\n".join(failures)


def test_oracle_waits_through_a_slow_load(tmp_path: Path) -> None:
    task = REGISTRY.instance("notes_create", seed=2)
    phone = SimDevice(seed=2, surprises=True)
    phone.surprise_plan = SurprisePlan(slow={"notes"})  # a spinner on the first open of Notes, nothing else
    task.setup_on(phone)
    agent = Agent(device=phone, local=OracleModel(task, phone), memory=False, settings=_settings(tmp_path))
    result = agent.run(task.goal)
    agent.close()
    kinds = [s.action["kind"] for s in result.steps]
    assert "wait" in kinds and kinds.index("wait") == 1  # right after open_app met the spinner
    assert task.check(phone, result.answer)


def test_oracle_answers_the_roles_and_refuses_other_calls() -> None:
    task = REGISTRY.instance("maps_best_rated_question", seed=1)
    phone = SimDevice(seed=1)
    task.setup_on(phone)
    oracle = OracleModel(task, phone)
    assert oracle.tier == "scripted"
    first = oracle.complete(ModelRequest.of("x", purpose="operator", signals={"step": 0, "waits": 0}))
    assert '"action": "open_app"' in first.text and '"Maps"' in first.text
    last = oracle.complete(ModelRequest.of("x", purpose="operator", signals={"step": 99, "waits": 0}))
    assert '"action": "done"' in last.text
    assert '"outcome": "success"' in oracle.complete(ModelRequest.of("x", purpose="reflector")).text
    with pytest.raises(ModelOutputError):
        oracle.complete(ModelRequest.of("x", purpose="program"))
