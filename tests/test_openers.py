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
