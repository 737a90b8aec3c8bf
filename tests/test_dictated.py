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
