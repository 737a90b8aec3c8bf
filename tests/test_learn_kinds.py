"""Learning that knows what it has not seen: splits by whole kinds of task, familiarity features, caution,
and `auto` adopting the model's own order when it picks better on held-back kinds (invented logs)."""

from __future__ import annotations

import json
import random

from cascadroid.agents.features import FEATURE_NAMES
from cascadroid.agents.learned import MODEL_FEATURES, LearnedDecisionModel
from cascadroid.agents.lexicon import build, candidate_tokens, lexicon_features, tokens
from cascadroid.learn import learn, task_shape
from cascadroid.learn_kinds import task_kinds, trajectories
from cascadroid.memory import MemoryStore
from cascadroid.memory.decisions import Decision, LoggedCandidate, ModelParams
from cascadroid.settings import LearnSettings

BASE_P = FEATURE_NAMES.index("base_p")
COVER = FEATURE_NAMES.index("task_covered")


def _row(run: str, step: int, action: dict) -> dict:
    return {"run_id": run, "step_index": step, "action": json.dumps(action)}


def test_two_wordings_of_one_task_are_one_kind_and_other_tasks_stay_apart():
    steps = [{"kind": "open_app", "app": "Herbarium"}, {"kind": "tap", "element": 3}, {"kind": "done"}]
    other = [{"kind": "open_app", "app": "Tidepool"}, {"kind": "type", "text": "x"}, {"kind": "done"}]
    rows = [_row(run, i, a) for run, plan in (("a", steps), ("b", steps), ("c", other), ("d", other[:1]))
            for i, a in enumerate(plan)]
    rows.append({"run_id": "e", "step_index": "x", "action": "{cut"})  # damaged: skipped
    paths = trajectories(rows)
    assert paths["a"] == "open_app:Herbarium>tap>done" and "e" not in paths
    shapes = {"a": task_shape("Water the fern on the balcony"), "b": task_shape("The balcony fern needs watering"),
              "c": task_shape('Log a tide of "4 m" at Pier 9'), "d": task_shape('Log a tide of "2 m" at Pier 3'),
              "f": task_shape("Prune the roses")}
    kinds = task_kinds(shapes, paths)
    assert kinds["a"] == kinds["b"]  # other words, the same steps: one kind
    assert kinds["c"] == kinds["d"]  # the same words, other values and steps: one kind
    assert len({kinds["a"], kinds["c"], kinds["f"]}) == 3  # nothing joins these


def test_familiarity_is_high_for_pairs_the_teacher_chose_and_zero_for_unseen_ones():
    task = tokens("archive the invoice from the bakery")
    lexicon = build([(task, [candidate_tokens("tap Archive", "tap"), candidate_tokens("tap Delete", "tap")], 0, 1.0)]
                    * 6)
    familiar, chosen_against = lexicon_features(lexicon, task, [candidate_tokens("tap Archive", "tap"),
                                                                candidate_tokens("tap Delete", "tap")])
    assert familiar[3] > 0.2 and chosen_against[3] == 0.0
    assert lexicon_features(lexicon, tokens("water the fern"), [candidate_tokens("tap Mist", "tap")])[0][3] == 0.0


def _params(cautious: bool) -> ModelParams:
    names = ["task_covered"]
    return ModelParams(kind="softmax", features=names, mean=[0.0], scale=[1.0], coef=[4.0], intercept=-6.0,
                       act_threshold=0.5, defer_below=0.5, cautious=cautious)


def _vectors(base_p: float) -> list[list[float]]:
    vectors = [[0.0] * len(MODEL_FEATURES) for _ in range(3)]
    vectors[0][COVER], vectors[0][BASE_P] = 3.0, base_p
    vectors[1][BASE_P] = vectors[2][BASE_P] = (1 - base_p) / 2
    return vectors


def test_a_cautious_model_defers_where_the_default_doubts_and_changes_nothing_where_it_is_sure():
    bold, cautious = LearnedDecisionModel(_params(False)), LearnedDecisionModel(_params(True))
    doubted = _vectors(0.2)
    assert bold.predict(doubted)[0] > 0.9 and cautious.predict(doubted)[0] == 0.2  # the default's doubt stands
    sure = _vectors(0.999999)  # the default surer than the model: the model's own probability stands
    assert cautious.predict(sure)[0] == bold.predict(sure)[0] > 0.9  # must not fire: both sure
    assert max(range(3), key=cautious.predict(doubted).__getitem__) == 0  # the pick itself is unchanged


def _picks_better_than_the_ranker(count: int, seed: int = 0) -> list[Decision]:
    """Invented logs of many kinds of task: the ranker's base_p is noise, the right candidate shows in one feature."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        run, right = i // 6, rng.randrange(0, 5)
        candidates = []
        for j in range(5):
            v = [rng.random() for _ in FEATURE_NAMES]
            v[COVER] += 1.0 if j == right else 0.0
            candidates.append(LoggedCandidate(text=f"tap [{j}] pebble {j}", kind="tap", features=v))
        out.append(Decision(run_id=f"run{run}", step_index=i % 6, task=f"sort the pebbles of jar {'abcdefghijklmnopqrstuvwxyz'[run % 26]}x",
                            feature_names=list(FEATURE_NAMES), candidates=candidates, how="escalate",
                            chosen=right, outcome="success", action={"kind": "tap", "element": right}))
    return out


def test_auto_adopts_the_models_own_order_when_it_picks_better_on_held_back_kinds(tmp_path):
    store = MemoryStore(tmp_path / "m.db")
    for d in _picks_better_than_the_ranker(900):
        store.decisions.record(d)
    report = learn(store, LearnSettings())
    assert report.metrics["order"] == "learned" and report.activated
    assert store.decisions.active_model().params.cautious


def test_auto_keeps_the_rankers_order_when_the_model_picks_no_better(tmp_path):
    store = MemoryStore(tmp_path / "m.db")
    for d in _picks_better_than_the_ranker(900):  # the ranker is right where the feature shows: nothing to gain
        for c in d.candidates:
            c.features[BASE_P] = c.features[COVER] / 2
        store.decisions.record(d)
    report = learn(store, LearnSettings())
    assert report.metrics["order"] == "ranker"
