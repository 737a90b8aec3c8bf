"""Requests dictated as short sentences or typed loosely (wording set 19's causes, said with other apps and words): an
opening or finding sentence before the act, "the one titled X", the message's words or which one is meant said in a
sentence of their own, slips that only looked like an inflection or a prefixed word, "un-" typed with a hyphen, "heart"
said for favouriting."""

from __future__ import annotations

from cascadroid.agents.spelling import meant
from cascadroid.agents.wording import canonical


def test_opening_sentence_then_the_act_reads_as_one_request():
    assert canonical("Open Photos. Remove the picture beach_02.png.") == "delete the picture beach_02.png, in Photos"
    assert canonical("Go into Settings. Turn battery saver on.") == "Turn battery saver on, in Settings"
    assert canonical('Locate the document "Budget 2027". Move it to the bin.') != 'Locate the document "Budget 2027". Move it to the bin.'


def test_the_one_named_keeps_its_pronoun():
    said = canonical('Open my reminders. Remove the one called "Dentist".')
    assert 'the one called "Dentist"' in said and "the called" not in said
    assert "the one product" not in canonical("Order the one product Ana wanted")  # "one" said for "single" still goes


def test_message_words_in_a_sentence_of_their_own():
    assert canonical('Write to Mira on Telegram. The message is "Running late, sorry"') == \
        'Write to Mira on Telegram saying "Running late, sorry"'
    assert canonical('DM the Climbing crew group. It should say "Rope is in my car"').endswith('saying "Rope is in my car"')
    assert "saying" not in canonical('Email ana@example.org. It is "Invoice.pdf".')  # "it is" names no words to send


def test_which_one_said_in_a_sentence_after():
    assert canonical('Delete a playlist. It is the one named "Old hits".') == 'Delete the "Old hits" playlist.'
    assert canonical('Switch a reminder back on. It\'s "Water plants" at 18:30.').startswith('Switch the "Water plants" reminder')
    assert canonical('Create a note. It is "Groceries".') == 'Create a note. It is "Groceries".'  # a thing made, no "the"


def test_slips_that_only_look_inflected_or_prefixed():
    assert meant("delet") == "delete"  # no "de-" + "let"
    assert meant("lockd") == "locked" and meant("playd") == "played"  # no "lock" + "d": a "-d" follows an "e"
    assert meant("starrd") is not None
    assert meant("saved") is None and meant("unpin") is None and meant("defrost") is None


def test_hyphened_prefix_and_heart_as_a_verb():
    assert canonical("un-pin the Book club chat") == canonical("unpin the Book club chat")
    assert canonical("re-send my last message to Priya") == canonical("resend my last message to Priya")
    assert "favourite" in canonical("Heart the sunset picture in Photos")
    assert "faces" not in canonical("Star the pic of Rio, one of my faves")  # a texting form, no slip of "faces"
