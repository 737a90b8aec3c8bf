"""A learner's grammar and a phone's typing slips around a plain request (wording set 25), read as the request: the
making said again in the passive after the thing asked for ("I'd like a timer to be started for 8 minutes"), "send
by SMS to X Y", "every message of <Name>" (the sender, as "de / von / di" say it), "how many X is having Y?", a
short task word typed with a letter twice ("timmer" is no "tim" + "-mer"), "form" for "from" between two things.
Examples are invented (other apps, other words than the wording set)."""

from __future__ import annotations

import pytest

from cascadroid.agents.loose_grammar import loose_grammar
from cascadroid.agents.spelling import meant, respelled
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("task", "plain"), [
    ("I'd like a timer to be started for 8 minutes, please.", "set a timer for 8 minutes"),
    ("I want a new reminder to be created for 9:15 called \"Bins out\".", "set a new reminder for 9:15"),
])
def test_the_making_said_again_in_the_passive_goes(task, plain):
    assert canonical(task).lower().startswith(plain)


@pytest.mark.parametrize(("task", "plain"), [
    ("Please you send by SMS to Hana Ito the address of Ravi Shah.", "text hana ito the address of ravi shah"),
    ("Send via email to jo@fastmail.com the link of the Lisbon hotel.", "email jo@fastmail.com the link"),
])
def test_sent_by_a_channel_to_someone_is_the_channel_verb(task, plain):
    assert plain in canonical(task).lower()


def test_a_thing_sent_by_a_channel_keeps_its_object():
    assert "email it to Ben Ota" in loose_grammar("Look up the ticket PDF and send it by email to Ben Ota.")


@pytest.mark.parametrize(("task", "plain"), [
    ("Delete every message of Tom Weber in WhatsApp.", "every message from tom weber"),
    ("Star all the mails of Ruth Okafor.", "all the mails from ruth okafor"),
])
def test_messages_of_a_person_are_the_ones_they_sent(task, plain):
    assert plain in canonical(task).lower()


def test_the_email_of_a_person_stays_their_address():
    assert "email of" in canonical("What is the email of Karin Holt in my contacts?").lower()


def test_how_many_is_having_is_have():
    said = canonical("How many groups in Telegram is having new posts?")
    assert "have new posts" in said and "having" not in said


def test_a_task_word_typed_with_a_letter_twice():
    assert meant("timmer") == "timer"
    assert meant("shopper") is None and meant("stopped") is None


@pytest.mark.parametrize(("typed", "meant_text"), [
    ("Copy the tracking number form the DHL email", "number from the DHL email"),
    ("Save the photo form my chat with Lea", "photo from my chat"),
])
def test_form_between_two_things_is_from(typed, meant_text):
    assert meant_text in respelled(typed)


@pytest.mark.parametrize("typed", ["Fill in the form the school sent", "Help me form the hiking group in Signal"])
def test_form_the_word_stays(typed):
    assert respelled(typed) == typed
