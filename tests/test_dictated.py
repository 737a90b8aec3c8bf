"""A request dictated in short sentences is read as one (invented apps and people)."""

from __future__ import annotations

from cascadroid.agents.dictated import dictated
from cascadroid.agents.wording import canonical


def test_a_second_sentence_naming_the_first_ones_thing_goes_on_with_and():
    assert dictated("Find the biggest photo in Camera. Send it to Bo Li.") == "Find the biggest photo in Camera and send it to Bo Li."
    assert canonical('Uh, find the oldest file in Downloads - no, the largest one. Jot its name down in a new note titled "Tidy".') == \
        'find the largest file in Downloads and save its name in a new note titled "Tidy".'
    assert dictated("Call Bo. Then text Ana.") == "Call Bo. Then text Ana."  # nothing named again
    assert dictated("Delete it. Then delete it again.") == "Delete it. Then delete it again."


def test_a_message_said_after_the_person_in_its_own_sentence():
    assert dictated('Message Ana Diaz on Chatly. Tell her "on my way".') == 'Message Ana Diaz "on my way" on Chatly'
    assert canonical('Uh, text Ivo Berg - no, on Vibe, not SMS. Send them "Running late".') == 'text Ivo Berg "Running late" on Vibe'
    assert dictated('Text Bo. Send the file "a.pdf" to Ana.') == 'Text Bo. Send the file "a.pdf" to Ana.'


def test_a_question_asked_again_with_a_pronoun_and_a_restriction_already_said():
    assert dictated('What is the pin in my note "Bike". What does it say?') == 'What is the pin in my note "Bike"?'
    assert dictated('What is the pin in my note "Bike". Who wrote it?') == 'What is the pin in my note "Bike". Who wrote it?'
    assert canonical('Uh, email Oda Lee - no, text them - when "Gig" on Friday, May 8 starts. Just the start time.') == \
        'text Oda Lee the start time of "Gig" on Friday, May 8.'
    assert dictated('Text Bo Li the details of "Gig". Just the price.') == 'Text Bo Li the details of "Gig". Just the price.'


def test_a_value_brought_in_then_asked_with_it_is_asked_where_it_is():
    from cascadroid.agents.wording import canonical
    assert canonical('I jotted a door code down in my memo "Flat". What is it?') == 'What is the door code in my memo "Flat"?'
    assert canonical("There's a PIN in my Bank note. What is it?") == "What is the PIN in my Bank note?"
    # must not fire: the value used, not asked; a time is no place it is kept
    assert not canonical('I jotted a door code down in my memo "Flat". Send it to Bo.').startswith("What is")
    assert canonical("I have a meeting at 5. What is it?") != "What is the meeting at 5:00?"


def test_a_dictated_message_after_the_place_first_is_quoted_to_its_end():
    assert canonical("okay so um in my Quillo group Hikers post the message See you at the gate?") == \
        'post "See you at the gate?" in my Quillo group Hikers'
    assert dictated("on the Zib board write a message saying Meeting moved") == 'write "Meeting moved" on the Zib board'
    for kept in ("in the Zib group post the photo", 'in my Quillo group Hikers post the message "hi"',
                 "in my notes app find the message from Kai"):  # no message marker, quoted, or no sending verb
        assert dictated(kept) == kept
