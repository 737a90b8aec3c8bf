"""agents/forgotten_acts.py: "I forgot to X - can you do it?" hands X over; statements and requests of their own stay."""

from __future__ import annotations

import pytest

from cascadroid.agents.forgotten_acts import handed_over
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("said, meant", [
    ("I forgot to archive the Quarn invoice earlier - can you do it now?", "archive the Quarn invoice."),
    ("I meant to turn the porch light off last night and forgot, could you handle that?", "turn the porch light off."),
    ("I was supposed to star Zed's email yesterday - do it now please", "star Zed's email."),
    ("I never got around to muting the Kayak club group, take care of it", "mute the Kayak club group."),
    ("We were meant to book the Quarn room - could you sort it out?", "book the Quarn room."),
])
def test_a_forgotten_act_handed_over_is_the_request(said, meant):
    assert handed_over(said) == meant


@pytest.mark.parametrize("said", [
    "I forgot to call Zed",  # a statement: nothing handed over
    "Zed mailed me and I forgot to add the item - put it in my basket please.",  # a request of its own
    "I forgot the code in my Quarn note - what is it?",  # a question
    'I forgot to say: "do it now"',
    "I forgot my password - can you fix it?",  # a thing forgotten, a repair asked
    "I meant to send Zed the photo but sent it to Ana instead - can you fix that?",  # a mistake to mend
    "I wanted to call Zed but he was busy - can you do it now?",
])
def test_statements_questions_and_requests_of_their_own_stay(said):
    assert handed_over(said) == said


def test_the_canonical_reading_is_the_forgotten_act():
    assert canonical("I forgot to delete zed.png earlier - can you do it now?") == canonical("delete zed.png.")
