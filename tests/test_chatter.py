"""A request buried in small talk and resumed with "anyway" (agents/chatter.py). Invented people, apps, items."""

from __future__ import annotations

from cascadroid.agents.chatter import unburied


def test_the_talk_before_and_after_a_resumed_request_goes():
    assert unburied("so the train is late again lol, anyway can you mute the Choir group in Wire, and I think it will "
                    "snow") == "can you mute the Choir group in Wire"
    assert unburied("my cat knocked over a plant haha. Anyhow, delete the file old_menu.pdf, also I'm so tired") == \
        "delete the file old_menu.pdf"
    assert unburied("ugh long day - anyway what time does the Pottery class start, and btw the kettle is broken again, "
                    "I need tea") == "what time does the Pottery class start"


def test_a_story_that_names_something_stays_before_the_request():
    assert unburied("Priya Nair sent me a recipe, anyway can you save it in a note, my oven is new") == \
        "Priya Nair sent me a recipe, can you save it in a note"


def test_a_tail_that_names_or_asks_something_stays():
    assert unburied("so busy today, anyway text Lea Berg the address, it's the one on Elm Road") == \
        "text Lea Berg the address, it's the one on Elm Road"
    assert unburied("lol, anyway open the Notes app, then send it to Kai") == "open the Notes app, then send it to Kai"


def test_no_resuming_word_no_change():
    for task in ("mute the Choir group, I think it is too loud", "text Lea Berg the address, my battery is low",
                 "I was going anyway", "anyway, hi"):
        assert unburied(task) == task
