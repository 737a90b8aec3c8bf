"""Ordinary requests keep their meaning through the readers: a message that ends with a field word is sent as said, a
courtesy said as the message is the message, a message is typed as written, a terse request is no question, a negated
state wants the other one, an email from someone is their mail, a question with "you" is asked of the one it is sent
to (agents/paraphrase.py, closings.py, spelling.py, spoken_fillers.py, unquoted_parts.py, wording.py, goal.py,
openers.py, subgoals.py). Must-not-fire cases for rules written for other inputs; the people and apps are invented."""

from __future__ import annotations

import pytest

from cascadroid.agents.goal import parse_goal
from cascadroid.agents.subgoals import read_part
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "message"), [
    ("Text Ana: see you at the usual time", "see you at the usual time"),
    ("Text Sam saying send me the address", "send me the address"),
    ("Email Bo: please confirm the meeting time", "please confirm the meeting time"),
    ("Text Ana saying sorry, wrong number", "sorry, wrong number"),
    ("Message Leo: love the new name", "love the new name"),
])
def test_a_message_that_ends_with_a_field_word_is_sent_as_said(said: str, message: str) -> None:
    assert f'"{message}"' in canonical(said)
    assert read_part(canonical(said)) is None


def test_a_bare_owner_before_a_field_word_is_still_looked_up() -> None:
    assert canonical("Telegram Lena Park: latest screenshot name") == \
        "text Lena Park the file name of latest screenshot on Telegram"


@pytest.mark.parametrize(("said", "kept"), [
    ("Text Mom: thanks", "thanks"),
    ("Text Bob: hello", "hello"),
    ("Reply to the last message: ok", "ok"),
    ("Text Ana: yes please", "yes please"),
    ("Text Ana: ok thanks", "ok thanks"),
    ("Please tell Rui thank you", "thank you"),
    ("Just text Ana thanks", "thanks"),
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


@pytest.mark.parametrize(("said", "meant"), [
    ("Text Ana Ruiz: see you at 6", 'Text Ana Ruiz saying "see you at 6"'),
    ("Email Ana Ruiz: the report is ready", 'Email Ana Ruiz saying "the report is ready"'),
])
def test_a_sending_verb_before_a_full_name_is_the_verb_not_an_app(said: str, meant: str) -> None:
    assert canonical(said) == meant


def test_an_app_said_as_the_verb_still_names_the_app() -> None:
    assert canonical("Chatly Bo Li: see you") == 'message Bo Li in Chatly saying "see you"'


@pytest.mark.parametrize(("said", "message"), [("Text Ana: llego tarde", "llego tarde"),
                                               ("Text Ana saying voy tarde", "voy tarde")])
def test_a_message_is_typed_as_written_not_respelled(said: str, message: str) -> None:
    assert canonical(said).endswith(f'"{message}"')


def test_the_request_before_a_message_is_still_respelled() -> None:
    assert canonical("Delte the file and text Bo: hola amigo").startswith("Delete the file")


def test_a_question_about_the_world_sent_on_is_still_read_first() -> None:
    part = read_part(canonical("Text Bo what time the movie starts"))
    assert part is not None and part.rest == "Text Bo it"


def test_a_person_then_a_thing_after_and_text_is_no_message() -> None:
    assert canonical("Check my next meeting and text Rui the time") == "Check my next meeting and text Rui the time"
    assert canonical("Open Chatly and send See you soon") == 'Open Chatly and send "See you soon"'


@pytest.mark.parametrize("said", ["Read the latest email and reply with ok", "Reply to Bo with thanks"])
def test_a_courtesy_replied_with_is_the_reply(said: str) -> None:
    assert canonical(said).endswith(("ok", "thanks"))


@pytest.mark.parametrize("said", ["Search for Um Bongo", "Play Uh Huh by Jo Lake", "Call Hmm Cafe"])
def test_a_capitalised_hesitation_inside_a_name_is_the_names(said: str) -> None:
    assert canonical(said) == said


def test_a_message_after_its_colon_keeps_its_fillers() -> None:
    assert canonical("Text Ana: like, seriously?").endswith('"like, seriously?"')
    assert canonical("call the, uh, nearest bakery") == "call the nearest bakery"


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


def test_a_next_step_ends_an_unquoted_title() -> None:
    assert canonical("Create a playlist called Running and add Eye of the Tiger") == \
        'Create a playlist called "Running" and add Eye of the Tiger'
    assert canonical("Create a playlist called Rock and Roll") == 'Create a playlist called "Rock and Roll"'


@pytest.mark.parametrize("said", ["Forward the last email from Acme to Bo", "Forward the email from my boss to Ana",
                                  "Share the email from Bo Li with Ana"])
def test_an_email_from_someone_is_their_mail_not_their_address(said: str) -> None:
    assert read_part(canonical(said)) is None


@pytest.mark.parametrize(("said", "on"), [
    ("Make sure Bluetooth is not on", False), ("Make sure the flashlight is not off", True),
    ("Bluetooth should not be on", False), ("Turn on Bluetooth if it is not on already", True),
])
def test_a_negated_state_wants_the_other_one(said: str, on: bool) -> None:
    assert parse_goal(canonical(said)).want_on is on


@pytest.mark.parametrize("said", ["Text Mom where are you?", "Text Ana when are you coming home"])
def test_a_question_sent_to_someone_is_not_read_first(said: str) -> None:
    assert read_part(canonical(said)) is None
