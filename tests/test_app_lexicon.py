"""The learned app association: which app the teacher opened first for a task's words (agents/app_lexicon.py,
sdk/learn_apps.py), offered only where the ranker cannot tell, checked on held-back runs, carried as JSON."""

from __future__ import annotations

import json

import pytest

from cascadroid.agents import app_lexicon
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.lexicon import tokens
from cascadroid.errors import ConfigurationError
from cascadroid.learn_apps import first_apps, learn_apps
from cascadroid.memory.decisions import Decision, LoggedCandidate, ModelParams

# Invented users: their recipes live in a browser, their lessons in a planner app, their receipts in a wallet.
RUNS = [("How long does the {} take to bake?", "Firefox", ["Focaccia", "Banana loaf", "Rye bread", "Brioche"]),
        ("When is my {} lesson?", "Planner", ["piano", "violin", "cello", "flute"]),
        ("What did I pay at {}?", "Wallet", ["Bakery Olsen", "Kiosk 7", "Cafe Nord", "Hardware"])]


def _runs() -> list[tuple[frozenset[str], str, float]]:
    return [(tokens(goal.format(thing)), app, 1.0) for goal, app, things in RUNS for thing in things]


def _open(app: str, score: float) -> Candidate:
    return Candidate({"kind": "open_app", "app": app}, f"open the {app} app", score)


def test_words_of_the_users_things_point_at_the_app_the_teacher_opened():
    lexicon = app_lexicon.build(_runs())
    apps = ["Firefox", "Planner", "Wallet", "Camera"]
    assert app_lexicon.best_app(lexicon, tokens("Is the violin lesson on Friday?"), apps) == "Planner"
    assert app_lexicon.best_app(lexicon, tokens("bake time for the Brioche"), apps) == "Firefox"
    assert app_lexicon.best_app(lexicon, tokens("turn the torch on"), apps) is None  # no word it learned
    assert "Camera" not in app_lexicon.app_scores(lexicon, tokens("lesson"), apps)  # never opened: no opinion


def test_the_app_is_offered_only_where_the_ranker_cannot_tell():
    lexicon = app_lexicon.build(_runs())
    task = tokens("violin lesson start?")
    home = [Candidate({"kind": "swipe", "direction": "down"}, "scroll down to see more", 0.2),
            Candidate({"kind": "tap", "element": 4}, "tap [4] Wallet", 0.0)]
    offered = app_lexicon.offer(lexicon, task, home, ["Firefox", "Planner", "Wallet"], [])
    assert offered[0].action == {"kind": "open_app", "app": "Planner"} and offered[0].score > 0.2
    named = [_open("Wallet", 5.0), *home]  # the task named an app: the ranker knows
    assert app_lexicon.offer(lexicon, task, named, ["Planner", "Wallet"], []) == named
    link = [Candidate({"kind": "open_uri", "uri": "https://x.example"}, "open https://x.example", 6.0),
            _open("Firefox", 3.0)]
    assert app_lexicon.offer(lexicon, task, link, ["Firefox", "Planner"], []) == link


def test_inside_the_learned_app_the_other_apps_wait():
    lexicon = app_lexicon.build(_runs())
    tied = [_open("Wallet", 2.8), _open("Firefox", 2.8), Candidate({"kind": "tap", "element": 3}, "tap [3] Agenda", 0.0)]
    history = [{"kind": "open_app", "key": "open_app Planner", "outcome": "success"}]
    offered = app_lexicon.offer(lexicon, tokens("violin lesson start?"), tied, ["Wallet", "Firefox", "Planner"], history)
    assert [c.text for c in offered] == ["tap [3] Agenda", "open the Wallet app", "open the Firefox app"]
    elsewhere = [{"kind": "open_app", "key": "open_app Wallet", "outcome": "success"}]
    assert app_lexicon.offer(lexicon, tokens("violin lesson start?"), tied, ["Wallet", "Planner"], elsewhere) == tied


def _decision(run: str, step: int, task: str, action: dict, how: str = "escalate", **kw) -> Decision:
    return Decision(run_id=run, step_index=step, task=task, feature_names=["score"], how=how, chosen=-1,
                    action=action, candidates=[LoggedCandidate(text="go back", kind="back", features=[0.0])], **kw)


def test_the_first_app_the_teacher_opened_before_any_app_was_open_is_learned():
    logged = [_decision("a", 0, "When is my piano lesson?", {"kind": "open_app", "app": "Planner"}),
              _decision("a", 1, "When is my piano lesson?", {"kind": "open_app", "app": "Wallet"}),
              _decision("b", 0, "What did I pay at Kiosk 7?", {"kind": "open_app", "app": "Firefox"}, how="structure",
                        teacher=-1, teacher_action={"kind": "open_app", "app": "Wallet"}),  # shadow: the teacher's
              _decision("c", 0, "Bake time?", {"kind": "open_app", "app": "Firefox"}, how="structure"),  # device's own
              _decision("c", 1, "Bake time?", {"kind": "open_app", "app": "Planner"})]  # an app was open already
    found = first_apps(logged)
    assert found == {"a": (tokens("When is my piano lesson?"), "Planner"), "b": (tokens("What did I pay at Kiosk 7?"), "Wallet")}


def test_the_association_is_kept_only_when_right_on_held_back_runs():
    def run(n: int, goal: str, app: str) -> Decision:
        return _decision(f"r{n}", 0, goal, {"kind": "open_app", "app": app})
    logged = [run(i, goal.format(thing), app) for i, (goal, app, thing) in
              enumerate((g, a, t) for g, a, ts in RUNS for t in ts)]
    held = {"r3", "r7", "r11"}  # one of each kind of task, whose words the train runs taught
    lexicon, counts = learn_apps(logged, lambda r: "held" if r in held else "train")
    assert lexicon and counts["held_right"] == 3 and counts["held_wrong"] == 0
    shuffled = [run(i, d.task, ["Wallet", "Firefox", "Planner"][i % 3]) for i, d in enumerate(logged)]
    lexicon, counts = learn_apps(shuffled, lambda r: "held" if r in held else "train")
    assert lexicon == {} and counts["entries"] == 0  # words that do not say the app: left out
    assert learn_apps(logged, lambda r: "held" if r in held else "train", use=False)[0] == {}


def test_the_association_travels_as_checked_numbers():
    params = dict(features=["score"], mean=[0.0], scale=[1.0], coef=[1.0], intercept=0.0, act_threshold=0.5,
                  defer_below=0.5, apps=app_lexicon.build(_runs()))
    assert ModelParams.model_validate(json.loads(json.dumps(params))).apps == params["apps"]
    with pytest.raises(ValueError):
        ModelParams.model_validate({**params, "apps": {"lesson|Planner": float("nan")}})
    with pytest.raises(ValueError):
        ModelParams.model_validate({**params, "apps": {"x|App": "__import__('os')"}})
    from cascadroid.memory.decisions import parse_params
    with pytest.raises(ConfigurationError):
        parse_params({**params, "apps": {f"w{i}|App": 1.0 for i in range(50_001)}})


def test_the_learned_model_offers_its_association_to_the_ranker():
    from cascadroid.agents.learned import MODEL_FEATURES, LearnedDecisionModel

    n = len(MODEL_FEATURES)
    params = ModelParams(features=list(MODEL_FEATURES), mean=[0.0] * n, scale=[1.0] * n, coef=[0.0] * n, intercept=0.0,
                         act_threshold=0.5, defer_below=0.5, apps=app_lexicon.build(_runs()))
    home = [Candidate({"kind": "back"}, "go back", 0.1)]
    offered = LearnedDecisionModel(params).offer("When does my cello lesson start?", home, ["Planner", "Wallet"], [])
    assert offered[0].action == {"kind": "open_app", "app": "Planner"}
    plain = LearnedDecisionModel(params.model_copy(update={"apps": {}}))
    assert plain.offer("When does my cello lesson start?", home, ["Planner", "Wallet"], []) == home
