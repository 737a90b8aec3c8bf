"""Everyday openers before a request are said away; what follows them is the request (agents/openers.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.openers import opened
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ("Would you be able to call Kemal Aydin?", "call Kemal Aydin."),
    ('I was hoping you could text Lea Roux "late again"', 'text Lea Roux "late again"'),
    ("Need to mute the Family group.", "mute the Family group."),
    ("Gotta set an alarm for 6 AM", "set an alarm for 6 AM"),
    ("Can we turn the flashlight on?", "turn the flashlight on."),
    ("How about you open the Files app?", "open the Files app."),
    ("Time to turn on battery saver", "turn on battery saver"),
    ("You can go ahead and archive the mail from Lea Roux", "archive the mail from Lea Roux"),
    ("Mind turning off location?", "turn off location."),
    ("How about muting the Family group?", "mute the Family group."),
    ("Can I get a timer for 25 minutes?", "set a timer for 25 minutes."),
    ("Could I have a new note called Errands?", "create a new note called Errands."),
    ("Show me how many missed calls I have", "tell me how many missed calls I have"),
    ("I need to find out when the Yoga event starts", "tell me when the Yoga event starts"),
    ("Make sure dark mode is off.", "turn off dark mode."),
])
def test_an_opener_before_a_request_is_said_away(said: str, meant: str) -> None:
    assert opened(said) == meant


@pytest.mark.parametrize("said", [
    "You can find the code in Lea's text. Send it to Kemal Aydin.",  # says where a thing is
    "I need to leave at 5, so set an alarm for 4:30 PM.",  # the user's own plan before the request
    "I need to text Lea Roux - what's her number?",
    "Can we meet at the cafe?",  # "meet" is no task verb
    "Show me the photos in the Trip album",  # no question follows
    "How about the blue one?",
])
def test_what_is_no_opener_before_a_request_stays(said: str) -> None:
    assert opened(said) == said


def test_an_unquoted_label_said_last_is_the_label() -> None:
    assert canonical("Set an alarm at 6:10 labelled Gym run.") == 'Set an alarm at 6:10 labelled "Gym run".'
    assert canonical("Could I have an alarm at 6:10 with the label Gym run?").endswith('with the label "Gym run".')


@pytest.mark.parametrize(("said", "meant"), [
    ("How do I archive the mail from Tove Brandt?", "archive the mail from Tove Brandt."),
    ("how would I go about muting the Chess Club group?", "mute the Chess Club group."),
    ("can u show me how to block Pim Okafor", "block Pim Okafor"),
    ("What's the easiest way to pin the Quarry Trip chat?", "pin the Quarry Trip chat."),
    ("how can I check which alarms are on?", "tell me which alarms are on?"),
    ("¿Cómo puedo borrar el contacto Tove Brandt?", "borrar el contacto Tove Brandt."),
    ("¿Cómo se silencia el grupo Ajedrez?", "silencia el grupo Ajedrez."),
    ("Wie kann ich den Kontakt Tove Brandt löschen?", "den Kontakt Tove Brandt löschen."),
    ("Wie stelle ich den Wecker auf 7 Uhr?", "stelle den Wecker auf 7 Uhr."),
    ("Comment supprimer le contact Tove Brandt ?", "supprimer le contact Tove Brandt."),
    ("Come posso eliminare la nota Spesa?", "eliminare la nota Spesa."),
    ("Como faço para apagar a nota Compras?", "apagar a nota Compras."),
])
def test_a_how_to_question_asks_the_agent_to_do_it(said: str, meant: str) -> None:
    assert opened(said) == meant


@pytest.mark.parametrize("said", [
    "How do I get to Harbor Station?",  # the way there
    "Wie komme ich zum Hafen?",
    "How do I look?",  # nothing for the phone to act on
    "Comment ça va ?",
    "¿Cómo se llama?",
])
def test_a_how_question_that_asks_no_act_stays(said: str) -> None:
    assert opened(said) == said


def test_a_how_to_question_reads_as_the_request() -> None:
    assert canonical("How do I get rid of the Quarry Trip note?") == "delete the Quarry Trip note."
    assert canonical("How do I get the timer going?") == "start the timer."


@pytest.mark.parametrize("said", [
    # what to say to a person is advice, never a message sent (review 29, item 1)
    "How do I tell my manager I'm quitting?",
    "How do I tell Wenke I'm sorry?",
    "How do I ask my landlord for a refund?",
    "How do I text Oskar that I can't come?",
    "How should I reply to Wenke?",
    "How should I answer this email?",
    "Comment je peux dire à Oskar que je démissionne ?",
    "Wie soll ich Wenke antworten?",
    "¿Cómo puedo decirle a Oskar que no voy?",
])
def test_a_how_question_about_what_to_say_sends_nothing(said: str) -> None:
    assert opened(said) == said


@pytest.mark.parametrize("said", [
    # names, words, spellings and looks asked impersonally (review 29, item 5)
    "¿Cómo se llama esta canción?",
    "¿Cómo se llama el bar de la esquina?",
    "Come si chiama questa canzone?",
    "¿Cómo se dice gracias en japonés?",
    "Come si dice grazie in tedesco?",
    "¿Cómo se escribe necesario?",
    "¿Cómo se ve mi perfil?",
    "Comment dire merci en coréen ?",
    "¿Cómo se hace una tortilla?",
])
def test_a_how_question_about_a_name_word_or_look_stays(said: str) -> None:
    assert opened(said) == said


@pytest.mark.parametrize("said", [
    # knowledge asked with a task verb (review 29, item 13)
    "How do I get rid of this rash?",
    "How do I make a cake?",
    "How do I write a cover letter?",
    "How do I open a bank account?",
    "How do you call a group of crows?",
    "How should I call my new playlist?",
    "How can I call you?",
    "How do I look in this photo?",
    "How do I send money to Wenke without fees?",
    "How to Make an American Quilt - add it to my watchlist",
    "How to Lose a Guy in 10 Days - is it on my list?",
    "How do I block someone without them knowing?",
    "What's the best way to call a taxi in Lisbon?",
])
def test_a_how_question_that_asks_knowledge_stays(said: str) -> None:
    assert opened(said) == said


@pytest.mark.parametrize("said", [
    # the way somewhere and one's own look, in other languages (review 29, item 14)
    "¿Cómo puedo llegar al aeropuerto?",
    "Como posso chegar ao aeroporto?",
    "Come posso arrivare alla stazione?",
    "Comment aller à la gare ?",
    "Wie kann ich zum Bahnhof kommen?",
    "Wie sehe ich aus?",
    "¿Cómo puedo ir al museo?",
])
def test_a_how_question_about_the_way_abroad_stays(said: str) -> None:
    assert opened(said) == said


def test_a_named_thing_or_quoted_words_still_make_the_request() -> None:
    assert opened('How do I reply "on my way" to Oskar\'s email?') == 'reply "on my way" to Oskar\'s email.'
    assert opened('How do I make a note titled "Plans"?') == 'make a note titled "Plans".'
    assert opened("How do I call the nearest bakery?") == "call the nearest bakery."
