"""Ordinary requests keep their meaning through the readers: a courtesy said as the message is the message, a terse
request is no question, what not to do before a comma is no part of the request, a title keeps its words
(agents/wording.py, said_shapes.py, negated_leads.py, object_first.py). Must-not-fire cases for rules written for other
inputs; the people and apps are invented."""

from __future__ import annotations

import pytest

from cascadroid.agents.subgoals import read_part
from cascadroid.agents.wording import canonical


def test_a_bare_owner_before_a_field_word_is_still_looked_up() -> None:
    assert canonical("Telegram Lena Park: latest screenshot name") == \
        "text Lena Park the file name of latest screenshot on Telegram"


@pytest.mark.parametrize(("said", "kept"), [
    ("Text Mom: thanks", "thanks"),
    ("Text Bob: hello", "hello"),
    ("Reply to the last message: ok", "ok"),
])
def test_a_courtesy_said_as_the_message_is_sent(said: str, kept: str) -> None:
    assert canonical(said).endswith((kept, f'"{kept}"'))


@pytest.mark.parametrize("said", ["Text Ana, thanks", "turn off wifi please", "Send the file to Bo please"])
def test_a_courtesy_said_to_the_phone_still_goes(said: str) -> None:
    assert not canonical(said).endswith(("thanks", "please"))


@pytest.mark.parametrize("said", ["Reset password", "Verify email", "Confirm email address", "Redeem gift code",
                                  "Scan QR code", "Track order status", "Scan this QR code"])
def test_a_terse_request_ending_in_a_field_word_is_no_question(said: str) -> None:
    assert not canonical(said).startswith("What is")


@pytest.mark.parametrize("said", ["Nora Diaz phone number", "Trainly login code from email"])
def test_a_search_box_query_naming_its_owner_still_asks(said: str) -> None:
    assert canonical(said).startswith("What is")


@pytest.mark.parametrize(("said", "kept"), [
    ("Text Dawn: where are you?", "Text Dawn"),
    ("Message Summer: are you coming?", "Message Summer"),
    ("Text Mia: what's your new address?", "Text Mia"),
])
def test_a_question_sent_to_a_capitalised_name_is_no_recipient_or_field_question(said: str, kept: str) -> None:
    assert canonical(said).startswith(kept)


def test_an_email_address_of_someone_is_still_read() -> None:
    part = read_part("Email Ana the email address of Bo Li")
    assert part is not None and part.asked.kind == "email"


@pytest.mark.parametrize(("said", "meant"), [
    ("Don't turn off the wifi, just turn on Bluetooth", "turn on Bluetooth"),
    ("Don't call Rui, text him instead", "text Rui instead"),
    ("Don't send it yet, save it as a draft", "save it as a draft"),
])
def test_what_not_to_do_said_before_a_comma_is_no_part_of_the_request(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_a_negated_list_after_a_comma_is_no_request() -> None:
    assert canonical("Don't turn off the wifi, Bluetooth or NFC") == "Do not turn off the wifi, Bluetooth or NFC"


@pytest.mark.parametrize("said", ["After you open Maps, search for pizza", "Before you leave, turn off the lights"])
def test_a_time_clause_with_you_is_no_thing_said_first(said: str) -> None:
    assert canonical(said) == said


@pytest.mark.parametrize("said", ["Find the movie Inside Out on Vidflix", "Find Knives Out", "Check if Knives Out is on Vidflix"])
def test_a_title_ending_in_up_or_out_keeps_it(said: str) -> None:
    assert canonical(said) == said


def test_a_lower_case_particle_is_still_moved() -> None:
    assert canonical("Look the word up") == "Look up the word"


def test_a_terse_question_about_someones_field_names_them_without_the_possessive() -> None:
    assert canonical("Rui's number?") == "What is the number of Rui?"


@pytest.mark.parametrize(("said", "kept"), [
    ("Play Don't Stop Me Now", "Don't Stop Me Now"),
    ("Reply to Bo: sure, I'll bring the wine", "I'll bring the wine"),
    ("Message Ana: let's meet at 5", "let's meet at 5"),
])
def test_a_title_or_a_message_keeps_its_contractions(said: str, kept: str) -> None:
    assert kept in canonical(said)


def test_a_contraction_that_starts_the_request_is_still_spelled_out() -> None:
    assert canonical("Don't turn off wifi") == "Do not turn off wifi"


def test_an_app_said_as_the_verb_still_names_the_app() -> None:
    assert canonical("Chatly Bo Li: see you") == 'message Bo Li in Chatly saying "see you"'


def test_the_request_before_a_message_is_still_respelled() -> None:
    assert canonical("Delte the file and text Bo: hola amigo").startswith("Delete the file")


def test_a_question_about_the_world_sent_on_is_still_read_first() -> None:
    part = read_part(canonical("Text Bo what time the movie starts"))
    assert part is not None and part.rest == "Text Bo it"


@pytest.mark.parametrize("said", ["Open Rollo's app", "Open the Rollo's app and order a pizza"])
def test_a_brands_app_with_an_apostrophe_has_no_owner(said: str) -> None:
    assert canonical(said) == said


def test_a_persons_message_still_names_its_sender() -> None:
    assert canonical("Read Ana's message") == "Read the message from Ana"


@pytest.mark.parametrize(("said", "meant"), [
    ("What's my next alarm? Turn it off", "turn off my next alarm"),
    ("When is my dentist appointment? Move it to Friday", "Move my dentist appointment to Friday"),
])
def test_an_act_on_what_a_question_named_is_the_request(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_a_question_then_a_condition_is_no_thing_said_first() -> None:
    assert canonical("Is wifi on? If not, turn it on") == "Is wifi on? If not, turn it on"
