"""Privacy under attack: whole agent runs with our own corpora (tests/privacy_attack_corpus.py).

1. Secrets of every kind planted on full and sparse phones; the local model is always unsure, so
   the router wants the cloud for every call; the cloud is a recording OpenAI-compatible server on
   127.0.0.1. In ``local_only`` and ``mask`` (with Notes as a local_only app) not one secret reaches
   it, in any form; in ``allow`` every one does (so the check can fail).
2. Prompt injections in messages, notes and contacts, with a model that obeys screen text:
   nothing sensitive is sent, each refusal is a recorded step with its reason, and the run goes
   on; when the user's task itself asks for the send, it happens (so the check can fail).
"""

from __future__ import annotations

import json

import pytest
from fixtures_cascade import CLOUD_PRICE, CLOUD_STAND_IN, cloud_client
from privacy_attack_corpus import Obedient, PlantedPhone, Tour, injected_phone, injection_cases, planted_phone

from cascadroid.agent import Agent
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel

pytestmark = pytest.mark.slow
PHONES = [(seed, sparse) for seed in (1, 2, 3) for sparse in (False, True)]
MODES = ("local_only", "mask", "allow")


def _settings(tmp_path, mode: str, notes_package: str, **agent) -> Settings:
    privacy = {"default_mode": mode, "local_only_apps": [] if mode == "allow" else [notes_package]}
    return Settings.load(
        data_dir=tmp_path,
        agent={"max_steps": 60, "max_consecutive_errors": 8, "learn": "off", "save_screenshots": False, **agent},
        cascade={"privacy": privacy, "routing": {"cloud_first_purposes": [], "weights": {"privacy": 0.0}},
                 "prices": {CLOUD_STAND_IN: {"input_per_mtok": CLOUD_PRICE.input_per_mtok,
                                             "output_per_mtok": CLOUD_PRICE.output_per_mtok}}},
    )


def _walk(tmp_path, recording_cloud, phone: PlantedPhone, mode: str):
    tour = Tour(list(phone.tour))
    cloud = recording_cloud(lambda req: json.dumps(tour.reply(req["messages"][-1]["content"])))
    local = ScriptedModel(responder=lambda req: tour.reply(req.messages[-1].content), confidence=0.1)
    agent = Agent(phone.device, local=local, cloud=cloud_client(cloud), memory=False,
                  settings=_settings(tmp_path, mode, phone.notes_package))
    result = agent.run(phone.task)
    shown = phone.leaked("\n".join(r.prompt_text() for r in local.requests).encode())
    return result, cloud, shown, agent.model.router.decisions


@pytest.fixture(scope="module")
def phones() -> list[tuple[int, bool]]:
    total = sum(len(planted_phone(seed, sparse=sparse).secrets) for seed, sparse in PHONES)
    assert total >= 300, f"the corpus plants only {total} secrets"
    return PHONES


@pytest.mark.parametrize("mode", MODES)
def test_planted_secrets_reach_the_cloud_only_when_allowed(tmp_path, recording_cloud, phones, mode):
    kinds, leaked, planted, shown_total = set(), [], 0, 0
    for seed, sparse in phones:
        phone = planted_phone(seed, sparse=sparse)
        result, cloud, shown, decisions = _walk(tmp_path / f"{seed}-{sparse}", recording_cloud, phone, mode)
        assert result.status == "succeeded", (seed, sparse, result.stop_reason)
        assert len(shown) == len(phone.secrets), [s.text for s in phone.secrets if s not in shown]  # all on screen
        if mode == "local_only":  # every prompt holds private data (the task names a contact): all stay local
            assert any("is local_only" in d.reason for d in decisions)
        else:
            assert cloud.chat_calls > 0
        planted += len(phone.secrets)
        shown_total += len(shown)
        kinds |= {s.kind for s in phone.secrets}
        leaked += phone.leaked(cloud.raw)
    assert kinds == {"name", "phone", "email", "address", "otp", "card", "iban", "free_text"}
    if mode == "allow":
        assert len(leaked) == planted, "allow sends everything: the check below is able to fail"
    else:
        assert leaked == [], [(s.kind, s.where, s.text) for s in leaked]


CASES = injection_cases()


def _obey(tmp_path, case, *, task: str | None = None, recording_cloud=None):
    phone = injected_phone(case, task=task)
    double = Obedient(phone.tour, phone.secrets)
    local = ScriptedModel(responder=lambda req: double.reply(req.messages[-1].content),
                          confidence=0.1 if recording_cloud else 1.0)
    cloud = None
    if recording_cloud is not None:
        server = recording_cloud(lambda req: json.dumps(double.reply(req["messages"][-1]["content"])))
        cloud = cloud_client(server)
    agent = Agent(phone.device, local=local, cloud=cloud, memory=False, settings=_settings(tmp_path, "mask", "", max_steps=25))
    result = agent.run(phone.task)
    sent = [m.text for t in phone.device.app("messages").state.threads for m in t.messages if not m.incoming]
    leaks = [text for text in sent if any(v in text for v in phone.secrets.values())]
    return result, double, leaks, server if cloud else None, phone


def test_the_corpus_has_at_least_30_injections_in_many_wordings():
    assert len(CASES) >= 30
    assert len({c.wording for c in CASES}) >= 10 and {c.place for c in CASES} == {"messages", "notes", "contacts"}


def test_no_injection_gets_a_sensitive_send(tmp_path):
    obeyed, refused_steps = 0, 0
    for case in CASES:
        result, double, leaks, _, _ = _obey(tmp_path / str(case.index), case)
        assert leaks == [], (case.text, case.place, leaks)
        assert result.status in ("succeeded", "stopped"), result.stop_reason
        obeyed += double.plan is not None
        refusals = [s for s in result.steps if s.outcome == "refused"]
        refused_steps += len(refusals)
        if double.plan is not None:
            assert refusals and all("instructions on screen are data" in s.outcome_reason for s in refusals)
            assert len(result.steps) > result.steps.index(refusals[0]) + 1  # the run went on after it
    assert obeyed == len(CASES), "the double obeyed every injection (so each one was really tried)"
    assert refused_steps >= len(CASES)


def test_a_send_the_user_asks_for_is_done(tmp_path):
    case = CASES[0]
    result, double, leaks, _, _ = _obey(tmp_path, case, task=f"Text the code from my bank to {case.attacker}")
    assert double.plan is not None and leaks, result.steps


def test_in_mask_mode_the_injected_code_never_reaches_the_cloud(tmp_path, recording_cloud):
    for case in CASES[:3]:
        result, double, leaks, server, phone = _obey(tmp_path / str(case.index), case, recording_cloud=recording_cloud)
        assert double.plan is not None and leaks == []
        assert server.chat_calls > 0
        secrets = [phone.secrets["code"], "".join(ch for ch in phone.secrets["card"] if ch.isdigit())]
        assert not any(v.encode() in server.raw for v in secrets)


class Unplugged:
    """The planted phone, whose connection drops once, at the ``drop_at``-th action."""

    deduplicates_actions = True

    def __init__(self, phone, drop_at: int) -> None:
        self.phone, self.drop_at, self.acts = phone, drop_at, 0

    def observe(self, **kwargs):
        return self.phone.observe(**kwargs)

    def act(self, action):
        from cascadroid.errors import DeviceConnectionError

        self.acts += 1
        if self.acts == self.drop_at:
            raise DeviceConnectionError("USB cable unplugged", hint="plug the phone back in")
        return self.phone.act(action)

    def installed_apps(self):
        return self.phone.installed_apps()

    def contact_names(self):
        return self.phone.contact_names()


def test_what_a_run_read_before_a_restart_stays_private_after_it(tmp_path, recording_cloud):
    phone = planted_phone(1, sparse=True)
    tour = Tour(list(phone.tour))
    cloud = recording_cloud(lambda req: json.dumps(tour.reply(req["messages"][-1]["content"])))
    local = ScriptedModel(responder=lambda req: tour.reply(req.messages[-1].content), confidence=0.1)
    settings = _settings(tmp_path, "mask", phone.notes_package)
    first_typing = len(phone.tour) - 3  # in Messages, Notes long left: its text is only in the history
    first = Agent(Unplugged(phone.device, first_typing + 1), local=local, cloud=cloud_client(cloud), memory=False,
                  settings=settings).run(phone.task)
    assert first.status == "interrupted", first.stop_reason
    again = Agent(phone.device, local=local, cloud=cloud_client(cloud), memory=False, settings=settings).resume(first.run_id)
    assert again.status == "succeeded", again.stop_reason
    typed = next(s for s in phone.secrets if s.where == "typed")  # Notes text typed after the restart
    assert typed.text in "\n".join(r.prompt_text() for r in local.requests)  # later prompts show it
    assert phone.leaked(cloud.raw) == []
