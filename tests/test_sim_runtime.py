"""The simulated phone's runtime: XML, ids, navigation, keyboard, scrolling, bad input, keys."""

import re
import xml.etree.ElementTree as ET

import pytest
from fixtures_sim import sim_find, sim_snapshot, sim_swipe, sim_tap, sim_texts

from cascadroid.device import (
    Back,
    Device,
    Done,
    Home,
    Locator,
    LongPress,
    OpenApp,
    Swipe,
    Tap,
    TypeText,
    Wait,
    parse_observation,
)
from cascadroid.device.sim import SimDevice
from cascadroid.errors import DeviceError, InvalidActionError

UIAUTOMATOR_ATTRS = ["index", "text", "resource-id", "class", "package", "content-desc", "checkable", "checked",
                     "clickable", "enabled", "focusable", "focused", "scrollable", "long-clickable", "password",
                     "selected", "bounds"]


def test_sim_device_meets_the_device_protocol(sim_phone):
    assert isinstance(sim_phone, Device)


def test_observation_is_a_uiautomator_dump_parsed_by_the_shared_parser(sim_phone):
    sim_phone.act(OpenApp(app="Settings"))
    obs = sim_phone.observe()
    assert obs.xml.startswith("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\">")
    nodes = list(ET.fromstring(obs.xml).iter("node"))
    assert len(nodes) == len(obs.elements)
    for node in nodes:
        assert list(node.attrib) == UIAUTOMATOR_ATTRS
        assert re.fullmatch(r"\[\d+,\d+\]\[\d+,\d+\]", node.attrib["bounds"])
    assert obs == parse_observation(obs.xml, width=1080, height=2400, package=obs.package, activity=obs.activity)
    assert [e.id for e in obs.elements] == list(range(len(obs.elements)))
    assert obs.package == "com.android.settings" and obs.activity == "com.android.settings/.MainActivity"
    assert obs.width == 1080 and obs.height == 2400 and not obs.keyboard_shown
    status = obs.find(Locator(resource_id="com.android.systemui:id/status_bar"))
    assert status is not None and status.package == "com.android.systemui"


def test_home_screen_lists_every_app_and_a_tap_by_id_or_point_opens_one(sim_phone):
    labels = {e.text for e in sim_phone.observe().elements if e.resource_id.endswith(":id/icon")}
    assert {"Phone", "Messages", "Contacts", "Clock", "Settings"} <= labels
    sim_tap(sim_phone, text="Clock")
    assert sim_phone.observe().package == "com.google.android.deskclock"
    sim_phone.act(Home())
    icon = sim_phone.observe().find(Locator(text="Contacts"))
    x, y = icon.bounds.center
    sim_phone.act(Tap(x=x, y=y))
    assert sim_phone.observe().package == "com.android.contacts"


@pytest.mark.parametrize("name", ["contacts", "Contacts", "com.android.contacts", " CONTACTS "])
def test_open_app_accepts_name_label_or_package(sim_phone, name):
    sim_phone.act(OpenApp(app=name))
    assert sim_phone.foreground == "contacts"


def test_bad_input_raises_with_the_valid_options_and_changes_nothing(sim_phone):
    sim_phone.act(OpenApp(app="Contacts"))
    before = sim_snapshot(sim_phone)
    with pytest.raises(InvalidActionError, match=r"element 999 is not on screen.*use one of the ids"):
        sim_phone.act(Tap(element=999))
    with pytest.raises(InvalidActionError, match=r"no text field is focused.*text fields: \[\d+\]"):
        sim_phone.act(TypeText(text="hello"))
    with pytest.raises(InvalidActionError, match=r"outside the 1080x2400 screen"):
        sim_phone.act(Tap(x=1080, y=10))
    with pytest.raises(InvalidActionError, match=r"outside"):
        sim_phone.act(LongPress(x=-1, y=10))
    with pytest.raises(InvalidActionError, match=r"no app called 'Camera'.*Contacts"):
        sim_phone.act(OpenApp(app="Camera"))
    with pytest.raises(InvalidActionError, match=r"needs either an element id or both x and y"):
        sim_phone.act(Tap())
    title = sim_find(sim_phone, text="Contacts")
    with pytest.raises(InvalidActionError, match=r"is not a text field"):
        sim_phone.act(TypeText(element=title, text="x"))
    with pytest.raises(InvalidActionError):
        sim_phone.act(Swipe(direction="down", element=-3))
    assert sim_snapshot(sim_phone) == before
    rejected = [e for e in sim_phone.action_log if e.error]
    assert len(rejected) == 8 and not any(e.applied for e in rejected)


def test_a_bad_action_payload_is_rejected_before_anything_happens(sim_phone):
    with pytest.raises(InvalidActionError, match="not a valid action") as caught:
        sim_phone.act({"kind": "teleport"})
    assert "'tap'" in caught.value.hint and "'open_app'" in caught.value.hint
    with pytest.raises(InvalidActionError, match="seconds"):
        sim_phone.act({"kind": "wait", "seconds": 99})
    assert sim_phone.action_log == []
    assert sim_phone.act({"kind": "open_app", "app": "Clock"}).applied


def test_a_disabled_button_does_nothing(sim_phone):
    sim_phone.act(OpenApp(app="Messages"))
    sim_tap(sim_phone, resource_id="com.google.android.apps.messaging:id/conversation_row")
    before = sim_phone.state("messages")
    assert "disabled" in sim_tap(sim_phone, content_desc="Send SMS").message
    assert sim_phone.state("messages") == before


def test_typing_needs_focus_and_the_keyboard_follows_focus(sim_phone):
    sim_phone.act(OpenApp(app="Contacts"))
    field = sim_find(sim_phone, text="Search contacts")
    sim_phone.act(Tap(element=field))
    obs = sim_phone.observe()
    assert obs.keyboard_shown and obs.focused_element().resource_id == "com.android.contacts:id/search"
    sim_phone.act(TypeText(text="zzz-no-match"))
    assert any("No contacts match" in t for t in sim_texts(sim_phone))
    sim_phone.act(Back())  # hides the keyboard
    obs = sim_phone.observe()
    assert not obs.keyboard_shown and obs.focused_element() is None
    with pytest.raises(InvalidActionError):
        sim_phone.act(TypeText(text="more"))
    sim_phone.act(Back())  # clears the search
    assert "Search contacts" in sim_texts(sim_phone)


def test_type_appends_when_clear_is_false(sim_phone):
    sim_phone.act(OpenApp(app="Contacts"))
    field = sim_find(sim_phone, text="Search contacts")
    sim_phone.act(TypeText(element=field, text="Da"))
    sim_phone.act(TypeText(text="na", clear=False))
    assert sim_phone.observe().focused_element().text == "Dana"


def test_back_stack_home_and_resume(sim_phone):
    contacts = sim_phone.app("contacts")
    first = sorted(contacts.state.contacts, key=lambda c: c.name.lower())[0]
    sim_phone.act(OpenApp(app="Contacts"))
    sim_tap(sim_phone, text=first.name)
    assert sim_phone.observe().activity.endswith(".quickcontact.QuickContactActivity")
    sim_phone.act(Home())
    assert sim_phone.observe().package == "com.google.android.apps.nexuslauncher"
    sim_phone.act(OpenApp(app="Contacts"))  # resumes where it was
    assert first.name in sim_texts(sim_phone)
    sim_phone.act(Back())
    assert sim_phone.observe().activity.endswith(".activities.PeopleActivity")
    sim_phone.act(Back())
    assert sim_phone.foreground == "home"
    assert sim_phone.act(Back()).message == "already on the home screen"
    sim_phone.act(OpenApp(app="Contacts"))  # left with Back: starts fresh
    assert sim_phone.observe().activity.endswith(".activities.PeopleActivity")


def test_scrolling_reveals_rows_that_are_not_in_the_tree(sim_phone):
    names = sorted((c.name for c in sim_phone.app("contacts").state.contacts), key=str.lower)
    sim_phone.act(OpenApp(app="Contacts"))
    shown = set(sim_texts(sim_phone))
    assert names[0] in shown and names[-1] not in shown
    seen = set(shown)
    for _ in range(10):
        if not sim_phone.act(Swipe(direction="down")).message.startswith("scrolled"):
            break
        seen |= set(sim_texts(sim_phone))
    assert set(names) <= seen
    assert names[0] not in sim_texts(sim_phone) and names[-1] in sim_texts(sim_phone)
    before = (sim_phone.observe().xml, sim_phone.state())
    assert "nothing to scroll" in sim_phone.act(Swipe(direction="down")).message
    assert (sim_phone.observe().xml, sim_phone.state()) == before
    row = sim_find(sim_phone, text=names[-1])
    sim_phone.act(Swipe(direction="up", element=row))  # a swipe on a row scrolls its list
    assert names[-1] not in sim_texts(sim_phone)


def test_idempotency_key_is_applied_once(sim_phone):
    sim_phone.act(OpenApp(app="Settings"))
    sim_tap(sim_phone, text="Network & internet")
    wifi = sim_find(sim_phone, text="Wi-Fi: ON")
    first = sim_phone.act(Tap(element=wifi, idempotency_key="run1:3"))
    again = sim_phone.act(Tap(element=wifi, idempotency_key="run1:3"))
    assert first.applied and not again.applied
    assert sim_phone.app("settings").state.wifi is False  # toggled once, not twice
    log = [(e.key, e.applied) for e in sim_phone.action_log if e.key == "run1:3"]
    assert log == [("run1:3", True), ("run1:3", False)]
    sim_phone.act(Tap(element=sim_find(sim_phone, text="Wi-Fi: OFF"), idempotency_key="run1:4"))
    assert sim_phone.app("settings").state.wifi is True


def test_a_rejected_key_can_be_retried(sim_phone):
    with pytest.raises(InvalidActionError):
        sim_phone.act(Tap(element=500, idempotency_key="k"))
    assert sim_phone.act(OpenApp(app="Clock", idempotency_key="k")).applied


def _drive(phone):
    phone.act(OpenApp(app="Messages"))
    phone.act(Tap(element=sim_find(phone, resource_id="com.google.android.apps.messaging:id/conversation_row")))
    phone.act(TypeText(element=sim_find(phone, text="Text message"), text="hi"))
    phone.act(Tap(element=sim_find(phone, content_desc="Send SMS")))
    return phone.observe().xml, phone.export_state()


def test_same_seed_same_phone_and_different_seeds_differ():
    a, b, c = SimDevice(seed=11), SimDevice(seed=11), SimDevice(seed=12)
    assert _drive(a) == _drive(b)
    assert a.state("contacts") != c.state("contacts")


def test_instances_are_independent():
    a, b = SimDevice(seed=1), SimDevice(seed=1)
    a.app("settings").state.wifi = False
    a.act(OpenApp(app="Clock"))
    assert b.app("settings").state.wifi is True and b.foreground == "home"


def test_wait_advances_the_clock_and_done_records_the_answer(sim_phone):
    start = sim_phone.now
    sim_phone.act(Wait(seconds=5))
    assert (sim_phone.now - start).total_seconds() == 6  # 1 s per action + the wait
    sim_phone.act(Done(answer="42"))
    assert sim_phone.finished and sim_phone.answer == "42"


def test_long_press_without_a_handler_changes_nothing(sim_phone):
    sim_phone.act(OpenApp(app="Settings"))
    before = sim_phone.export_state()["apps"]
    result = sim_phone.act(LongPress(element=sim_find(sim_phone, text="Display")))
    assert "nothing happened" in result.message and sim_phone.export_state()["apps"] == before


def test_incoming_message_shows_heads_up_and_opens_the_conversation(sim_phone):
    sim_phone.app("messages").receive("+1 650-555-0199", "Dinner at 8?")
    assert "Dinner at 8?" in sim_texts(sim_phone)
    sim_tap(sim_phone, resource_id="com.android.systemui:id/heads_up")
    obs = sim_phone.observe()
    assert obs.activity.endswith("ConversationActivity") and obs.find(Locator(text="Dinner at 8?"))
    assert sim_phone.notifications == []


def test_heads_up_goes_away_and_the_shade_keeps_the_notification(sim_phone):
    sim_phone.app("messages").receive("+1 650-555-0199", "Dinner at 8?")
    sim_phone.act(Wait())
    sim_phone.act(Wait())
    assert "Dinner at 8?" not in sim_texts(sim_phone)
    sim_swipe(sim_phone, "up", resource_id="com.android.systemui:id/status_bar")
    assert sim_phone.observe().package == "com.android.systemui"
    sim_tap(sim_phone, text="Dinner at 8?")
    assert sim_phone.observe().activity.endswith("ConversationActivity")


def test_shade_quick_tile_toggles_a_setting_and_back_closes_it(sim_phone):
    sim_swipe(sim_phone, "down", resource_id="com.android.systemui:id/status_bar")
    sim_tap(sim_phone, text="Bluetooth")
    assert sim_phone.app("settings").state.bluetooth is True
    sim_phone.act(Back())
    assert sim_phone.observe().package == "com.google.android.apps.nexuslauncher"


def test_no_surprises_unless_asked():
    phone = SimDevice(seed=3)
    for app in ("Contacts", "Phone", "Messages", "Clock", "Settings"):
        phone.act(OpenApp(app=app))
        assert phone.observe().package == phone.app(app).package
        assert phone.observe().find(Locator(content_desc="Loading")) is None


def _seed_with(predicate):
    for seed in range(200):
        phone = SimDevice(seed=seed, surprises=True)
        if predicate(phone.surprise_plan):
            return phone
    pytest.fail("no seed below 200 has that surprise")


def test_surprise_plan_is_seeded():
    assert SimDevice(seed=8, surprises=True).surprise_plan == SimDevice(seed=8, surprises=True).surprise_plan


def test_permission_dialog_on_first_open_blocks_the_app_until_answered():
    phone = _seed_with(lambda p: "contacts" in p.permission and "contacts" not in p.slow
                       and p.rating.get("contacts") is None and not p.update and p.anr_after is None)
    phone.act(OpenApp(app="Contacts"))
    obs = phone.observe()
    assert obs.package == "com.google.android.permissioncontroller"
    assert obs.find(Locator(text="Search contacts")) is None  # the app below is not reachable
    with pytest.raises(InvalidActionError):
        phone.act(TypeText(text="x"))
    assert "cannot be dismissed" in phone.act(Back()).message
    sim_tap(phone, text="Allow")
    assert phone.permissions == {"contacts": True}
    assert phone.observe().package == "com.android.contacts"
    phone.act(Home())
    phone.act(OpenApp(app="Contacts"))
    assert phone.observe().package == "com.android.contacts"  # asked once


def test_slow_load_shows_a_spinner_until_the_next_action():
    phone = _seed_with(lambda p: "clock" in p.slow and p.rating.get("clock") != 1 and "clock" not in p.update)
    phone.act(OpenApp(app="Clock"))
    obs = phone.observe()
    assert obs.find(Locator(content_desc="Loading")) is not None and obs.find(Locator(text="Stopwatch")) is None
    phone.act(Wait(seconds=1))
    assert phone.observe().find(Locator(text="Stopwatch")) is not None


def test_rating_pop_up_on_its_launch_and_dismissed_by_not_now():
    phone = _seed_with(lambda p: any(n == 2 and a not in p.permission for a, n in p.rating.items())
                       and not p.update and p.anr_after is None)
    app = next(a for a, n in phone.surprise_plan.rating.items() if n == 2)
    phone.act(OpenApp(app=app))
    phone.act(Wait())
    assert phone.observe().find(Locator(text_contains="Enjoying")) is None
    phone.act(Home())
    phone.act(OpenApp(app=app))
    if phone.observe().find(Locator(content_desc="Loading")):
        phone.act(Wait())
    assert phone.observe().find(Locator(text_contains="Enjoying")) is not None
    sim_tap(phone, text="Not now")
    assert phone.observe().package == phone.app(app).package


def test_small_screens_scale_and_tiny_ones_are_refused():
    phone = SimDevice(seed=0, width=720, height=1600)
    obs = phone.observe()
    assert obs.width == 720 and max(e.bounds.right for e in obs.elements) <= 720
    with pytest.raises(DeviceError, match="too small"):
        SimDevice(width=100, height=100)
