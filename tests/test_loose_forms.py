"""Loosely said requests (agents/loose_forms.py) read through the whole wording pipeline: a second request
tacked on with "also", misspellings, a message named by who sent it, the last one received, an item's title
said around its sender, a request sent for a message read first. Invented people, apps and items."""

from __future__ import annotations

from cascadroid.agents.loose_forms import loose
from cascadroid.agents.requested import requested
from cascadroid.agents.wording import canonical


def test_a_request_tacked_on_with_also_is_the_second_step():
    assert canonical("find the opening hours of Pine Library on pine.example.org, also text them to Ravi Menon") == \
        "text Ravi Menon the opening hours of Pine Library from pine.example.org"
    assert loose("look up the score on scores.example.net. Also, post it in the Viber group Fans") == \
        "look up the score on scores.example.net and post it in the Viber group Fans"
    assert loose("save this page as a bookmark and while you're at it share it with Lea Berg") == \
        "save this page as a bookmark and share it with Lea Berg"


def test_also_before_no_verb_is_left_alone():
    assert loose("check the price of Oat Milk, also the rating") == "check the price of Oat Milk, also the rating"


def test_a_message_named_by_who_sent_it_is_the_message_from_them():
    assert canonical("what was the last thing Marta Quist wrote me on Threema") == \
        "what was the last message from Marta Quist on Threema"
    assert canonical("read me the first words Olu Ade sent me") == "read me the first message from Olu Ade"
    assert canonical("whats the login code Brightbank emailed me?") == "what is the login code in the email from Brightbank?"
    assert canonical("whats the latest from Mira Koss on Threema?") == "what is the latest message from Mira Koss on Threema?"
    assert loose("text Lena Park the code Netbank emailed me") == "text Lena Park the code Netbank emailed me"  # passed on


def test_the_last_message_received_is_the_most_recent_one():
    assert loose("forward the last email I got to sam@desk.example") == \
        "forward the most recent email I received to sam@desk.example"
    assert loose("answer the last text i was sent") == "answer the most recent text I received"
    assert loose("open the last email in the list") == "open the last email in the list"  # a position, not the newest


def test_an_items_title_said_around_its_sender_follows_the_item():
    assert canonical('archive the mail from Kemal Aydin titled "Invoice 12"') == 'archive the mail "Invoice 12" from Kemal Aydin'
    assert canonical('forward Lea Berg\'s "Trip plan" email to sam@desk.example') == \
        'forward the email "Trip plan" from Lea Berg to sam@desk.example'
    assert canonical('delete the note called "Ideas"') == 'delete the note called "Ideas"'  # no sender: as said
    assert canonical('delete the email "Old invoice" Kemal Aydin sent me') == 'delete the email "Old invoice" from Kemal Aydin'


def test_a_message_said_as_what_its_sender_did_is_read_for_the_thing_asked():
    wanted = requested("add the item they want to my basket (Ada Mirov sent me a \"Groceries\" email)")
    assert wanted is not None and wanted.key == "Groceries" and wanted.rest == "add that item to my basket"
    assert "Ada Mirov" in wanted.source
    wanted = requested("Ravi Menon forwarded me the Party mail, order the gift he wants")
    assert wanted is not None and wanted.key == "Party" and wanted.rest == "order that gift"
    assert requested("Ada Mirov sent me a photo, add it to my album") is None


def test_an_aside_that_a_person_is_in_the_contacts_is_dropped():
    assert canonical("start a chat with Mira Koss on Threema (she's in my contacts) and say \"hi\"") == \
        'start a new chat with Mira Koss on Threema and say "hi"'
    assert loose("call Dev Rana, he is saved in my contacts, and ask about Friday") == "call Dev Rana, and ask about Friday"
    assert loose("text Mira Koss (Mira Koss is in my contacts) hi") == "text Mira Koss hi"


def test_a_value_kept_in_the_contacts_is_no_aside():
    assert loose("email Mira Koss (the address is in my contacts)") == "email Mira Koss (the address is in my contacts)"
    assert loose("call Dev Rana (his number is in my contacts)") == "call Dev Rana (his number is in my contacts)"


def test_a_code_a_service_sent_by_email_is_read_in_its_email():
    assert canonical("I'd like to know the verification code that Streamly sent me by email.") == \
        "what is the verification code in the email from Streamly?"
    assert canonical("What's the login code that Kai Toma sent me by text?") == "What is the login code in the text from Kai Toma?"


def test_everything_a_person_sent_said_with_a_mailbox_is_their_emails():
    assert canonical("In my mailbox, archive everything Kai Toma has sent me.") == "archive every email from Kai Toma, in my mailbox."
    assert canonical("Archive everything Kai Toma emailed me.") == "Archive every email from Kai Toma."
    assert canonical("Delete everything Kai Toma sent me.") == "Delete everything Kai Toma sent me."  # no channel said
