"""A task typed plainly, with no quotes or apostrophes, has its parts marked again (agents/unquoted_parts.py)."""

from __future__ import annotations

from cascadroid.agents.app_choice import choose
from cascadroid.agents.text import words
from cascadroid.agents.unquoted_parts import unquoted
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo


def test_a_message_after_its_person_or_verb_is_quoted():
    assert unquoted("send Kim Tran Running late on whatsapp") == 'send Kim Tran "Running late" on whatsapp'
    assert unquoted("tell Ada Moe Happy birthday to you") == 'tell Ada Moe saying "Happy birthday to you"'
    assert unquoted("send Dinner is ready to Rui Sato on telegram") == 'send "Dinner is ready" to Rui Sato on telegram'
    assert unquoted("reply All good here to the email from Bea Roy") == 'reply "All good here" to the email from Bea Roy'
    assert unquoted("text bo running late") == 'text bo "running late"'
    assert unquoted("text Bo im on my way") == 'text Bo "im on my way"'
    assert unquoted("add a contact named Ana Ruiz with the number 555") == "add a contact named Ana Ruiz with the number 555"
    assert unquoted("send Kim Tran the address of the gym") == "send Kim Tran the address of the gym"  # no message


def test_a_message_after_with_or_and_send_is_quoted():
    assert unquoted("reply to the mail from Ola Berg with Thanks a lot") == 'reply to the mail from Ola Berg with "Thanks a lot"'
    assert unquoted("open a chat with Lu Wei and send Are you home yet?") == 'open a chat with Lu Wei and send "Are you home yet?"'
    assert unquoted("start a group with Bo and Kim") == "start a group with Bo and Kim"  # people, no message


def test_a_title_typed_without_quotes_ends_at_the_next_part():
    assert unquoted("make a note titled Packing that says socks") == 'make a note titled "Packing" that says socks'
    assert unquoted("create a group called Book club with Ana Li") == 'create a group called "Book club" with Ana Li'
    assert unquoted("forward the email Rent due to my landlord") == 'forward the email "Rent due" to my landlord'
    assert unquoted("set the email Rent due back to unread") == 'set the email "Rent due" back to unread'
    assert unquoted("add milk at the end of my note Shop list keeping the rest") == \
        'add milk at the end of my note "Shop list" keeping the rest'
    assert unquoted("delete the note about rent") == "delete the note about rent"  # no capitalised title
    assert unquoted("add the address Li Na wrote to me from Lease renewal to her contact") == \
        'add the address Li Na wrote to me from "Lease renewal" to her contact'


def test_a_subject_and_a_message_typed_plainly():
    assert unquoted("email jo@lumo.test subject Rent due message Paid today") == \
        'email jo@lumo.test subject "Rent due" message Paid today'
    assert canonical("email ops@lumo.test with the subject Server down saying Please check it now") == \
        'send an email to ops@lumo.test with the subject "Server down" saying "Please check it now"'


def test_a_possessive_typed_without_its_apostrophe():
    assert unquoted("send Nell Rosss number to Ari Lam") == "send Nell Ross's number to Ari Lam"
    assert unquoted("what is Ugo Pinis birthday") == "what is Ugo Pini's birthday"
    assert unquoted("ship it to Ivo Marks address") == "ship it to Ivo Mark's address"
    assert unquoted("Ivo Marks is here") == "Ivo Marks is here"  # no owned thing after the name


def test_a_request_run_on_after_a_statement_is_its_own_sentence():
    assert unquoted("Tia Cole texted me the gate code save it in a note") == "Tia Cole texted me the gate code. save it in a note"
    assert unquoted("my boss emailed me a new title for plan.docx rename the file") == \
        "my boss emailed me a new title for plan.docx. rename the file"
    assert unquoted('Ines Fox sent me a list "Groceries" add the items to my cart') == \
        'Ines Fox sent me a list "Groceries". add the items to my cart'
    assert unquoted("Tia Cole texted me which file to open the deck with") == "Tia Cole texted me which file to open the deck with"
    assert unquoted("the menu Rui Alves emailed me - forward it to Ada") == "the menu Rui Alves emailed me - forward it to Ada"


def test_quotes_typed_leave_the_task_as_it_is():
    assert unquoted('send Kim Tran "Running late" on whatsapp') == 'send Kim Tran "Running late" on whatsapp'


def test_contacts_said_as_where_the_person_is_kept_name_no_app():
    apps = [AppInfo(label="WhatsApp", package="com.whatsapp"), AppInfo(label="Contacts", package="com.android.contacts")]
    task = "start a whatsapp chat with Ana Ruiz from my contacts and send Hi there"
    scores = {c.app.label: c.score for c in choose(words(task), "", apps, task)}
    assert scores["WhatsApp"] > 2 * scores.get("Contacts", 0)
    said = {c.app.label: c.score for c in choose(words("open my contacts"), "", apps, "open my contacts")}
    assert said["Contacts"] > 2 * scores.get("Contacts", 0)  # the app itself asked for


def test_an_app_said_first_without_a_comma_goes_after_the_request():
    assert canonical("in firefox open news.example.org") == "open news.example.org, in firefox"
    assert canonical("on telegram pin the Hikers chat") == "pin the Hikers chat, on telegram"
    assert canonical("in my notes app delete the note Old") == 'delete the note "Old", in my notes app'
    assert canonical("in the text message from Bo Li find the code") == "in the text message from Bo Li find the code"
    assert canonical("In my mail app, who sent the Rota mail?") == "who sent the Rota mail, in my mail app?"
