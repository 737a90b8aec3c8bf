"""Learning from logged decisions: logging (masked), training, refusal, activation, export/import, JSONL."""

from __future__ import annotations

import json
import math
import random
import sys

import pytest

from cascadroid.agents.features import FEATURE_NAMES
from cascadroid.agents.learned import LearnedDecisionModel
from cascadroid.agents.lexicon import LEXICON_FEATURES
from cascadroid.agents.procedures import PROCEDURE_FEATURES
from cascadroid.errors import ConfigurationError, LearnRefused
from cascadroid.learn import learn
from cascadroid.memory import MemoryStore
from cascadroid.memory.decisions import Decision, LoggedCandidate
from cascadroid.settings import CascadeSettings, LearnSettings, Settings
from cascadroid.testing import NoisyOracleModel, OracleCourse, RecordingServer, ScriptedModel, chat_responder

COVER = FEATURE_NAMES.index("task_covered")


def _decisions(count: int, *, informative: bool = True, seed: int = 0) -> list[Decision]:
    """Decisions whose right candidate (or none) shows in one feature when ``informative``."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        right = rng.randrange(-1, 5)
        candidates = []
        for j in range(5):
            vector = [rng.random() for _ in FEATURE_NAMES]
            if informative and j == right:
                vector[COVER] += 1.0
            candidates.append(LoggedCandidate(text=f"tap [{j}] item {j}", kind="tap", features=vector))
        chosen = right if informative else rng.randrange(-1, 5)
        out.append(Decision(run_id=f"run{i // 6}", step_index=i % 6, task="do the thing",
                            feature_names=list(FEATURE_NAMES), candidates=candidates,
                            how="escalate" if i % 4 else "structure", chosen=chosen, outcome="success"))
    return out


def _store(tmp_path, decisions: list[Decision], name: str = "m.db") -> MemoryStore:
    store = MemoryStore(tmp_path / name)
    for d in decisions:
        store.decisions.record(d)
    return store


@pytest.mark.parametrize("model", ["softmax", "logistic"])
def test_informative_logs_train_a_model_that_is_activated_and_beats_the_default(tmp_path, model):
    store = _store(tmp_path, _decisions(800))
    report = learn(store, LearnSettings(model=model))
    assert report.activated and report.damaged == 0
    held = report.metrics["held_back"]
    assert held["top1"] > report.metrics["current"]["top1"] + 0.3
    active = store.decisions.active_model()
    assert active is not None and active.id == report.version and active.params.kind == model
    assert 0 < active.params.act_threshold < 1  # picked on the calibration part, not a constant
    model = LearnedDecisionModel(active.params)
    lexicon = [0.0] * (len(LEXICON_FEATURES) + len(PROCEDURE_FEATURES))  # no words in common with the logged tasks
    probabilities = model.calibrated(model.raw([c.features + lexicon for c in _decisions(1, seed=9)[0].candidates]))
    assert all(0 <= p <= 1 for p in probabilities) and sum(probabilities) <= 1 + 1e-9


def test_tiny_logs_are_refused(tmp_path):
    store = _store(tmp_path, _decisions(30))
    with pytest.raises(LearnRefused, match="labelled decisions") as caught:
        learn(store, LearnSettings())
    assert caught.value.hint and store.decisions.models() == []


def test_damaged_logs_are_refused(tmp_path):
    store = _store(tmp_path, _decisions(400))
    with store.db.tx() as conn:  # a quarter of the rows damaged: cut JSON, a NaN, a vector too short
        conn.execute("UPDATE decisions SET candidates = '[{\"text\": \"x\", \"featu' WHERE id % 12 = 0")
        conn.execute("UPDATE decisions SET candidates = '[{\"text\": \"x\", \"features\": [NaN]}]' WHERE id % 12 = 1")
        conn.execute("UPDATE decisions SET chosen = 99 WHERE id % 12 = 2")
    with pytest.raises(LearnRefused, match="damaged"):
        learn(store, LearnSettings())
    assert store.decisions.active_model() is None


def test_labels_that_teach_nothing_are_not_activated(tmp_path):
    store = _store(tmp_path, _decisions(800, informative=False))
    report = learn(store, LearnSettings())
    assert not report.activated and "not activated" in report.reason
    assert store.decisions.active_model() is None and len(store.decisions.models()) == 1  # kept, versioned


def test_a_new_model_must_beat_the_active_one(tmp_path):
    store = _store(tmp_path, _decisions(800))
    first = learn(store, LearnSettings())
    second = learn(store, LearnSettings())  # the same logs: no gain over the active model
    assert first.activated and not second.activated
    assert store.decisions.active_model().id == first.version
    assert second.metrics["current_model"] == f"learned v{first.version}"


def test_export_import_carries_the_active_model_as_checked_json(tmp_path):
    source = _store(tmp_path, _decisions(800))
    learn(source, LearnSettings())
    document = json.loads(json.dumps(source.export_json()))
    assert document["decision_models"][0]["params"]["coef"]
    target = MemoryStore(tmp_path / "other.db")
    counts = target.import_json(document)
    assert counts["decision_models"] == 1
    assert target.decisions.active_model().params == source.decisions.active_model().params
    for bad in ({"coef": ["__import__('os')"]}, {"coef": [math.nan] * len(FEATURE_NAMES)}, {"coef": [1.0]},
                {"scale": [0.0] * len(FEATURE_NAMES)}, {"lexicon": {"open|app": "__import__('os')"}},
                {"lexicon": {f"w{i}|x": 1.0 for i in range(50_001)}}):
        tampered = json.loads(json.dumps(document))
        tampered["decision_models"][0]["params"].update(bad)
        fresh = MemoryStore(tmp_path / f"bad{len(str(bad))}.db")
        with pytest.raises(ConfigurationError, match="parameters are not usable"):
            fresh.import_json(tampered)
        assert fresh.decisions.models() == [] and fresh.tips.all() == []  # all or nothing


def test_missing_scikit_learn_is_refused_with_an_install_hint(tmp_path, monkeypatch):
    store = _store(tmp_path, _decisions(400))
    monkeypatch.setitem(sys.modules, "sklearn", None)
    monkeypatch.setitem(sys.modules, "sklearn.linear_model", None)
    with pytest.raises(LearnRefused, match="scikit-learn") as caught:
        learn(store, LearnSettings())
    assert "cascadroid[learn]" in caught.value.hint


def _cascade_run(tmp_path, store: MemoryStore, template: str, decision: dict):
    from cascadroid.agent import Agent
    from cascadroid.device.sim import SimDevice
    from cascadroid.device.sim.tasks import registry
    from cascadroid.models import OpenAICompatibleModel

    task = registry().instance(template, 0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    oracle = NoisyOracleModel(task, phone, accuracy=1.0, course=OracleCourse(task, phone), name="oracle-cloud")
    settings = Settings.load(data_dir=tmp_path, agent={"operator_mode": "choices", "save_screenshots": False,
                                                      "max_steps": 8, "learn": "off", "decision": decision})
    policy = CascadeSettings().model_copy(update={"routing": CascadeSettings().routing.model_copy(
        update={"min_confidence": 1.0})})
    with RecordingServer(responder=chat_responder(oracle), model="gpt-4o-mini") as server:
        cloud = OpenAICompatibleModel(settings.cloud, base_url=server.url, model="gpt-4o-mini")
        with Agent(phone, local=ScriptedModel(responder=lambda r: {"answer": "no"}), cloud=cloud, settings=settings,
                   memory=store, policy=policy) as agent:
            result = agent.run(task.goal)
            decider = agent._get_graph().deps.decider
    return task.check(phone, result.answer), result, decider


def test_cascade_runs_log_each_decision_with_features_teacher_choice_and_outcome(tmp_path):
    store = MemoryStore(tmp_path / "memory.db")
    ok, result, _ = _cascade_run(tmp_path, store, "settings_wifi",
                                 {"act_threshold": 1.0, "defer_below": 1.0, "no_fit_below": 1.0})
    assert ok
    store.decisions.set_run_outcome(result.run_id, ok, source="task_check")
    logged = store.decisions.all()
    assert len(logged) == len(result.steps) and {d.how for d in logged} == {"escalate"}
    assert all(d.run_success is True and d.outcome_source == "task_check" for d in logged)
    assert all(len(c.features) == len(FEATURE_NAMES) for d in logged for c in d.candidates)
    assert any(d.chosen >= 0 for d in logged)  # the cloud's pick found among the candidates
    for d in logged:
        if d.chosen >= 0:
            assert d.candidates[d.chosen].kind == d.action["kind"]


def test_an_active_model_is_loaded_by_the_agent_with_its_thresholds(tmp_path):
    store = _store(tmp_path, _decisions(800))
    report = learn(store, LearnSettings())
    _, _, decider = _cascade_run(tmp_path, store, "settings_wifi", {})
    assert isinstance(decider, LearnedDecisionModel) and decider.version == report.version


def test_private_values_are_masked_in_the_log(tmp_path):
    from cascadroid.decision_log import record
    from cascadroid.lifecycle import record_start
    from cascadroid.settings import PrivacySettings

    store = MemoryStore(tmp_path / "memory.db")
    phone = "+1 415 555 0134"
    record_start(store, "r1", f"Text {phone} that I am late", device="x", config={})
    vector = [0.0] * len(FEATURE_NAMES)
    step = {"run_id": "r1", "index": 0, "decision": {"how": "structure"}, "outcome": "success",
            "action": {"kind": "type", "element": 4, "text": phone},
            "screen_summary": f"[4] EditText \"{phone}\"",
            "candidates": [{"text": f"type \"{phone}\" into [4]", "kind": "type", "features": vector,
                            "action": {"kind": "type", "element": 4, "text": phone}}]}
    record(store, step, PrivacySettings(), ["Alice"])
    raw = json.dumps(store.decisions.rows())
    # every written form of the number is gone (not "555" alone: a logged timestamp may hold those digits)
    assert not [form for form in (phone, "415 555 0134", "4155550134", "555 0134", "5550134") if form in raw]
    assert "<PHONE_1>" in raw
    assert store.decisions.all()[0].chosen == 0  # matched before masking


def test_jsonl_export_is_in_the_documented_format(tmp_path):
    from cascadroid.decision_log import JSONL_FORMAT, export_jsonl, validate_jsonl_line

    store = _store(tmp_path, _decisions(40))
    written = export_jsonl(store, tmp_path / "train.jsonl")
    lines = (tmp_path / "train.jsonl").read_text(encoding="utf-8").splitlines()
    assert written == len(lines) == sum(d.how == "escalate" for d in store.decisions.all())
    examples = [validate_jsonl_line(line) for line in lines]
    assert all(e["format"] == JSONL_FORMAT for e in examples)
    first = store.decisions.all()[1]
    assert examples[0]["messages"][2]["content"] == str(first.chosen + 1)
    broken = dict(examples[0], messages=examples[0]["messages"][:2])
    with pytest.raises(ValueError, match="system, user, assistant"):
        validate_jsonl_line(json.dumps(broken))
    out_of_range = json.loads(lines[0])
    out_of_range["messages"][2]["content"] = "9"
    with pytest.raises(ValueError, match="listed candidate"):
        validate_jsonl_line(json.dumps(out_of_range))


def test_cascadroid_learn_trains_exports_jsonl_and_refuses_tiny_logs(tmp_path):
    from typer.testing import CliRunner

    from cascadroid.cli import app
    from cascadroid.decision_log import validate_jsonl_line

    runner = CliRunner()
    _store(tmp_path, _decisions(20), name="tiny/cascadroid.db").close()
    import subprocess

    refused = subprocess.run([sys.executable, "-m", "cascadroid.cli", "learn", "--data-dir", str(tmp_path / "tiny")],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0 and "labelled decisions" in refused.stdout + refused.stderr
    assert "Traceback" not in refused.stderr
    _store(tmp_path, _decisions(800), name="full/cascadroid.db").close()
    out = tmp_path / "train.jsonl"
    done = runner.invoke(app, ["learn", "--data-dir", str(tmp_path / "full"), "--export-jsonl", str(out), "--json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.output.splitlines()[-1])
    assert report["activated"] is True and report["decisions"] == 800
    assert all(validate_jsonl_line(line) for line in out.read_text(encoding="utf-8").splitlines())


def test_a_decision_left_in_a_checkpoint_with_the_old_candidate_key_is_logged_with_its_choice(tmp_path):
    """Before candidate actions were keyed ``kind`` they were keyed ``action``; a run paused between
    choosing and acting (the phone unplugged) keeps them so in its checkpoint file. Resumed, its
    decision is still logged against the right candidate."""
    from cascadroid.agent import Agent
    from cascadroid.agents.graph import AgentGraph, Deps
    from cascadroid.device.sim import SimDevice
    from cascadroid.errors import DeviceConnectionError

    class Unpluggable(SimDevice):
        plugged = False

        def act(self, action):
            if not self.plugged:
                raise DeviceConnectionError("USB cable unplugged", hint="plug the phone back in")
            return super().act(action)

    settings = Settings.load(data_dir=tmp_path, agent={
        "operator_mode": "choices", "save_screenshots": False, "max_steps": 2, "learn": "off",
        "decision": {"act_threshold": 0.0, "defer_below": 0.0, "no_fit_below": 0.0}})
    store, phone = MemoryStore(tmp_path / "memory.db"), Unpluggable(seed=0)
    local = ScriptedModel(responder=lambda request: {"answer": "yes"})
    first = Agent(phone, local=local, settings=settings, memory=store).run("Open the Settings app")
    assert first.status == "interrupted"

    graph = AgentGraph(Deps(device=phone, model=local, settings=settings.agent, apps=[]), tmp_path / "checkpoints.db")
    config = {"configurable": {"thread_id": first.run_id}}
    pending = graph.app.get_state(config).values["pending"]
    old = [{**c, "action": {("action" if k == "kind" else k): v for k, v in c["action"].items()}}
           for c in pending["candidates"]]
    graph.app.update_state(config, {"pending": {**pending, "candidates": old}}, as_node="operator")
    graph.close()
    assert "kind" not in old[0]["action"]

    phone.plugged = True
    Agent(phone, local=local, settings=settings, memory=store).resume(first.run_id)
    logged = store.decisions.all()[0]
    assert logged.step_index == 0 and logged.chosen >= 0
    assert logged.candidates[logged.chosen].kind == logged.action["kind"]


def _worded(count: int, seed: int = 0) -> list[Decision]:
    """Decisions whose right candidate shows only in words: the task's verb goes with one label."""
    rng = random.Random(seed)
    goes_with = {"bookmark": "More options", "archive": "Archive box", "mute": "Silence", "pin": "Keep on top"}
    others = ["Share", "Settings", "Help", "Search", "Sort", "Filter", "Refresh", "Print"]
    out = []
    for i in range(count):
        verb = rng.choice(sorted(goes_with))
        right = rng.randrange(5)
        labels = rng.sample(others, 5)
        labels[right] = goes_with[verb]
        candidates = [LoggedCandidate(text=f"tap [{j}] {label}", kind="tap",
                                      features=[rng.random() for _ in FEATURE_NAMES]) for j, label in enumerate(labels)]
        task = f"{verb} the {rng.choice(['page', 'mail', 'chat', 'note'])} <NAME_{i % 3 + 1}> sent"
        out.append(Decision(run_id=f"run{i // 6}", step_index=i % 6, task=task, feature_names=list(FEATURE_NAMES),
                            candidates=candidates, how="escalate", chosen=right, outcome="success"))
    return out


def test_the_lexicon_learns_which_words_go_with_the_teachers_choice(tmp_path):
    store = _store(tmp_path, _worded(600))
    with_words = learn(store, LearnSettings())
    assert with_words.activated and with_words.metrics["held_back"]["top1"] > 0.9  # held-back runs: not trained on
    lexicon = store.decisions.active_model().params.lexicon  # kept with the model, masked words left out
    assert lexicon["bookmark|option"] > 0 > lexicon["bookmark|share"] and not any("name" in k for k in lexicon)
    logged_only = learn(_store(tmp_path, _worded(600), "b.db"), LearnSettings(features=list(FEATURE_NAMES)))
    assert logged_only.metrics["held_back"]["top1"] < 0.5  # the logged features alone carry no signal here


def test_finishing_stays_the_rankers_call():
    from cascadroid.agents.learned import MODEL_FEATURES, finish_by_rules

    def vector(kind: str, first: bool, gap: float = 0.0) -> list[float]:
        v = [0.0] * len(MODEL_FEATURES)
        v[MODEL_FEATURES.index(f"kind_{kind}")], v[MODEL_FEATURES.index("is_first")] = 1.0, float(first)
        v[MODEL_FEATURES.index("gap_to_top")] = gap
        return v

    tap_first = [vector("tap", True), vector("done", False, gap=1.0)]
    assert finish_by_rules(tap_first, [0.2, 0.7]) == [0.2, 0.99 * 0.2]  # the model may not finish early
    done_first = [vector("done", True), vector("tap", False, gap=1.0)]
    assert finish_by_rules(done_first, [0.7, 0.2]) == [0.7, 0.2]  # the rules say the task is done
    tied = [vector("tap", True), vector("done", False, gap=0.0)]
    assert finish_by_rules(tied, [0.2, 0.7]) == [0.2, 0.7]  # the ranker cannot tell: the model may finish


def _ranker_right_when_covered(count: int, seed: int = 0) -> list[Decision]:
    """The ranker's pick (highest base_p) is the teacher's when it covers the task, else none fits."""
    rng = random.Random(seed)
    base = FEATURE_NAMES.index("base_p")
    out = []
    for i in range(count):
        vectors = [[rng.random() for _ in FEATURE_NAMES] for _ in range(5)]
        top = max(range(5), key=lambda j: vectors[j][base])
        right = rng.random() < 0.6
        for j, v in enumerate(vectors):
            v[COVER] = (1.0 if right else 0.0) + 0.2 * rng.random() if j == top else 0.5 * rng.random()
        out.append(Decision(run_id=f"run{i // 6}", step_index=i % 6, task="do the thing",
                            feature_names=list(FEATURE_NAMES), how="escalate", chosen=top if right else -1,
                            candidates=[LoggedCandidate(text=f"tap [{j}] item", kind="tap", features=v)
                                        for j, v in enumerate(vectors)], outcome="success"))
    return out


def test_a_model_no_better_at_choosing_keeps_the_rankers_pick_and_learns_when_to_defer(tmp_path):
    store = _store(tmp_path, _ranker_right_when_covered(900))
    report = learn(store, LearnSettings(cautious=False))  # the learned deferral alone (base_p here is noise)
    active = store.decisions.active_model()
    assert report.activated and active.params.order == "ranker" and report.metrics["order"] == "ranker"
    held, default = report.metrics["held_back"], report.metrics["current"]
    assert held["top1"] == pytest.approx(default["top1"])  # the same picks as the ranker
    assert held["auroc"] > default["auroc"] + 0.3  # but it knows when they are wrong
    model = LearnedDecisionModel(active.params)
    lexicon = [0.0] * (len(LEXICON_FEATURES) + len(PROCEDURE_FEATURES))
    for d in _ranker_right_when_covered(20, seed=5):
        vectors = [c.features + lexicon for c in d.candidates]
        p = model.predict(vectors)
        ranker = max(range(5), key=lambda j: vectors[j][FEATURE_NAMES.index("base_p")])
        assert max(range(5), key=p.__getitem__) == ranker
        assert (p[ranker] > 0.5) == (d.chosen >= 0)  # sure where the ranker is right, unsure where not


def test_features_carry_where_the_run_stands():
    from cascadroid.agents.candidates import Candidate, action_key
    from cascadroid.agents.features import features
    from cascadroid.agents.perceptor import Screen

    screen = Screen(package="p", digest="here", lines=["[1] Save"], actionable=[1], labels={1: "Save"})
    save, back = Candidate({"kind": "tap", "element": 1}, "tap [1] Save", 1.0), Candidate({"kind": "back"}, "go back", 0.5)
    history = [{"kind": "open_app", "key": "open_app Notes", "outcome": "success", "screen": "home"},
               {"kind": "observe", "key": "observe", "outcome": "success", "screen": "here"},
               {"kind": "type", "key": "type hello", "outcome": "success", "screen": "here"},
               {"kind": "tap", "key": action_key(save.action), "outcome": "no_change", "screen": "here"}]
    column = {name: FEATURE_NAMES.index(name) for name in
              ("steps_taken", "since_open", "typed_before", "repeat_here", "repeat_recent")}
    fresh = features("save the note", screen, [save, back])
    later = features("save the note", screen, [save, back], history)
    assert all(v[c] == 0.0 for v in fresh for c in column.values() if c != column["since_open"])
    assert later[0][column["steps_taken"]] == pytest.approx(0.3)  # the read (observe) is no action
    assert later[0][column["since_open"]] == pytest.approx(0.2)
    assert later[0][column["typed_before"]] == 1.0
    assert (later[0][column["repeat_here"]], later[1][column["repeat_here"]]) == (1.0, 0.0)
    assert (later[0][column["repeat_recent"]], later[1][column["repeat_recent"]]) == (1.0, 0.0)


def test_done_after_pressing_the_control_the_tasks_verb_names():
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.features import features, verb_just_done
    from cascadroid.agents.perceptor import Screen

    screen = Screen(package="p", digest="list", lines=["[3] Book club"], actionable=[3], labels={3: "Book club"})
    done, row = Candidate({"kind": "done"}, "the task is complete: finish", 1.0), \
        Candidate({"kind": "tap", "element": 3}, "tap [3] Book club", 1.0)
    archived = [{"kind": "tap", "line": "tap [9] Archive (in: Inbox)", "outcome": "success"}]
    column = FEATURE_NAMES.index("done_after_verb")
    after = features("Archive the newsletter from Kai", screen, [row, done], archived)
    assert (after[0][column], after[1][column]) == (0.0, 1.0)  # only the finishing candidate carries it
    assert verb_just_done("Could you archive the newsletter from Kai?", archived)
    assert not verb_just_done("Archive the newsletter", [{**archived[0], "outcome": "no_change"}])  # it did nothing
    assert not verb_just_done("pin Book club", [{"kind": "tap", "line": "tap [3] Book club", "outcome": "success"}])
