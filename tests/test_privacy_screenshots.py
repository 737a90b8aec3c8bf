"""Screens without a UI tree: a cloud model that accepts images gets the screenshot, redacted first.

A canvas app (cascadroid.testing.canvas) shows a one-time code, a phone number, a card and an
address. The agent reads it by OCR; with a cloud model that accepts images, the screenshot goes
to a recording OpenAI-compatible server on 127.0.0.1 as an image content part. We OCR what the
server received (with our own engine) and find no secret, while the harmless line is still
legible; the screenshot kept on disk is redacted too, unless the user opts out.
"""

from __future__ import annotations

import base64
import io
import json
import re

import pytest
from fixtures_cascade import CLOUD_PRICE, CLOUD_STAND_IN
from PIL import Image
from privacy_attack_corpus import fixed_reply

from cascadroid.agent import Agent
from cascadroid.models import OpenAICompatibleModel, PriceTable
from cascadroid.settings import CloudModelSettings, Settings
from cascadroid.testing import ScriptedModel
from cascadroid.testing.canvas import CanvasDevice

pytestmark = pytest.mark.slow
LINES = ["Weather: sunny today", "Your code is 482913", "Call (646) 555-0132", "Card 4111 1111 1111 1111",
         "Meet at 14 Harbour Rise"]
CANARIES = ["482913", "6465550132", "4111111111111111", "14harbourrise"]


@pytest.fixture(scope="module")
def ocr():
    rapidocr = pytest.importorskip("rapidocr_onnxruntime", reason="OCR is the dev extra rapidocr-onnxruntime")
    return rapidocr.RapidOCR()


def compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def read(ocr, png: bytes) -> str:
    import numpy as np

    result, _ = ocr(np.array(Image.open(io.BytesIO(png)).convert("RGB")))
    return compact(" ".join(text for _box, text, _score in result or []))


def images_received(server) -> list[bytes]:
    found = []
    for request in server.requests:
        if not request.path.endswith("/chat/completions"):
            continue
        for message in json.loads(request.body)["messages"]:
            if isinstance(message["content"], list):
                found += [base64.b64decode(part["image_url"]["url"].split(",", 1)[1])
                          for part in message["content"] if part["type"] == "image_url"]
    return list(dict.fromkeys(found))


def run(tmp_path, recording_cloud, mode: str, *, redact: bool = True):
    device = CanvasDevice(LINES)
    done = {"action": "done", "answer": "sunny"}
    server = recording_cloud(lambda req: json.dumps(fixed_reply(req["messages"][-1]["content"]) or done))
    local = ScriptedModel(responder=lambda req: fixed_reply(req.messages[-1].content) or done, confidence=0.1)
    cloud = OpenAICompatibleModel(CloudModelSettings(base_url=server.url, model=CLOUD_STAND_IN, accepts_images=True,
                                                     max_retries=1, retry_backoff_s=0.01),
                                  prices=PriceTable({CLOUD_STAND_IN: CLOUD_PRICE}), require_price=True)
    settings = Settings.load(
        data_dir=tmp_path, agent={"max_steps": 3, "learn": "off", "save_screenshots": True, "redact_screenshots": redact},
        cascade={"privacy": {"default_mode": mode}, "routing": {"cloud_first_purposes": [], "weights": {"privacy": 0.0}},
                 "prices": {CLOUD_STAND_IN: {"input_per_mtok": CLOUD_PRICE.input_per_mtok,
                                             "output_per_mtok": CLOUD_PRICE.output_per_mtok}}},
    )
    agent = Agent(device, local=local, cloud=cloud, memory=False, settings=settings)
    result = agent.run("What is the weather today?")
    saved = sorted((tmp_path / "screens" / result.run_id).glob("*.png"))
    return result, server, device, local, saved


def test_the_cloud_gets_the_screenshot_redacted_and_the_disk_keeps_it_redacted(tmp_path, recording_cloud, ocr):
    result, server, _device, local, saved = run(tmp_path, recording_cloud, "mask")
    assert result.status == "succeeded", result.stop_reason
    shown = compact("\n".join(r.prompt_text() for r in local.requests))
    assert "weather" in shown and sum(c in shown for c in CANARIES) >= 3  # OCR read the secrets on the device
    images = images_received(server)
    assert images, "a cloud model that accepts images got the screenshot"
    pixels = {Image.open(io.BytesIO(png)).convert("RGB").tobytes(): png for png in images + [p.read_bytes() for p in saved]}
    assert saved, "the agent kept the screenshot on disk"
    for png in pixels.values():  # the same pixels are read once
        text = read(ocr, png)
        assert "weather" in text  # the harmless line stays legible
        assert [c for c in CANARIES if c in text] == []
    assert [c for c in ("482913", "4111111111111111", "4111 1111 1111 1111", "555-0132", "Harbour") if c.encode() in server.raw] == []


def test_with_everything_allowed_and_redaction_off_the_pixels_go_as_they_are(tmp_path, recording_cloud):
    result, server, device, _local, saved = run(tmp_path, recording_cloud, "allow", redact=False)
    assert result.status == "succeeded", result.stop_reason
    original = Image.open(io.BytesIO(device.png())).convert("RGB")
    assert saved and saved[0].read_bytes() == device.png()  # the user opted out: kept as the screen showed
    images = images_received(server)
    assert images and all(Image.open(io.BytesIO(p)).convert("RGB").tobytes() == original.tobytes() for p in images)


def _png() -> bytes:
    return CanvasDevice(["Weather: sunny today"]).png()


@pytest.mark.parametrize("accepts", [True, False])
def test_image_parts_go_only_to_a_model_that_accepts_images(recording_cloud, accepts):
    from cascadroid.models import ModelRequest

    server = recording_cloud(lambda req: "ok")
    model = OpenAICompatibleModel(CloudModelSettings(base_url=server.url, model=CLOUD_STAND_IN, accepts_images=accepts,
                                                     max_retries=0))
    model.complete(ModelRequest.of("what is on screen?", images=[_png()]))
    content = json.loads(server.requests[-1].body)["messages"][-1]["content"]
    if accepts:  # OpenAI content parts: the text, then the PNG as a data: URL
        assert content[0] == {"type": "text", "text": "what is on screen?"} and images_received(server) == [_png()]
    else:
        assert content == "what is on screen?" and images_received(server) == []


def test_a_local_only_app_never_sends_its_screenshot():
    from cascadroid.cascade import CascadeSettings, Router
    from cascadroid.models import ModelRequest, ModelResponse

    router = Router(CascadeSettings(privacy={"local_only_apps": ["com.example.canvas"]},
                                    routing={"cloud_first_purposes": []}), cloud_model="gpt-4o-mini")
    router.cloud_accepts_images = True
    request = ModelRequest.of("what is on screen?", purpose="operator", app="com.example.canvas", images=[_png()])
    decision = router.route(request, ModelResponse(text="x", model="local", confidence=0.1))
    assert decision.tier == "local" and decision.outbound_images() == []
