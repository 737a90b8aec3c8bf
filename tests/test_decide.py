"""The choices-mode decision policy (agents/decide.py): calibrated probabilities, acting on
structure, per-candidate tie-breaks, deferral to a real OpenAI-compatible cloud on 127.0.0.1."""

from __future__ import annotations

import pytest

from cascadroid.agents import decide
from cascadroid.agents.candidates import Candidate
from cascadroid.settings import CascadeSettings, DecisionSettings, Settings
from cascadroid.testing import NoisyOracleModel, OracleCourse, RecordingServer, ScriptedModel, chat_responder


def _ranked(*scores: float) -> list[Candidate]:
    return [Candidate({"kind": "tap", "element": i}, f"tap [{i}] option {i}", s) for i, s in enumerate(scores)]


def _never(index: int):
    raise AssertionError(f"the model was asked about candidate {index}")


def test_calibrated_probabilities_keep_the_order_and_rise_with_the_lead():
    calibration = decide.ScoreCalibration()
    close = calibration.probabilities("task", None, _ranked(3.0, 2.9, 1.0))
    clear = calibration.probabilities("task", None, _ranked(6.0, 2.9, 1.0))
    assert sum(close) <= 1 + 1e-9 and sum(clear) == pytest.approx(1.0)  # the rest: nothing listed is right
    assert close[0] >= close[1] >= close[2]
    assert clear[0] > close[0]  # a bigger lead is a surer first choice
    unordered = calibration.probabilities("task", None, _ranked(1.0, 6.0))
    assert unordered[1] > unordered[0]  # the best score wins wherever it is listed


def test_a_clear_lead_acts_with_no_model_call():
    decided = decide.decide([0.9, 0.05, 0.05], DecisionSettings(), ask_yes=_never, can_defer=True)
    assert (decided.index, decided.how, decided.calls) == (0, "structure", [])


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_near_tie_is_decided_per_candidate_not_by_position(order):
    texts = ["tap the wrong one", "tap the right one"]
    listed = [texts[i] for i in order]
    asked: list[str] = []

    def ask_yes(index: int):
        asked.append(listed[index])
        return (0.9 if listed[index] == "tap the right one" else 0.2), [{"purpose": "tie_break"}]

    settings = DecisionSettings(act_threshold=0.6, tie_margin=0.1)
    decided = decide.decide([0.42, 0.40, 0.18], settings, ask_yes=ask_yes, can_defer=False)
    assert listed[decided.index] == "tap the right one" and decided.how == "tie_break"
    assert sorted(asked) == sorted(texts) and len(decided.calls) == 2  # one question per near-tie candidate


def test_unsure_decisions_defer_only_when_a_cloud_can_take_them():
    settings = DecisionSettings(act_threshold=0.6, defer_below=0.35, no_fit_below=0.15, tie_margin=0.05)
    assert decide.decide([0.3, 0.1], settings, ask_yes=_never, can_defer=False).how == "structure"
    assert decide.decide([0.3, 0.1], settings, ask_yes=_never, can_defer=True).how == "escalate"
    nothing_fits = decide.decide([0.1, 0.09, 0.08], settings, ask_yes=_never, can_defer=True)
    assert nothing_fits.how == "escalate" and nothing_fits.calls == []  # no local question first


def _run_with_cloud(tmp_path, decision: dict, min_confidence: float):
    from cascadroid.agent import Agent
    from cascadroid.device.sim import SimDevice
    from cascadroid.device.sim.tasks import registry
    from cascadroid.models import OpenAICompatibleModel

    task = registry().instance("settings_wifi", 0)
    phone = SimDevice(seed=0)
    task.setup_on(phone)
    oracle = NoisyOracleModel(task, phone, accuracy=1.0, course=OracleCourse(task, phone), name="oracle-cloud")
    local = ScriptedModel(responder=lambda request: {"answer": "no"})
    settings = Settings.load(data_dir=tmp_path, agent={"operator_mode": "choices", "save_screenshots": False,
                                                      "max_steps": 8, "learn": "off", "decision": decision})
    policy = CascadeSettings().model_copy(update={"routing": CascadeSettings().routing.model_copy(
        update={"min_confidence": min_confidence})})
    with RecordingServer(responder=chat_responder(oracle), model="gpt-4o-mini") as server:
        cloud = OpenAICompatibleModel(settings.cloud, base_url=server.url, model="gpt-4o-mini")
        with Agent(phone, local=local, cloud=cloud, settings=settings, memory=False, policy=policy) as agent:
            result = agent.run(task.goal)
        bodies = [r.body.decode() for r in server.requests if r.path.endswith("/chat/completions")]
    return task.check(phone, result.answer), result, bodies, local


def test_acting_on_structure_sends_nothing_to_the_cloud(tmp_path):
    decision = {"act_threshold": 0.0, "defer_done_below": 0.0}
    ok, result, bodies, local = _run_with_cloud(tmp_path, decision, min_confidence=0.6)
    assert ok and bodies == [] and local.requests == []
    assert result.totals["decided_structure"] == len(result.steps)


def test_an_unsure_finish_goes_to_the_cloud_though_steps_act_on_structure(tmp_path):
    decision = {"act_threshold": 0.0, "defer_done_below": 1.0}  # every step acts; finishing has the higher bar
    ok, result, bodies, local = _run_with_cloud(tmp_path, decision, min_confidence=0.0)  # the router's own bar is not
    # what decides: the policy defers the finish, and the router is told so
    assert ok and result.steps[-1].action["kind"] == "done" and local.requests == []
    assert result.totals["decided_escalate"] == len(bodies) >= 1 and result.totals["decided_structure"] >= 1
    for body in bodies:  # only finishes were deferred: each one's top suggestion is the device's "finish"
        top = body.split("Suggested actions", 1)[1].split("\\n- ", 1)[1]
        assert "finish" in top.split("(p=", 1)[0], top[:80]


def test_unsure_steps_go_to_the_cloud_with_the_full_candidate_list(tmp_path):
    decision = {"act_threshold": 1.0, "defer_below": 1.0, "no_fit_below": 1.0}
    ok, result, bodies, local = _run_with_cloud(tmp_path, decision, min_confidence=1.0)
    assert ok and result.totals["decided_escalate"] == len(result.steps) == result.totals["cloud_calls"]
    assert all("Suggested actions" in body for body in bodies) and local.requests == []


def _choose_with_cloud(ranked: list[Candidate], probabilities: list[float], settings: DecisionSettings):
    """decide.choose on the simulated home screen with a cloud configured; the signals the router was told."""
    from cascadroid.agents.perceptor import perceive
    from cascadroid.device.sim import SimDevice

    decided, asked = choose_with_cloud(ranked, probabilities, settings, perceive(SimDevice(seed=0).observe()))
    return decided, [a["signals"] for a in asked]


def choose_with_cloud(ranked: list[Candidate], probabilities: list[float], settings: DecisionSettings, screen,
                      history: list[dict] | None = None, task: str = ""):
    """decide.choose on ``screen`` with a cloud configured; the graph's ``ask`` calls recorded (none answered)."""
    from cascadroid.cascade import Router
    from cascadroid.cascade.model import CascadeModel

    cascade = CascadeModel(ScriptedModel(replies=[]), ScriptedModel(replies=[], name="gpt-4o-mini"),
                           Router(cloud_model="gpt-4o-mini"))
    asked: list[dict] = []

    def ask(**kwargs):
        asked.append(kwargs)
        return None, [{"tier": "cloud", "model": "gpt-4o-mini"}], None

    decided, _, _ = decide.choose(ranked, probabilities, model=cascade, settings=settings, ask=ask, screen=screen,
                                  context="", free_type=decide.YesNo, validate_free=lambda v: v, history=history,
                                  task=task)
    return decided, asked


FINISH = [Candidate({"kind": "done", "success": True}, "the task is complete: finish", 2.0),
          Candidate({"kind": "back"}, "go back", 0.1)]


def test_a_finish_below_its_own_bar_is_deferred_and_the_router_told_so_whatever_its_own_bar():
    decided, signals = _choose_with_cloud(FINISH, [0.7, 0.1], DecisionSettings(defer_done_below=0.8))
    assert (decided.how, decided.record()["why"]) == ("escalate", "finish") and signals == [{"policy_defers": 1.0}]
    decided, signals = _choose_with_cloud(FINISH, [0.85, 0.1], DecisionSettings(defer_done_below=0.8))
    assert decided.how == "structure" and signals == []  # sure enough to finish on the device
    steps = [Candidate({"kind": "home"}, "go home", 2.0), *FINISH[1:]]
    decided, signals = _choose_with_cloud(steps, [0.7, 0.1], DecisionSettings(defer_done_below=0.8))
    assert decided.how == "structure" and signals == []  # the higher bar is for finishing only


def test_every_step_the_policy_defers_reaches_the_router_as_its_decision():
    steps = [Candidate({"kind": "home"}, "go home", 1.0), Candidate({"kind": "back"}, "go back", 0.9)]
    decided, signals = _choose_with_cloud(steps, [0.2, 0.1], DecisionSettings())
    assert (decided.how, decided.why) == ("escalate", "") and signals == [{"policy_defers": 1.0}]
