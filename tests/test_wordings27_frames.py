"""Set 27's ways of saying a request (issue 15), in other apps and words: someone else's words quoted first, a label
first like a to-do entry's, and the end result the user wants to see afterwards."""

from __future__ import annotations

import pytest

from cascadroid.agents.end_states import end_state
from cascadroid.agents.quoted_speakers import said_by_other
from cascadroid.agents.tried_requests import tried_first
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("quoted, plain", [
    ("My neighbour said, 'Water the tomatoes and archive the note \"Garden\".' Could you do that?",
     'Water the tomatoes and archive the note "Garden".'),
    ("Priya Shah texted me, 'Pin the \"Book club\" chat at the top of your Signal!' Please do it.",
     'Pin the "Book club" chat at the top of my Signal!'),
    ("Our landlord asked, 'Which Wi-Fi network is your tablet on?' and I have no idea. Can you check?",
     "Which Wi-Fi network is my tablet on?"),
    ("My teacher keeps asking, 'How many voice memos are on your phone?' Can you count them for me?",
     "How many voice memos are on my phone?"),
])
def test_a_quoted_request_pointed_back_at_is_the_request(quoted: str, plain: str) -> None:
    assert said_by_other(quoted) == plain


def test_a_quoted_question_asked_of_a_site_is_asked_there() -> None:
    assert said_by_other("Grandpa always asks, 'When does the pool close?' Can you check pool.example.org and tell me?") \
        == "When does the pool close, on pool.example.org?"


def test_a_request_of_its_own_after_a_quote_is_read_alone() -> None:
    said = "My brother asked, 'Did you save that podcast?' - so how many podcasts are in my Pocket Casts queue?"
    assert canonical(said) == canonical("How many podcasts are in my Pocket Casts queue?")
    assert "brother" not in canonical(said)


def test_a_quoted_imperative_then_the_same_act_on_it_is_the_quoted_request() -> None:
    assert said_by_other("My coach said, 'Just ring the gym on Elm Road.' Can you ring it for me?") == "Ring the gym on Elm Road."


def test_a_quote_where_the_speaker_says_me_is_left_to_the_readers() -> None:
    said = "My boss said, 'Send me the slides.' Can you do that?"
    assert said_by_other(said) == said  # "me" is the boss, not the user


@pytest.mark.parametrize("labelled, plain", [
    ("#travel which gate is my flight at?", "which gate is my flight at?"),
    ("#money how much is in my Revolut account?", "how much is in my Revolut account?"),
    ('#question who is in the "Book club" group on Telegram?', 'who is in the "Book club" group on Telegram?'),
])
def test_a_label_first_goes_before_a_question(labelled: str, plain: str) -> None:
    assert canonical(labelled) == canonical(plain)


def test_a_label_that_is_a_verb_keeps_its_word() -> None:
    assert canonical('#email to Dana Kim: "Running late"').startswith("email")


@pytest.mark.parametrize("state, act", [
    ("When you're finished I want to know the number: how many songs are in my \"Gym\" playlist?",
     'How many songs are in my "Gym" playlist?'),
    ("Afterwards, notes_draft.txt shouldn't show up in my starred files any more.",
     "Remove notes_draft.txt from my starred files."),
    ("At the end, my pinned chats should not include Dana Kim anymore.", "Remove Dana Kim from my pinned chats."),
    ("When you are done, Omar Haddad should have a text from me with the gate code of the garage.",
     "Text Omar Haddad the gate code of the garage."),
    ("Once you're done, Ana Ruiz should have Omar Haddad's email address in our WhatsApp chat.",
     "Send Ana Ruiz Omar Haddad's email address on WhatsApp."),
    ('In the end, my Telegram chat with Omar Haddad should show "On my way" as sent.',
     'Send Omar Haddad "On my way" on Telegram.'),
])
def test_an_end_result_is_said_as_the_act(state: str, act: str) -> None:
    assert end_state(state) == act


def test_an_end_state_lead_goes_before_what_is_wished() -> None:
    assert canonical('When you\'re done, the album called "Beach" should be called "Beach 2025".') == \
        canonical('The album called "Beach" should be called "Beach 2025".')
    assert end_state("Call Dana Kim when you're done.") == "Call Dana Kim when you're done."  # no lead first


@pytest.mark.parametrize("contrast, plain", [
    ('Not a task, a proper calendar event: "Dentist" on Friday at 9:00.', 'create a calendar event "Dentist" on Friday at 9:00.'),
    ('Not a broadcast list, a WhatsApp group: call it "Choir" and add Ana Ruiz to it.',
     'create a WhatsApp group called "Choir" and add Ana Ruiz to it.'),
    ("Not all my voice memos, just the starred ones: how many are there?", "how many starred memos are there?"),
])
def test_a_negated_alternative_set_off_by_a_comma_is_ruled_out(contrast: str, plain: str) -> None:
    assert canonical(contrast) == canonical(plain)


def test_the_one_after_a_contrast_is_the_meant_thing() -> None:
    assert "the full article about tides" in canonical(
        "Not the summary, the full article: in Firefox, open news.example.org and open the one about tides.")


@pytest.mark.parametrize("sorry, plain", [
    ('Sorry to be annoying, but please archive the email "Parking" from Dana Kim.', 'archive the email "Parking" from Dana Kim.'),
    ("Sorry if this sounds silly, but which song is playing in Spotify?", "which song is playing in Spotify?"),
    ("Sorry, tiny one: mute the WhatsApp group \"Parents\".", 'mute the WhatsApp group "Parents".'),
])
def test_an_apology_first_goes_before_the_request(sorry: str, plain: str) -> None:
    assert canonical(sorry) == canonical(plain)


def test_an_apology_naming_what_the_request_points_at_stays() -> None:
    assert "wrong" in canonical("Sorry, I moved the wrong file - put it back in Downloads.")


@pytest.mark.parametrize("tried, act", [
    ('I tried changing my ringtone to "Bells" but the settings kept crashing. Can you?', 'change my ringtone to "Bells"'),
    ('I tried to pin the "Rent" chat in Telegram and the menu kept closing - could you do it for me?',
     'pin the "Rent" chat in Telegram'),
    ("I tried to forward the last email from Omar Haddad to Ana Ruiz but got lost - can you send it on?",
     "forward the last email from Omar Haddad to Ana Ruiz"),
])
def test_a_tried_act_pointed_back_at_is_the_request(tried: str, act: str) -> None:
    assert tried_first(tried) == act


def test_a_question_after_a_failed_try_is_left_to_the_readers() -> None:
    said = "I tried to find Omar Haddad's birthday in my contacts but couldn't - what is it?"
    assert tried_first(said) == said
