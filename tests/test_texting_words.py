"""agents/texting_words.py and agents/said_first.py: texting forms said in full where they read one way, and a
place said before a question put after it; a number stays a number and a request after a place is left alone."""

from __future__ import annotations

import pytest

from cascadroid.agents.said_first import question_last
from cascadroid.agents.texting_words import in_full
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("typed, meant", [
    ("put the Zorb kettle 2 my basket", "put the Zorb kettle to my basket"),
    ("Pim wrote 2 me abt it", "Pim wrote to me abt it"),
    ("ask Pim what 2 bring", "ask Pim what to bring"),
    ("order a cake 4 my mum", "order a cake for my mum"),
    ("time n place of the Quarn fair", "time and place of the Quarn fair"),
    ("how many songs r in my Quarn list", "how many songs are in my Quarn list"),
    ("remind me 2nite, or 2day l8r", "remind me tonight, or today later"),
    ("send the addr of the Quarn hall", "send the address of the Quarn hall"),
    ("i wanna archive that convo", "i want to archive that conversation"),
    ("wake me up 4 06:15 pls", "wake me up for 06:15 pls"),  # before a clock time
    ("move standup 2 9:45", "move standup to 9:45"),
    ("change the room 4 \ue0000\ue001 on June 9 2 Hall B", "change the room for \ue0000\ue001 on June 9 to Hall B"),
])
def test_texting_forms_are_said_in_full(typed, meant):
    assert in_full(typed) == meant


@pytest.mark.parametrize("typed", [
    "set a timer 4 2 minutes",  # numbers before units
    "add 2 apples to the list",
    "what 2 minutes mean",
    "Row N or R",  # capitals are letters or names
    "call Anna at 4",
    "buy 2 Lego sets",  # a count before a name
    "add 4 eggs on June 9",
])
def test_numbers_and_letters_stay(typed):
    assert in_full(typed) == typed


def test_a_place_said_before_a_question_goes_after_it():
    assert question_last("In Zorbmaps, which cafe has the best rating?") == \
        "which cafe has the best rating, in Zorbmaps?"
    assert question_last("On Friday, how many games do I have?") == "how many games do I have, on Friday?"


@pytest.mark.parametrize("said", [
    "In Zorbmaps, save the best cafe.",  # a request, not a question
    "In short, what is it? Tell me.",  # more than one sentence
    "Which cafe has the best rating in Zorbmaps?",
])
def test_what_is_no_fronted_question_stays(said):
    assert question_last(said) == said


def test_the_reading_of_a_fronted_question_is_the_usual_one():
    assert canonical("In Zorbmaps, how much does the tour cost?") == "how much does the tour cost, in Zorbmaps?"


@pytest.mark.parametrize("typed, meant", [
    ("txt Pim Okoro phone num of Ilse", "txt Pim Okoro the phone number of Ilse"),
    ("change location of the Quarn fair", "change the location of the Quarn fair"),
    ("order cheapest kettle in Zorbshop", "order the cheapest kettle in Zorbshop"),
    ("ring person who called me", "ring the person who called me"),
    ("replace txt of my Quarn note w/ hi", "replace the txt of my Quarn note w/ hi"),
])
def test_an_article_texting_dropped_is_put_back_where_english_needs_it(typed, meant):
    assert in_full(typed) == meant


@pytest.mark.parametrize("typed", [
    "What is the address of Pim?", "Pim's address of old", "my cheapest one", "the most recent text",
    "Name of the file?", "rename the file to Title of Song", "rename it to title of song", "Cheapest kettle?",
])
def test_an_article_is_not_added_where_one_is_or_a_name_follows(typed):
    assert in_full(typed) == typed


def test_words_without_their_vowels_are_said_in_full():
    assert in_full("snd the pdf frm my mail pls") == "send the pdf from my mail pls"
    assert in_full("how many cntcts do i hv") == "how many contacts do i have"
    assert in_full("txt Ola Berg's phone no. now") == "txt Ola Berg's phone number now"
    assert in_full("Room no. 5 and HV cable") == "Room no. 5 and HV cable"  # no phone's number; capitals stay
