"""Deep links in the agent: candidates offered for tasks that name a number, a place, a web
address or a Settings page (and not for others); a run that takes candidate 1 uses one and
reaches the page with no model call; the memory learns which intents a phone refused."""

from __future__ import annotations

import pytest

from cascadroid.agent import Agent
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.deeplinks import deep_links, device_key, offer
from cascadroid.agents.knowledge_hint import KnowledgeHint
from cascadroid.device.sim import SimDevice
from cascadroid.device.types import device_apps
from cascadroid.memory import MemoryStore
from cascadroid.memory.intents import IntentMemory
from cascadroid.models.base import ModelRequest
from cascadroid.settings import Settings
from cascadroid.testing import ScriptedModel


@pytest.mark.parametrize(("task", "fields"), [
    ("Call +1 555-0100.", {"uri": "tel:+15550100"}),
    ("Please dial 030 1234 5678", {"uri": "tel:03012345678"}),
    ('Text 555 0100 saying "Running late"', {"uri": "smsto:5550100?body=Running%20late"}),
    ("Find a pharmacy near me", {"uri": "geo:0,0?q=pharmacy"}),
    ("Find a kiln shop and ceramics store near me", {"uri": "geo:0,0?q=kiln%20shop%20and%20ceramics%20store"}),
    ("Open wikipedia.org/wiki/Lisbon", {"uri": "https://wikipedia.org/wiki/Lisbon"}),
    ("Email bo@example.org about the invoice", {"uri": "mailto:bo@example.org"}),
    ("Schedule a meeting with Ana tomorrow", {"uri": "content://com.android.calendar/events",
                                              "intent": "android.intent.action.INSERT"}),
    ("Turn Wi-Fi off.", {"intent": "android.settings.WIFI_SETTINGS"}),
    ("Please switch bluetooth on", {"intent": "android.settings.BLUETOOTH_SETTINGS"}),
    ("Set the screen brightness to its maximum.", {"intent": "android.settings.DISPLAY_SETTINGS"}),
])
def test_a_task_naming_a_link_gets_that_deep_link(task, fields):
    assert [f for f, _ in deep_links(task)] == [fields]


@pytest.mark.parametrize("task", [
    "Call Ana.",  # no number: the contact's number is the app's to find
    "Save the Wi-Fi password Dana texted me in a new note",  # names Wi-Fi, changes no setting
    "How many unread mails do I have?",
    "Rename report.pdf to final.pdf",  # a file name is not a web address
    "Delete the alarm at 7:30",
    "find the best-rated kiln shop and save it, in Maps",  # the act on it is no part of the place searched
])
def test_unrelated_tasks_get_no_deep_link(task):
    assert deep_links(task) == []


class _NoIntents:
    """A device that does not declare it opens URIs."""


def _ranked() -> list[Candidate]:
    return [Candidate({"kind": "open_app", "app": "Settings"}, "open the Settings app", 4.0)]


def test_the_deep_link_is_ranked_first_with_a_clear_margin_only_on_devices_that_open_uris():
    phone = SimDevice(seed=0)

    offered = offer("Turn Wi-Fi off.", _ranked(), [], phone)

    assert offered[0].action == {"kind": "open_uri", "intent": "android.settings.WIFI_SETTINGS"}
    assert offered[0].score >= offered[1].score + 2
    assert offer("Turn Wi-Fi off.", _ranked(), [], _NoIntents())[0].action["kind"] == "open_app"


def test_no_deep_link_once_used_or_after_the_run_made_progress():
    phone = SimDevice(seed=0)
    used = [{"kind": "open_uri", "key": "open_uri android.settings.WIFI_SETTINGS", "outcome": "success"}]
    progressed = [{"kind": "tap", "key": "tap [3]", "outcome": "success"}]

    assert offer("Turn Wi-Fi off.", _ranked(), used, phone)[0].action["kind"] == "open_app"
    assert offer("Turn Wi-Fi off.", _ranked(), progressed, phone)[0].action["kind"] == "open_app"


def test_memory_learns_a_refused_intent_per_device_and_stops_offering_it(tmp_path):
    phone = SimDevice(seed=0)
    refused = [{"kind": "open_uri", "key": "open_uri android.settings.NFC_SETTINGS", "outcome": "error"}]
    with MemoryStore(tmp_path / "memory.db") as store:
        hint = KnowledgeHint(store.knowledge)

        offer("Turn NFC on", _ranked(), refused, phone, hint)  # learns from the last step

        assert IntentMemory(store.db).outcomes(device_key(device_apps(phone))) == {
            "android.settings.NFC_SETTINGS": (0, 1)}
        assert offer("Turn NFC on", _ranked(), [], phone, hint)[0].action["kind"] == "open_app"
        assert offer("Turn NFC on", _ranked(), [], SimDevice(seed=0, apps=[]), hint)[0].action["kind"] == "open_uri"


def _always_first(request: ModelRequest) -> dict:
    return {"operator": {"choice": 1}, "manager": {"plan": [], "subgoal": ""}, "notetaker": {"notes": []},
            "reflector": {"outcome": "success", "reason": "assumed"}}.get(request.purpose, {})


@pytest.mark.parametrize(("task", "done"), [
    ("Turn Wi-Fi off.", lambda phone: phone.state("settings")["wifi"] is False),
    ("Call 555-0123.", lambda phone: phone.state("phone")["call_log"][-1]["number"] == "555-0123"),
])
def test_a_run_taking_candidate_1_opens_the_deep_link_with_no_model_call(tmp_path, task, done):
    phone = SimDevice(seed=0)
    model = ScriptedModel(responder=_always_first)
    settings = Settings.load(data_dir=tmp_path, agent={"max_steps": 8, "save_screenshots": False, "learn": "off",
                                                       "operator_mode": "choices", "decision": {"tie_break": False}})
    with Agent(phone, local=model, settings=settings) as agent:
        result = agent.run(task)

    applied = [entry.action.kind for entry in phone.action_log if entry.applied]
    assert applied[0] == "open_uri" and result.status == "succeeded" and done(phone)
    assert not [r for r in model.requests if r.purpose in ("operator", "tie_break")]


def test_the_offered_link_clears_the_act_threshold_where_the_near_tie_did_not():
    from cascadroid.agents.decide import ScoreCalibration
    from cascadroid.agents.perceptor import perceive
    from cascadroid.settings import DecisionSettings

    phone = SimDevice(seed=0)
    screen = perceive(phone.observe())
    tie = [Candidate({"kind": "open_app", "app": app}, f"open {app}", score)
           for app, score in (("Settings", 4.0), ("Phone", 3.9), ("Clock", 3.8), ("Maps", 3.7))]
    threshold = DecisionSettings().act_threshold

    before = max(ScoreCalibration().probabilities("Turn Wi-Fi off.", screen, tie))
    offered = offer("Turn Wi-Fi off.", list(tie), [], phone)
    after = ScoreCalibration().probabilities("Turn Wi-Fi off.", screen, offered)

    assert before < threshold <= after[0] == max(after)


def test_a_mail_filled_in_by_its_deep_link_is_sent_once_and_the_run_ends(tmp_path):
    phone = SimDevice(seed=0)
    model = ScriptedModel(responder=_always_first)
    settings = Settings.load(data_dir=tmp_path, agent={"max_steps": 8, "save_screenshots": False, "learn": "off",
                                                   "operator_mode": "choices", "decision": {"tie_break": False}})
    task = 'email kim.osei@example.net subject "Boiler check" body "Is Thursday fine?"'
    with Agent(phone, local=model, settings=settings) as agent:
        result = agent.run(task)

    sent = [m for m in phone.state("mail")["emails"] if m["folder"] == "Sent"]
    assert [(m["to"], m["subject"], m["body"]) for m in sent] == [
        ("kim.osei@example.net", "Boiler check", "Is Thursday fine?")]
    assert result.status == "succeeded"
