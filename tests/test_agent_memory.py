"""Memory in the agent loop: tips reach the Manager, a learned shortcut is verified before use,
then replays step by step through the agent's own loop; a broken shortcut falls back to single actions and is demoted."""

import pytest

from cascadroid.agent import Agent
from cascadroid.agents.shortcuts import match_task
from cascadroid.device.script import open_app, tap
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.tasks import registry
from cascadroid.memory import MemoryStore, Shortcut
from cascadroid.settings import Settings
from cascadroid.testing import OracleModel
from cascadroid.testing.sim_shortcuts import verify_for_task

TEMPLATE = "notes_create"


@pytest.fixture
def store(tmp_path):
    return MemoryStore(tmp_path / "memory.db")


def run(task_seed, store, tmp_path):
    task = registry().instance(TEMPLATE, seed=task_seed)
    phone = SimDevice(seed=task_seed)
    task.setup_on(phone)
    oracle = OracleModel(task, phone)
    settings = Settings.load(data_dir=tmp_path / f"run{task_seed}", agent={"save_screenshots": False})
    with Agent(phone, local=oracle, memory=store, settings=settings) as agent:
        result = agent.run(task.goal)
    return result, task.check(phone, result.answer), oracle


def test_task_patterns_extract_parameters():
    assert match_task('Create a note titled "{title}" that says "{body}".',
                      'create a note titled "Todo" that says "Buy milk".') == {"title": "Todo", "body": "Buy milk"}
    assert match_task("Turn off Wi-Fi", "Turn on Wi-Fi") is None


def test_a_candidate_is_not_used_until_verified_then_saves_model_calls(store, tmp_path):
    first, ok, _ = run(0, store, tmp_path)
    assert ok
    [candidate] = store.shortcuts.all(state="candidate")
    assert set(candidate.params_schema["properties"]) == {"title", "body"}

    unverified, ok, _ = run(1, store, tmp_path)
    assert ok and all(s.action["kind"] != "shortcut" for s in unverified.steps)  # candidates are never used

    outcome = verify_for_task(store.shortcuts, candidate, registry().instance(TEMPLATE, seed=101), lambda: SimDevice(seed=101))
    assert outcome is not None and outcome.succeeded
    assert store.shortcuts.get(candidate.id).state == "verified"

    reused, ok, oracle = run(2, store, tmp_path)
    assert ok
    replayed = [s for s in reused.steps if s.shortcut == candidate.name]
    assert [s.action["kind"] for s in replayed] == [s.kind for s in candidate.steps]  # each step an ordinary one
    assert all(s.outcome == "success" for s in replayed)
    assert reused.totals["model_calls"] <= 0.4 * first.totals["model_calls"]
    assert not any(r.purpose == "manager" for r in oracle.requests)  # the shortcut was the plan


def test_a_broken_shortcut_falls_back_to_single_actions_and_is_demoted(store, tmp_path):
    task = registry().instance(TEMPLATE, seed=0)
    broken = Shortcut(
        name="create_note_broken", description='Create a note titled "{title}" that says "{body}".',
        params_schema={"type": "object", "properties": {"title": {"type": "string"}, "body": {"type": "string"}},
                       "required": ["title", "body"]},
        steps=[open_app("Notes"), tap(content_desc="No such button")], state="verified",
    )
    stored = store.shortcuts.add(broken)
    result, ok, _ = run(0, store, tmp_path)
    assert ok, result.stop_reason  # the run finished with single actions after the shortcut stopped
    assert [s.action["kind"] for s in result.steps if s.shortcut] == ["open_app"]  # the button is not there: no tap
    [logged] = store.shortcuts.runs(stored.id)
    assert logged["status"] == "stopped" and "No such button" in logged["reason"]
    assert store.shortcuts.get(stored.id).state == "candidate"  # verified again before it is used again
    result, ok, _ = run(1, store, tmp_path)
    assert ok and all(s.action["kind"] != "shortcut" for s in result.steps)
    assert task.goal  # (the template's goal shape is what the shortcut matched)


def test_tips_reach_the_manager(store, tmp_path):
    store.tips.add("In Notes, the new-note button is the round plus at the bottom right.", apps=["com.google.android.keep"])
    _, ok, oracle = run(0, store, tmp_path)
    manager_prompts = [r.prompt_text() for r in oracle.requests if r.purpose == "manager"]
    assert ok and any("round plus" in p for p in manager_prompts)
