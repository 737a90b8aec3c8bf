"""Shadow teacher (``[agent.decision] shadow``): the device acts, the cloud's pick is logged as a label."""

from __future__ import annotations

from cascadroid.agents.features import FEATURE_NAMES
from cascadroid.learn import example
from cascadroid.memory import MemoryStore
from cascadroid.memory.decisions import Decision, LoggedCandidate
from cascadroid.settings import CascadeSettings, Settings
from cascadroid.testing import NoisyOracleModel, OracleCourse, RecordingServer, ScriptedModel, chat_responder

ACT_ALWAYS = {"act_threshold": 0.0, "defer_below": 0.0, "no_fit_below": 0.0, "defer_done_below": 0.0}


def _run(tmp_path, store: MemoryStore, decision: dict):
    from cascadroid.agent import Agent
    from cascadroid.device.sim import SimDevice
    from cascadroid.device.sim.tasks import registry
    from cascadroid.models import OpenAICompatibleModel

    task = registry().instance("settings_wifi", 0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    oracle = NoisyOracleModel(task, phone, accuracy=1.0, course=OracleCourse(task, phone), name="oracle-cloud")
    settings = Settings.load(data_dir=tmp_path, agent={"operator_mode": "choices", "save_screenshots": False,
                                                      "max_steps": 6, "learn": "off", "decision": decision})
    policy = CascadeSettings().model_copy(update={"routing": CascadeSettings().routing.model_copy(
        update={"max_failure_streak": 99})})
    with RecordingServer(responder=chat_responder(oracle), model="gpt-4o-mini") as server:
        cloud = OpenAICompatibleModel(settings.cloud, base_url=server.url, model="gpt-4o-mini")
        with Agent(phone, local=ScriptedModel(responder=lambda r: {"answer": "no"}), cloud=cloud, settings=settings,
                   memory=store, policy=policy) as agent:
            result = agent.run(task.goal)
        served = len(server.requests)
    return result, served


def test_shadow_mode_asks_the_cloud_on_steps_the_device_decides_and_logs_its_pick_unexecuted(tmp_path):
    store = MemoryStore(tmp_path / "memory.db")
    result, served = _run(tmp_path, store, {**ACT_ALWAYS, "shadow": True})
    logged = store.decisions.all()
    assert logged and {d.how for d in logged} == {"structure"}  # the device decided every step
    assert served == len(logged) == result.totals["cloud_calls"]  # one shadow question per step, counted
    assert all(d.teacher_action for d in logged)
    for d in logged:  # the executed action is the device's pick; the teacher's is kept beside it
        assert d.candidates[d.chosen].kind == d.action["kind"]
        if d.teacher >= 0:
            assert d.candidates[d.teacher].kind == d.teacher_action["kind"]
    assert any(d.teacher >= 0 for d in logged)  # the cloud's pick found among the candidates


def test_without_shadow_steps_the_device_decides_send_nothing(tmp_path):
    store = MemoryStore(tmp_path / "memory.db")
    result, served = _run(tmp_path, store, ACT_ALWAYS)
    assert served == 0 and not result.totals.get("cloud_calls")
    assert all(d.teacher is None and not d.teacher_action for d in store.decisions.all())


def _decision(how: str, chosen: int, teacher: int | None, teacher_kind: str = "tap", outcome: str = "no_change"):
    candidates = [LoggedCandidate(text=f"tap [{j}] item {j}", kind="tap", features=[0.1] * len(FEATURE_NAMES))
                  for j in range(3)]
    return Decision(run_id="r", step_index=0, task="open the item", feature_names=list(FEATURE_NAMES),
                    candidates=candidates, how=how, chosen=chosen, outcome=outcome, run_success=False,
                    teacher=teacher, teacher_action={"kind": teacher_kind} if teacher is not None else {})


def test_the_shadow_teachers_pick_is_the_label_whatever_the_device_did(tmp_path):
    store = MemoryStore(tmp_path / "m.db")
    for d in (_decision("structure", 0, 2), _decision("structure", 0, -1), _decision("structure", 0, 1, "wait"),
              _decision("structure", 0, None)):
        store.decisions.record(d)
    shadow, unlisted, waited, plain = [example(row) for row in store.decisions.rows()]
    assert shadow.label == 2 and shadow.weight == 1.0  # asked, not executed: the failed step does not weigh it
    assert unlisted.label == -1  # the teacher chose none of the candidates: teaches deferral
    assert waited.label is None and waited.wrong == [0]  # a waiting teacher teaches nothing; the failed step does
    assert plain.label is None and plain.wrong == [0]


def test_shadow_labels_are_exported_for_fine_tuning(tmp_path):
    from cascadroid.decision_log import jsonl_example, validate_jsonl_line

    line = jsonl_example(_decision("structure", 0, 2))
    assert line is not None and line["messages"][2]["content"] == "3"
    import json

    validate_jsonl_line(json.dumps(line))
    assert jsonl_example(_decision("structure", 0, 1, "wait")) is None
