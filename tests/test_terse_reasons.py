"""Terse notes (agents/terse_forms.py) and chatty reasons (agents/reasons.py) said as plain requests,
on wordings invented for these tests (other apps, other things; none is a simulated suite's goal)."""

from __future__ import annotations

import pytest

from cascadroid.agents.counting import count_asked
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.reasons import unasked
from cascadroid.agents.terse_forms import terse_form
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("note", "meant"), [
    ("contact Mia Wong: email = mia@ex.org", 'change the email of the contact "Mia Wong" to "mia@ex.org"'),
    ("task Pay rent: due date = the 1st", 'change the due date of the task "Pay rent" to "the 1st"'),
    ("Spin class: room -> Studio B", 'change the room of Spin class to "Studio B"'),
    ("tasks done: how many?", "how many tasks are done?"),
    ("photos of the beach: count?", "how many photos of the beach?"),
    ("display: dark theme on", "turn on dark theme in display"),
    ("Bluetooth settings: auto connect off", "turn off auto connect in Bluetooth settings"),
    ("memo Groceries += eggs", 'add "eggs" to the end of the memo "Groceries"'),
    ("memo Groceries -> bo@ex.org", 'email bo@ex.org the text of the memo "Groceries"'),
    ("send document Minutes to kai@corp.io", 'email kai@corp.io the text of the document "Minutes"'),
    ("Budget review start time?", "What is the start time of the event Budget review?"),
])
def test_a_terse_note_is_the_request_it_stands_for(note: str, meant: str) -> None:
    assert terse_form(note) == meant


@pytest.mark.parametrize("note", [
    "scan_7.jpg -> album Receipts", "Omar: running late", "shopping list += oat milk", "Bo Li: number?",
    "Standup meeting end time?", "playlist Drive -> Road songs", "wifi -> HomeNet",
])
def test_other_terse_notes_are_left_to_their_own_rules(note: str) -> None:
    assert terse_form(note) == note


def test_terse_notes_through_the_whole_rewrite() -> None:
    assert canonical("unread mails: how many?") == "how many unread mails?"
    assert canonical("hotspot SSID?") == "What is the name of hotspot network?"
    assert canonical("contact Mia Wong: email = mia@ex.org") == 'change the email of the contact "Mia Wong" to "mia@ex.org"'


@pytest.mark.parametrize(("said", "meant"), [
    ('The doc called "Q3" should be named "Q3 final" - can you change its title?', 'rename the doc "Q3" to "Q3 final"'),
    ("Choir practice (Friday, May 8) now meets at Elm Cafe; update the event.",
     "change the location of Choir practice (Friday, May 8) to Elm Cafe"),
    ('FYI, "Team lunch" on Monday moved to Noodle Bar - please fix the entry.',
     'change the location of "Team lunch" on Monday to Noodle Bar'),
    ('Ivo Petrov sent me the door code by SMS - please keep it in a note titled "Door"',
     'save the door code Ivo Petrov texted me in a note titled "Door"'),
    ("My tablet has a reading mode - could you turn it on for me in the settings?", "turn reading mode on in the settings"),
    ("My new phone has Dolby Atmos; please enable it", "turn on Dolby Atmos"),
    ('bo@ex.org asked for my "Plans" memo - please email them what the memo says',
     'email bo@ex.org the text of the memo "Plans" (bo@ex.org asked for my "Plans" memo)'),
    ('"Yoga" is off this week - please take it off my calendar', 'delete "Yoga" from my calendar ("Yoga" is off this week)'),
])
def test_a_vague_request_is_completed_by_its_reason(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_a_move_to_another_time_is_no_new_place() -> None:
    assert not canonical("Choir practice moved to Friday - update the event").startswith("change the location")
    assert not canonical("Choir practice moved to 18:30; fix the entry").startswith("change the location")


def test_what_not_to_do_is_no_verb_to_act_on() -> None:
    assert unasked("archive the thread but do not delete it") == "archive the thread without deleting it"
    assert unasked("text Bo: do not delete it") == "text Bo: do not delete it"  # a message keeps its words
    assert "delete" not in parse_goal(canonical("Mute the Work chat? Don't delete it.")).words


def test_the_request_says_the_state_its_reason_does_not() -> None:
    assert parse_goal('turn on the "Gym" alarm again (I disabled the "Gym" alarm yesterday)').want_on is True
    assert parse_goal("turn off the hotspot (I enabled it by mistake)").want_on is False


def test_a_count_of_items_with_a_word_counts_the_rows_saying_it() -> None:
    assert "invoice" in count_asked("how many notes with invoice?").marks
    assert "unread" in count_asked("how many mails are unread?").marks


def test_a_code_from_a_person_came_in_a_message() -> None:
    assert canonical("note Gate <- gate code from Ruth Adler") == 'save the gate code Ruth Adler texted me in a new note titled "Gate"'
    assert "texted" not in canonical("Make a note with the door code from Ruth Adler's mail")  # the message is named
    assert "texted" not in canonical("What is the phone number of Ruth Adler?")


def test_a_later_ask_for_a_count_is_the_request_and_that_day_its_date() -> None:
    said = "Is Thursday, June 4 packed? Tell me the number of meetings that day."
    assert canonical(said).startswith("how many meetings on Thursday, June 4")


def test_a_named_thing_added_to_a_calendar_is_a_new_event_at_the_place_among_its_details() -> None:
    assert terse_form("put Dentist in my diary (Tuesday, June 2 9:15, Smile Clinic)") == \
        'create a calendar event "Dentist" (Tuesday, June 2 9:15, location: Smile Clinic)'
    assert terse_form("Add Bo Li to the calendar invite") == "Add Bo Li to the calendar invite"  # no event: a person to invite
