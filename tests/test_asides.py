"""agents/asides.py: a sentence about the user's day before the request is dropped; an asked request with a detail
sentence after it is said as the request with that detail."""

from __future__ import annotations

import pytest

from cascadroid.agents.asides import aside_first


@pytest.mark.parametrize(("said", "meant"), [
    ("Tidying my inbox before bed. Archive the mail from Acme.", "Archive the mail from Acme."),
    ("Moving flats this week! Text Ola I'm late.", "Text Ola I'm late."),
    ("Setting up my new laptop, still moving stuff over. In Drive, delete old.zip", "In Drive, delete old.zip"),
    ("Packing for the trip and running out of time. Please set a timer for 20 minutes",
     "Please set a timer for 20 minutes"),
    ('Can you mail jo@ex.org when the gym opens? Use "Gym" as the subject.',
     'mail jo@ex.org when the gym opens, with "Gym" as the subject'),
    ('Could you text Ines the code? Put "Code" as the title.', 'text Ines the code, with "Code" as the title'),
])
def test_an_aside_or_an_asked_request_gives_way_to_the_request(said, meant):
    assert aside_first(said) == meant


@pytest.mark.parametrize("said", [
    "Meeting Ana Ruiz at 5. Text her the address.",  # the aside names who "her" is
    "Something is wrong with my alarm. It rings twice.",  # no request after it
    "Running is fun. I like it.",
    "Can you tell me when the gym opens? Use the website.",  # a question to answer
    "Could you text Bo when the gym opens? He is waiting.",  # no detail of the request after it
])
def test_other_first_sentences_stay(said):
    assert aside_first(said) == said


def test_a_wish_naming_no_thing_before_the_request_is_left_out():
    from cascadroid.agents.wording import canonical
    assert canonical("I want to change how my tablet feels. Switch the haptic buzz off.") == "turn off the haptic buzz."
    assert canonical("I'm trying to free up some space. Delete the longest clip in Reely.") == \
        "Delete the longest clip in Reely."
    # must not fire: the wish names someone, or the request points back at it
    assert canonical("I want to see what Ivo sent. Open the Chatly app.") == "Open the Chatly app (I want to see what Ivo sent)"
    assert canonical("I want to change how the phone looks. Turn it to dark mode.").startswith("change how")


def test_a_wish_to_learn_something_before_where_to_look_is_kept():
    from cascadroid.agents.wording import canonical
    # review 27: the wish is the goal, the request only where to look (invented apps)
    for said in ("I want to see how much data I used. Open Settings.", "I need to know what the weather is like tomorrow. Open Skyly.",
                 "I'd like to find out how much storage is left. Open Filo."):
        assert aside_first(said) == said
        assert canonical(said) != canonical(said.rsplit(". ", 1)[1])
