"""Shortcuts: parameter validation, preconditions, running by locators, stopping mid-way,
verification by replay on a fresh device, retirement after repeated failures."""

from __future__ import annotations

import pytest
from fixtures_memory import CHAT, ChatDevice

from cascadroid.device.script import Step
from cascadroid.device.types import Locator, Tap, TypeText
from cascadroid.errors import ConfigurationError
from cascadroid.memory import Precondition, Shortcut, ShortcutRun, params_model, run_shortcut, verify_shortcut


def send_message(**update) -> Shortcut:
    shortcut = Shortcut(
        name="send_message",
        description="Send {message} to {contact}",
        params_schema={
            "type": "object",
            "properties": {"contact": {"type": "string", "minLength": 1}, "message": {"type": "string"}},
            "required": ["contact", "message"],
        },
        preconditions=Precondition(app=CHAT, locators=[Locator(content_desc="Search")]),
        steps=[
            Step(kind="tap", target=Locator(content_desc="Search")),
            Step(kind="type", text="{contact}", target=Locator(resource_id=f"{CHAT}:id/query")),
            Step(kind="tap", target=Locator(resource_id=f"{CHAT}:id/contact_name", text="{contact}")),
            Step(kind="type", text="{message}", target=Locator(resource_id=f"{CHAT}:id/message")),
            Step(kind="tap", target=Locator(content_desc="Send")),
        ],
        example_params={"contact": "Bob", "message": "hi"},
    )
    return shortcut.model_copy(update=update)


def test_runs_every_step_by_locator(chat_device):
    result = run_shortcut(chat_device, send_message(), {"contact": "Carol", "message": "see you at 6"}, key_prefix="run1.4")
    assert result.status == "succeeded" and result.steps_done == result.steps_total == 5
    assert chat_device.sent == [("Carol", "see you at 6")]
    assert [type(a) for a in chat_device.actions] == [Tap, TypeText, Tap, TypeText, Tap]
    assert all(a.x is None and a.y is None for a in chat_device.actions if isinstance(a, Tap))
    assert [a.idempotency_key for a in chat_device.actions] == [f"run1.4.{i}" for i in range(5)]
    assert [a["kind"] for a in result.actions] == ["tap", "type", "tap", "type", "tap"]


def test_missing_element_stops_cleanly_mid_way(chat_device):
    result = run_shortcut(chat_device, send_message(), {"contact": "Zed", "message": "hi"})
    assert (result.status, result.steps_done, result.stopped_at) == ("stopped", 2, 2)
    assert result.missing_locator == {"resource_id": f"{CHAT}:id/contact_name", "text": "Zed"}
    assert "step 2 (tap)" in result.reason and "no element matches" in result.reason
    assert chat_device.screen == "search" and chat_device.sent == []  # the caller goes on from here
    assert len(chat_device.actions) == 2


def test_failed_precondition_runs_nothing(chat_device):
    chat_device.screen = "conversation"
    result = run_shortcut(chat_device, send_message(), {"contact": "Bob", "message": "hi"})
    assert result.status == "precondition_failed" and result.steps_done == 0
    assert result.missing_locator == {"content_desc": "Search"}
    assert "not on screen" in result.reason
    assert chat_device.actions == []


def test_wrong_app_in_front_is_a_failed_precondition(chat_device):
    result = run_shortcut(chat_device, send_message(preconditions=Precondition(app="com.other")), {"contact": "Bob", "message": "x"})
    assert result.status == "precondition_failed" and "'com.other' is not in front" in result.reason
    assert result.missing_locator is None and chat_device.actions == []


def test_device_refusal_stops_the_run(chat_device):
    result = run_shortcut(chat_device, send_message(), {"contact": "Bob", "message": ""})
    assert (result.status, result.stopped_at, result.steps_done) == ("stopped", 4, 4)
    assert "nothing to send" in result.reason


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"contact": "Bob"}, "'message'"),
        ({"contact": 3, "message": "hi"}, "'contact'"),
        ({"contact": "", "message": "hi"}, "'contact'"),
        ({"contact": "Bob", "message": "hi", "extra": 1}, "'extra'"),
    ],
)
def test_bad_params_name_the_parameter_and_run_nothing(chat_device, params, named):
    with pytest.raises(ConfigurationError, match=named) as info:
        run_shortcut(chat_device, send_message(), params)
    assert "contact" in info.value.hint and chat_device.actions == []


def test_params_model_types_enums_and_defaults():
    shortcut = send_message(
        params_schema={
            "type": "object",
            "properties": {
                "contact": {"type": "string"}, "message": {"type": "string"},
                "count": {"type": "integer", "minimum": 1}, "mode": {"enum": ["a", "b"]}, "loud": {"type": "boolean", "default": False},
            },
            "required": ["contact", "message", "count"],
        }
    )  # fmt: skip
    model = params_model(shortcut)
    assert model(contact="x", message="y", count="2").model_dump() == {"contact": "x", "message": "y", "count": 2, "mode": None, "loud": False}
    with pytest.raises(ConfigurationError, match="'mode'"):
        run_shortcut(ChatDevice(), shortcut, {"contact": "x", "message": "y", "count": 1, "mode": "c"})
    with pytest.raises(ConfigurationError, match="'count'"):
        run_shortcut(ChatDevice(), shortcut, {"contact": "x", "message": "y", "count": 0})


def test_store_refuses_unrunnable_shortcuts(memory_store):
    with pytest.raises(ConfigurationError, match=r"uses \['message'\]"):
        memory_store.shortcuts.add(send_message(params_schema={"type": "object", "properties": {"contact": {"type": "string"}}}))
    with pytest.raises(ConfigurationError, match="has no locator"):
        memory_store.shortcuts.add(send_message(steps=[Step(kind="tap")]))
    with pytest.raises(ConfigurationError, match="type 'array'"):
        memory_store.shortcuts.add(send_message(params_schema={"type": "object", "properties": {"contact": {"type": "array"}}}))


def test_same_steps_are_stored_once_and_names_stay_unique(memory_store):
    first = memory_store.shortcuts.add(send_message())
    assert memory_store.shortcuts.add(send_message(name="another_name")).id == first.id
    with pytest.raises(ConfigurationError, match="already named 'send_message'"):
        memory_store.shortcuts.add(send_message(steps=[Step(kind="back")] + send_message().steps))
    assert memory_store.shortcuts.free_name("send_message") == "send_message_2"
    assert memory_store.shortcuts.get("send_message").id == memory_store.shortcuts.get(first.id).id
    with pytest.raises(ConfigurationError, match="known shortcuts: \\['send_message'\\]"):
        memory_store.shortcuts.get("nope")


def test_verification_on_a_fresh_device_with_new_params(memory_store):
    stored = memory_store.shortcuts.add(send_message())
    devices: list[ChatDevice] = []

    def fresh() -> ChatDevice:
        devices.append(ChatDevice())
        return devices[-1]

    result = verify_shortcut(memory_store.shortcuts, stored.id, fresh, {"contact": "Alice", "message": "lunch?"}, check=lambda d: d.sent == [("Alice", "lunch?")])
    assert result.succeeded and devices[0].closed
    verified = memory_store.shortcuts.get(stored.id)
    assert (verified.state, verified.successes) == ("verified", 1)
    assert memory_store.shortcuts.all(state="verified", app=CHAT)[0].id == stored.id
    assert memory_store.shortcuts.all(state="verified", app="com.other") == []
    assert memory_store.shortcuts.runs(stored.id)[0]["verification"] is True


def test_verification_refuses_the_learned_params(memory_store):
    stored = memory_store.shortcuts.add(send_message())
    with pytest.raises(ConfigurationError, match="learned with"):
        verify_shortcut(memory_store.shortcuts, stored.id, ChatDevice, {"contact": "Bob", "message": "hi"})


def test_failed_check_keeps_a_candidate_unverified(memory_store):
    stored = memory_store.shortcuts.add(send_message())
    result = verify_shortcut(memory_store.shortcuts, stored.id, ChatDevice, {"contact": "Alice", "message": "x"}, check=lambda d: False)
    assert result.status == "check_failed"
    assert memory_store.shortcuts.get(stored.id).state == "candidate"
    assert memory_store.shortcuts.get(stored.id).failures == 1


def test_repeated_failures_retire_a_verified_shortcut(memory_store):
    stored = memory_store.shortcuts.add(send_message())
    verify_shortcut(memory_store.shortcuts, stored.id, ChatDevice, {"contact": "Alice", "message": "x"})
    for attempt in range(3):
        result = run_shortcut(ChatDevice(contacts=("Alice",)), memory_store.shortcuts.get(stored.id), {"contact": "Bob", "message": "y"})
        assert result.status == "stopped"
        after = memory_store.shortcuts.record_run(result, run_id="r9")
        assert after.state == ("retired" if attempt == 2 else "verified")
    assert after.failures == 3 and after.successes == 1
    with pytest.raises(ConfigurationError, match="is retired"):
        verify_shortcut(memory_store.shortcuts, stored.id, ChatDevice, {"contact": "Alice", "message": "x"})


def test_success_resets_the_failure_streak_and_preconditions_do_not_count(memory_store):
    stored = memory_store.shortcuts.add(send_message(state="verified"))
    base = {"shortcut_id": stored.id, "shortcut_name": stored.name}
    for status in ("stopped", "stopped", "succeeded", "stopped", "stopped", "precondition_failed"):
        after = memory_store.shortcuts.record_run(ShortcutRun(**base, status=status))
    assert (after.state, after.consecutive_failures, after.failures, after.successes) == ("verified", 2, 4, 1)
    assert len(memory_store.shortcuts.runs(stored.id)) == 6


def test_recording_a_run_of_an_unstored_shortcut_is_refused(memory_store):
    with pytest.raises(ConfigurationError, match="has no shortcut id"):
        memory_store.shortcuts.record_run(ShortcutRun(shortcut_id=None, shortcut_name="x", status="succeeded"))
