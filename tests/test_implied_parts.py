"""agents/implied_parts.py: what a loosely said request leaves implied, said out (invented apps, names and values)."""

from __future__ import annotations

import pytest

from cascadroid.agents.implied_parts import implied, story_topic
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "plain"), [
    # a thing named first, then asked about by a pronoun
    ("I forgot the gate code in my note \ue0000\ue001 - what is it?", "What is the gate code in my note \ue0000\ue001?"),
    ("Check the closest pharmacy - if it's open tonight, when does it close?", "When does the closest pharmacy close tonight?"),
    ("I can't remember Mirela Hoss's birthday: when is it?", "When is Mirela Hoss's birthday?"),
    # a request said as the calendar item it makes
    ("Calendar entry for the picnic in Jun Abe's mail - date and time included",
     "add the picnic in Jun Abe's mail to my calendar with its date and time"),
    ("diary entry \ue0001\ue001, date and place as per Ola's text about lunch",
     "add \ue0001\ue001 to my calendar with the date and place of the lunch in Ola's text"),
    # a person with a number or an address is a new contact
    ("add Pia Lund with the number 0171 555 22", "add a new contact named Pia Lund with the number 0171 555 22"),
    ("In Dialer, save Kofi Mensah and his email kofi@mail.test", "In Dialer, save a new contact named Kofi Mensah and his email kofi@mail.test"),
    # a source said as a compound noun; a value the speaker kept somewhere
    ("text Ines the Parcelo email code", "text Ines the code from the Parcelo email"),
    ("what's the PIN I put in my note \ue0002\ue001?", "what's the PIN in my note \ue0002\ue001?"),
])
def test_implied_parts_are_said_out(said, plain):
    assert implied(said) == plain


@pytest.mark.parametrize("kept", [
    "add Pia Lund with her number to the Climbing group",  # a member added to a group, no new contact
    "What is it?",  # nothing named before the question
    "Check the oven timer and tell me when it rings",  # no question after a pause
    "calendar entry",  # nothing to add
    "I wrote the memo in my notes",  # no thing asked for
    "text Ines the code from the Parcelo email",  # already plain
])
def test_plain_requests_stay(kept):
    assert implied(kept) == kept


def test_a_story_topic_is_what_it_stands_for():
    assert story_topic("I was reading about eye comfort mode and I'd like it switched on") == \
        "I would like eye comfort mode switched on"
    assert story_topic("I've been hearing about data saver - we want it off") == "we want data saver off"
    assert story_topic("I was reading a book and I'd like it back") == "I was reading a book and I'd like it back"


@pytest.mark.parametrize(("said", "plain"), [
    ("so I was reading about battery share and I'd like it switched on in Settings if that's ok, thanks",
     "turn on battery share in Settings"),
    ("I forgot the code I wrote in my note \"Locker\" - what is it?", 'What is the code in my note "Locker"?'),
    ("Open Phonebook, tap the +, type Ada Kerr and the number +44 20 7946 0958, then hit Save.",
     "add a new contact named Ada Kerr with the number +44 20 7946 0958, in Phonebook."),
    ("Save the Zapline email code in a new note called \"Zap\"", 'Save the code from the Zapline email in a new note called "Zap"'),
])
def test_the_whole_reading(said, plain):
    assert canonical(said) == plain
