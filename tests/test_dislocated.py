"""A thing said before its request, or in a clause of its own (agents/dislocated.py), through the wording pipeline."""

from __future__ import annotations

from cascadroid.agents.dislocated import reordered
from cascadroid.agents.subgoals import read_part
from cascadroid.agents.wording import canonical


def test_a_thing_said_first_is_put_where_the_request_takes_it_up():
    assert canonical("the invoice Dara Quinn mailed me last week - forward it to Tomas Reyes") == \
        "forward the invoice Dara Quinn mailed me last week to Tomas Reyes"
    assert canonical("The photo I took at the lake: share it with Wen Zhao on Telegram") == \
        "send the photo I took at the lake to Wen Zhao on Telegram"
    assert canonical("the report Jun Ito sent me yesterday: save it in Downloads") == \
        "save the report Jun Ito sent me yesterday in Downloads"
    assert canonical("Oskar Berg - change his number to +1 555 0199") == "change Oskar Berg's number to +1 555 0199"
    assert canonical("Lena Fox: call her") == "call Lena Fox"


def test_no_thing_first_when_the_first_clause_is_a_statement():
    assert reordered("I am late - call Dara") == "I am late - call Dara"
    assert reordered("the party is on Friday - put it in my calendar") == "the party is on Friday - put it in my calendar"
    assert reordered("Ama Boateng asked on WhatsApp for a new group - make it now") == \
        "Ama Boateng asked on WhatsApp for a new group - make it now"  # a name and its verb: a clause
    assert reordered("the stopwatch - make sure it is running") == "the stopwatch - make sure it is running"


def test_a_message_named_by_whose_it_is_says_what_it_holds():
    assert reordered("Nadia Park's email about the offsite: add it to my calendar") == \
        "Nadia Park emailed me about the offsite. add it to my calendar"
    assert reordered("Ravi Menon's text re lunch - put it in my agenda") == \
        "Ravi Menon texted me about lunch. put it in my agenda"
    part = read_part(canonical("Ilse Vogt's message about the picnic: put it in my calendar, with the date, time and place"))
    assert part is not None and part.object == "Ilse Vogt"


def test_a_value_a_message_holds_is_named_where_the_request_says_it_again():
    assert reordered("there's a text from Lumen Bank with a PIN in it, can you send that PIN to Eli Cho?") == \
        "can you send the PIN from Lumen Bank's text to Eli Cho?"
    part = read_part(canonical("I am on a train - there is a mail from Voltr with a code in it, text that code to Eli Cho"))
    assert part is not None and part.asked.kind == "code" and "Voltr" in part.question
    assert reordered("Aiko Sato's email \ue0000\ue001 has a flight number in it - note that flight number down") == \
        "note the flight number from Aiko Sato's email \ue0000\ue001 down"
    assert reordered("I got an email from Parcelly with a tracking link: open the link") == \
        "open the tracking link from the Parcelly email"
    assert reordered("there is an email from Tom Hale with a photo in it") == \
        "there is an email from Tom Hale with a photo in it"  # nothing takes it up


def test_a_value_a_person_has_in_the_contacts_is_theirs():
    assert reordered("ship it to the address that Maren Holt has in my contacts") == \
        "ship it to Maren Holt's address from my contacts"
    assert reordered("send me the number which Yusuf Demir has on his card") == \
        "send me Yusuf Demir's number from his card"
    assert reordered("mail Ugo Neri the birthday that Pia Roth has in my address book") == \
        "mail Ugo Neri Pia Roth's birthday from my address book"
    assert reordered("the number that Bo Li gave me") == "the number that Bo Li gave me"  # not what the card holds


def test_a_thing_said_first_owns_the_values_the_request_names():
    assert canonical("The oldest video in Movies: text its name and size to Ilka Berg") == \
        "text the name and size of the oldest video in Movies to Ilka Berg"
    assert canonical('the nearest bakery in Maps - put its address in a new note titled "Bread"') == \
        'put the address of the nearest bakery in Maps in a new note titled "Bread"'
    assert canonical("Idris Cole - text his number to Mira Sen") == "text Idris Cole's number to Mira Sen"


def test_a_message_said_to_be_there_is_what_its_sender_sent():
    assert reordered("there's an email from Juno Park about the barbecue: put it in my calendar") == \
        "Juno Park emailed me about the barbecue: put it in my calendar"
    assert reordered("I got a text from Wes Cole - forward it to Ama Ito") == "Wes Cole texted me - forward it to Ama Ito"
    assert reordered("there is a message waiting") == "there is a message waiting"


def test_that_one_takes_up_the_thing_said_first():
    assert canonical("the Packing note - delete that one") == "delete the Packing note"
    assert canonical('The Zebra tab with "Maps" in it - shut that one, but leave the other tabs open.') == \
        'close the Zebra tab showing "Maps", but leave the other tabs open.'


def test_an_aside_about_a_person_between_commas():
    assert canonical('As I must reach Oda Lee, who\'s in my contacts, could you start a new Vibe chat with them and send "Hi"?') == \
        'start a new Vibe chat with Oda Lee and send "Hi" (As I must reach Oda Lee from my contacts)'
    assert reordered("Call Ivo Berg, who is my dentist, and ask about Friday.") == "Call Ivo Berg, and ask about Friday."
    assert reordered("tell me who is in my contacts") == "tell me who is in my contacts"


def test_a_thing_named_by_a_clause_of_what_i_did_is_taken_up_by_its_pronoun():
    assert canonical("The last voicemail I got - forward it to Ivo Marsh") == "forward the last voicemail I got to Ivo Marsh"
    assert canonical("the file we shared yesterday - delete it") == "delete the file we shared yesterday"


def test_a_thing_named_by_the_message_about_it_is_what_that_message_says():
    assert canonical('That party Ivo Marsh emailed me about - put it in my calendar as "Party"') == \
        'put it in my calendar as "Party" (Ivo Marsh emailed me about party)'
    assert canonical("the trip Ana texted me about: add it to my calendar") == "add it to my calendar (Ana texted me about trip)"
