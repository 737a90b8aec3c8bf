"""Each app of the simulated phone: actions on screen change the app state they should."""

import pytest
from fixtures_sim import sim_find, sim_long_press, sim_tap, sim_texts, sim_type

from cascadroid.device import Back, Locator, LongPress, OpenApp, Swipe, Tap, TypeText, Wait
from cascadroid.errors import InvalidActionError

# -- Settings ---------------------------------------------------------------------------------


def _settings(phone, entry):
    phone.act(OpenApp(app="Settings"))
    sim_tap(phone, text=entry)


def test_settings_wifi_and_airplane_mode(sim_phone):
    state = sim_phone.app("settings").state
    _settings(sim_phone, "Network & internet")
    sim_tap(sim_phone, text="Wi-Fi: ON")
    assert state.wifi is False
    sim_tap(sim_phone, text="Wi-Fi: OFF")
    assert state.wifi is True
    sim_tap(sim_phone, text="Airplane mode: OFF")
    assert state.airplane_mode is True and state.wifi is False and state.bluetooth is False
    assert sim_phone.observe().find(Locator(content_desc="Airplane mode on.")) is not None  # status bar


def test_settings_connect_to_another_wifi_network(sim_phone):
    state = sim_phone.app("settings").state
    other = state.networks[2].ssid
    _settings(sim_phone, "Network & internet")
    sim_tap(sim_phone, text="Wi-Fi networks")
    sim_tap(sim_phone, text=other)
    assert state.wifi_network == other
    assert "Connected" in sim_texts(sim_phone)


def test_settings_bluetooth(sim_phone):
    _settings(sim_phone, "Connected devices")
    sim_tap(sim_phone, text="Bluetooth: OFF")
    assert sim_phone.app("settings").state.bluetooth is True


def test_settings_brightness_by_swipe_and_by_tap_and_dark_theme(sim_phone):
    state = sim_phone.app("settings").state
    start = state.brightness
    _settings(sim_phone, "Display")
    slider = sim_find(sim_phone, content_desc="Brightness level")
    sim_phone.act(Swipe(direction="right", element=slider))
    assert state.brightness == start + 10
    sim_phone.act(Swipe(direction="left", element=slider))
    sim_phone.act(Swipe(direction="left", element=slider))
    assert state.brightness == start - 10
    bounds = sim_phone.observe().element(slider).bounds
    sim_phone.act(Tap(x=bounds.right - 1, y=bounds.center[1]))
    assert state.brightness == 100
    sim_tap(sim_phone, text="Dark theme: OFF")
    assert state.dark_mode is True


def test_settings_entries_below_the_fold_need_a_scroll(sim_phone):
    sim_phone.act(OpenApp(app="Settings"))
    assert "About phone" not in sim_texts(sim_phone)
    sim_phone.act(Swipe(direction="down"))
    sim_tap(sim_phone, text="About phone")
    assert "Android version" in sim_texts(sim_phone)


# -- Contacts ---------------------------------------------------------------------------------


def test_contacts_search_filters_the_list(sim_phone):
    target = sim_phone.app("contacts").state.contacts[5]
    sim_phone.act(OpenApp(app="Contacts"))
    sim_type(sim_phone, target.name.split()[1], text="Search contacts")
    rows = [e for e in sim_phone.observe().elements if e.resource_id == "android:id/title"]
    assert target.name in [r.text for r in rows]
    assert all(target.name.split()[1].lower() in r.text.lower() for r in rows)


def test_contacts_add_a_contact(sim_phone):
    app = sim_phone.app("contacts")
    count = len(app.state.contacts)
    sim_phone.act(OpenApp(app="Contacts"))
    sim_tap(sim_phone, content_desc="Create contact")
    sim_type(sim_phone, "Ada Lovelace", text="Name")
    sim_type(sim_phone, "+1 415-555-0142", text="Phone")
    sim_type(sim_phone, "ada@example.com", text="Email")
    sim_type(sim_phone, "12 Analytical St, London", text="Address")
    sim_tap(sim_phone, content_desc="Save")
    assert len(app.state.contacts) == count + 1
    added = app.find("Ada Lovelace")[0]
    assert (added.phone, added.email, added.address) == ("+1 415-555-0142", "ada@example.com",
                                                         "12 Analytical St, London")
    assert "Ada Lovelace" in sim_texts(sim_phone)  # lands on the new contact


def test_contacts_save_without_name_or_phone_adds_nothing(sim_phone):
    app = sim_phone.app("contacts")
    count = len(app.state.contacts)
    sim_phone.act(OpenApp(app="Contacts"))
    sim_tap(sim_phone, content_desc="Create contact")
    sim_type(sim_phone, "only@example.com", text="Email")
    sim_tap(sim_phone, content_desc="Save")
    assert len(app.state.contacts) == count
    assert "Add a name or a phone number" in sim_texts(sim_phone)


def test_contacts_edit_then_delete(sim_phone):
    app = sim_phone.app("contacts")
    target = sorted(app.state.contacts, key=lambda c: c.name.lower())[1]
    sim_phone.act(OpenApp(app="Contacts"))
    sim_tap(sim_phone, text=target.name)
    sim_tap(sim_phone, content_desc="Edit contact")
    sim_type(sim_phone, "+1 212-555-0000", text=target.phone)
    sim_tap(sim_phone, content_desc="Save")
    assert app.get(target.id).phone == "+1 212-555-0000"
    sim_tap(sim_phone, content_desc="Delete")
    sim_phone.act(Back())  # dismisses the confirmation: nothing deleted
    assert app.get(target.id) is not None
    sim_tap(sim_phone, content_desc="Delete")
    sim_tap(sim_phone, text="Delete")
    assert app.get(target.id) is None
    assert sim_phone.observe().activity.endswith("PeopleActivity")


# -- Messages ---------------------------------------------------------------------------------


def test_messages_compose_to_a_contact_by_name(sim_phone):
    contact = sim_phone.app("contacts").state.contacts[3]
    messages = sim_phone.app("messages")
    sim_phone.act(OpenApp(app="Messages"))
    sim_tap(sim_phone, content_desc="Start chat")
    sim_phone.act(TypeText(text=contact.name))  # the recipient field starts focused
    sim_tap(sim_phone, text=contact.phone)
    sim_type(sim_phone, "See you at 6", text="Text message")
    sim_tap(sim_phone, content_desc="Send SMS")
    thread = messages.thread_with(contact.phone)
    assert thread.messages[-1].text == "See you at 6" and not thread.messages[-1].incoming
    assert "See you at 6" in sim_texts(sim_phone)


def test_messages_compose_to_a_number_with_the_ime_action(sim_phone):
    messages = sim_phone.app("messages")
    sim_phone.act(OpenApp(app="Messages"))
    sim_tap(sim_phone, content_desc="Start chat")
    sim_phone.act(TypeText(text="+1 303-555-0177", submit=True))
    sim_phone.act(TypeText(element=sim_find(sim_phone, text="Text message"), text="Hello", submit=True))
    assert messages.thread_with("3035550177").messages[-1].text == "Hello"


def test_messages_reply_in_a_thread_and_empty_send_does_nothing(sim_phone):
    messages = sim_phone.app("messages")
    newest = messages.sorted_threads()[0]
    count = len(newest.messages)
    sim_phone.act(OpenApp(app="Messages"))
    sim_tap(sim_phone, resource_id="com.google.android.apps.messaging:id/conversation_row")
    sim_tap(sim_phone, content_desc="Send SMS")
    assert len(newest.messages) == count
    sim_type(sim_phone, "Got it", text="Text message")
    sim_tap(sim_phone, content_desc="Send SMS")
    assert len(newest.messages) == count + 1 and newest.messages[-1].text == "Got it"


def test_messages_long_press_deletes_a_conversation(sim_phone):
    messages = sim_phone.app("messages")
    newest = messages.sorted_threads()[0]
    sim_phone.act(OpenApp(app="Messages"))
    sim_long_press(sim_phone, resource_id="com.google.android.apps.messaging:id/conversation_row")
    sim_tap(sim_phone, text="Delete")
    assert newest.id not in [t.id for t in messages.state.threads]


def test_messages_older_messages_scroll_into_view(sim_phone):
    messages = sim_phone.app("messages")
    for i in range(30):
        messages.send("+1 303-555-0100", f"note {i}")
    sim_phone.act(OpenApp(app="Messages"))
    sim_tap(sim_phone, resource_id="com.google.android.apps.messaging:id/conversation_row")
    assert "note 29" in sim_texts(sim_phone) and "note 0" not in sim_texts(sim_phone)
    for _ in range(10):
        sim_phone.act(Swipe(direction="up"))
    assert "note 0" in sim_texts(sim_phone) and "note 29" not in sim_texts(sim_phone)


# -- Phone ------------------------------------------------------------------------------------


def test_phone_dial_call_and_hang_up(sim_phone):
    phone = sim_phone.app("phone")
    count = len(phone.state.call_log)
    sim_phone.act(OpenApp(app="Phone"))
    for key in "5550123":
        sim_tap(sim_phone, content_desc=key)
    sim_tap(sim_phone, content_desc="9")
    sim_tap(sim_phone, content_desc="Backspace")
    sim_tap(sim_phone, content_desc="Call")
    assert phone.state.in_call == "5550123"
    assert phone.state.call_log[-1].number == "5550123" and len(phone.state.call_log) == count + 1
    sim_phone.act(Wait(seconds=30))
    assert sim_phone.act(Back()).message == "went back"  # Back does not hang up
    assert phone.state.in_call == "5550123"
    sim_tap(sim_phone, content_desc="End call")
    assert phone.state.in_call is None and phone.state.call_log[-1].duration_s >= 30
    assert sim_phone.observe().activity.endswith("MainActivity")


def test_phone_call_back_from_recents_and_type_into_keypad(sim_phone):
    phone = sim_phone.app("phone")
    last = phone.state.call_log[-1].number
    sim_phone.act(OpenApp(app="Phone"))
    sim_tap(sim_phone, text="Recents")
    sim_tap(sim_phone, resource_id="com.google.android.dialer:id/call_log_row")
    assert phone.state.call_log[-1].number == last and phone.state.call_log[-1].direction == "outgoing"
    sim_tap(sim_phone, content_desc="End call")
    sim_tap(sim_phone, text="Keypad")
    sim_type(sim_phone, "+1 800 555 0000", text="Enter a number", submit=True)
    assert phone.state.in_call == "+1 800 555 0000"


def test_call_a_contact_from_contacts_opens_the_phone(sim_phone):
    contact = sorted(sim_phone.app("contacts").state.contacts, key=lambda c: c.name.lower())[0]
    sim_phone.act(OpenApp(app="Contacts"))
    sim_tap(sim_phone, text=contact.name)
    sim_tap(sim_phone, text="Call")
    obs = sim_phone.observe()
    assert obs.package == "com.google.android.dialer" and obs.find(Locator(text=contact.name))
    assert sim_phone.app("phone").state.in_call == contact.phone


# -- Clock ------------------------------------------------------------------------------------


def test_clock_add_toggle_edit_and_delete_an_alarm(sim_phone):
    clock = sim_phone.app("clock")
    count = len(clock.state.alarms)
    sim_phone.act(OpenApp(app="Clock"))
    sim_tap(sim_phone, content_desc="Add alarm")
    sim_type(sim_phone, "6", text="Hour (0-23)")
    sim_type(sim_phone, "05", text="Minute (0-59)")
    sim_type(sim_phone, "Run", text="Label")
    sim_tap(sim_phone, content_desc="Save")
    alarm = next(a for a in clock.state.alarms if (a.hour, a.minute) == (6, 5))
    assert alarm.label == "Run" and alarm.enabled and len(clock.state.alarms) == count + 1
    sim_tap(sim_phone, text="06:05 alarm: ON")
    assert alarm.enabled is False
    sim_tap(sim_phone, content_desc="06:05 Run")
    sim_type(sim_phone, "7", text="6")
    sim_tap(sim_phone, content_desc="Save")
    assert (alarm.hour, alarm.minute, alarm.enabled) == (7, 5, True)
    sim_tap(sim_phone, content_desc="07:05 Run")
    sim_tap(sim_phone, content_desc="Delete alarm")
    sim_tap(sim_phone, text="Delete")
    assert all(a.id != alarm.id for a in clock.state.alarms)


def test_clock_rejects_an_impossible_time(sim_phone):
    clock = sim_phone.app("clock")
    count = len(clock.state.alarms)
    sim_phone.act(OpenApp(app="Clock"))
    sim_tap(sim_phone, content_desc="Add alarm")
    sim_type(sim_phone, "25", text="Hour (0-23)")
    sim_tap(sim_phone, content_desc="Save")
    assert len(clock.state.alarms) == count and "Hour must be 0-23 and minute 0-59" in sim_texts(sim_phone)


def test_clock_timer_runs_on_the_simulated_clock(sim_phone):
    clock = sim_phone.app("clock")
    sim_phone.act(OpenApp(app="Clock"))
    sim_tap(sim_phone, text="Timer")
    sim_type(sim_phone, "2", text="Minutes")
    sim_tap(sim_phone, text="Start")
    assert clock.state.timer.duration_s == 120
    sim_phone.act(Wait(seconds=29))
    assert clock.timer_remaining() == 89  # started, +1 s for the tap, +30 s for the wait
    sim_tap(sim_phone, text="Pause")
    sim_phone.act(Wait(seconds=10))
    assert clock.timer_remaining() == 89 and "00:01:29" in sim_texts(sim_phone)
    sim_tap(sim_phone, text="Delete")
    assert clock.state.timer.duration_s == 0


def test_clock_stopwatch_start_lap_pause_reset(sim_phone):
    clock = sim_phone.app("clock")
    sim_phone.act(OpenApp(app="Clock"))
    sim_tap(sim_phone, text="Stopwatch")
    sim_tap(sim_phone, text="Start")
    sim_phone.act(Wait(seconds=9))
    sim_tap(sim_phone, text="Lap")
    assert clock.state.stopwatch.laps == [11.0]  # 1 s per action + the wait
    sim_tap(sim_phone, text="Pause")
    sim_phone.act(Wait(seconds=30))
    assert clock.stopwatch_elapsed() == 12.0
    sim_tap(sim_phone, text="Reset")
    assert clock.state.stopwatch.elapsed_s == 0 and clock.state.stopwatch.laps == []


# -- state from Python ------------------------------------------------------------------------


def test_state_written_from_python_shows_on_screen_and_round_trips(sim_phone):
    contacts = sim_phone.app("contacts")
    contacts.add("Aaron Aardvark", "+1 555-555-0001")
    sim_phone.act(OpenApp(app="Contacts"))
    assert "Aaron Aardvark" in sim_texts(sim_phone)
    dumped = sim_phone.state("contacts")
    sim_phone.load_state("contacts", {"contacts": [], "next_id": 1})
    assert "No contacts" in sim_texts(sim_phone)
    sim_phone.load_state("contacts", dumped)
    assert sim_phone.state("contacts") == dumped
    with pytest.raises(InvalidActionError, match="no app called"):
        sim_phone.state("camera")


def test_long_press_on_a_text_field_is_harmless(sim_phone):
    sim_phone.act(OpenApp(app="Contacts"))
    sim_phone.act(LongPress(element=sim_find(sim_phone, text="Search contacts")))
    assert sim_phone.observe().keyboard_shown is False
