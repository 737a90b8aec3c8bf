"""Requests said as an outcome for someone, or in learner's grammar (agents/loose_grammar.py)."""

from __future__ import annotations

from cascadroid.agents.app_choice import CATEGORIES
from cascadroid.agents.loose_grammar import loose_grammar
from cascadroid.agents.wording import canonical


def test_a_past_message_told_in_another_tense_is_the_simple_past():
    assert loose_grammar("Dara Quinn has texted me the gate code") == "Dara Quinn texted me the gate code"
    assert loose_grammar("Omid Farah was sending me email about the trip") == "Omid Farah sent me an email about the trip"
    assert loose_grammar("my landlord had emailed me the new rent") == "my landlord emailed me the new rent"
    assert loose_grammar("I have sent Dara the file") == "I have sent Dara the file"  # not a message to me


def test_an_action_named_by_its_noun_after_a_light_verb_is_the_verb():
    assert loose_grammar("stick a star on the invoice mail from Acme") == "star the invoice mail from Acme"
    assert loose_grammar("pop a bookmark on news.example.org in Firefox") == "bookmark news.example.org in Firefox"
    assert loose_grammar("add a pin to the Climbing chat") == "pin the Climbing chat"
    assert loose_grammar("put a star sticker in the album") == "put a star sticker in the album"  # no "on"/"to": a thing


def test_a_state_asked_for_with_make_is_its_verb():
    assert canonical('Please make the "Book club" chat to be not pinned any more in Telegram.') == \
        'unpin the "Book club" chat in Telegram.'
    assert loose_grammar("get the Ops thread to be muted") == "mute the Ops thread"
    assert loose_grammar("make Rosa Tran no longer blocked") == "unblock Rosa Tran"
    assert loose_grammar("make a group called Hikers") == "make a group called Hikers"  # a new item's name, no state


def test_an_outcome_for_a_person_is_sending_it_to_them():
    assert canonical("I want dev@cobalt.test to get the file build.log by email.") == "email the file build.log to dev@cobalt.test."
    assert loose_grammar("I'd like Arlo Vance to receive an email from me with the subject Hi") == "email Arlo Vance with the subject Hi"
    assert loose_grammar("we want Mina Sato to get my address on WhatsApp") == "send my address to Mina Sato on WhatsApp"
    assert loose_grammar("I want the report to get printed") == "I want the report to get printed"  # no person


def test_learner_grammar_articles_and_a_short_place_said_first():
    assert loose_grammar("save it in new note") == "save it in a new note"
    assert loose_grammar("make new album") == "make a new album"
    assert loose_grammar("put in it the total from the Lumo receipt") == "put the total from the Lumo receipt in it"
    assert loose_grammar("write there the address of Ines Moe") == "write the address of Ines Moe there"
    assert loose_grammar("a new note is in the folder") == "a new note is in the folder"


def test_a_new_note_filled_in_a_second_clause_is_made_with_it():
    assert canonical('Create a new note titled "Keys" and put the code from the Lumo email in it.') == \
        'save the code from the Lumo email in a new note titled "Keys".'
    assert canonical('make new note with title "Wifi" and put in it the password from Halo email') == \
        'save the password from Halo email in a new note titled "Wifi"'
    assert loose_grammar("open the note and put the date in it") == "open the note and put the date in it"


def test_a_channel_ruled_out_next_to_another_is_dropped():
    assert loose_grammar("send the code to Pia Holt on Telegram (not SMS)") == "send the code to Pia Holt on Telegram"
    assert loose_grammar("send Omar the link by email, not by text") == "send Omar the link by email"
    assert loose_grammar("text Dee on my chat app - not WhatsApp") == "text Dee on my chat app"
    assert loose_grammar("do not send it by SMS") == "do not send it by SMS"


def test_where_an_address_is_said_next_to_whose_it_is():
    assert loose_grammar('email Cora Lind with the subject "Hi" - her address is in my contacts') == \
        'email Cora Lind (the address is in my contacts) with the subject "Hi"'
    assert loose_grammar("mail Jun Park about rent, his email address is in the address book.") == \
        "mail Jun Park (the address is in my contacts) about rent."
    assert loose_grammar("her address is in my contacts") == "her address is in my contacts"


def test_a_messenger_app_is_a_chat_app():
    chat = next(c for c in CATEGORIES if "whatsapp" in c.apps)
    assert chat.cued({"messenger", "send"}, "send it on my messenger app")


def test_a_quoted_message_after_a_colon_stays_with_its_request():
    assert canonical('Long week, my inbox is a mess. Text Wen Li: "Lunch at noon?"') == 'Text Wen Li: "Lunch at noon?"'
    assert canonical('I was out all day. Message Kai Moss: "Back home now".') == 'Message Kai Moss: "Back home now".'


def test_an_aside_naming_only_the_speaker_is_no_context_but_one_naming_an_item_is():
    assert canonical('Busy day, I barely had time to think. Text Ola Berg: "Call me later"') == 'Text Ola Berg: "Call me later"'
    assert canonical('I made this note by mistake - delete "Todo 2"') == 'delete "Todo 2" (I made this note by mistake)'
    assert canonical('I got lost in old photos again, anyway: please unpin the "Rota" chat in Telegram.') == \
        'unpin the "Rota" chat in Telegram.'


def test_a_learners_you_before_the_imperative_is_dropped():
    assert canonical("Please you archive the thread about Rent in Outlook.") == "archive the thread about Rent in Outlook."
    assert canonical("Kindly you unblock Tamsin Oduya on Threema.") == "unblock Tamsin Oduya on Threema."
    assert canonical("Please you answer to the mail \"Lunch\" with \"ok\".") == 'reply to the mail "Lunch" saying "ok".'
    assert loose_grammar("tell Ravi please you are late") == "tell Ravi please you are late"  # a statement, no request
    assert canonical("Please to archive the Zib thread in Quillo.") == "archive the Zib thread in Quillo."
    assert canonical('Please to silence "Zib crew" group in Quillo, make it muted.') == \
        'mute "Zib crew" group in Quillo, make it muted.'  # a request restated with "make it": not its object
    assert canonical("the Zib alarm at 7, set it") == "set the Zib alarm at 7:00"  # a thing, then its verb


def test_a_short_place_said_before_the_thing_is_said_after_it():
    assert canonical('Please you make in Chatly a list with the name "Food", with Ana Moe inside.') == \
        'make a list named "Food" in Chatly, with Ana Moe inside.'
    assert canonical("find in Tiendo the most cheap lamp and text Bo Li its price") == \
        "find the cheapest lamp in Tiendo and text Bo Li its price"
    assert loose_grammar("open in Surfr the site x.org") == "open the site x.org in Surfr"
    assert loose_grammar("call on Vibe my mum") == "call my mum on Vibe"
    assert loose_grammar("put on the top of my list the milk") == "put the milk on the top of my list"
    for kept in ("turn on the wifi", "move the file to the Work folder", "reply to the message", "look at the photo",
                 "write to Bo a message saying hi", "a new note is in the folder"):
        assert loose_grammar(kept) == kept


def test_a_learners_prepositions_and_dropped_articles():
    assert canonical('Please you add at the end of note "Plan" the words "bring tea", don\'t remove what is there.') == \
        'add "bring tea" at the end of note "Plan", without removing what is there.'
    assert canonical("In Surfr please you go on news.example.org and open there the story of the day.") == \
        "open news.example.org and open the story of the day there, in Surfr."
    assert loose_grammar("send SMS to Ivo Berg with the code") == "text Ivo Berg with the code"
    assert loose_grammar("write email to Ivo Berg") == "email Ivo Berg"
    assert loose_grammar("go on holiday") == "go on holiday"
    assert canonical('find the note with the text "hi"') == 'find the note with the text "hi"'


def test_where_a_mails_address_is_said_beside_the_person_is_no_field():
    assert canonical('Please you write email to Oda Lee, the address you find in my contacts, subject "Rent", text "Paid".') == \
        'email Oda Lee (the address is in my contacts), with the subject "Rent" saying "Paid".'
    assert canonical('new event "Demo" Friday 9:00, address: Hall B') == 'create a new event "Demo" Friday 9:00 with "Hall B" as the location'
