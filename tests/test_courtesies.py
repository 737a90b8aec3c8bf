"""agents/courtesies.py: greetings, thanks, openers and asides around a request are not the request; statements
that name someone or something, questions and quoted text stay."""

from __future__ import annotations

import pytest

from cascadroid.agents.courtesies import without_courtesies
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("said, asked", [
    ("Hiya. Water the ferns on the balcony.", "Water the ferns on the balcony."),
    ("Archive the Zorblat receipt. Thanks heaps!", "Archive the Zorblat receipt."),
    ("Mute the lobby speaker. No rush.", "Mute the lobby speaker."),
    ("When you get a minute, archive the Zorblat receipt.", "archive the Zorblat receipt."),
    ("Sorry to bother you, but mute the lobby speaker.", "mute the lobby speaker."),
    ("Alright, print the Quarn report.", "print the Quarn report."),
    ("Be a dear and feed the cat.", "feed the cat."),
    ("Mind starring the Quarn thread?", "Would you mind starring the Quarn thread?"),
    ("Could I ask you something? How tall is the Quarn tower?", "How tall is the Quarn tower?"),
    ("Still half asleep. Archive the Zorblat receipt.", "Archive the Zorblat receipt."),
    ("Archive the Zorblat receipt. My battery is at 3%.", "Archive the Zorblat receipt."),
    ("I'm on a ferry. Archive the Zorblat receipt.", "Archive the Zorblat receipt."),
    ("Quick, archive the Zorblat receipt.", "archive the Zorblat receipt."),  # urgency said first
    ("Hurry: send the Quarn report to Zed.", "send the Quarn report to Zed."),
    ("ASAP - delete the Quarn report.", "delete the Quarn report."),
    ("Kindly print the Quarn report. Please do the needful.", "Kindly print the Quarn report."),
])
def test_what_is_said_around_a_request_is_left_out(said, asked):
    assert without_courtesies(said) == asked


@pytest.mark.parametrize("said", [
    "Pim Okafor sent me a list. Print it.",  # a statement naming someone is what the request refers to
    "My flight lands at 7. Set a reminder for then.",  # a number may be referred to
    "I'm at the Quarn Hotel. Book a taxi.",  # a place said by name
    "The file is too big. Shrink it.",  # a task word: the statement is about the task
    "Is the oven on? Thanks.",  # a question stays, only the thanks goes
    "Thanks.",  # nothing else: kept
    'Text Ilse: "Long day. Thanks!"',  # the quoted message is typed as written
    "Mind the step when you carry the box.",  # no -ing verb after "mind"
    "What was the last tune I played? Just the title.",  # how to answer is part of the request
    "When is the Quarn fair? It's in my diary.",  # where to look
    "Quickly print the Quarn report.",  # no pause after it: an adverb of the request
    "Fast food near the Quarn tower",  # a word of the request, not urging
    "Quick, easy dinner recipes - search for them",  # an adjective opening the topic, no verb after it
    "Fast, cheap flights to Quarn - find them",
])
def test_what_belongs_to_the_request_stays(said):
    kept = without_courtesies(said)
    assert kept == said or said == "Is the oven on? Thanks." and kept == "Is the oven on?"


def test_the_reading_of_a_request_in_a_frame_is_the_request_s():
    assert canonical("Mind archiving the Zorblat receipt?") == canonical("Would you mind archiving the Zorblat receipt?")
    assert canonical("Hey there. Delete the Quarn note. Thanks in advance!") == canonical("Delete the Quarn note.")
    assert canonical("I'm on the bus. Delete the Quarn note.") == canonical("Delete the Quarn note.")


def test_urging_said_as_a_sentence_of_its_own_is_no_request():
    assert without_courtesies("Open the mail from Zeno and read me the code. Hurry.") == "Open the mail from Zeno and read me the code."
    assert without_courtesies("Call Bo Li. Go on, right now.") == "Call Bo Li."
    assert without_courtesies("Move the note to Work. Now, not in five minutes.") == "Move the note to Work."
    assert without_courtesies('Ana said which photo goes in "Trip". Do it.') == 'Ana said which photo goes in "Trip". Do it.'
    assert without_courtesies("Now.") == "Now."


@pytest.mark.parametrize("said, asked", [
    ("Hey Zorbo, archive the Quarn receipt.", "Hey Zorbo, archive the Quarn receipt."),  # an unknown name: kept
    ("OK phone, water the ferns.", "water the ferns."),
    ("Hey Siri water the ferns", "water the ferns"),
    ("Alexa: archive the Quarn receipt.", "archive the Quarn receipt."),
    ("Dis Siri, archive le reçu Quarn.", "archive le reçu Quarn."),
    ("Эй, Алиса, архивируй чек Quarn.", "архивируй чек Quarn."),
    ("Hey assistant, mute the lobby speaker.", "mute the lobby speaker."),
    ("Oh, and feed the cat.", "feed the cat."),
    ("And one more thing: print the Quarn report.", "print the Quarn report."),
    ("P.S. archive the Zorblat receipt.", "archive the Zorblat receipt."),
    ("Oh wait, one last thing - mute the lobby speaker.", "mute the lobby speaker."),
])
def test_a_wake_word_or_an_afterthought_lead_is_not_the_request(said, asked):
    assert without_courtesies(said) == asked


@pytest.mark.parametrize("said", [
    "Google the opening hours of Quarn Hall.",  # "google" as a verb, no pause after it
    "phone Pim Okafor",  # "phone" as a verb
    "Alexa Quarn's number - text it to Pim.",  # a person named Alexa
    "Android phones: how many are in the Quarn shop?",  # a phone as a thing, not addressed
    "Oh no, the Quarn note is gone.",  # an interjection that is no afterthought lead
])
def test_an_assistant_word_that_is_part_of_the_request_stays(said):
    assert without_courtesies(said) == said


@pytest.mark.parametrize("said, plain", [
    ("OK phone, add IMG_7.png to my favourite photos.", "add IMG_7.png to my favourite photos."),
    ("okay phone Pim Okafor", "call Pim Okafor"),  # a wake-less "okay": "phone" is the verb
    ("I would be grateful if you could archive the Quarn note.", "archive the Quarn note."),
    ("I'd be most obliged if you would mute the lobby speaker.", "mute the lobby speaker."),
    ("I would be happy if you came to the Quarn fair.", "I would be happy if you came to the Quarn fair."),  # no request
])
def test_wake_words_and_formal_gratitude_read_as_the_plain_request(said, plain):
    assert canonical(said) == plain


def test_a_request_after_a_told_statement_keeps_its_kindly():
    assert canonical("Ada Obi sent me a list. Would you kindly put that lamp in my Zib basket?") == \
        "add that lamp to my Zib basket (Ada Obi sent me a list)"
    assert canonical("Kofi Mensah texted me the PIN save it in a note") == "save the PIN Kofi Mensah texted me in a note"


def test_a_degree_said_after_would_you_mind_is_no_part_of_the_request() -> None:
    assert canonical("Would you mind awfully muting the Book club chat on Telegram?") == \
        "mute the Book club chat on Telegram"
    assert canonical("Do you mind very much deleting my note \"Old plans\"?") == "delete my note \"Old plans\""
