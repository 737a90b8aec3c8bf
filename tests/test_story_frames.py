"""Tasks written as tests are written (a Gherkin scenario, a user story) are read as the request inside
(agents/story_frames.py), and a thing brought in by one sentence is what "it" means in the next
(agents/referents.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.story_frames import storied
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ("Given the Clock app is open, when I set a timer for 12 minutes, then it should start counting down.",
     "set a timer for 12 minutes in Clock."),
    ("Scenario: dark theme. Given Settings is open, When I switch dark theme on, Then the screen turns dark.",
     "switch dark theme on in Settings."),
    ('Given I am on the home screen, when I text Ana Ruiz "on my way", then she gets it.', 'text Ana Ruiz "on my way".'),
    ("When the user turns off Bluetooth, then the switch shows off.", "turn off Bluetooth."),
    ("Given Keep is open And I am signed in When I delete the note Milk Then it is gone", "delete the note Milk in Keep."),
    ("Test case 7: given the Photos app is open, when I ask you to rename the album Beach to Summer, then it is renamed.",
     "rename the album Beach to Summer in Photos."),
    ("Given I have a list called Chores, when I delete it, then no list is left.",
     "I have a list called Chores. delete it."),
])
def test_a_scenario_is_read_as_its_when_step(said: str, meant: str) -> None:
    assert storied(said) == meant


def test_a_user_story_is_read_as_the_wish_inside_it() -> None:
    assert storied('As a commuter, I want to turn on airplane mode so that my battery lasts.') == \
        "I want to turn on airplane mode so that my battery lasts."
    assert canonical('As a user, I want to delete the note "Groceries" so that my notes stay tidy.').startswith(
        'delete the note "Groceries"')


@pytest.mark.parametrize("said", [
    "Text Bo when you get home and then call Ana.",  # "when" inside a request is no scenario
    "Given that it rains, text Bo.",
    "Open Chrome and then go to example.org.",
    "As soon as you can, call Ana.",
])
def test_requests_that_only_use_these_words_are_left_alone(said: str) -> None:
    assert storied(said) == said


@pytest.mark.parametrize(("said", "meant"), [
    ("I have an album named Beach 2024. Rename it to Summer.", "Rename the album named Beach 2024 to Summer"),
    ("There is a browser tab with the weather open. Close it.", "Close the browser tab with the weather open"),
    ("I've got a playlist called Gym Mix. Delete it please.", 'Delete the playlist called "Gym Mix"'),
])
def test_a_thing_brought_in_by_one_sentence_is_what_it_means_in_the_next(said: str, meant: str) -> None:
    assert canonical(said).startswith(meant)


def test_an_items_unquoted_title_ends_before_a_day_or_where_it_goes() -> None:
    assert canonical("Move the event called Dentist on Friday to 3 PM.").startswith('Move the event called "Dentist" on Friday')
    assert canonical("Rename the note called Trip to Rome to Italy.") == 'Rename the note called "Trip to Rome" to Italy.'
    assert canonical("Make a note called Trip to Rome.") == 'Make a note called "Trip to Rome".'
