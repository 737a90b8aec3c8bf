"""People, mail and chat tasks said another way (agents/assignments.py and the rewriting in
agents/wording.py): terse field assignments, replies and counts. Every wording here is invented."""

from __future__ import annotations

import pytest

from cascadroid.agents.assignments import assigned
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("note", "meant"), [
    ("Hana Mori email = hana@mori.jp", "change the email of the contact Hana Mori to hana@mori.jp"),
    ("address book: Tomas Varga address = 12 Rue Haute, Lyon",
     "change the address of the contact Tomas Varga in address book to 12 Rue Haute, Lyon"),
    ("contacts: Tomas Varga address = 12 Rue Haute, Lyon",
     "change the address of the contact Tomas Varga to 12 Rue Haute, Lyon"),
    ("Kim Lee's mobile -> 0170 1234567", "change the phone number of the contact Kim Lee to 0170 1234567"),
    ("Irene Sato email -> irene@sato.test", "change the email of the contact Irene Sato to irene@sato.test"),
    ("Tom Ek: add phone +46 70 123 45 67", "change the phone number of the contact Tom Ek to +46 70 123 45 67"),
    ("Hana Mori: new email hana@mori.jp", "change the email of the contact Hana Mori to hana@mori.jp"),
    ("Kim Lee birthday: May 3", "change the birthday of the contact Kim Lee to May 3"),
])
def test_a_terse_assignment_of_a_persons_field_changes_their_contact(note: str, meant: str) -> None:
    assert canonical(note) == meant


@pytest.mark.parametrize("note", [
    "Bo Li email: see you at the gate",  # a colon and no address after it: a message
    "Bo Li: add address to the invite",  # no address after "add address"
    "Bo Li: running late",
    "wifi -> Hotel Aurora",
])
def test_a_note_that_assigns_no_contact_field_is_left_alone(note: str) -> None:
    assert assigned(note) == note


@pytest.mark.parametrize(("said", "meant"), [
    ("Respond to my last DM with: on my way", 'reply to my last DM saying "on my way"'),
    ("Answer the note about Budget from Pia Holm: looks fine to me",
     'reply to the note about Budget from Pia Holm saying "looks fine to me"'),
    ('Please get back to the last person who emailed me and say "Thanks, received".',
     'reply to the most recent email I received saying "Thanks, received".'),
    ('Pia Holm emailed me about "Budget 2025" - could you reply saying "Looks fine"?',
     'reply to the email about "Budget 2025" from Pia Holm saying "Looks fine"'),
    ('Ana Ruiz texted me; reply saying "on my way"', 'reply to the text from Ana Ruiz saying "on my way"'),
])
def test_a_reply_said_another_way_replies_to_the_message_it_names(said: str, meant: str) -> None:
    assert canonical(said) == meant


@pytest.mark.parametrize(("said", "meant"), [
    ('send Ana Ruiz\'s email about "Rent" along to bo@li.test', 'forward the email about "Rent" from Ana Ruiz to bo@li.test'),
    ("Share the Visa receipt with Bo Li by forwarding it", "forward the Visa receipt to Bo Li"),
    ("Pass the message about the lease on to pat@okoro.test", "forward the email about the lease to pat@okoro.test"),
])
def test_passing_a_message_on_forwards_it(said: str, meant: str) -> None:
    assert canonical(said) == meant


@pytest.mark.parametrize("said", ["answer the call", "Send the photo over to Bo Li", "reply to Bo Li on WhatsApp"])
def test_what_is_no_reply_or_forward_stays_as_said(said: str) -> None:
    assert canonical(said) == said


@pytest.mark.parametrize(("said", "meant"), [
    ("Pia Holm changed her name to Pia Lund; can you update her contact?", "rename the contact Pia Holm to Pia Lund"),
    ("Jonas Berg got married and is now Jonas Lind - please fix the contact's name.",
     "rename the contact Jonas Berg to Jonas Lind"),
    ("Tom Ek has a new number, +46 70 123 45 67 - please update his contact.",
     "change the phone number of the contact Tom Ek to +46 70 123 45 67"),
    ("Ines Moll moved to 8 Harbour Road, Cork - update her details.",
     "change the address of the contact Ines Moll to 8 Harbour Road, Cork"),
])
def test_a_change_the_reason_spells_out_is_made_to_the_contact(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_an_update_whose_reason_names_no_contact_change_keeps_its_reason() -> None:
    assert canonical("Bo Li is now at the office - update the event") == "update the event (Bo Li is now at the office)"


@pytest.mark.parametrize(("said", "meant"), [
    ("new WhatsApp group Book club: add Ana Ruiz and Bo Li", 'create a WhatsApp group called "Book club" with Ana Ruiz and Bo Li'),
    ("telegram group Ski week w/ Ana Ruiz, Bo Li", 'create a Telegram group called "Ski week" with Ana Ruiz, Bo Li'),
    ('new group "Pub quiz" with Ana Ruiz & Bo Li', 'create a group called "Pub quiz" with Ana Ruiz & Bo Li'),
    ("new Viber chat, Ana Ruiz, text: see you at 8", 'start a new chat with Ana Ruiz on Viber and send "see you at 8"'),
    ("Message Ana Ruiz on Viber for the first time: see you at 8",
     'start a new chat with Ana Ruiz on Viber and send "see you at 8"'),
])
def test_a_new_group_or_first_chat_said_tersely_starts_it(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_adding_to_a_group_that_exists_starts_no_new_one() -> None:
    assert not canonical("group Road trip: add Ana Ruiz").startswith("create")
    assert canonical("new note Plans: call Bo") == 'create a new note titled "Plans" that says "call Bo"'


@pytest.mark.parametrize(("said", "meant"), [
    ("List the members of my Book club group on WhatsApp.", "Who is in my Book club group on WhatsApp?"),
    ("name all the participants in the Ski week chat", "Who is in the Ski week chat?"),
])
def test_a_request_to_list_a_groups_members_asks_who_is_in_it(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_the_mail_i_starred_is_the_row_marked_starred() -> None:
    from cascadroid.agents.conversations import answer
    rows = ['[16] LinearLayout "Pia Holm, Budget draft | Pia Holm · See attached."',
            '[20] LinearLayout "Flagged, Pia Holm, Office keys | Pia Holm · Left them at reception."',
            '[24] LinearLayout "Starred, Pia Holm, Summer rota | Pia Holm · Here is the rota."']
    task = "Which of Pia Holm's emails did I star? Tell me its subject."
    assert answer("subject", task, rows, ["Pia Holm"]) == ("Summer rota", 1.0)
    assert answer("subject", "Which mail from Pia Holm did I flag? Its subject?", rows, ["Pia Holm"]) == ("Office keys", 1.0)


@pytest.mark.parametrize(("said", "meant"), [
    ('I\'ll need the Netflix code later - please write it down in a note named "TV code".',
     'save the code from Netflix in a new note named "TV code" (I will need the Netflix code later)'),
    ("save the DHL tracking number in a note called Parcel", 'save the tracking number from DHL in a new note called "Parcel"'),
])
def test_a_value_named_by_whose_it_is_comes_from_them(said: str, meant: str) -> None:
    assert canonical(said) == meant


@pytest.mark.parametrize("said", [
    'Save the code from the Netflix email in a new note titled "TV".',  # its source is said
    "text Bo Li the Wi-Fi code",  # a network's code is no one's message
    "Add milk to a note named Groceries",  # no value saved: the note may well exist
])
def test_a_value_whose_source_is_said_or_that_no_one_sends_is_left_as_said(said: str) -> None:
    assert canonical(said) == said


def test_it_stands_for_a_value_the_reason_names_by_whose_it_is() -> None:
    from cascadroid.agents.referents import resolve
    assert resolve("write it down", ["I will need the Lufthansa booking reference at the desk"]) == \
        "write the Lufthansa booking reference down"


@pytest.mark.parametrize(("said", "meant"), [
    ("Ines Moll needs to get hold of Pia Lund; could you sms them Pia Lund's number?", "sms Ines Moll the phone number of Pia Lund"),
    ("Bo Li wants to call Ana Ruiz - can you look up the number and WhatsApp it to him?",
     "text Bo Li the phone number of Ana Ruiz on WhatsApp"),
    ("Bo Li wants to email Ana Ruiz; please find the email address and mail it to them.",
     "email Bo Li the email address of Ana Ruiz"),
])
def test_a_persons_detail_sent_to_someone_who_wants_it_names_whose_it_is(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_the_thing_a_message_named_is_what_that_one_stands_for() -> None:
    from cascadroid.agents.named_values import mentioned
    assert mentioned("pin that one (Pia Lund sent me a message about which of my songs she likes most)") == \
        "pin the song Pia Lund messaged me about (Pia Lund sent me a message about which of my songs she likes most)"
    assert canonical("fav the recipe from Pia Lund's text") == "add the recipe Pia Lund texted me to favourites"


def test_do_it_is_the_action_not_a_thing_a_message_named() -> None:
    said = 'Hugo Moll emailed me which song to put on the "Run" playlist. Do it.'
    assert canonical(said) == 'Do it (Hugo Moll emailed me which song to put on the "Run" playlist)'
