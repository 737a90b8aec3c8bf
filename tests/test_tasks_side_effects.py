"""Side effects are failures: every template's check diffs the whole phone against the state after
setup and fails on any change outside what the task may change.

Per template (parametrised over the registry, so new templates are covered as they come): the
reference passes on three seeds under both vendor skins (the classic skin's three seeds
are test_tasks_suite's, through the same check), doing nothing fails (a task that cannot be done
passes only when the agent stops at once saying why), and the reference plus one unrelated
change fails, naming that change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cascadroid.device.script import done, run_script
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.skins import SKIN_NAMES
from cascadroid.device.sim.tasks import TaskInstance, registry
from cascadroid.device.sim.tasks.side_effects import StateChange, covered, diff, flatten, phone_state, side_effects

REGISTRY = registry()
SEEDS = (0, 1, 2)
VENDOR_SKINS = tuple(s for s in SKIN_NAMES if s != "classic")  # classic: test_tasks_suite (same check)


def fresh(task: TaskInstance, skin: str = "classic") -> SimDevice:
    phone = SimDevice(seed=task.seed, skin=skin)
    task.setup_on(phone)
    return phone


def _flip_setting(field: str) -> Callable[[SimDevice], str]:
    def apply(phone: SimDevice) -> str:
        state = phone.app("settings").state
        setattr(state, field, not getattr(state, field))
        return f"settings.{field}"
    return apply


def _star_a_contact(phone: SimDevice) -> str:
    contact = phone.app("contacts").state.contacts[-1]
    contact.starred = not contact.starred
    return f"contacts.contacts.#{contact.id}.starred"


def _retitle_a_note(phone: SimDevice) -> str:
    note = phone.app("notes").state.notes[0]
    note.title += " (old)"
    return f"notes.notes.#{note.id}.title"


def _flip_an_alarm(phone: SimDevice) -> str:
    alarm = phone.app("clock").state.alarms[0]
    alarm.enabled = not alarm.enabled
    return f"clock.alarms.#{alarm.id}.enabled"


# Changes a user would notice, each in another corner of the phone; a task gets the first it may not make.
UNRELATED: dict[str, Callable[[SimDevice], str]] = {
    "settings.dark_mode": _flip_setting("dark_mode"),
    "settings.bluetooth": _flip_setting("bluetooth"),
    "contacts.contacts.#*.starred": _star_a_contact,
    "notes.notes.#*.title": _retitle_a_note,
    "clock.alarms.#*.enabled": _flip_an_alarm,
}


def unrelated_change(task: TaskInstance) -> Callable[[SimDevice], str]:
    allowed = task.template.allowed_changes
    for path, apply in UNRELATED.items():
        if not covered(path, allowed):
            return apply
    raise AssertionError(f"{task.name} may change every path of {list(UNRELATED)}: declare a narrower may_change")


@pytest.mark.parametrize("skin", VENDOR_SKINS)
@pytest.mark.parametrize("name", REGISTRY.names())
def test_reference_passes_on_three_seeds_with_no_side_effect(name: str, skin: str) -> None:
    for seed in SEEDS:
        task = REGISTRY.instance(name, seed)
        phone = fresh(task, skin)
        run_script(phone, task.reference(phone))
        result = task.check_detail(phone, phone.answer)
        assert result.passed, f"{task!r} on the {skin} skin: {result.describe()}"


@pytest.mark.parametrize("name", REGISTRY.names())
def test_doing_nothing_fails_and_the_reference_plus_an_unrelated_change_fails(name: str) -> None:
    task = REGISTRY.instance(name, 0)
    idle = fresh(task)
    run_script(idle, [done()])
    assert not task.check(idle, None), "doing nothing must not pass"
    if not task.template.feasible:  # stopping at once, saying why, is this task's success
        stops = fresh(task)
        stops.act({"kind": "done", "success": False, "answer": task.template.explain(task.params)})
        assert task.check(stops, stops.answer)

    phone = fresh(task)
    run_script(phone, task.reference(phone))
    changed = unrelated_change(task)(phone)
    result = task.check_detail(phone, phone.answer)
    assert result.goal_met, result.describe()  # the goal is reached ...
    assert not result.passed and [c.path for c in result.side_effects] == [changed]  # ... but not only that
    assert changed in result.describe()


def test_every_built_in_template_declares_what_it_may_change() -> None:
    undeclared = [t.name for t in REGISTRY.templates() if t.may_change is None]
    # new templates fall back to "anything in their apps"; the ones the suite started with are explicit
    assert not set(undeclared) & set(ORIGINAL_TEMPLATES), undeclared


ORIGINAL_TEMPLATES = (
    "alarm_before_event", "calendar_create_event", "calendar_delete_event", "calendar_event_from_message",
    "calendar_reschedule_event", "call_latest_texter", "clock_add_alarm", "clock_delete_alarm",
    "clock_disable_alarm", "clock_start_stopwatch", "clock_start_timer", "contact_from_best_place", "contacts_add",
    "contacts_add_email", "contacts_delete", "contacts_edit_phone", "contacts_star", "event_at_best_place",
    "maps_call_best_place", "maps_save_best_place", "messages_reply_latest", "messages_send_text",
    "note_from_message", "note_product_price", "notes_append", "notes_create", "notes_delete",
    "phone_call_contact", "phone_dial_number", "phone_return_missed_call", "settings_airplane_mode",
    "settings_bluetooth", "settings_brightness", "settings_connect_wifi", "settings_dark_theme", "settings_wifi",
    "share_contact_number", "ship_to_contact", "shop_add_to_cart", "shop_buy_cheapest", "shop_checkout_cart",
    "shop_remove_from_cart", "text_best_place_address", "text_cheapest_product", "text_event_time",
)


# ---- the diff itself ----------------------------------------------------------------------------------
def test_records_are_named_by_id_and_an_added_or_removed_record_is_one_change() -> None:
    before = {"clock": {"alarms": [{"id": 1, "hour": 7, "enabled": True}, {"id": 2, "hour": 8, "enabled": True}],
                        "next_id": 3}}
    after = {"clock": {"alarms": [{"id": 2, "hour": 8, "enabled": False}, {"id": 3, "hour": 9, "enabled": True}],
                       "next_id": 4}}
    assert flatten(before)["clock.alarms.#2.enabled"] is True
    changes = diff(before, after)
    assert [str(c) for c in changes] == ["clock.alarms.#1: removed", "clock.alarms.#2.enabled: True -> False",
                                         "clock.alarms.#3: added"]  # next_id is bookkeeping, not state


def test_lists_without_ids_are_compared_by_position() -> None:
    before = {"phone": {"call_log": [{"number": "1"}], "in_call": None}, "settings": {"paired": ["a", "b"]}}
    after = {"phone": {"call_log": [{"number": "1"}, {"number": "2"}], "in_call": "2"}, "settings": {"paired": ["b"]}}
    assert [c.path for c in diff(before, after)] == ["phone.call_log.1", "phone.in_call", "settings.paired.0",
                                                     "settings.paired.1"]


def test_patterns_cover_a_path_and_everything_below_it() -> None:
    changes = [StateChange("messages.threads.#4.read", False, True), StateChange("messages.threads.#5", None, "record"),
               StateChange("settings.wifi", True, False), StateChange("system.permissions.maps", None, True)]
    assert covered("messages.threads.#5.messages.0", ["messages.threads"])
    assert not covered("messages.threads_archive", ["messages.threads"])
    left = side_effects(changes, ("messages.threads.*.read",))
    assert [c.path for c in left] == ["messages.threads.#5", "settings.wifi"]  # permissions: the phone asked


def test_the_baseline_is_the_whole_phone_and_leaves_out_what_is_volatile() -> None:
    task = REGISTRY.instance("settings_wifi", 0)
    phone = fresh(task)
    assert task.baseline == phone_state(phone)
    assert {"settings", "contacts", "messages", "shop", "system"} <= set(task.baseline)
    run_script(phone, [done()])  # screens, foreground, clock time and the answer are no state to diff
    phone.act({"kind": "open_app", "app": "Contacts"})
    assert task.state_diff(phone) == []


def test_a_side_effect_fails_a_question_with_the_right_answer() -> None:
    task = REGISTRY.instance("contacts_phone_question", 1)
    phone = fresh(task)
    run_script(phone, task.reference(phone))
    assert task.check(phone, phone.answer)
    phone.app("settings").state.wifi = not phone.app("settings").state.wifi
    result = task.check_detail(phone, phone.answer)
    assert result.goal_met and not result.passed
    assert [c.path for c in result.side_effects] == ["settings.wifi"]


@pytest.mark.parametrize("name", ["contacts_address_question", "contacts_email_question"])
def test_a_question_about_a_contact_the_agent_deleted_fails_instead_of_crashing(name: str) -> None:
    task = REGISTRY.instance(name, 0)
    phone = fresh(task)
    contacts = phone.app("contacts").state.contacts
    contacts[:] = [c for c in contacts if c.name != task.params["name"]]
    result = task.check_detail(phone, "anything")
    assert not result.goal_met and "gone" in result.reasons[0]
