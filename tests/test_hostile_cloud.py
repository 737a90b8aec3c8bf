"""A hostile cloud: every malformed, oversized or broken answer from a real HTTP server on
127.0.0.1 becomes a ModelError saying why; the cascade falls back; spend never goes negative.

The corpus (cascadroid.testing.hostile, > 200 answers) is run twice: against the client
alone (fast), and through whole ``Agent.run`` calls on the simulated phone (slow).
"""

import json
import re
import sqlite3
import tracemalloc

import pytest
from pydantic import ValidationError

from cascadroid.cascade import CascadeModel, SpendLedger
from cascadroid.cascade.ledger import Reservation, Shortfall
from cascadroid.device.sim import SimDevice
from cascadroid.errors import (
    ConfigurationError,
    ModelAuthError,
    ModelConnectionError,
    ModelError,
    ModelLoadError,
    ModelOutputError,
    PolicyError,
)
from cascadroid.models import Model, ModelRequest, ModelResponse, OpenAICompatibleModel, Price, PriceTable, Usage
from cascadroid.models._wire import MAX_REPORTED_TOKENS
from cascadroid.settings import CascadeSettings, Settings
from cascadroid.testing import ScriptedModel
from cascadroid.testing.hostile import (
    BOMB_BYTES,
    HostileCloudServer,
    HostileReply,
    bomb,
    completion_json,
    hostile_replies,
    raw_http,
)

MODEL = "hostile-stand-in"
PRICES = PriceTable({MODEL: Price(input_per_mtok=2.5, output_per_mtok=10.0)})


def reply_for(prompt: str) -> dict:
    """A valid answer for each role, so a hostile answer differs from a good one only by its defect."""
    if "Your role: planner" in prompt:
        return {"plan": ["open the settings app"], "subgoal": "open settings", "done": False}
    if "Your role: notetaker" in prompt:
        return {"notes": []}
    if "Your role: reflector" in prompt:
        return {"outcome": "success", "reason": "ok"}
    return {"action": "open_app", "app": "Settings"}


def cloud_text(request_json: dict) -> str:
    return json.dumps(reply_for(str(request_json["messages"][-1]["content"])))


@pytest.fixture(scope="module")
def replies() -> list[HostileReply]:
    return hostile_replies()


@pytest.fixture(scope="module")
def hostile(replies):
    with HostileCloudServer(replies, responder=cloud_text) as server:
        yield server


def client(url: str, reply: HostileReply | None = None, **kwargs) -> OpenAICompatibleModel:
    """Short timeouts only where the answer is a hang or a drip (elsewhere a slow machine must not matter)."""
    timeout = 0.3 if reply is not None and "no answer" in reply.expect else 30.0
    options = {"model": MODEL, "prices": PRICES, "max_retries": 0, "timeout_s": timeout, **kwargs}
    return OpenAICompatibleModel(base_url=url, **options)


def test_the_corpus_is_large_varied_and_uniquely_named(replies):
    assert len(replies) >= 200
    assert len({r.name for r in replies}) == len(replies)
    categories = {r.category for r in replies}
    assert {"usage", "content", "message", "choices", "document", "not-json", "content-type", "status",
            "encoding", "size", "transport"} <= categories


def test_every_hostile_answer_is_a_model_error_naming_what_was_wrong(hostile, replies):
    wrong = []
    for reply in replies:
        try:
            answer = client(hostile.url_for(reply.name), reply).complete(ModelRequest.of("hi"))
            wrong.append(f"{reply.name}: accepted {answer.text[:40]!r}")
        except ModelError as exc:
            if not re.search(reply.expect, str(exc)):
                wrong.append(f"{reply.name}: {str(exc)[:200]!r} does not say {reply.expect!r}")
            if not exc.hint:
                wrong.append(f"{reply.name}: no hint")
        except Exception as exc:  # noqa: BLE001 - the point: nothing else may come out
            wrong.append(f"{reply.name}: {type(exc).__name__} escaped: {str(exc)[:200]}")
    assert wrong == []
    assert all(hostile.requests_for(r.name) >= 1 for r in replies)


def serve(*pieces: object) -> HostileCloudServer:
    return HostileCloudServer([HostileReply("only", "custom", "", lambda _content: iter(pieces))])


def test_a_gzip_bomb_is_refused_after_the_cap_without_filling_memory():
    with serve(raw_http(200, bomb("gzip"), {"Content-Encoding": "gzip"})) as server:
        model = client(server.url_for("only"))
        tracemalloc.start()
        try:
            with pytest.raises(ModelError, match="larger than the 4,000,000-byte limit"):
                model.complete(ModelRequest.of("hi"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert BOMB_BYTES == 300 * 2**20
    assert peak < 32 * 2**20, f"peak {peak / 2**20:.1f} MiB while refusing a {BOMB_BYTES / 2**20:.0f} MiB bomb"


@pytest.mark.parametrize("encoding, wbits", [("gzip", 31), ("deflate", 15), ("deflate", -15)])
def test_compressed_good_answers_are_read(encoding, wbits):
    import zlib

    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    body = json.dumps(completion_json("fine", prompt_tokens=7, completion_tokens=3)).encode()
    with serve(raw_http(200, packer.compress(body) + packer.flush(), {"Content-Encoding": encoding})) as server:
        answer = client(server.url_for("only")).complete(ModelRequest.of("hi"))
    assert answer.text == "fine"
    assert (answer.usage.prompt_tokens, answer.usage.completion_tokens) == (7, 3)


def test_the_size_cap_is_exact_and_set_by_max_response_bytes():
    body = json.dumps(completion_json("at the limit")).encode()
    with serve(raw_http(200, body)) as server:
        assert client(server.url_for("only"), max_response_bytes=len(body)).complete(ModelRequest.of("x")).text == "at the limit"
        with pytest.raises(ModelError, match=f"larger than the {len(body) - 1:,}-byte limit"):
            client(server.url_for("only"), max_response_bytes=len(body) - 1).complete(ModelRequest.of("x"))
    assert Settings.load(cloud={"base_url": "http://127.0.0.1:9/v1"}).cloud.max_response_bytes == 4_000_000


@pytest.mark.parametrize("usage, expected", [
    (None, (0, 0, 0)),
    ({"prompt_tokens": MAX_REPORTED_TOKENS, "completion_tokens": 0}, (MAX_REPORTED_TOKENS, 0, 0)),
    ({"prompt_tokens": 5, "completion_tokens": 2, "prompt_tokens_details": {"cached_tokens": 9}}, (5, 2, 5)),
    ({"prompt_tokens": 5, "completion_tokens": None, "prompt_tokens_details": None}, (5, 0, 0)),
])  # fmt: skip
def test_sane_usage_is_accepted_at_its_bounds(usage, expected):
    document = {**completion_json("ok"), "usage": usage}
    with serve(raw_http(200, json.dumps(document).encode())) as server:
        got = client(server.url_for("only")).complete(ModelRequest.of("x")).usage
    assert (got.prompt_tokens, got.completion_tokens, got.cached_prompt_tokens) == expected


@pytest.mark.parametrize("url", ["http://[::1/v1", "http://\x00/v1", "http://[fe80::1%zz]x/v1", "http://127.0.0.1:99999/v1"])
def test_a_base_url_no_client_can_use_is_a_configuration_error(url):
    with pytest.raises(ConfigurationError, match="not an http"):
        OpenAICompatibleModel(base_url=url, model=MODEL, prices=PRICES)


@pytest.mark.parametrize("key", ["sk-é", "sk 1", "sk-1\n", "sk-\x00"])
def test_a_key_no_http_header_can_carry_is_a_configuration_error(key):
    with pytest.raises(ConfigurationError, match="API key"):
        OpenAICompatibleModel(base_url="http://127.0.0.1:9/v1", model=MODEL, prices=PRICES, api_key=key)


def test_usage_itself_cannot_be_negative():
    with pytest.raises(ValidationError):
        Usage(prompt_tokens=-1)


def test_a_malformed_answer_is_retried_and_a_good_one_after_it_used():
    good = raw_http(200, json.dumps(completion_json("second time")).encode())
    answers = iter([raw_http(200, b'{"choices": "nope"}'), good])
    server = HostileCloudServer([HostileReply("flaky", "custom", "", lambda _c: iter([next(answers)]))])
    with server:
        assert client(server.url_for("flaky"), max_retries=1, retry_backoff_s=0.01).complete(ModelRequest.of("x")).text == "second time"
    assert server.requests_for("flaky") == 2


def test_a_retry_after_longer_than_the_backoff_cap_is_not_waited_for():
    with serve(raw_http(503, b'{"error": {"message": "busy"}}', {"Retry-After": "86400"})) as server:
        with pytest.raises(ModelError, match="asks to wait 86400s"):
            client(server.url_for("only"), max_retries=3).complete(ModelRequest.of("x"))
        assert server.requests_for("only") == 1


# --- the cascade: anything a cloud backend raises is a fallback, never an escape --------------


class Broken(Model):
    tier = "cloud"

    def __init__(self, exc: BaseException) -> None:
        self.name, self.exc, self.calls = MODEL, exc, 0

    async def acomplete(self, request: ModelRequest) -> ModelResponse:
        self.calls += 1
        raise self.exc


def unsure_cascade(cloud: Model) -> CascadeModel:
    local = ScriptedModel(responder=lambda _r: "local answer", name="local", confidence=0.1)
    return CascadeModel.create(local, cloud, CascadeSettings(cloud_retries=1), prices=PRICES)


@pytest.mark.parametrize("exc", [
    RecursionError("deep"), TypeError("odd"), MemoryError(), KeyError("k"), ModelError("bad answer", hint="h"),
    ModelConnectionError("down", hint="h"), ModelAuthError("key", hint="h"), ModelOutputError("junk", hint="h"),
    ModelLoadError("weights", hint="h"),
])  # fmt: skip
def test_whatever_the_cloud_raises_the_call_falls_back_to_local_with_the_reason(exc):
    cloud = Broken(exc)
    model = unsure_cascade(cloud)
    response = model.complete(ModelRequest.of("hi"))
    assert response.tier == "local" and response.text == "local answer"
    assert cloud.calls == 2  # the first try and cloud_retries=1
    assert model.last_decision.stage == "fallback"
    assert type(exc).__name__ in model.last_decision.reason


def test_cascadroid_errors_that_are_not_model_errors_still_propagate():
    with pytest.raises(PolicyError):
        unsure_cascade(Broken(PolicyError("no", hint="h"))).complete(ModelRequest.of("hi"))


# --- the ledger: spend only grows ------------------------------------------------------------


@pytest.mark.parametrize("amount", [-75.0, -1e-9, float("nan"), float("inf"), float("-inf"), 1e300])
def test_the_ledger_refuses_negative_or_non_finite_spend(tmp_path, amount):
    ledger = SpendLedger(tmp_path / "spend.sqlite")
    booked = ledger.reserve(run_id="r", model=MODEL, estimate_usd=0.001)
    with pytest.raises(ConfigurationError, match="cannot be booked") as caught:
        ledger.settle(booked, amount)
    assert caught.value.hint
    with pytest.raises(ConfigurationError, match="cannot be booked"):
        ledger.reserve(run_id="r", model=MODEL, estimate_usd=amount)
    assert ledger.spent_usd(run_id="r") == pytest.approx(0.001)  # still booked at its estimate


def test_a_refused_refund_leaves_the_budget_holding(tmp_path):
    ledger = SpendLedger(tmp_path / "spend.sqlite")
    first = ledger.reserve(run_id="r", model=MODEL, estimate_usd=0.004, per_run_usd=0.01)
    with pytest.raises(ConfigurationError):
        ledger.settle(first, -75.0)
    passed = [ledger.reserve(run_id="r", model=MODEL, estimate_usd=0.004, per_run_usd=0.01) for _ in range(20)]
    assert sum(isinstance(p, Reservation) for p in passed) == 1  # 0.004 + 0.004 fit in 0.01, a third does not


def test_a_negative_row_written_behind_its_back_refunds_nothing(tmp_path):
    ledger = SpendLedger(tmp_path / "spend.sqlite")
    ledger.settle(ledger.reserve(run_id="r", model=MODEL, estimate_usd=0.002), 0.002)
    with sqlite3.connect(tmp_path / "spend.sqlite") as conn:
        conn.execute("INSERT INTO spend (run_id, day, model, state, estimate_nusd, actual_nusd, created)"
                     " VALUES ('r', '2000-01-01', 'x', 'settled', 0, -75000000000, 0)")
    assert ledger.spent_usd(run_id="r") == pytest.approx(0.002)
    assert isinstance(ledger.reserve(run_id="r", model=MODEL, estimate_usd=0.009, per_run_usd=0.01), Shortfall)


# --- whole agent runs against every hostile answer --------------------------------------------


def hostile_run(tmp_path, url: str, reply: HostileReply):
    from cascadroid.agent import Agent

    settings = Settings.load(
        data_dir=tmp_path, agent={"max_steps": 1, "learn": "off", "save_screenshots": False},
        cascade={"cloud_retries": 0, "budget": {"per_run_usd": 1.0}, "routing": {"cloud_first_purposes": []},
                 "prices": {MODEL: {"input_per_mtok": 2.5, "output_per_mtok": 10.0}}},
    )  # fmt: skip
    local = ScriptedModel(responder=lambda request: reply_for(request.messages[-1].content), confidence=0.1)
    agent = Agent(SimDevice(seed=3), local=local, cloud=client(url, reply), settings=settings)
    return agent, agent.run("Open the settings app")


@pytest.mark.slow
def test_no_hostile_answer_escapes_a_whole_agent_run(tmp_path, hostile, replies):
    wrong = []
    ledger = SpendLedger(tmp_path / "ledger.sqlite")  # the one the agents book on (a budget is set)
    for reply in replies:
        before = hostile.requests_for(reply.name)
        try:
            agent, result = hostile_run(tmp_path, hostile.url_for(reply.name), reply)
        except Exception as exc:  # noqa: BLE001 - counted: the target is zero
            wrong.append(f"{reply.name}: {type(exc).__name__} escaped Agent.run: {str(exc)[:200]}")
            continue
        fallbacks = [e.payload["reason"] for e in agent.memory.runs.events(result.run_id, kind="decision")
                     if e.payload.get("stage") == "fallback"]
        if not result.stop_reason or result.status not in ("stopped", "succeeded", "failed"):
            wrong.append(f"{reply.name}: ended {result.status!r} with stop reason {result.stop_reason!r}")
        if hostile.requests_for(reply.name) == before:
            wrong.append(f"{reply.name}: the run never asked the cloud")
        if not fallbacks or not all(re.search(reply.expect, reason) for reason in fallbacks):
            wrong.append(f"{reply.name}: fallback reasons {fallbacks!r} do not say {reply.expect!r}")
        if not 0 <= ledger.spent_usd(run_id=result.run_id) < 1.0:
            wrong.append(f"{reply.name}: spend out of range")
        agent.close()
    assert len(replies) >= 200
    assert wrong == []
