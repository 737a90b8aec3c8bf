"""Everyday paraphrases and terse notes said the plain way (agents/paraphrase.py through
agents/wording.py), and item names written in sentence case found on real-convention screens
(agents/item_home.py, agents/fields.py). Every wording here is invented for these tests."""

from __future__ import annotations

import pytest
from test_menus_counting import button, listing, node, row, screen_of, text, toolbar

from cascadroid.agents import item_home
from cascadroid.agents.candidates import rank
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.subgoals import read_part
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ("Send the Lease renewal mail on to pat.okoro@mail.test.", "forward the Lease renewal mail to pat.okoro@mail.test."),
    ("Remove Tomas Varga from my contacts.", "delete the contact Tomas Varga."),
    ("Move every newsletter from Kino Plus to the archive", "archive every newsletter from Kino Plus"),
    ("Pop beach_02.png into my Summer 2019 album", "add beach_02.png to the Summer 2019 album"),
    ("How highly is Vento Fan Pro rated in Store?", "what is the rating of Vento Fan Pro in Store?"),
    ("Join the Cafe Lumen Guest wifi.", "connect to the Wi-Fi network Cafe Lumen Guest."),
    ("Update the mobile number for Irene Sato to +44 7700 900123.", "change Irene Sato's phone number to +44 7700 900123."),
    ("Change the Gym alarm so it goes off at 6:10 instead.", "Change the Gym alarm to 6:10 instead."),
])
def test_a_request_said_another_way_becomes_the_plain_one(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_what_a_message_should_say_is_looked_up_first() -> None:
    said = canonical('Send Hugo Brandt an SMS saying when "Board review" begins tomorrow.')
    assert said.startswith('text Hugo Brandt the start time of "Board review"')
    assert read_part(said) is not None
    said = canonical("Send Ines Moll Karl Ode's number by text.")
    assert said == "text Ines Moll the phone number of Karl Ode."
    assert read_part(said).object == "Karl Ode"
    assert canonical("sms Ines Moll: email of Karl Ode") == "text Ines Moll the email of Karl Ode"
    assert canonical("Tell Ines Moll over Telegram what my newest screenshot is called.") == \
        "send Ines Moll the file name of my newest screenshot on Telegram."
    # a message of its own words is sent as written
    assert canonical("sms Ines Moll: running ten minutes late") == 'sms Ines Moll saying "running ten minutes late"'


@pytest.mark.parametrize(("note", "meant"), [
    ("fwd Visa receipt -> ana.b@mail.test", "forward Visa receipt to ana.b@mail.test"),
    ("mv taxes_2024.pdf Archive", "move taxes_2024.pdf to the Archive folder"),
    ("wifi -> Hotel Aurora", "connect to the Wi-Fi network Hotel Aurora"),
    ("Irene Sato email -> irene@sato.test", "change the email of the contact Irene Sato to irene@sato.test"),
    ("scan_7.jpg -> album Receipts", "add scan_7.jpg to the album Receipts"),
    ("playlist Road songs -> Road songs 2", 'rename the playlist "Road songs" to "Road songs 2"'),
    ("timer Pasta off", "turn off the timer Pasta"),
    ("pharmacy closes at?", "until what time is pharmacy open?"),
    ("blocked numbers count", "count the blocked numbers"),
    ("reply On my way, 5 min", 'reply to the most recent message I received saying "On my way, 5 min"'),
    ("note Hiking boots: price", 'look up the price of Hiking boots and save it in a new note titled "Hiking boots"'),
])
def test_a_terse_note_becomes_the_request_it_stands_for(note: str, meant: str) -> None:
    assert canonical(note) == meant


def test_wifi_off_stays_a_switch_and_a_title_case_name_stays_a_name() -> None:
    assert canonical("wifi off") == "wifi off"
    assert canonical("Green Tea Tin price?") == "What is the price of Green Tea Tin?"  # "Green" is no verb here


def test_a_terse_text_keeps_its_own_words() -> None:
    said = canonical("text Lena Park Meet at gate 4 at 7")
    assert said == 'text Lena Park saying "Meet at gate 4 at 7"'
    assert [v.text for v in task_values(said) if v.kind == "message"] == ["Meet at gate 4 at 7"]


def test_an_unquoted_title_of_a_new_note_is_typed_whole() -> None:
    said = canonical("Copy the door code out of my messages into a note called Door code Berlin.")
    assert said == 'save the door code from my messages in a new note called "Door code Berlin".'
    assert "Door code Berlin" in [v.text for v in task_values(said)]


def test_a_new_events_place_after_at_is_its_location() -> None:
    said = canonical("New event: Dentist, Friday, April 3, 09:15, at Smile Clinic.")
    assert "location: Smile Clinic" in said
    assert any(v.text == "Smile Clinic" and "location" in v.fits for v in task_values(said))


def test_the_subject_of_the_reason_names_what_it_stands_for() -> None:
    said = canonical("Gym chat is over for the year; mute it.")
    assert said.startswith("mute Gym chat")
    assert parse_goal(said).verbs >= {"mute"}


# WhatsApp-like chat list: rows are Compose-style (no ids), names in sentence case.
CHATS = screen_of("com.whatsapp", toolbar("WhatsApp", button("More options", (960, 120, 1060, 220))),
                  listing(row(300, "Book club", "Mia: Chapter 4 done?"), row(480, "Dana Cole", "You: Ha"),
                          row(660, "Climbing crew", "Leo: Rope is packed")))


def test_a_name_in_sentence_case_is_found_as_far_as_the_screen_shows_it() -> None:
    assert item_home.shown_names("pin Book club at the top", CHATS.lines, set()) == ["Book club"]
    assert item_home.shown_names("pin Climbing crew for me", CHATS.lines, set()) == ["Climbing crew"]
    assert item_home.shown_names("pin Rowing team", CHATS.lines, set()) == []  # not on this screen
    assert item_home.shown_names("Pin Book club", CHATS.lines, set()) == ["Book club"]


def test_one_capitalised_word_is_a_name_when_a_row_is_named_by_it_alone() -> None:
    groups = screen_of("org.telegram.messenger", toolbar("Telegram"),
                       listing(row(300, "Roommates, 3 unread", "Jo: rent is due"), row(480, "Dana Cole", "You: Ha"),
                               row(660, "Friday drinks", "Leo: 7pm?")))
    assert item_home.shown_names("archive Roommates please", groups.lines, set()) == ["Roommates"]
    assert item_home.shown_names("mute Dana", groups.lines, set()) == []  # only part of the row's name
    assert item_home.shown_names("archive the chat on Friday", groups.lines, set()) == []  # a day, not a row
    assert item_home.shown_names("open Telegram", groups.lines, {"telegram"}) == []
    assert item_home.shown_names("move the photo to Roommates", groups.lines, set()) == []  # a destination


def test_a_menu_verb_on_a_sentence_case_name_long_presses_its_row() -> None:
    best = rank("pin Book club", "", CHATS, [], [])[0]
    assert best.action["kind"] in ("long_press", "tap") and "Book club" in best.text


# A Material shop: search field, product rows without the product the task names.
SHOP = screen_of("com.example.store", toolbar("Store"),
                 node("android.widget.EditText", (40, 300, 1040, 420), text="", desc="Search products", click=True),
                 listing(row(500, "Desk Lamp Mini", "$19.00 · 4.2 ★"), row(700, "Cable Organizer", "$9.50 · 4.0 ★"),
                         top=480))


def test_an_unquoted_item_that_is_not_on_screen_is_searched_for() -> None:
    best = rank("What is the rating of Vento Fan Pro?", "", SHOP, [], [])[0]
    assert best.action["kind"] == "type" and best.action["text"] == "Vento Fan Pro"


def test_a_german_list_row_is_matched_by_its_sentence_case_name() -> None:
    screen = screen_of("com.example.notizen", toolbar("Notizen"),
                       listing(row(300, "Einkaufsliste für Samstag"), row(480, "Ideen Urlaub")))
    assert item_home.shown_names("open Einkaufsliste für Samstag", screen.lines, set()) == ["Einkaufsliste für Samstag"]
    assert text  # the helpers are shared with the menus tests


def test_a_value_from_someones_message_is_what_they_sent() -> None:
    said = canonical("Make a note with the gate code from Rosa Lind's text.")
    assert "the gate code Rosa Lind texted me" in said
    assert "photo" in parse_goal("send my latest picture").words  # galleries label items "Photo ..."


def test_a_first_and_last_name_is_a_person_a_title_is_not() -> None:
    assert item_home.looks_personal("Zoë O'Neil") and item_home.looks_personal("Jan Nowak")
    assert not item_home.looks_personal("Lease RSVP") and not item_home.looks_personal("Desk Lamp Mini")


@pytest.mark.parametrize(("note", "meant"), [
    ("best Ramen bar?", "Which is the best-rated Ramen bar?"),
    ("ring best Taco place", "call the best-rated Taco restaurant"),
    ("Harbor Deli: phone?", "What is the phone number of Harbor Deli?"),
    ("best Noodle shop: address?", "What is the address of the best-rated Noodle shop?"),
    ("the best way home?", "the best way home?"),  # "best" before a lowercase word is no rating
    ("WhatsApp Lena Park: Karl Ode's number", "text Lena Park the phone number of Karl Ode on WhatsApp"),
    ("Telegram Lena Park: latest screenshot name", "text Lena Park the file name of latest screenshot on Telegram"),
])
def test_a_terse_best_a_field_question_and_an_app_said_as_the_verb(note: str, meant: str) -> None:
    assert canonical(note) == meant


def test_a_best_with_no_noun_after_it_is_left_as_said() -> None:
    assert canonical("save best Ramen") == "save best Ramen"


def test_room_taken_on_storage_is_size() -> None:
    assert canonical("Phone's almost full; which video hogs the most space?").endswith("which video is the largest?")
    assert canonical("find the podcast that takes up the least storage") == "find the smallest podcast"
    assert canonical("Which song takes the most time?") == "Which song takes the most time?"  # not storage


def test_a_value_passed_on_is_sent_and_a_message_forwarded() -> None:
    assert canonical("Pass the gate code on to Kim Ito") == "send the gate code to Kim Ito"
    assert canonical("Send the Invoice 7 mail on to Bo Li.").startswith("forward the Invoice 7 mail to Bo Li")
    assert canonical("pass the code from Omar Diaz's email on to Kim Ito").startswith("send the code")  # a value, no mail


def test_it_is_the_value_a_message_holds_not_the_person_asking() -> None:
    from cascadroid.agents import referents
    clause = "Dana Holt wants the wifi code; the password is in a text from Omar Diaz"
    assert "the password from Omar Diaz's text" in referents.things(clause)
    assert referents.resolve("send it to them", [clause]).startswith("send the password from Omar Diaz's text to")


def test_a_new_note_that_contains_a_value_saves_that_value_in_it():
    assert canonical('Make a new note titled "Sizes" that contains the size of the newest video in Movies') == \
        'save the size of the newest video in Movies in a new note titled "Sizes"'
    assert canonical('create a note called "Host" which has the phone number of the nearest hotel in Maps.') == \
        'save the phone number of the nearest hotel in Maps in a new note titled "Host".'
    assert canonical('start a new note "Trip" containing the address of the cheapest hostel from Maps') == \
        'save the address of the cheapest hostel from Maps in a new note titled "Trip"'
    assert canonical("make a new note that lists the things to pack") == "make a new note that lists the things to pack"


def test_the_number_of_things_a_clause_says_is_how_many():
    from cascadroid.agents.wording import canonical
    assert canonical('Make a note titled "Soup" with the number of people the Leek soup recipe on soups.example.org serves.') == \
        'Make a note titled "Soup" with how many people the Leek soup recipe on soups.example.org serves.'
    assert canonical("Save the number of clips the Surf playlist has in a new memo") == \
        "Save how many clips the Surf playlist has in a new memo"
    # must not fire: a person's number, a number with no clause after it
    assert canonical("Text Bo Lind the number of Ana Vale") != "Text Bo Lind how many of Ana Vale"
    assert "the number of guests" in canonical("Write the number of guests in my Party note")
