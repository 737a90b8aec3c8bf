"""Calendar, notes and settings on screens written in real apps' conventions (uiautomator dumps):
a Google Calendar event page and its edit form ("Add title", "Add location"), a Samsung-like
event page, Google Keep's note editor (ids editable_title / edit_note_text) and list, Pixel
Settings' Internet page (and a German one), Settings' search, events read from a message or a
mail and typed into a new event."""

from __future__ import annotations

from datetime import date

import pytest
from test_dates import node, screen_of

from cascadroid.agents import answers, edits, event_details, missing, notetaker, pickers, subgoals
from cascadroid.agents.candidates import rank
from cascadroid.agents.values import task_values
from cascadroid.device.types import AppInfo

E, T, B, ROW = "android.widget.EditText", "android.widget.TextView", "android.widget.ImageButton", "android.widget.LinearLayout"
APPS = [AppInfo(label="Calendar", package="com.google.android.calendar"),
        AppInfo(label="Keep Notes", package="com.google.android.keep"),
        AppInfo(label="Settings", package="com.android.settings"),
        AppInfo(label="Phone", package="com.google.android.dialer"),
        AppInfo(label="Messages", package="com.google.android.apps.messaging")]


@pytest.fixture(autouse=True)
def phone_date(monkeypatch):
    monkeypatch.setattr(pickers, "machine_day", lambda: date(2026, 3, 16))


def top(task: str, screen, history=None, notes=None):
    return rank(task, "", screen, APPS, history or [], notes=notes)[0]


def button(desc: str, x: int, y: int = 80) -> dict:
    return node(B, desc=desc, bounds=(x, y, x + 130, y + 130), flags="clickable")


def row(top_: int, *texts: str) -> dict:
    parts = [node(T, t, bounds=(60, top_ + 20 + 60 * i, 1000, top_ + 70 + 60 * i)) for i, t in enumerate(texts)]
    return node(ROW, bounds=(0, top_, 1080, top_ + 180), flags="clickable", children=parts)


def typed(line: str, text: str) -> dict:
    return {"kind": "type", "outcome": "success", "line": f'type "{text}" into {line}', "key": f"type {line}"}


# -- Calendar ---------------------------------------------------------------------------------
EDIT_EVENT = ("com.google.android.calendar",
              button("Close", 0), node("android.widget.Button", "Save", bounds=(860, 80, 1060, 200), flags="clickable"),
              node(E, "Guitar lesson", rid="com.google.android.calendar:id/title", bounds=(60, 260, 1040, 380),
                   flags="clickable"),
              node(T, "Wed, Mar 18, 2026", bounds=(60, 420, 600, 500)),
              node(E, "Room 12", rid="com.google.android.calendar:id/location", desc="Add location",
                   bounds=(60, 560, 1040, 660), flags="clickable"))


def test_a_new_place_for_an_event_goes_into_its_location_field_not_its_title():
    best = top("Change the location of \"Guitar lesson\" on Wednesday, March 18 to Studio 5.", screen_of(*EDIT_EVENT))
    assert best.action["kind"] == "type" and best.action["text"] == "Studio 5"
    assert "location" in screen_of(*EDIT_EVENT).labels[best.action["element"]].casefold()


def test_an_unquoted_place_of_a_new_event_is_its_location():
    kinds = {v.text: v.kind for v in task_values("New calendar event: Standup, Friday, May 8, 09:30, at Harbour View.")}
    assert kinds["Harbour View"] == "address" and kinds["09:30"] == "time"
    assert all(v.kind != "address" for v in task_values("Call Ana at Work"))  # no event: no place to fill


@pytest.mark.parametrize(("task", "place"), [
    ("Dentist appointment on Friday at 9:00 at Smile Studio on Main", "Smile Studio on Main"),
    ("Schedule a meeting on Friday at 9:00 in the Hall of Fame", "Hall of Fame"),
    ("pop Yoga into my diary, Thursday 18:15, at Loft on the Quay", "Loft on the Quay"),
])
def test_a_place_whose_name_joins_words_with_on_or_of_is_kept_whole(task, place):
    assert [v.text for v in task_values(task) if v.kind == "address"] == [place]


@pytest.mark.parametrize("task", ["put Yoga in my calendar on Thursday at 18:15",
                                  "Please add the school play to the calendar, Friday 19:00",
                                  "pop dinner with Teo into my diary for Saturday"])
def test_putting_something_in_the_calendar_makes_a_new_event(task):
    from cascadroid.agents.deeplinks import CALENDAR_EVENTS, deep_links
    from cascadroid.agents.goal import parse_goal

    assert parse_goal(task).creating
    assert CALENDAR_EVENTS in [f.get("uri") for f, _ in deep_links(task)]
    assert not parse_goal("Move my dentist appointment in the calendar to Friday").creating


def test_the_named_field_decides_the_kind_of_a_new_value():
    kinds = {v.text: v.kind for v in task_values('Replace the text of my note "Wishlist" with "Ask Dana first".')}
    assert kinds == {"Wishlist": "quoted", "Ask Dana first": "message"}
    kinds = {v.text: v.kind for v in task_values('Email bo@example.org the text of my note "Packing", with "Packing" '
                                                 'as the subject.')}
    assert kinds["Packing"] == "quoted"  # the note it names comes first; the subject is typed in the mail part
    assert {v.text: v.kind for v in task_values('Email bo@example.org it, with "Packing" as the subject.')}[
        "Packing"] == "title"


def test_where_an_event_is_is_read_on_its_row_or_under_its_title():
    agenda = screen_of("com.google.android.calendar", node(T, "Tue, Mar 17", bounds=(60, 200, 600, 280)),
                       row(300, "Guitar lesson", "16:15 – 17:15 · Cafe Nord"), row(500, "Dentist", "18:00 – 18:30"))
    assert top('Where is "Guitar lesson" on Tuesday, March 17?', agenda).action == {"kind": "done", "answer": "Cafe Nord"}
    assert top("Where is my Dentist appointment on Tuesday, March 17?", screen_of(
        "com.google.android.calendar", node(T, "Tue, Mar 17", bounds=(60, 200, 600, 280)),
        row(300, "Dentist appointment", "09:00 – 09:30 · Room 4"))).action == {"kind": "done", "answer": "Room 4"}
    page = screen_of("com.samsung.android.calendar", button("Navigate up", 0), button("Edit", 800), button("Delete", 940),
                     node(T, "Guitar lesson", bounds=(60, 300, 1000, 400)),
                     node(T, "Tuesday, 17 March 2026", bounds=(60, 420, 1000, 480)),
                     node(T, "16:15 – 17:15", bounds=(60, 500, 1000, 560)),
                     node(T, "Cafe Nord", bounds=(60, 600, 1000, 660)))
    assert top("What's the location of my Guitar lesson event?", page).action == {"kind": "done", "answer": "Cafe Nord"}


def test_an_event_read_from_a_message_is_typed_into_the_new_event_form():
    task = ('Felix Grant texted me about dinner. Add it to my calendar as "Dinner with Felix" with the date, time '
            'and place from the message.')
    part = subgoals.read_part(task)
    assert part is not None and part.asked.kind == "event" and "message" not in part.rest
    thread = screen_of("com.google.android.apps.messaging", button("Navigate up", 0),
                       node(T, "Felix Grant", bounds=(160, 100, 800, 200)),
                       node(T, "Dinner on Friday, March 20 at 18:00, at Civic Center?", bounds=(60, 600, 900, 700)),
                       node(E, "Text message", bounds=(60, 2200, 900, 2300), flags="clickable"))
    notes = notetaker.by_rules(task, thread.lines, [])
    assert notes == {"event": "Dinner on Friday, March 20 at 18:00, at Civic Center?"}
    form = screen_of("com.google.android.calendar", button("Close", 0),
                     node("android.widget.Button", "Save", bounds=(860, 80, 1060, 200), flags="clickable"),
                     node(E, "", desc="Add title", rid="com.google.android.calendar:id/title", bounds=(60, 260, 1040, 380),
                          flags="clickable"),
                     node(E, "", desc="Add location", rid="com.google.android.calendar:id/location",
                          bounds=(60, 560, 1040, 660), flags="clickable"))
    ranked = rank(task, "", form, APPS, [{"kind": "open_app", "outcome": "success", "key": "open Messages"},
                                        {"kind": "open_app", "outcome": "success", "key": "open Calendar"}], notes=notes)
    offered = {(form.labels[c.action["element"]], c.action["text"]) for c in ranked if c.action["kind"] == "type"}
    assert ("Add title", "Dinner with Felix") in offered and ("Add location", "Civic Center") in offered


def test_a_mails_event_is_read_on_the_mail_page_and_named_by_its_subject():
    task = "Add the meeting from Theo Berg's email \"Concert tickets\" to my calendar with its date, time and place."
    part = subgoals.read_part(task)
    assert part.object == "Concert tickets" and part.rest.startswith('Add it to my calendar as "Concert tickets"')
    row_only = screen_of("com.google.android.gm", row(300, "Theo Berg", "Concert tickets", "Let's meet on Thursday, Mar"))
    assert notetaker.by_rules(task, row_only.lines, []) == {}  # a row may be cut short: open the mail
    mail = screen_of("com.google.android.gm", button("Navigate up", 0), node(T, "Concert tickets", bounds=(60, 260, 1000, 360)),
                     node(T, "Theo Berg", bounds=(160, 420, 800, 480)),
                     node(T, "Let's meet on Thursday, March 19 at 14:30, Room 12.", bounds=(60, 560, 1000, 700)))
    said = notetaker.by_rules(task, mail.lines, [])["event"]
    assert [(v.text, v.kind) for v in event_details.values_from(said, ["date", "time", "address"])] == [
        ("Thursday, March 19", "date"), ("14:30", "time"), ("Room 12", "address")]


# -- Notes --------------------------------------------------------------------------------------
def keep_editor(title: str, body: str):
    return screen_of("com.google.android.keep", button("Navigate up", 0), button("Pin", 700), button("More options", 940),
                     node(E, title, rid="com.google.android.keep:id/editable_title", bounds=(40, 260, 1040, 360),
                          flags="clickable"),
                     node(E, body, rid="com.google.android.keep:id/edit_note_text", bounds=(40, 380, 1040, 900),
                          flags="clickable"))


def test_text_added_at_the_end_of_a_note_keeps_what_it_says():
    screen = keep_editor("Trip ideas", "Ask about the lease")
    best = top('Add "and the spare key" at the end of my note "Trip ideas", keeping what it says.', screen)
    assert best.action["kind"] == "type" and best.action["text"] == "Ask about the lease and the spare key"
    assert "note text" in screen.labels[best.action["element"]]


def test_a_word_replaced_in_a_note_keeps_the_rest():
    screen = keep_editor("Shopping", "eggs, milk, bread")
    best = top('Replace "milk" with "oat milk" in my note "Shopping"', screen)
    assert best.action == {"kind": "type", "element": best.action["element"], "text": "eggs, oat milk, bread"}
    assert edits.Edit("oat milk", "milk").applied("eggs, oat milk, bread") == "eggs, oat milk, bread"  # made already


def test_an_edit_already_made_is_not_typed_again():
    assert edits.Edit("and the spare key").applied("Ask about the lease and the spare key") == \
        "Ask about the lease and the spare key"
    screen = keep_editor("Trip ideas", "Ask about the lease and the spare key")
    history = [typed("[5] edit note text", "Ask about the lease and the spare key")]
    ranked = rank('Append "and the spare key" to my note "Trip ideas"', "", screen, APPS, history)
    assert not any(c.action["kind"] == "type" for c in ranked)


def test_the_text_of_a_note_is_its_body_and_packing_is_not_packing_list():
    listing = screen_of("com.google.android.keep", row(300, "Packing list", "Passport, charger"),
                        row(500, "Packing", "Dune, Piranesi"))
    asked = answers.Asked("text", {"packing"})
    assert answers.find(asked, listing.lines, ["Packing"], {}) == ("Dune, Piranesi", 0.9)
    assert answers.find(asked, keep_editor("Packing", "Dune, Piranesi").lines, ["Packing"], {}) == ("Dune, Piranesi", 1.0)
    assert answers.find(asked, keep_editor("Packing list", "Passport").lines, ["Packing"], {}) is None


def test_a_value_read_for_a_later_step_is_not_read_again_from_the_next_form():
    task = 'Email bo@example.org the text of my note "Packing", with "Packing" as the subject.'
    compose = screen_of("com.google.android.gm", node(E, "Packing", desc="Subject", bounds=(40, 300, 1040, 400),
                                                      flags="clickable"),
                        node(E, "To", desc="Body", bounds=(40, 420, 1040, 900), flags="clickable"))
    assert notetaker.by_rules(task, compose.lines, [], {"text": "Dune, Piranesi"}) == {}


# -- Settings ----------------------------------------------------------------------------------
def internet_page(status: str):
    return screen_of("com.android.settings", button("Navigate up", 0), node(T, "Internet", bounds=(60, 240, 800, 340)),
                     row(400, "NETGEAR42", status), row(600, "Office-5G", "Saved"), row(800, "Cafe_Guest", "Secured"))


def test_the_connected_network_is_the_row_that_says_connected():
    assert top("Which Wi-Fi network is my phone connected to?", internet_page("Connected")).action == {
        "kind": "done", "answer": "NETGEAR42"}
    assert top("Name the Wi-Fi network I'm on right now.", internet_page("Connected")).action == {
        "kind": "done", "answer": "NETGEAR42"}


def test_the_connected_network_on_a_german_phone():
    assert top("Which Wi-Fi network am I connected to?", internet_page("Verbunden")).action == {
        "kind": "done", "answer": "NETGEAR42"}


SETTINGS_HOME = ("com.android.settings", node(T, "Settings", bounds=(60, 120, 800, 220)),
                 node(ROW, desc="Search settings", bounds=(40, 260, 1040, 380), flags="clickable"),
                 node("androidx.recyclerview.widget.RecyclerView", bounds=(0, 400, 1080, 2300), flags="scrollable",
                      children=[row(420, "Network & internet", "Mobile, Wi-Fi, hotspot"),
                                row(620, "Connected devices", "Bluetooth, pairing"),
                                row(820, "Battery", "82%")]))


def test_a_setting_the_phone_lacks_is_searched_for_then_reported_missing():
    assert missing.feature("Turn on wireless power sharing in Settings.") == "wireless power sharing"
    assert missing.feature("Enable wireless power sharing.") == "wireless power sharing"
    home = screen_of(*SETTINGS_HOME)
    best = top("Turn on wireless power sharing", home, [{"kind": "open_app", "outcome": "success", "key": "open Settings"}])
    assert best.action["kind"] == "tap" and home.labels[best.action["element"]] == "Search settings"
    results = screen_of("com.android.settings", button("Navigate up", 0),
                        node(E, "wireless power sharing", desc="Search settings", bounds=(140, 80, 1040, 200),
                             flags="clickable focused"),
                        node(T, "No results", bounds=(60, 400, 1000, 480)))
    history = [{"kind": "open_app", "outcome": "success", "key": "open Settings"},
               {"kind": "tap", "outcome": "success", "line": 'tap [2] "Search settings"', "key": "tap [2]"},
               typed("[2] Search settings", "wireless power sharing")]
    best = top("Turn on wireless power sharing", results, history)
    assert best.action["kind"] == "done" and best.action["success"] is False
    assert "wireless power sharing" in best.action["answer"]


def test_a_setting_a_row_names_is_opened_not_given_up():
    home = screen_of(*SETTINGS_HOME)
    best = top("Turn on Bluetooth", home, [{"kind": "open_app", "outcome": "success", "key": "open Settings"}])
    assert best.action["kind"] == "tap" and "Connected devices" in home.labels[best.action["element"]]


def test_a_switch_named_with_no_app_opens_settings():
    launcher = screen_of("com.google.android.apps.nexuslauncher",
                         *[node(T, label, bounds=(60 + 200 * i, 1800, 240 + 200 * i, 1900), flags="clickable")
                           for i, label in enumerate(["Phone", "Messages", "Settings"])])
    assert top("Enable wireless power sharing.", launcher).action == {"kind": "open_app", "app": "Settings"}


def test_a_note_sent_by_its_name_is_read_first_and_a_bracketed_label_is_no_message():
    part = subgoals.read_part("Send my Groceries note to bo@example.org by mail (subject: Groceries).")
    assert part.asked.kind == "text" and part.object == "Groceries" and part.rest.startswith("Send it to bo@example.org")
    kinds = {v.text: v.kind for v in task_values(part.rest)}
    assert kinds == {"Groceries": "labelled", "bo@example.org": "email"}


def test_a_part_of_a_date_after_a_colon_is_no_labelled_value_of_its_own():
    kinds = {v.text: v.kind for v in task_values('Put "Kiln firing" in my planner: Tuesday, April 7, 09:15, at Pottery Barn.')}
    assert kinds.get("Tuesday, April 7") == "date" and "Tuesday" not in kinds  # the date's day name is no field value
    kinds = {v.text: v.kind for v in task_values("New contact, work: Quarn Ltd, phone: +1 415 555 0143")}
    assert kinds.get("Quarn Ltd") == "labelled"  # a labelled value that is no part of another stays
    kinds = {v.text: v.kind for v in task_values("Add a contact with name: Ana, email: ana@example.com")}
    assert kinds.get("Ana") == "labelled"  # a name inside an e-mail address is still the name


def test_everything_in_a_note_is_what_it_says():
    kinds = {v.text: v.kind for v in task_values('Replace everything in my note "Kiln log" with "Fired at 1240C"')}
    assert kinds["Fired at 1240C"] == "message"  # the note's text, not its title
    kinds = {v.text: v.kind for v in task_values('Rename all of my Kiln files to "kiln-old"')}
    assert kinds["kiln-old"] != "message"  # "all of my files": no note's text
