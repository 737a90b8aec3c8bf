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
