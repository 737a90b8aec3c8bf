"""ScriptedModel, the test double shipped in cascadroid.testing."""

import pytest
from pydantic import BaseModel

from cascadroid import ConfigurationError, ModelConnectionError, ModelOutputError
from cascadroid.models import ModelRequest
from cascadroid.testing import ScriptedModel


class Answer(BaseModel):
    value: int


def test_replies_come_back_in_order_and_requests_are_recorded():
    model = ScriptedModel(["first", {"value": 2}, Answer(value=3)])
    texts = [model.complete(ModelRequest.of(f"q{i}")).text for i in range(3)]
    assert texts == ["first", '{"value": 2}', '{"value":3}']
    assert [r.messages[-1].content for r in model.requests] == ["q0", "q1", "q2"]
    assert model.calls == 3


def test_structured_replies_are_validated_like_a_real_backend():
    model = ScriptedModel([{"value": 7}, {"value": "seven"}])
    assert model.complete(ModelRequest.of("n", output_type=Answer)).parsed == Answer(value=7)
    with pytest.raises(ModelOutputError) as caught:
        model.complete(ModelRequest.of("n", output_type=Answer))
    assert caught.value.raw == '{"value": "seven"}'


def test_a_scripted_exception_is_raised():
    model = ScriptedModel([ModelConnectionError("down")])
    with pytest.raises(ModelConnectionError, match="down"):
        model.complete(ModelRequest.of("hi"))


def test_running_out_of_replies_says_so():
    model = ScriptedModel(["only one"])
    model.complete(ModelRequest.of("a"))
    with pytest.raises(ModelOutputError, match="ran out of replies after 1"):
        model.complete(ModelRequest.of("b"))


def test_a_responder_answers_from_the_request():
    model = ScriptedModel(responder=lambda request: request.messages[-1].content.upper())
    response = model.complete(ModelRequest.of("shout"))
    assert response.text == "SHOUT"
    assert response.tier == "scripted"


def test_exactly_one_of_replies_or_responder():
    with pytest.raises(ConfigurationError):
        ScriptedModel()
    with pytest.raises(ConfigurationError):
        ScriptedModel(["x"], responder=lambda request: "y")
