"""Router decisions: deferral signals, privacy gates, budgets, the multi-objective choice, records."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascadroid.cascade import Decision, Router, SpendLedger, policy_from_dict
from cascadroid.errors import BudgetExceeded, ConfigurationError
from cascadroid.models import ModelRequest, ModelResponse
from cascadroid.settings import CascadeSettings

CLOUD = "gpt-4o-mini"


def local_answer(confidence: float | None) -> ModelResponse:
    return ModelResponse(text="tap 3", model="local", confidence=confidence)


def router(policy: dict | None = None, **kwargs: object) -> Router:
    return Router(policy_from_dict(policy or {}), cloud_model=CLOUD, **kwargs)  # type: ignore[arg-type]


def test_local_first_then_a_confident_answer_stays_local() -> None:
    r = router()
    request = ModelRequest.of("tap the Send button", purpose="operator")
    before = r.route(request)
    after = r.route(request, local_answer(0.93))
    assert (before.tier, before.stage) == ("local", "before_local")
    assert (after.tier, after.reason) == ("local", "local answer is good enough")
    assert after.signals["confidence"] == 0.93


@pytest.mark.parametrize(
    ("response", "signals", "why"),
    [
        (local_answer(0.31), {}, "local confidence 0.31 < 0.60"),
        (None, {"schema_failures": 1}, "failed its schema"),
        (local_answer(0.99), {"failure_streak": 3}, "failure streak 3 >= 2"),
    ],
)
def test_deferral_signals_escalate_to_the_cloud(response: ModelResponse | None, signals: dict, why: str) -> None:
    decision = router().route(ModelRequest.of("which element opens settings?"), response, signals=signals)
    assert decision.tier == "cloud"
    assert why in decision.reason
    assert decision.estimated_cost_usd > 0 and decision.model == CLOUD


def test_failure_streak_from_the_request_signals_is_read() -> None:
    request = ModelRequest.of("retry", signals={"failure_streak": 2})
    assert router().route(request).tier == "cloud"


def test_cloud_first_roles_go_to_the_cloud_before_the_local_model() -> None:
    r = router({"routing": {"cloud_first_purposes": ["planner"]}})
    assert r.route(ModelRequest.of("plan the task", purpose="planner")).tier == "cloud"
    assert r.route(ModelRequest.of("plan the task", purpose="manager")).tier == "local"


def test_private_data_is_masked_or_kept_local_per_policy() -> None:
    request = ModelRequest.of("text Ann at 415-555-0132 the code 482913 verification", app="com.sms")
    masked = router().route(request, local_answer(0.1))
    assert masked.tier == "cloud_masked"
    assert {(s.kind, s.placeholder) for s in masked.masked_spans} == {("phone", "<PHONE_1>"), ("otp", "<OTP_1>")}
    messages, mapping = masked.outbound()
    assert messages[0].content == "text Ann at <PHONE_1> the code <OTP_1> verification"
    assert "415-555-0132" not in masked.model_dump_json()  # decisions never hold the values
    kept = router({"privacy": {"kinds": {"otp": "local_only"}}}).route(request, local_answer(0.1))
    assert kept.tier == "local" and "otp x1 is local_only" in kept.reason
    app_local = router({"privacy": {"local_only_apps": ["com.sms"]}}).route(request, local_answer(0.1))
    assert app_local.tier == "local" and "app 'com.sms' is local_only" in app_local.reason
    allowed = router({"privacy": {"default_mode": "allow"}}).route(request, local_answer(0.1))
    assert allowed.tier == "cloud" and allowed.outbound()[0][0].content == request.messages[0].content


def test_a_caller_deferring_escalates_a_confident_answer_but_not_past_privacy_or_budget(tmp_path: Path) -> None:
    request = ModelRequest.of("finish: the task is complete", purpose="operator", app="com.notes")
    assert router().route(request, local_answer(0.75)).tier == "local"  # confident enough on its own
    deferred = router().route(request, local_answer(0.75), signals={"policy_defers": 1})
    assert deferred.tier == "cloud" and "the caller's policy defers" in deferred.reason
    private = router({"privacy": {"local_only_apps": ["com.notes"]}}).route(
        request, local_answer(0.75), signals={"policy_defers": 1})
    assert private.tier == "local" and "local_only" in private.reason  # a deferral never overrides privacy
    broke = router({"budget": {"per_run_usd": 0.000001}}, ledger=SpendLedger(tmp_path / "l.sqlite")).route(
        request, local_answer(0.75), signals={"policy_defers": 1})
    assert broke.tier == "local" and "budget" in broke.reason


def test_a_failed_local_answer_with_no_allowed_cloud_is_refused() -> None:
    request = ModelRequest.of("card 4111 1111 1111 1111", app="com.pay")
    decision = router({"privacy": {"kinds": {"card": "local_only"}}}).route(request, None, signals={"schema_failures": 1})
    assert decision.tier == "refuse" and "card x1 is local_only" in decision.reason


def test_no_cloud_model_keeps_everything_local() -> None:
    decision = Router().route(ModelRequest.of("hi"), local_answer(0.0))
    assert decision.tier == "local" and "no cloud model" in decision.reason


def test_weights_choose_among_allowed_tiers() -> None:
    request = ModelRequest.of("x " * 4000, max_tokens=1000)
    cheap_matters = router({"routing": {"weights": {"cost": 1000.0}}}).route(request, local_answer(0.4))
    assert cheap_matters.tier == "local" and "local scores higher" in cheap_matters.reason
    assert cheap_matters.scores["local"] > cheap_matters.scores["cloud"]
    quality_matters = router().route(request, local_answer(0.4))
    assert quality_matters.tier == "cloud" and quality_matters.scores["cloud"] > quality_matters.scores["local"]


def test_budget_spent_stays_local_and_says_so(tmp_path: Path) -> None:
    ledger = SpendLedger(tmp_path / "l.sqlite")
    r = router({"budget": {"per_run_usd": 0.0001}}, ledger=ledger)
    request = ModelRequest.of("y " * 2000, max_tokens=200)
    decision = r.route(request, local_answer(0.1))
    assert decision.tier == "local"
    assert "per-run budget $0.0001" in decision.reason and decision.signals["budget_left_usd"] == pytest.approx(0.0001)


def test_budget_hard_stop_raises_and_records_a_refusal(tmp_path: Path) -> None:
    r = router({"budget": {"per_day_usd": 0.0, "on_exceeded": "hard_stop"}}, ledger=SpendLedger(tmp_path / "l.sqlite"))
    with pytest.raises(BudgetExceeded, match="per-day budget"):
        r.route(ModelRequest.of("z"), local_answer(0.1))
    assert r.decisions[-1].tier == "refuse"


def test_every_decision_is_recorded_and_sent_to_the_sink() -> None:
    seen: list[tuple[Decision, ModelRequest]] = []
    r = router(on_decision=lambda d, req: seen.append((d, req)))
    requests = [ModelRequest.of(f"q{i}") for i in range(3)]
    for req in requests:
        r.route(req)
    r.route(requests[0], local_answer(0.2))
    assert len(r.decisions) == 4 and [d for d, _ in seen] == r.decisions
    assert seen[-1][1] is requests[0]
    assert all(d.run_id == r.run_id for d in r.decisions)


def test_outbound_of_a_local_decision_is_an_error() -> None:
    decision = router().route(ModelRequest.of("hi"))
    with pytest.raises(ConfigurationError, match="sends nothing"):
        decision.outbound()


def test_estimate_is_an_upper_bound_on_prompt_plus_max_tokens() -> None:
    r = Router(CascadeSettings(), cloud_model=CLOUD)
    request = ModelRequest.of("a" * 4000, max_tokens=500)
    price = r.prices.require(CLOUD)
    at_least = (1000 * price.input_per_mtok + 500 * price.output_per_mtok) / 1e6
    assert r.estimate_cost(request) >= at_least


def test_contacts_learned_later_are_masked_from_then_on() -> None:
    r = router()
    request = ModelRequest.of("reply to Wilhelmina Okoro about dinner")
    assert r.route(request, local_answer(0.1)).tier == "cloud"
    r.add_contacts(["Wilhelmina Okoro"])
    decision = r.route(request, local_answer(0.1))
    assert decision.tier == "cloud_masked"
    assert decision.outbound()[0][0].content == "reply to <NAME_1> about dinner"


def test_a_structured_request_reserves_for_its_schema_and_one_repair() -> None:
    from pydantic import BaseModel

    class Choice(BaseModel):
        element_id: int
        reason: str

    r = router()
    plain = ModelRequest.of("pick one " * 200, max_tokens=100)
    structured = ModelRequest.of("pick one " * 200, max_tokens=100, output_type=Choice)
    assert r.estimate_cost(structured) > 2 * r.estimate_cost(plain)


def test_the_public_names_are_exported() -> None:
    import cascadroid.cascade as cascade

    for name in ("Router", "Decision", "CascadeModel", "PrivacyPolicy", "SpendLedger", "mask", "unmask", "load_policy"):
        assert name in cascade.__all__ and hasattr(cascade, name)
