"""XCUITest page sources (iOS through Appium) parsed into Elements, perceived and ranked, offline.

The fixtures in tests/fixtures/ios/ are written after real Appium XCUITest sources: an
``<AppiumAUT>`` root, ``XCUIElementType*`` nodes with type/name/label/value/enabled/visible/
accessible and a frame in points, U+2011 in "Wi‑Fi", rows scrolled off screen marked
``visible="false"``, identifiers in ``name``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device._ios import ios_apps, is_xcuitest, navigation_back_button, parse_xcuitest, xcuitest_xpaths
from cascadroid.device.types import AppInfo
from cascadroid.errors import DeviceError

FIXTURES = Path(__file__).parent / "fixtures" / "ios"

# fixture -> (task, the label of the element the first action should tap or type into)
TASKS = {
    "settings_wifi": ("Turn Wi-Fi off", ("tap", "Wi‑Fi")),
    "messages_conversation": ('Reply "On my way" to Maya', ("type", "Message")),
    "login_form": ('Sign in with the email "ana@example.org"', ("type", "Email")),
    "reminders_list": ("Mark Sourdough bread as completed", ("tap", "Sourdough bread, Not completed")),
    "location_alert": ("Allow Maps to use my location while using the app", ("tap", "Allow While Using App")),
    "settings_ja": ("Wi-Fiの設定を開く", ("tap", "Wi‑Fi")),
    "clock_alarms": ("Turn off the 6:30 alarm", ("tap", "6:30 AM, Weekdays")),
    "home_screen": ("Open Settings", ("tap", "Settings")),
}


def _observe(name: str):
    return parse_xcuitest((FIXTURES / f"{name}.xml").read_text(encoding="utf-8"))


def _by_label(observation, label: str, cls: str | None = None):
    return next(e for e in observation.elements if e.label == label and (cls is None or e.cls.endswith(cls)))


@pytest.mark.parametrize("name", sorted(TASKS))
def test_every_fixture_parses_to_labelled_elements_and_the_app_frame(name):
    source = (FIXTURES / f"{name}.xml").read_text(encoding="utf-8")
    screen = parse_xcuitest(source)

    assert is_xcuitest(source)
    assert (screen.width, screen.height) in ((390, 844), (393, 852))
    assert (screen.package != "") == (name != "home_screen")  # SpringBoard's application has a blank name
    assert all(e.package == screen.package for e in screen.elements)
    assert screen.elements[0].cls == "XCUIElementTypeApplication"
    assert sum(1 for e in screen.elements if e.text) >= 3
    assert [e.id for e in screen.elements] == list(range(len(screen.elements)))
    assert all(e.parent is None or e.parent < e.id for e in screen.elements)
    assert len(xcuitest_xpaths(source)) == len(screen.elements)


@pytest.mark.parametrize("name", sorted(TASKS))
def test_the_perceptor_lists_actions_and_the_ranker_picks_the_right_first_one(name):
    task, (kind, label) = TASKS[name]
    observation = _observe(name)
    screen = perceive(observation)

    assert len(screen.actionable) >= 3
    assert all(any(line.lstrip().startswith(f"[{i}] XCUIElementType") for line in screen.lines) for i in screen.actionable)
    first = rank(task, "", screen, [], [])[0]

    assert first.action["kind"] == kind
    assert observation.element(first.action["element"]).label == label


def test_switch_state_identifiers_and_hidden_rows():
    wifi = _observe("settings_wifi")
    switch = _by_label(wifi, "Wi‑Fi", "Switch")

    assert switch.checkable and switch.checked and switch.clickable
    assert switch.bounds.center == (195, 141)
    assert not any("Auto-Join" in e.label for e in wifi.elements)  # visible="false": scrolled off screen
    assert _by_label(wifi, "Settings", "Button").id == navigation_back_button(wifi).id
    table = next(e for e in wifi.elements if e.cls == "XCUIElementTypeTable")
    assert table.scrollable  # the hidden row lies below its frame

    japanese = _observe("settings_ja")
    airplane = _by_label(japanese, "機内モード", "Switch")
    assert airplane.checkable and not airplane.checked
    wifi_row = _by_label(japanese, "Wi‑Fi", "Cell")
    assert wifi_row.resource_id == "com.apple.settings.wifi" and wifi_row.content_desc == ""
    assert not next(e for e in japanese.elements if e.cls == "XCUIElementTypeTable").scrollable  # all rows fit


def test_a_tab_bar_marks_its_selected_tab_and_an_alarm_switch_ranks_first():
    clock = _observe("clock_alarms")
    tabs = [(e.text, e.selected) for e in clock.elements if e.parent is not None
            and clock.elements[e.parent].cls == "XCUIElementTypeTabBar"]

    assert tabs == [("World Clock", False), ("Alarms", True), ("Stopwatch", False), ("Timers", False)]
    first = rank("Turn off the 6:30 alarm", "", perceive(clock), [], [])[0]
    switch = clock.element(first.action["element"])
    assert switch.cls == "XCUIElementTypeSwitch" and switch.checked


def test_back_prefers_the_button_called_back_over_the_bars_first_button():
    source = (FIXTURES / "clock_alarms.xml").read_text(encoding="utf-8")
    edit = '<XCUIElementTypeButton type="XCUIElementTypeButton" name="Edit" label="Edit"'
    back = ('<XCUIElementTypeButton type="XCUIElementTypeButton" name="Back" label="Back" enabled="true" '
            'visible="true" accessible="true" x="60" y="47" width="60" height="44" index="0"/>')

    assert navigation_back_button(parse_xcuitest(source)).label == "Edit"  # the driver's fallback: the first button
    assert navigation_back_button(parse_xcuitest(source.replace(edit, back + edit, 1))).label == "Back"


def test_fields_keep_their_name_value_and_placeholder_apart():
    login = _observe("login_form")
    email = next(e for e in login.elements if e.cls == "XCUIElementTypeTextField")
    password = next(e for e in login.elements if e.cls == "XCUIElementTypeSecureTextField")

    assert email.is_editable and email.text == "" and email.content_desc == "Email"
    assert email.hint == "name@example.com"
    assert email.resource_id == "login.email"  # the developer's identifier, not a label
    assert password.is_editable and password.password and password.text == ""
    sign_in = _by_label(login, "Sign In", "Button")
    assert not sign_in.enabled and sign_in.resource_id == "login_button"
    remember = next(e for e in login.elements if e.cls == "XCUIElementTypeSwitch")
    assert remember.resource_id == "login.remember" and not remember.checked
    logo = next(e for e in login.elements if e.cls == "XCUIElementTypeImage")
    assert logo.text == logo.content_desc == ""  # accessible="false": decoration, not words


def test_messages_keep_who_said_what_and_the_keyboard():
    thread = _observe("messages_conversation")
    texts = [e.text for e in thread.elements if e.text.startswith(("Maya", "Your"))]

    assert texts == ["Maya Lindqvist", "Maya Lindqvist, Are we still on for dinner at 8?, 6:41 PM",
                     "Your iMessage, Yes! See you there, 6:42 PM", "Maya Lindqvist, Can you bring the board game?, 6:44 PM"]
    assert thread.keyboard_shown
    field = next(e for e in thread.elements if e.is_editable)
    assert field.focused and field.text == "" and field.content_desc == "Message" and field.hint == "iMessage"
    assert not _by_label(thread, "Send").enabled
    assert navigation_back_button(thread).resource_id == "BackButton"


def test_an_alert_has_no_back_button_and_its_buttons_are_actions():
    alert = _observe("location_alert")

    assert navigation_back_button(alert) is None
    buttons = [e.label for e in alert.elements if e.cls == "XCUIElementTypeButton"]
    assert buttons == ["Allow Once", "Allow While Using App", "Don’t Allow"]
    assert not _by_label(alert, "Search Maps").enabled  # the map behind the alert


def test_a_bundle_id_attribute_names_the_package_and_bad_xml_is_a_device_error():
    source = (FIXTURES / "reminders_list.xml").read_text(encoding="utf-8")
    with_bundle = source.replace('name="Reminders" label="Reminders"', 'name="Reminders" label="Reminders" bundleId="com.apple.reminders"', 1)

    assert parse_xcuitest(with_bundle).package == "com.apple.reminders"
    assert parse_xcuitest(source).package == "Reminders"
    assert not is_xcuitest('<hierarchy rotation="0"><node class="android.widget.FrameLayout" bounds="[0,0][1,1]"/></hierarchy>')
    with pytest.raises(DeviceError, match="not valid XML") as caught:
        parse_xcuitest(source[:200])
    assert caught.value.hint


def test_list_apps_answers_become_app_infos_labelled_by_display_name():
    listed = {
        "com.apple.Preferences": {"CFBundleDisplayName": "Settings", "CFBundleName": "Preferences"},
        "com.example.ledgerly": {"CFBundleName": "Ledgerly"},
        "org.example.fieldNotes": {},
    }

    assert ios_apps(listed) == [
        AppInfo(label="Settings", package="com.apple.Preferences"),
        AppInfo(label="Ledgerly", package="com.example.ledgerly"),
        AppInfo(label="Example Field Notes", package="org.example.fieldNotes"),
    ]
    assert ios_apps(None) == []


def test_sparse_or_unwrapped_sources_still_parse():
    source = (FIXTURES / "login_form.xml").read_text(encoding="utf-8")
    unwrapped = source.split("<AppiumAUT>", 1)[1].replace("</AppiumAUT>", "")
    sparse = ('<XCUIElementTypeApplication type="XCUIElementTypeApplication" name="Demo">'
              '<XCUIElementTypeButton label="Go" x="10.5" y="oops"/><XCUIElementTypeOther/></XCUIElementTypeApplication>')

    assert [e.label for e in parse_xcuitest(unwrapped).elements] == [e.label for e in parse_xcuitest(source).elements]
    assert xcuitest_xpaths(unwrapped)[:2] == ["/XCUIElementTypeApplication", "/XCUIElementTypeApplication/XCUIElementTypeWindow[1]"]
    screen = parse_xcuitest(sparse)
    assert [(e.cls, e.text, str(e.bounds)) for e in screen.elements] == [
        ("XCUIElementTypeApplication", "", "[0,0][0,0]"), ("XCUIElementTypeButton", "Go", "[10,0][10,0]"),
        ("XCUIElementTypeOther", "", "[0,0][0,0]")]
    assert (screen.width, screen.height, screen.package) == (10, 0, "Demo")
