"""Procedure tokens (agents/procedures.py), their lexicon, and the rescue order of a learned model."""

from __future__ import annotations

import random

import pytest

from cascadroid.agents.features import FEATURE_NAMES
from cascadroid.agents.learned import MODEL_FEATURES, LearnedDecisionModel, ranker_lost
from cascadroid.agents.lexicon import build, lexicon_features
from cascadroid.agents.procedures import CandidateView as View
from cascadroid.agents.procedures import decision_tokens, label_of, value_kinds
from cascadroid.learn import learn
from cascadroid.learn_support import run_histories
from cascadroid.memory import MemoryStore
from cascadroid.memory.decisions import Decision, LoggedCandidate, ModelParams
from cascadroid.settings import LearnSettings


def test_tokens_say_whether_the_verbs_control_shows_and_what_each_candidate_acts_on():
    hidden, own = decision_tokens('Star the "Quarterly plan" thread in Chatterly', [
        View("long_press", "long press [7] Quarterly plan | Dana: see attached", on_object=True),
        View("tap", "tap [3] More options"), View("swipe", "scroll down to see more")])
    assert {"verb_hidden", "v:star", "prev:start", "does"} <= hidden
    assert "k:long_press+object" in own[0] and "k:tap+overflow" in own[1] and "k:swipe+plain" in own[2]
    shown, own = decision_tokens('Star the "Quarterly plan" thread', [View("tap", "tap [4] Star (in: Quarterly plan)")],
                                 [("long_press", "long_press [7]")])
    assert {"verb_shown", "prev:long_press"} <= shown
    assert {"k:tap+verb", "k:tap/prev:long_press"} <= own[0]
    assert label_of("tap [4] Star (in: Quarterly plan) | row") == "Star"


def test_typing_tokens_name_the_kind_of_value_the_field_and_whether_it_was_typed_before():
    task = "New event: Pottery class on June 3 at 18:45, location: Kiln Studio"
    time_field = View("type", 'type "18:45" into [6] start time', typed="18:45", field=True)
    finish = View("done", "the task is complete: finish")
    side, own = decision_tokens(task, [time_field, finish], [("type", 'type [5] "June 3"')])
    assert {"carries:time", "carries:date", "pending"} <= side
    assert {"val:time", "type+fresh", "into:time", "time>time", "k:type+field"} <= own[0]
    assert "done+pending" in own[1]
    everything = [("type", f'type [5] "{value}"') for value in ("June 3", "18:45", "Kiln Studio")]
    side, own = decision_tokens(task, [time_field, finish], everything)
    assert "typed_all" in side and "type+again" in own[0] and "done+ready" in own[1]
    assert decision_tokens("What does Rowan's note say?", [finish])[0] >= {"asks", "no_values"}


def test_masked_placeholders_count_as_the_kind_of_value_they_hide():
    assert value_kinds("Text <NAME_1> at <PHONE_2> that the van is here")["<phone_2>"] == "phone"
    assert value_kinds("Text <NAME_1> at <PHONE_2> that the van is here")["<name_1>"] == "person"


def _decision(task: str, verb: str, shown: bool) -> tuple[frozenset[str], list[frozenset[str]], int, float]:
    """A teacher's step on a list of items: press the verb's control when it shows, else hold the row."""
    row, hold = f"tap [5] {task.split()[-1]} | last message", f"long press [5] {task.split()[-1]} | last message"
    views = [View("tap", row, on_object=True), View("long_press", hold, on_object=True), View("swipe", "scroll down")]
    if shown:
        views.append(View("tap", f"tap [2] {verb.capitalize()}"))
    side, own = decision_tokens(task, views, [("long_press", "long_press [5]")] if shown else [("open_app", "open")])
    return side, own, 3 if shown else 1, 1.0


def test_a_procedure_learned_on_some_verbs_carries_to_a_verb_never_logged():
    logs = [_decision(f"{verb} the {item}", verb, shown) for verb in ("pin", "mute", "archive")
            for item in ("Walrus", "Otter", "Heron", "Puffin") for shown in (False, True)]
    weights = build(logs)
    side, own, _, _ = _decision("star the Gannet", "star", False)  # "star" is in no logged task
    scored = lexicon_features(weights, side, own)
    assert max(range(3), key=lambda i: scored[i][0]) == 1  # hold the row, not open it
    side, own, _, _ = _decision("star the Gannet", "star", True)
    scored = lexicon_features(weights, side, own)
    assert max(range(4), key=lambda i: scored[i][0]) == 3  # then press the control the verb names


def _vector(base_p: float, kind: str | None, proc: float) -> list[float]:
    v = [0.0] * len(MODEL_FEATURES)
    v[MODEL_FEATURES.index("base_p")] = base_p
    if kind:
        v[MODEL_FEATURES.index(f"kind_{kind}")] = 1.0
    v[MODEL_FEATURES.index("proc_pair")] = proc
    return v


def _rescue() -> LearnedDecisionModel:
    return LearnedDecisionModel(ModelParams(order="rescue", features=["proc_pair"], mean=[0.0], scale=[1.0], coef=[1.0],
                                            intercept=-50.0, act_threshold=0.5, defer_below=0.5))


@pytest.mark.parametrize(("ranker_kind", "ranker_proc", "picked"), [
    ("tap", 0.0, 0),  # the model is not sure the ranker is wrong: the ranker's pick
    ("tap", -6.0, 1),  # sure it is wrong, and sure of its own: the model's
    ("swipe", -1.0, 1),  # the ranker's pick is a blind scroll: the model's, though not sure the scroll is wrong
    (None, -6.0, 0),  # an action kind the model has no feature for (a deep link): not judged
])
def test_the_rescue_order_keeps_the_rankers_pick_unless_it_is_lost_or_surely_wrong(ranker_kind, ranker_proc, picked):
    model = _rescue()
    vectors = [_vector(0.6, ranker_kind, ranker_proc), _vector(0.3, "tap", 0.0)]
    probabilities = model.predict(vectors)
    assert max(range(2), key=probabilities.__getitem__) == picked
    assert ranker_lost(_vector(0.6, "back", 0.0)) and not ranker_lost(_vector(0.6, "tap", 0.0))


def test_procedure_weights_must_be_finite_numbers():
    good = {"features": ["proc_pair"], "mean": [0.0], "scale": [1.0], "coef": [1.0], "intercept": 0.0,
            "act_threshold": 0.5, "defer_below": 0.5}
    assert ModelParams(**good, procedures={"verb_hidden|k:long_press": 1.5}).procedures
    with pytest.raises(ValueError):
        ModelParams(**good, procedures={"verb_hidden|k:long_press": float("nan")})


def _held_row_logs(count: int, seed: int = 0) -> list[Decision]:
    """Runs where the teacher holds the row the task names (step 0) and then presses the control its verb names."""
    rng = random.Random(seed)
    verbs = ["pin", "mute", "archive", "star", "hide", "flag", "lock", "snooze", "label", "report", "block", "save"]
    out = []
    for i in range(count):
        verb, step = verbs[(i // 2) % len(verbs)], i % 2
        task = f"{verb.capitalize()} the item {['Walrus', 'Otter', 'Heron'][i // 24 % 3]}"
        texts = [("tap [5] Walrus | note", "tap"), ("long press [5] Walrus | note", "long_press"),
                 ("scroll down to see more", "swipe")] + ([(f"tap [2] {verb.capitalize()}", "tap")] if step else [])
        vectors = [[rng.random() for _ in FEATURE_NAMES] for _ in texts]
        out.append(Decision(run_id=f"run{i // 2}", step_index=step, task=task, feature_names=list(FEATURE_NAMES),
                            how="escalate", chosen=3 if step else 1, outcome="success",
                            action={"kind": "tap" if step else "long_press", "element": 2 if step else 5},
                            candidates=[LoggedCandidate(text=t, kind=k, features=v) for (t, k), v in zip(texts, vectors)]))
    return out


def test_learn_keeps_a_procedure_lexicon_with_the_model_and_memory_carries_it(tmp_path):
    store = MemoryStore(tmp_path / "m.db")
    for d in _held_row_logs(600):
        store.decisions.record(d)
    histories = run_histories(store.decisions.rows())
    assert histories[0] == [] and histories[1] == [("long_press", 'long_press [5] "Walrus | note"')]  # earlier step
    report = learn(store, LearnSettings(min_decisions=50))
    newest = store.decisions.models()[-1]
    assert newest.params.procedures and report.metrics["order"] in ("learned", "rescue", "ranker")
    copy = MemoryStore(tmp_path / "copy.db")
    copy.import_json({**store.export_json(), "decision_models": [{"params": newest.params.model_dump(mode="json")}]})
    assert copy.decisions.models()[-1].params.procedures == newest.params.procedures


def test_a_value_named_by_a_row_acted_on_is_used_and_the_others_stay_pending():
    task = 'Tell Juno Park on Chatterly: "Kiln opens at 9"'
    finish = View("done", "the task is complete: finish")
    side, own = decision_tokens(task, [finish], [("tap", 'tap [12] "Juno Park | Juno: see you"')])
    assert {"pending", "pending:text", "partial"} <= side and "pending:person" not in side  # the row named Juno
    assert "done+pending" in own[0]
    sent = [("tap", 'tap [12] "Juno Park | Juno: see you"'), ("type", 'type [15] "Message" "Kiln opens at 9"')]
    side, own = decision_tokens(task, [finish], sent)
    assert "typed_all" in side and not {s for s in side if s.startswith("pending")} and "done+ready" in own[0]
    side, _ = decision_tokens(task, [finish], [("swipe", "swipe down"), ("tap", 'tap [3] "Juno Ito | Juno: hi"')])
    assert {"pending:person", "pending:text"} <= side and "partial" not in side  # another Juno: nothing used yet


def test_run_histories_name_the_element_the_logged_action_touched(tmp_path):
    store = MemoryStore(tmp_path / "m.db")
    texts = [("tap [4] Gannet Ward | last seen today", "tap"), ("scroll down to see more", "swipe")]
    for step, (chosen, action) in enumerate([(0, {"kind": "tap", "element": 4}), (-1, {"kind": "tap", "element": 9}),
                                             (1, {"kind": "swipe", "direction": "down"})]):
        store.decisions.record(Decision(run_id="r", step_index=step, task="Call Gannet Ward",
                                        feature_names=list(FEATURE_NAMES), how="escalate", chosen=chosen,
                                        outcome="success", action=action, candidates=[
                                            LoggedCandidate(text=t, kind=k, features=[0.0] * len(FEATURE_NAMES))
                                            for t, k in texts]))
    histories = run_histories(store.decisions.rows())
    assert histories[1] == [("tap", 'tap [4] "Gannet Ward | last seen today"')]
    assert histories[2][1] == ("tap", "tap [9]")  # the teacher's element was not among the candidates: no label


@pytest.mark.parametrize(("done_proc", "picked"), [
    (-6.0, 1),  # the model is sure finishing is wrong: refused, though unsure of its own pick
    (-1.0, 0),  # not sure: the ranker's "done" stands
])
def test_a_done_the_model_is_sure_is_wrong_is_refused(done_proc, picked):
    model = _rescue()
    model.params = model.params.model_copy(update={"intercept": 0.0})
    vectors = [_vector(0.6, "done", done_proc), _vector(0.3, "tap", 0.0), _vector(0.1, "tap", 0.0)]
    probabilities = model.predict(vectors)
    assert max(range(3), key=probabilities.__getitem__) == picked
