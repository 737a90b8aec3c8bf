"""Support-ticket lines and wanted outcomes as plain requests (agents/ticket_lines.py). Invented apps, people, items."""

from __future__ import annotations

from cascadroid.agents.ticket_lines import ticketed
from cascadroid.agents.wording import canonical


def test_a_ticket_line_with_the_outcome_wanted_is_its_verb_first_request():
    assert ticketed("User wants: file budget_q3.xlsx deleted.") == "delete file budget_q3.xlsx."
    assert ticketed('Customer wants: playlist "Gym" renamed to "Gym 2".') == 'rename playlist "Gym" to "Gym 2".'
    assert ticketed("Client needs: tax.pdf taken out of favourites in Dropbox.") == \
        "take tax.pdf out of favourites in Dropbox."
    assert ticketed("User wants: a blue kettle bought in Zapmart and shipped to 4 Elm Rd.") == \
        "buy a blue kettle in Zapmart and ship it to 4 Elm Rd."
    assert ticketed("User wants: a new board created on Pinly, and cat.png added to it.") == \
        "create a new board on Pinly, and add cat.png to it."


def test_the_user_said_in_the_third_person_is_me():
    assert ticketed("User wants: a phone call to whoever emailed them last.") == "call whoever emailed me last."
    assert ticketed("User request: the number of songs in their Tunely library") == "How many songs in my Tunely library?"


def test_a_verb_a_question_a_value_or_a_level_asked_in_a_ticket():
    assert ticketed("Customer wants: to ring Ada Oduya.") == "ring Ada Oduya."
    assert ticketed("User wants: how many reminders are overdue.") == "how many reminders are overdue?"
    assert ticketed("User wants: email address for Kofi Mensah.") == "What is the email address of Kofi Mensah?"
    assert ticketed("User wants: ring volume at its maximum.") == "set ring volume to its maximum"


def test_a_participle_that_names_a_kind_or_follows_its_subject_is_no_request():
    # "the pinned memo" is a kind of memo; "the file Ada sent" says who sent it: the ticket still asks the value
    assert ticketed("User wants: title of the pinned memo in Keepr.") == "What is the title of the pinned memo in Keepr?"
    assert ticketed("User wants: size of the file Ada Oduya sent.") == "What is the size of the file Ada Oduya sent?"


def test_the_outcome_wished_for_in_the_first_person():
    assert ticketed("I want cat.png to end up in Pets, out of Downloads.") == "move cat.png from Downloads to Pets"
    assert ticketed('I want the "Chess club" channel to stop being muted.') == 'unmute the "Chess club" channel.'
    assert ticketed('I want "On my way" sent back as the reply to the last DM I got.') == \
        'reply "On my way" to the last DM I got.'
    assert ticketed("I want a count of my archived boards.") == "How many archived boards do I have?"
    assert ticketed("I want the gig Ada Oduya mentioned in my calendar, with its time.") == \
        "add the gig Ada Oduya mentioned to my calendar, with its time."


def test_no_ticket_nor_wished_outcome_is_left_alone():
    for said in ("User guide: how to pin a chat", "I want to delete cat.png", "Customer wants Bo to call back",
                 "I want a new memo called Plans", "delete the file Ada sent", "I want the starred memo"):
        assert ticketed(said) == said


def test_a_ticket_line_reads_through_the_whole_wording():
    assert canonical("User wants: voice_memo_2.m4a deleted.") == "delete voice_memo_2.m4a."


def test_a_count_wished_to_be_known_is_the_question():
    assert ticketed("I want to know how many pins my Cats board has.") == "how many pins my Cats board has?"
    assert ticketed("I want to know why Bo left") == "I want to know why Bo left"
    assert ticketed("I want to know the running time, in minutes, of the Dune film on Flixly.") == \
        "How many minutes is the running time of the Dune film on Flixly?"
    assert ticketed("I want to know the time in Lima") == "I want to know the time in Lima"
