"""What a request says after it is asked (agents/request_tails.py, wording set 24): a tag question, a term of address,
the reason, the hurry go; a verb made of a messaging initialism, "kindly", a possessive's last text, "give X the
name Y", "any way you can ...", "can we ...", "overwrite", "update where X takes place" and "an alarm for 7:00
called ..." read as the plain request. Examples are invented (other apps, other words than the wording set)."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice
from cascadroid.agents.goal import clause_verbs, first_word
from cascadroid.agents.text import words
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo


@pytest.mark.parametrize("task", [
    "Um, basically, pin the Hikers chat in WhatsApp, yeah?",
    "Turn the torch on for 5 minutes, would you, love?",
    "Um, so, you know my Telegram chat with Pia Lund? Can you, like, archive it?",
    "So, the invoice mail from Dana Wu... can you, like, star it?",
])
def test_a_tag_question_after_an_imperative_asks_nothing(task):
    said = canonical(task)
    assert not said.rstrip().endswith("?") and "love" not in said and "yeah" not in said


def test_a_term_of_address_goes_from_a_question_which_stays_a_question():
    said = canonical("Which song did I play last on Spotify, bro?")
    assert said.endswith("?") and "bro" not in said


@pytest.mark.parametrize("task, gone", [
    ('Add "Desk Lamp" to my Amazon basket, because I want to order it tonight.', "because"),
    ("Mute the Book club group on Telegram, because it keeps pinging during class.", "because"),
    ("Forward Ana Lopez's last text to Bo Li on WhatsApp, so they know the plan too.", "so they"),
    ("Send Marta Ruiz the address of the nearest pharmacy - now, she's waiting!", "waiting"),
    ("Delete the Yoga event on Friday - right now!", "now"),
])
def test_the_reason_and_the_hurry_after_a_request_go(task, gone):
    assert gone not in canonical(task)


def test_a_message_said_without_quotes_keeps_its_reason():  # must not fire
    assert "because the bus broke down" in canonical("Text Ana that I'm late, because the bus broke down")


def test_kindly_and_a_messaging_initialism_are_said_plainly():
    assert "Kindly" not in canonical("Kindly SMS Ravi Kumar the size of the file report.pdf.")
    assert "on Please" not in canonical("Please SMS Ravi Kumar the size of the file report.pdf.")
    assert canonical('Kindly tell me which address I sent the email "Q3 bill" to?') == canonical(
        'Tell me which address I sent the email "Q3 bill" to?')

    assert "messaged me" in canonical("Save the door code Ravi Kumar DM'd me in a new note titled \"Door\"")
    assert "texted me" in canonical("Save the PIN Ravi Kumar SMSed me in a new note titled \"PIN\"")


def test_a_possessive_last_text_is_the_last_text_from_that_person():
    assert "the last text from Ana Lopez" in canonical("Forward Ana Lopez's last text to Bo Li on WhatsApp.")


def test_giving_a_file_a_name_renames_it():
    assert canonical("The file report_v1.pdf - give it the name report_final.pdf.").startswith(
        "rename the file report_v1.pdf to report_final.pdf")


@pytest.mark.parametrize("task, start", [
    ("Any way you can turn on the hotspot?", "turn on the hotspot"),
    ("Ravi wants the Wi-Fi name of my office - can we text it to him on Telegram?", "text"),
    ("Overwrite the body of my note \"Packing\" with \"Passport only\".", "replace"),
    ("Update where \"Team lunch\" on Friday takes place to Pier 9.", "Update the location of"),
])
def test_other_ways_of_asking_read_as_the_plain_request(task, start):
    assert canonical(task).startswith(start)


def test_called_after_an_alarm_s_time_is_its_name_not_a_call():
    phone = [AppInfo(label="Phone", package="com.vendorx.dialer"), AppInfo(label="Clock", package="com.vendorx.clockpackage")]
    said = canonical('Make an alarm for 6:15 called "Feed the cat"')
    choices = app_choice.choose(words(said), "", phone, said, clause_verbs(said), first_word(said))
    assert max(choices, key=lambda c: c.score).app.label == "Clock"


@pytest.mark.parametrize("task, said", [
    ("Could you add a new contact, Priya Shah, with the email priya@shah.in?", "named Priya Shah"),
    ("Could you tell me what my Zalando basket adds up to?", "the total of my Zalando basket"),
    ("Till what time is the post office open on Saturday?", "until what time"),
    ("Noor Haddad texted a new name for budget_2027.xlsx - rename it the way she asked.", "as asked"),
    ("Noor Haddad texted a new name for budget_2027.xlsx - rename it the way she asked.", "texted me a new name"),
    ("Dark theme in Display settings - turn it off.", "turn off Dark theme"),
])
def test_other_idioms_read_as_the_plain_request(task, said):
    assert said in canonical(task)


def test_a_sent_thing_with_another_recipient_is_not_sent_to_me():  # must not fire
    assert "texted me" not in canonical("Noor Haddad texted the address to Omar Sayed. Save it in a note.")
    assert canonical("My tablet has a reading mode - turn it on") == canonical("my tablet has a reading mode - turn it on")
