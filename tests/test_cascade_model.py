"""CascadeModel against a real recording HTTP cloud: canaries, budgets, outages, retries, unmasking."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures_cascade import CLOUD_PRICE, CLOUD_STAND_IN, CanaryCorpus, cloud_client
from pydantic import BaseModel

from cascadroid.cascade import CascadeModel, CascadeResponse, SpendLedger, policy_from_dict
from cascadroid.errors import BudgetExceeded
from cascadroid.models import Model, ModelRequest, PriceTable
from cascadroid.testing import RecordingServer, ScriptedModel

PRICES = PriceTable({CLOUD_STAND_IN: CLOUD_PRICE})


def unsure_local(reply: str = "local answer") -> ScriptedModel:
    """A local model whose answers are never confident enough, so every call escalates."""
    return ScriptedModel(responder=lambda _: reply, name="local", confidence=0.1)


def cascade(local: Model, cloud: Model, policy: dict | None = None, **kwargs: object) -> CascadeModel:
    return CascadeModel.create(local, cloud, policy_from_dict(policy or {}), prices=PRICES, **kwargs)  # type: ignore[arg-type]


def run_corpus(model: CascadeModel, corpus: CanaryCorpus, app: str = "com.example") -> list[CascadeResponse]:
    return [model.complete(ModelRequest.of(prompt, purpose="operator", app=app, max_tokens=64)) for prompt in corpus.prompts]


@pytest.mark.parametrize("policy", [{"privacy": {"default_mode": "mask"}}, {"privacy": {"default_mode": "local_only"}}])
def test_no_canary_byte_reaches_the_cloud_in_mask_or_local_only_mode(
    policy: dict, canaries: CanaryCorpus, recording_cloud: Callable[..., RecordingServer]
) -> None:
    server = recording_cloud()
    model = cascade(unsure_local(), cloud_client(server), policy, contacts=canaries.contacts)
    responses = run_corpus(model, canaries)
    control = model.complete(ModelRequest.of("Which tab lists recent calls?", purpose="operator", max_tokens=16))
    assert control.tier == "cloud"  # the cloud was reachable all along
    assert canaries.leaked(server.raw) == []
    assert [n for n in canaries.contacts if n.encode() in server.raw] == []
    cloud_decisions = [d for d in model.router.decisions if d.tier in ("cloud", "cloud_masked")]
    assert server.chat_calls == len(cloud_decisions)  # nothing left the device without a decision
    if policy["privacy"]["default_mode"] == "mask":
        assert {r.tier for r in responses} == {"cloud"} and server.received(b"<CARD_1>")
        restored = responses[0].text  # the answer comes back with the real values
        assert any(c.text in restored for c in canaries.canaries[:7])
    else:
        assert {r.tier for r in responses} == {"local"} and server.chat_calls == 1
        assert all("is local_only" in r.decision.reason for r in responses if r.decision is not None)


def test_allow_mode_does_send_the_canaries(canaries: CanaryCorpus, recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud()
    model = cascade(unsure_local(), cloud_client(server), {"privacy": {"default_mode": "allow"}}, contacts=canaries.contacts)
    run_corpus(model, canaries)
    assert len(canaries.leaked(server.raw)) == len(canaries.canaries)


def test_per_app_rule_keeps_one_app_local(canaries: CanaryCorpus, recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud()
    policy = {"privacy": {"default_mode": "allow", "apps": {"com.bank": {"*": "local_only"}}}}
    model = cascade(unsure_local(), cloud_client(server), policy, contacts=canaries.contacts)
    responses = run_corpus(model, canaries, app="com.bank")
    assert {r.tier for r in responses} == {"local"} and server.chat_calls == 0


def test_budget_stops_spending_at_the_limit_to_the_cent(tmp_path: Path, recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud(lambda _: "fine")
    ledger = SpendLedger(tmp_path / "ledger.sqlite")
    limit = 0.05
    model = cascade(unsure_local(), cloud_client(server), {"budget": {"per_run_usd": limit}}, ledger=ledger)
    request = ModelRequest.of("word " * 1600, purpose="operator", max_tokens=100)
    responses = [model.complete(request) for _ in range(30)]
    cloud = [r for r in responses if r.tier == "cloud"]
    spent = ledger.spent_usd(run_id=model.router.run_id)
    assert 0 < len(cloud) < len(responses) and server.chat_calls == len(cloud)
    assert spent <= limit
    assert limit - spent < model.router.estimate_cost(request)  # it stopped only because the next call would not fit
    assert round(sum(r.cost_usd for r in cloud), 9) == round(spent, 9)
    assert all(r.tier == "local" and "per-run budget $0.0500" in r.decision.reason for r in responses[len(cloud) :])


def test_budget_hard_stop_raises(tmp_path: Path, recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud(lambda _: "fine")
    policy = {"budget": {"per_run_usd": 0.001, "on_exceeded": "hard_stop"}}
    model = cascade(unsure_local(), cloud_client(server), policy, ledger=SpendLedger(tmp_path / "l.sqlite"))
    with pytest.raises(BudgetExceeded, match="per-run budget"):
        model.complete(ModelRequest.of("word " * 2000, max_tokens=100))
    assert server.chat_calls == 0


def test_server_down_mid_run_continues_locally_and_says_why(recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud(lambda _: "cloud answer")
    model = cascade(unsure_local("local answer"), cloud_client(server))
    first = [model.complete(ModelRequest.of(f"step {i}")) for i in range(3)]
    server.close()
    after = [model.complete(ModelRequest.of(f"step {i}")) for i in range(3, 6)]
    assert [r.text for r in first] == ["cloud answer"] * 3
    assert [r.text for r in after] == ["local answer"] * 3 and {r.tier for r in after} == {"local"}
    for response in after:
        assert response.decision is not None and response.decision.stage == "fallback"
        assert "cloud failed after 2 attempt(s)" in response.decision.reason
        assert "ModelConnectionError" in response.decision.reason


def test_a_cloud_error_is_retried_before_falling_back(recording_cloud: Callable[..., RecordingServer]) -> None:
    calls = []

    def flaky(_: dict) -> str:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("overloaded")
        return "second try"

    server = recording_cloud(flaky)
    model = cascade(unsure_local(), cloud_client(server, max_retries=0))
    response = model.complete(ModelRequest.of("hello"))
    assert (response.tier, response.text, server.chat_calls) == ("cloud", "second try", 2)


def test_latency_budget_falls_back_to_local(recording_cloud: Callable[..., RecordingServer]) -> None:
    cloud_may_answer = threading.Event()  # the cloud holds its reply until the test has the answer
    server = recording_cloud(lambda _: (cloud_may_answer.wait(30), "too late")[1])
    policy = {"latency_budget_s": 0.5, "routing": {"cloud_latency_s": 0.1}}  # the router expects a fast cloud
    model = cascade(unsure_local("quick local"), cloud_client(server), policy)
    try:
        response = model.complete(ModelRequest.of("hello"))  # waiting for the cloud would get "too late"
    finally:
        cloud_may_answer.set()
    assert response.text == "quick local"
    assert "latency budget" in response.decision.reason


def test_an_expected_cloud_latency_over_the_budget_keeps_the_call_local(
    recording_cloud: Callable[..., RecordingServer],
) -> None:
    server = recording_cloud(lambda _: "slow cloud")
    policy = {"latency_budget_s": 1.0, "routing": {"cloud_latency_s": 20.0}}
    response = cascade(unsure_local(), cloud_client(server), policy).complete(ModelRequest.of("hello"))
    assert response.tier == "local" and "local scores higher" in response.decision.reason
    assert server.chat_calls == 0


class TextReply(BaseModel):
    to: str
    body: str


def test_structured_answers_are_unmasked_in_text_and_parsed_object(recording_cloud: Callable[..., RecordingServer]) -> None:
    def reply(request: dict) -> str:
        assert "415-555-0132" not in json.dumps(request)
        return json.dumps({"to": "<PHONE_1>", "body": "Hi <NAME_1>, card <CARD_1> is blocked"})

    server = recording_cloud(reply)
    model = cascade(unsure_local('{"to": "?", "body": "?"}'), cloud_client(server), contacts=["Ann Ng"])
    request = ModelRequest.of(
        "Ann Ng (415-555-0132) asks about card 4111 1111 1111 1111. Draft the reply.", output_type=TextReply
    )
    response = model.complete(request)
    assert response.tier == "cloud"
    assert response.parsed == TextReply(to="415-555-0132", body="Hi Ann Ng, card 4111 1111 1111 1111 is blocked")
    assert json.loads(response.text)["to"] == "415-555-0132"
    assert not server.received("4111")


def test_an_invented_placeholder_is_retried_then_falls_back(recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud(lambda _: "call <PHONE_7>")
    model = cascade(unsure_local("local"), cloud_client(server))
    response = model.complete(ModelRequest.of("call 415-555-0132"))
    assert response.text == "local" and "<PHONE_7>" in response.decision.reason and server.chat_calls == 2


def test_cloud_first_role_skips_the_local_model(recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud(lambda _: "the plan")
    local = unsure_local()
    model = cascade(local, cloud_client(server))
    response = model.complete(ModelRequest.of("plan: send a message", purpose="manager"))
    assert (response.tier, response.text, local.calls) == ("cloud", "the plan", 0)
    assert model.last_decision is response.decision and response.decision.stage == "before_local"


def test_a_confident_local_answer_never_calls_the_cloud(recording_cloud: Callable[..., RecordingServer]) -> None:
    server = recording_cloud()
    model = cascade(ScriptedModel(responder=lambda _: "ok", name="local", confidence=0.95), cloud_client(server))
    assert model.complete(ModelRequest.of("tap send")).tier == "local"
    assert server.raw == b""


@pytest.mark.slow
def test_real_llama_server_behind_the_recorder_gets_no_canaries(
    llama_server_url: str, llama_server_api_key: str, local_model: Model, canaries: CanaryCorpus
) -> None:
    with RecordingServer(upstream=llama_server_url, model=CLOUD_STAND_IN) as proxy:
        cloud = cloud_client(proxy, api_key=llama_server_api_key, timeout_s=120.0, structured_output="json_object")
        model = cascade(local_model, cloud, contacts=canaries.contacts)
        responses = [
            model.complete(ModelRequest.of(p, purpose=purpose, max_tokens=24))
            for p, purpose in zip(canaries.prompts[:3], ("manager", "operator", "manager"), strict=True)
        ]
    assert proxy.chat_calls >= 2 and proxy.received(b"<PHONE_1>")
    assert canaries.leaked(proxy.raw) == []
    assert responses[0].tier == "cloud" and responses[0].text.strip()
    assert all(r.decision is not None for r in responses)
