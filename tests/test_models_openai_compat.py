"""OpenAICompatibleModel: retries, repair and errors against scripted HTTP servers (fast),
and structured output from a real llama.cpp server (slow)."""

import asyncio
import json
from typing import Literal

import pytest
from pydantic import BaseModel

from cascadroid import ConfigurationError, ModelAuthError, ModelConnectionError, ModelOutputError
from cascadroid.models import ModelRequest, OpenAICompatibleModel, PriceTable
from cascadroid.settings import CloudModelSettings
from cascadroid.testing import chat_completion, error, free_port, hang, malformed


class Choice(BaseModel):
    action: Literal["tap", "back", "home"]
    element: Literal["settings", "wifi", "search"]


VALID = '{"action": "tap", "element": "wifi"}'


def model_for(url: str, **kwargs) -> OpenAICompatibleModel:
    options = {"model": "gpt-4o-mini", "retry_backoff_s": 0.01, "timeout_s": 5.0, "max_retries": 2, **kwargs}
    return OpenAICompatibleModel(base_url=url, **options)


def test_429_is_retried_then_the_answer_comes_back(scripted_server):
    server = scripted_server([error(429, "slow down"), chat_completion("hello", prompt_tokens=1000, completion_tokens=100)])
    response = model_for(server.url).complete(ModelRequest.of("hi"))
    assert response.text == "hello"
    assert len(server.requests) == 2
    assert response.tier == "cloud"
    assert response.cost_usd == pytest.approx((1000 * 0.15 + 100 * 0.60) / 1e6)


def test_5xx_until_retries_run_out_is_a_connection_error_naming_the_url(scripted_server):
    server = scripted_server(then=error(503, "overloaded"))
    model = model_for(server.url, max_retries=2)
    with pytest.raises(ModelConnectionError) as caught:
        model.complete(ModelRequest.of("hi"))
    assert len(server.requests) == 3
    assert server.url in str(caught.value)
    assert "503" in str(caught.value)


def test_a_hang_times_out_and_is_retried(scripted_server):
    server = scripted_server([hang(10), chat_completion("late but fine")])
    response = model_for(server.url, timeout_s=0.3).complete(ModelRequest.of("hi"))
    assert response.text == "late but fine"
    assert len(server.requests) == 2


def test_only_hangs_end_in_a_timeout_error(scripted_server):
    server = scripted_server(then=hang(10))
    with pytest.raises(ModelConnectionError, match="no answer within 0.2s"):
        model_for(server.url, timeout_s=0.2, max_retries=1).complete(ModelRequest.of("hi"))
    assert len(server.requests) == 2


def test_a_body_that_is_not_json_is_retried(scripted_server):
    server = scripted_server([malformed(), chat_completion("ok")])
    assert model_for(server.url).complete(ModelRequest.of("hi")).text == "ok"
    assert len(server.requests) == 2


def test_the_whole_flaky_sequence_ends_in_the_answer(scripted_server):
    server = scripted_server([error(429), error(500), hang(10), malformed(), chat_completion("finally")])
    response = model_for(server.url, timeout_s=0.3, max_retries=4).complete(ModelRequest.of("hi"))
    assert response.text == "finally"
    assert len(server.requests) == 5


def test_output_that_is_not_json_gets_one_repair_round_then_an_output_error(scripted_server):
    server = scripted_server(
        [chat_completion("Sure! I would tap wifi."), chat_completion("{'action': tap")],
        then=error(500, "no more"),
    )
    model = model_for(server.url, structured_output="json_object")
    with pytest.raises(ModelOutputError) as caught:
        model.complete(ModelRequest.of("pick", output_type=Choice))
    assert caught.value.raw == "{'action': tap"
    assert len(server.requests) == 2
    repair = server.requests[1].json()["messages"]
    assert repair[-2] == {"role": "assistant", "content": "Sure! I would tap wifi."}
    assert "not valid" in repair[-1]["content"]


def test_the_repair_round_can_fix_the_answer(scripted_server):
    server = scripted_server([chat_completion('{"action": "jump", "element": "wifi"}'), chat_completion(VALID)])
    response = model_for(server.url, structured_output="prompt").complete(ModelRequest.of("pick", output_type=Choice))
    assert response.parsed == Choice(action="tap", element="wifi")
    assert response.repairs == 1
    assert "action" in server.requests[1].json()["messages"][-1]["content"]


def test_401_is_an_auth_error_without_retries(scripted_server):
    server = scripted_server(then=error(401, "Invalid API key"))
    with pytest.raises(ModelAuthError, match="refused the API key"):
        model_for(server.url, api_key="wrong").complete(ModelRequest.of("hi"))
    assert len(server.requests) == 1
    assert server.requests[0].headers["authorization"] == "Bearer wrong"


def test_an_unreachable_port_is_a_connection_error_naming_the_url():
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(ModelConnectionError) as caught:
        model_for(url, max_retries=1).complete(ModelRequest.of("hi"))
    assert url in str(caught.value)
    assert caught.value.hint


def test_auto_falls_back_from_json_schema_and_remembers(scripted_server):
    server = scripted_server([error(500, "response_format json_schema unsupported"), chat_completion(VALID), chat_completion(VALID)])
    model = model_for(server.url)
    assert model.complete(ModelRequest.of("pick", output_type=Choice)).parsed.element == "wifi"
    assert model.structured_form == "json_object"
    model.complete(ModelRequest.of("pick again", output_type=Choice))
    formats = [request.json().get("response_format", {}).get("type") for request in server.requests]
    assert formats == ["json_schema", "json_object", "json_object"]
    assert server.requests[1].json()["response_format"]["schema"] == Choice.model_json_schema()


def test_auto_ends_with_schema_in_the_prompt(scripted_server):
    server = scripted_server([error(400, "no json_schema"), error(422, "no schema either"), chat_completion(VALID)])
    model = model_for(server.url)
    assert model.complete(ModelRequest.of("pick", output_type=Choice)).parsed.action == "tap"
    last = server.requests[-1].json()
    assert "response_format" not in last
    assert '"element"' in last["messages"][0]["content"]
    assert model.structured_form == "prompt"


def test_a_schema_rejected_in_every_form_is_an_output_error(scripted_server):
    server = scripted_server(then=error(400, "bad request"))
    with pytest.raises(ModelOutputError, match="rejected every structured-output form"):
        model_for(server.url).complete(ModelRequest.of("pick", output_type=Choice))
    assert len(server.requests) == 3


def test_a_required_price_must_exist_at_construction():
    with pytest.raises(ConfigurationError, match="no price for model 'house-model'"):
        OpenAICompatibleModel(base_url="http://127.0.0.1:9/v1", model="house-model", require_price=True)


def test_an_unpriced_model_is_flagged_and_costs_zero(scripted_server):
    server = scripted_server([chat_completion("x", prompt_tokens=10**6)])
    model = model_for(server.url, model="house-model", prices=PriceTable())
    assert model.priced is False
    assert model.complete(ModelRequest.of("hi")).cost_usd == 0.0


@pytest.mark.parametrize("url", [None, "", "127.0.0.1:8080", "ftp://host/v1"])
def test_a_missing_or_bad_base_url_is_a_configuration_error(url):
    with pytest.raises(ConfigurationError, match="CASCADROID_CLOUD__BASE_URL|not an http"):
        OpenAICompatibleModel(CloudModelSettings(base_url=url))


def test_settings_give_endpoint_key_and_model(scripted_server):
    server = scripted_server([chat_completion("hi")])
    settings = CloudModelSettings(base_url=server.url, api_key="k-123", model="gpt-4.1-nano")
    model = OpenAICompatibleModel(settings)
    model.complete(ModelRequest.of("hi"))
    sent = server.requests[0]
    assert sent.headers["authorization"] == "Bearer k-123"
    assert sent.json()["model"] == "gpt-4.1-nano"


def test_one_model_serves_several_event_loops_and_concurrent_calls(scripted_server):
    server = scripted_server(then=chat_completion("same"))
    model = model_for(server.url)
    assert model.complete(ModelRequest.of("a")).text == "same"

    async def three():
        return await asyncio.gather(*(model.acomplete(ModelRequest.of(str(i))) for i in range(3)))

    assert [r.text for r in asyncio.run(three())] == ["same"] * 3
    assert len(server.requests) == 4


@pytest.mark.slow
def test_real_llama_server_gives_valid_structured_output_after_falling_back(cloud_model):
    request = ModelRequest.of("The screen shows Settings, Wi-Fi and Search. Open Wi-Fi.", output_type=Choice, max_tokens=40)
    response = cloud_model.complete(request)
    assert isinstance(response.parsed, Choice)
    assert cloud_model.structured_form == "json_object"  # llama.cpp server answers 500 to json_schema
    assert response.usage.prompt_tokens > 0 and response.usage.completion_tokens > 0
    assert response.cost_usd == pytest.approx(
        (response.usage.prompt_tokens * 0.15 + response.usage.completion_tokens * 0.60) / 1e6
    )
    json.loads(response.text)


@pytest.mark.slow
def test_real_llama_server_refuses_a_wrong_key(llama_server_url):
    model = OpenAICompatibleModel(base_url=llama_server_url, api_key="wrong-key", model="x")
    with pytest.raises(ModelAuthError, match="refused the API key"):
        model.complete(ModelRequest.of("hi", max_tokens=4))
