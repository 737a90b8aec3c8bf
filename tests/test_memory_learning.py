"""Learning after a run: rule-based and model-written tips, candidate shortcuts generalised
into parameters, verified by replay with new values, never stored twice."""

from __future__ import annotations

import time

import pytest
from fixtures_memory import CHAT, ChatDevice

from cascadroid.device.script import Step
from cascadroid.device.types import Done, Locator, OpenApp, Tap, TypeText
from cascadroid.errors import ModelConnectionError
from cascadroid.memory import RunRecord, StepRecord, learn_from_run, verify_shortcut
from cascadroid.memory.learning import Reflection, to_script_step
from cascadroid.testing import ScriptedModel

TASK = 'Send "see you at 6" to Carol'


def play(store, device: ChatDevice, run_id: str, task: str, plan: list[tuple[object, Locator | None, str]], status="succeeded"):
    """Act like the agent: resolve each locator on screen, act, record the step."""
    store.runs.start(RunRecord(run_id=run_id, task=task, status="running", started_at=time.time()))
    for index, (action, locator, outcome) in enumerate(plan):
        observation = device.observe()
        element = observation.find(locator) if locator is not None else None
        if element is not None:
            action = action.model_copy(update={"element": element.id})
            locator = Locator(resource_id=element.resource_id or None, text=element.text or None, content_desc=element.content_desc or None)
        device.act(action)
        store.runs.record_step(
            StepRecord(
                run_id=run_id, index=index, action=action.model_dump(), locator=None if locator is None else locator.model_dump(),
                outcome=outcome, package=observation.package, subgoal="open the chat with Carol", started_at=time.time(),
            )
        )  # fmt: skip
    store.runs.finish(run_id, status=status)
    return store.runs.get(run_id), store.runs.steps(run_id)


SEND_TO_CAROL = [
    (Tap(), Locator(content_desc="New chat"), "no_change"),
    (Tap(), Locator(content_desc="Search"), "success"),
    (TypeText(text="Carol"), Locator(resource_id=f"{CHAT}:id/query"), "success"),
    (Tap(), Locator(resource_id=f"{CHAT}:id/contact_name", text="Carol"), "success"),
    (TypeText(text="see you at 6"), Locator(resource_id=f"{CHAT}:id/message"), "success"),
    (Tap(), Locator(content_desc="Send"), "success"),
    (Done(), None, "success"),
]


@pytest.fixture
def carol_run(memory_store):
    device = ChatDevice()
    run, steps = play(memory_store, device, "r1", TASK, SEND_TO_CAROL)
    assert device.sent == [("Carol", "see you at 6")]
    return run, steps


def test_rule_tips_name_what_failed_and_what_worked(memory_store, carol_run):
    result = learn_from_run(memory_store, *carol_run)
    assert not result.used_model
    assert [t.text for t in result.tips] == [
        "In com.example.chat, tapping 'New chat' did nothing (to open the chat with Carol); tapping 'Search' worked instead."
    ]
    assert result.tips[0].apps == [CHAT] and result.tips[0].source_run == "r1"
    assert memory_store.tips.search("send a message to Dave", app=CHAT)[0].id == result.tips[0].id  # via tag "send"
    assert result.tips[0].tags == ["no_change", "recovery", "send"]
    assert memory_store.runs.events("r1", kind="learning")[0].payload["tips"] == [result.tips[0].id]


def test_candidate_shortcut_is_generalised_and_verifies_with_new_values(memory_store, carol_run):
    result = learn_from_run(memory_store, *carol_run)
    [shortcut] = result.shortcuts
    assert shortcut.state == "candidate" and shortcut.source_run == "r1"
    assert shortcut.example_params == {"query": "Carol", "message": "see you at 6"}
    assert shortcut.description == 'Send "{message}" to {query}'
    assert [s.kind for s in shortcut.steps] == ["tap", "type", "tap", "type", "tap"]
    assert shortcut.steps[1].text == "{query}" and shortcut.steps[2].target.text == "{query}"
    assert shortcut.preconditions.app == CHAT and shortcut.preconditions.locators == [Locator(resource_id=f"{CHAT}:id/search", content_desc="Search")]

    devices: list[ChatDevice] = []
    replay = verify_shortcut(
        memory_store.shortcuts, shortcut.id, lambda: devices.append(ChatDevice()) or devices[-1],
        {"query": "Alice", "message": "lunch?"}, check=lambda d: d.sent == [("Alice", "lunch?")],
    )  # fmt: skip
    assert replay.succeeded and memory_store.shortcuts.get(shortcut.id).state == "verified"


def test_learning_twice_adds_nothing_new(memory_store, carol_run):
    first = learn_from_run(memory_store, *carol_run)
    second = learn_from_run(memory_store, *carol_run)
    assert second.shortcuts == [] and any("already stored" in n for n in second.notes)
    assert [t.id for t in second.tips] == [t.id for t in first.tips]
    assert len(memory_store.shortcuts.all()) == 1 and len(memory_store.tips.all()) == 1


def test_the_same_task_with_other_values_yields_the_same_shortcut(memory_store, carol_run):
    learn_from_run(memory_store, *carol_run)
    plan = [(a, loc.model_copy(update={"text": "Bob"}) if loc and loc.text else loc, o) for a, loc, o in SEND_TO_CAROL[1:]]
    plan = [(TypeText(text={"Carol": "Bob", "see you at 6": "ok"}.get(a.text, a.text)) if isinstance(a, TypeText) else a, loc, o) for a, loc, o in plan]
    run, steps = play(memory_store, ChatDevice(), "r2", 'Send "ok" to Bob', plan)
    assert learn_from_run(memory_store, run, steps).shortcuts == []
    assert len(memory_store.shortcuts.all()) == 1


def test_a_failed_run_gives_pitfall_tips_and_no_shortcut(memory_store):
    plan = [(Tap(), Locator(content_desc="New chat"), "no_change")] * 3
    run, steps = play(memory_store, ChatDevice(), "r3", "Call Carol", plan, status="failed")
    result = learn_from_run(memory_store, run, steps)
    assert result.shortcuts == []
    assert [t.text for t in result.tips] == [
        "In com.example.chat, tapping 'New chat' kept failing (3 times); try another way (scroll, search, or go back)."
    ]


def test_model_writes_the_tips_through_a_routed_request(memory_store, carol_run):
    model = ScriptedModel([{"tips": [{"text": "Use the Search icon to find a contact; New chat does nothing", "tags": ["contacts"]}]}])
    result = learn_from_run(memory_store, *carol_run, model)
    assert result.used_model and [t.text for t in result.tips] == ["Use the Search icon to find a contact; New chat does nothing"]
    assert result.tips[0].apps == [CHAT]
    assert result.tips[0].tags == ["contacts", "send"]  # task words, not what was typed ("see you at 6", "Carol")
    [request] = model.requests
    assert request.output_type is Reflection and request.purpose == "experience_reflection" and request.app == CHAT
    assert "Task: " + TASK in request.prompt_text() and "tapping 'New chat' -> no_change" in request.prompt_text()
    assert len(result.shortcuts) == 1  # shortcuts come from the steps either way


def test_model_failure_falls_back_to_rule_tips(memory_store, carol_run):
    model = ScriptedModel([ModelConnectionError("endpoint down")])
    result = learn_from_run(memory_store, *carol_run, model)
    assert not result.used_model and "endpoint down" in result.notes[0]
    assert result.tips[0].text.startswith("In com.example.chat, tapping 'New chat' did nothing")


def test_steps_without_a_stable_target_break_the_sequence():
    def record(action, locator=None):
        return StepRecord(run_id="r", index=0, action=action, locator=locator, outcome="success", started_at=0.0)

    assert to_script_step(record({"kind": "tap", "x": 10, "y": 20})) is None
    assert to_script_step(record({"kind": "done"})) is None
    typed = to_script_step(record({"kind": "type", "text": "hi"}, {"resource_id": "a:id/q", "text": "old", "cls": None}))
    assert typed == Step(kind="type", text="hi", target=Locator(resource_id="a:id/q"))
    assert to_script_step(record({"kind": "open_app", "app": "a"})) == Step(kind="open_app", app="a")


def test_shortcut_learned_on_the_simulated_phone_verifies_on_a_fresh_one(memory_store):
    from cascadroid.device.sim import SimDevice

    phone = SimDevice(seed=0)
    dana = phone.app("contacts").state.contacts[3]
    plan = [
        (OpenApp(app="Messages"), None, "success"),
        (Tap(), Locator(content_desc="Start chat"), "success"),
        (TypeText(text=dana.name), Locator(resource_id="com.google.android.apps.messaging:id/recipient_text_view"), "success"),
        (Tap(), Locator(resource_id="android:id/title", text=dana.name), "success"),
        (TypeText(text="See you at 6"), Locator(text="Text message"), "success"),
        (Tap(), Locator(content_desc="Send SMS"), "success"),
        (Done(), None, "success"),
    ]
    run, steps = play(memory_store, phone, "sim1", f'Text {dana.name} "See you at 6"', plan)
    assert phone.app("messages").thread_with(dana.phone).messages[-1].text == "See you at 6"

    [shortcut] = learn_from_run(memory_store, run, steps).shortcuts
    assert shortcut.preconditions.app is None and shortcut.steps[0].kind == "open_app"
    assert sorted(shortcut.example_params.values()) == sorted([dana.name, "See you at 6"])
    names = {v: k for k, v in shortcut.example_params.items()}

    fresh = SimDevice(seed=0)
    chen = fresh.app("contacts").state.contacts[1]
    assert chen.name != dana.name
    result = verify_shortcut(
        memory_store.shortcuts, shortcut.id, lambda: fresh, {names[dana.name]: chen.name, names["See you at 6"]: "Running late"},
        check=lambda d: d.app("messages").thread_with(chen.phone).messages[-1].text == "Running late",
    )  # fmt: skip
    assert result.succeeded, result.reason
    assert memory_store.shortcuts.get(shortcut.id).state == "verified"


def test_a_value_read_in_one_app_and_typed_in_another_is_never_replayed():
    def record(index, package, action, locator=None):
        return StepRecord(run_id="r2", index=index, action=action, locator=locator, outcome="success",
                          package=package, started_at=0.0)

    task = "Which bakery did Lea recommend in her text? Give me its opening hours from Google Maps."
    run = RunRecord(run_id="r2", task=task, status="succeeded", started_at=0.0)
    sms, maps = "com.example.sms", "com.example.maps"
    steps = [
        record(0, "launcher", {"kind": "open_app", "app": "Messages"}),
        record(1, sms, {"kind": "tap"}, {"resource_id": f"{sms}:id/row", "text": "Lea"}),
        record(2, sms, {"kind": "open_app", "app": "Google Maps"}),
        record(3, maps, {"kind": "type", "text": "Bäckerei Kraus"}, {"resource_id": f"{maps}:id/search"}),
        record(4, maps, {"kind": "tap"}, {"resource_id": f"{maps}:id/row", "text": "Bäckerei Kraus"}),
    ]
    from cascadroid.memory.learning import candidate_shortcuts
    shortcuts = candidate_shortcuts(run, steps)
    kinds = [s.kind for s in shortcuts[0].steps]
    assert len(shortcuts) == 1 and kinds == ["open_app", "tap", "read", "open_app", "type", "tap"]  # read, then carried
    assert "{" in shortcuts[0].steps[1].target.text  # Lea, named by the task: a parameter
    assert all(s.text != "Bäckerei Kraus" for s in shortcuts[0].steps)  # what she named differs next time: read again
