"""Whole agent runs through the cascade: no canary reaches the recording cloud unless allowed.

The phone is filled with generated secrets (phones, e-mails, addresses in Contacts; one-time
codes in Messages; cards and IBANs in Notes). The local model is always unsure, so the router
wants the cloud for every call; the cloud is a real HTTP server on 127.0.0.1 keeping every byte.
"""

import json
import random
import re
from datetime import datetime

import pytest
from fixtures_cascade import (
    CLOUD_PRICE,
    CLOUD_STAND_IN,
    Canary,
    CanaryCorpus,
    _address,
    _card,
    _iban,
    _otp,
    _us_phone,
    cloud_client,
)

from cascadroid.agent import Agent
from cascadroid.device.sim import SimDevice
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel

SCRIPT = [
    {"action": "open_app", "app": "Contacts"}, {"action": "swipe", "direction": "down"},
    {"action": "swipe", "direction": "down"}, {"action": "open_app", "app": "Messages"},
    {"action": "swipe", "direction": "down"}, {"action": "open_app", "app": "Notes"},
    {"action": "swipe", "direction": "down"}, {"action": "done", "answer": "looked around"},
]
HISTORY = re.compile(r"History \((\d+) actions so far\)")


def reply_for(prompt: str) -> dict:
    """Both tiers follow the same script, read from the role and step count in the prompt."""
    if "Your role: planner" in prompt:
        return {"plan": ["look at contacts, messages, notes"], "subgoal": "browse", "done": False}
    if "Your role: notetaker" in prompt:
        return {"notes": []}
    if "Your role: reflector" in prompt:
        return {"outcome": "success", "reason": "ok"}
    match = HISTORY.search(prompt)
    return SCRIPT[min(int(match.group(1)) if match else 0, len(SCRIPT) - 1)]


def local_reply(request):
    return reply_for(request.messages[-1].content)


def cloud_reply(request_json):
    return json.dumps(reply_for(request_json["messages"][-1]["content"]))


def plant_secrets(device: SimDevice, seed: int = 11) -> CanaryCorpus:
    rng = random.Random(seed)
    corpus = CanaryCorpus()
    contacts = device.app("contacts")
    messages = device.app("messages")
    notes = device.app("notes")
    for i, contact in enumerate(contacts.state.contacts):
        contact.phone, contact.address = _us_phone(rng), _address(rng)
        contact.email = f"canary{i}.{rng.randint(100, 999)}@example.org"
        corpus.canaries += [Canary("phone", contact.phone), Canary("email", contact.email),
                            Canary("address", contact.address), Canary("name", contact.name)]
        corpus.contacts.append(contact.name)
    for thread in messages.state.threads:
        code, sentence = _otp(rng)
        thread.messages.append(type(thread.messages[0])(text=sentence, incoming=True, time=datetime(2026, 3, 16, 9, 0))
                               if thread.messages else None)
        corpus.canaries.append(Canary("otp", code))
    for note in notes.state.notes:
        card, iban = _card(rng), _iban(rng)
        note.title, note.body = f"Card {card}", f"IBAN {iban}"
        corpus.canaries += [Canary("card", card), Canary("iban", iban)]
    return corpus


def run_with_policy(tmp_path, recording_cloud, mode: str):
    device = SimDevice(seed=5)
    corpus = plant_secrets(device)
    cloud = recording_cloud(cloud_reply)
    settings = Settings.load(
        data_dir=tmp_path, agent={"max_steps": 12, "learn": "off", "save_screenshots": False},
        cascade={"privacy": {"default_mode": mode}, "prices": {CLOUD_STAND_IN: {"input_per_mtok": CLOUD_PRICE.input_per_mtok, "output_per_mtok": CLOUD_PRICE.output_per_mtok}},
                 "routing": {"cloud_first_purposes": []}},
    )
    local = ScriptedModel(responder=local_reply, confidence=0.1)  # always unsure: every call wants the cloud
    agent = Agent(device, local=local, cloud=cloud_client(cloud), settings=settings)
    result = agent.run("Look through my contacts, messages and notes")
    seen_locally = corpus.leaked("\n".join(r.prompt_text() for r in local.requests).encode())
    return result, corpus, cloud, seen_locally, agent


@pytest.mark.parametrize("mode", ["local_only", "mask"])
def test_no_canary_reaches_the_cloud_over_a_whole_run(tmp_path, recording_cloud, mode):
    result, corpus, cloud, seen_locally, agent = run_with_policy(tmp_path, recording_cloud, mode)
    assert result.status == "succeeded", result.stop_reason
    assert len(corpus.canaries) >= 100 and len(seen_locally) >= 30  # the screens really showed secrets
    assert corpus.leaked(cloud.raw) == []
    decisions = agent.memory.runs.events(result.run_id, kind="decision")
    assert decisions and all(d.payload.get("reason") for d in decisions)
    if mode == "mask":
        assert cloud.chat_calls > 0 and result.totals.get("cloud_calls", 0) > 0  # it did use the cloud, masked
    else:
        assert any(d.payload["tier"] == "local" for d in decisions)


def test_allow_mode_sends_them_so_the_check_above_can_fail(tmp_path, recording_cloud):
    result, corpus, cloud, _, _ = run_with_policy(tmp_path, recording_cloud, "allow")
    assert cloud.chat_calls > 0
    assert len(corpus.leaked(cloud.raw)) > 0
