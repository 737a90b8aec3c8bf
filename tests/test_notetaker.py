"""When the Notetaker reads the screen: tasks that ask for information or carry a fact elsewhere,
recognised by plain English (not by any app's words), and never by text the task quotes."""

import pytest

from cascadroid.agents.notetaker import wanted


@pytest.mark.parametrize("task", [
    "What is the battery level?",
    "How long is my commute to the office today",
    "Find the cheapest flight to Lisbon and send it to Mum",
    "Look up tomorrow's weather",
    "Text Ana the confirmation number of my hotel booking",
    "Forward Omar's address from my contacts to Lee",
    "Book the nearest pharmacy that is open now",
    "Who called me last night?",
])
def test_information_tasks_want_notes(task):
    assert wanted(task, screen_changed=True)


@pytest.mark.parametrize("task", [
    "Turn on airplane mode",
    "Add a contact named Lee with the phone number 555 0100",
    'Reply "what time works for you?" to Ana',
    "Change my ringtone to Chimes",
    "Check out my cart",
])
def test_tasks_that_only_do_something_do_not(task):
    assert not wanted(task, screen_changed=True)


def test_an_unchanged_screen_has_nothing_new_to_note():
    assert not wanted("What is the battery level?", screen_changed=False)
