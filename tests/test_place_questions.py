"""Questions about a place (agents/place_names.py, answers' distance kind, a question whose object is said in the
sentence before it): invented venues and apps, other languages, and the cases where none of it may fire."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice
from cascadroid.agents.answers import asked, find, value_in
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.place_names import about_a_place, place_name
from cascadroid.agents.text import words
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo

# An invented phone: a map app and a contacts app whose labels share no word with any simulated app.
APPS = [AppInfo(label="Organic Maps", package="app.organicmaps"),
        AppInfo(label="People", package="com.vendor.contacts"),
        AppInfo(label="Dialer", package="com.vendor.dialer")]


@pytest.mark.parametrize("task, name", [
    ("What is the phone number of Sunny Side Diner?", "Sunny Side Diner"),
    ("When does the Crooked Spoon Bakery open tomorrow?", "Crooked Spoon Bakery"),
    ("Wann öffnet Café Lumière?", "Café Lumière"),
    ("how far is it to Hotel Miramar", "Hotel Miramar"),
    ("Rate the Old Mill Tea Room five stars", "Old Mill Tea Room"),
])
def test_a_venue_is_named_by_its_kind(task: str, name: str) -> None:
    assert place_name(task) == name
    assert about_a_place(task)


@pytest.mark.parametrize("task", [
    "Tap the Search bar and type hello",  # a part of the screen
    "Call my local pharmacy",  # no proper name
    "When is my dinner at Sunny Side Diner?",  # where an event happens: the event is asked
    "Read me the Main St Clinic appointment",
    "Open the Photo Library",
    "Text Ana Ruiz that I'm late",
])
def test_no_venue_where_none_is_asked_about(task: str) -> None:
    assert place_name(task) is None
    assert not about_a_place(task)


def test_a_distance_question_is_about_a_place_whatever_its_name() -> None:
    assert about_a_place("How many miles is it to Grandma's?")
    assert not about_a_place("How many minutes are left on the timer?")


def _first(task: str) -> str:
    choices = app_choice.choose(words(task), "com.vendor.launcher", APPS, task, clause_verbs(task))
    return max(choices, key=lambda c: c.score).app.label


def test_a_venues_phone_number_is_looked_up_on_the_map() -> None:
    assert _first("What is the phone number of Sunny Side Diner?") == "Organic Maps"
    assert _first("How far away is Crooked Spoon Bakery?") == "Organic Maps"


def test_a_persons_phone_number_is_not_looked_up_on_the_map() -> None:
    assert _first("What is the phone number of Ana Ruiz in People?") == "People"
    assert not any(c.app.label == "Organic Maps" for c in app_choice.choose(
        words("Call Ana Ruiz"), "com.vendor.launcher", APPS, "Call Ana Ruiz", clause_verbs("Call Ana Ruiz")))


@pytest.mark.parametrize("task", ["How far is the Crooked Spoon Bakery?", "distance to Sunny Side Diner?",
                                  "How many kilometres is it to Hotel Miramar?", "How many miles to the lake?"])
def test_a_distance_is_asked(task: str) -> None:
    assert asked(task).kind == "distance"


def test_not_every_how_many_is_a_distance() -> None:
    assert asked("How many people are in the Hiking group?").kind == "count"
    assert asked("How many minutes are left on the timer?").kind == "duration"


def test_the_distance_is_read_on_the_places_row_or_page() -> None:
    assert value_in("distance", "Bakery · 1,4 km") == "1,4 km"
    assert value_in("distance", "800 m away") == "800 m"
    assert value_in("distance", "12 Mill Rd") is None  # a street number is no distance
    question = asked("How far is the Crooked Spoon Bakery?")
    page = ["[8] ImageButton \"Navigate up\"", "    Crooked Spoon Bakery", "    4.6 ★ · 88 reviews",
            "    Bakery · 3 mi", "    12 Mill Rd"]
    assert find(question, page, ["Crooked Spoon Bakery"], {}) == ("3 mi", 0.9)


def test_a_question_naming_nothing_asks_about_the_thing_said_before_it() -> None:
    text = canonical("I want to visit Crooked Spoon Bakery. When do they open? Check it on the map.")
    assert "Crooked Spoon Bakery" in text
    assert asked("I need to ring Sunny Side Diner. Which number do I dial? Look it up.") is not None


def test_a_question_naming_its_own_thing_drops_the_wish_before_it() -> None:
    assert "go running" not in canonical("I want to go running. What is the weather in Oslo?")
    assert asked("I want to ring Sunny Side Diner. Call them now.") is None  # no question in it


def test_a_value_is_never_read_from_the_next_item_of_a_list() -> None:
    question = asked("When does Noor Haddad want to be picked up?")
    inbox = ['[16] LinearLayout "Noor Haddad, Pick-up | Noor Haddad · Could you collect me at the station"',
             '[20] LinearLayout "Book club, News | Book club · We meet at 7 pm"']
    assert find(question, inbox, ["Noor Haddad"], {}) is None  # the book club's 7 pm is no answer about Noor
    page = ['    Noor Haddad', '[11] ImageButton "Reply"', '    Could you collect me at the station at 17:40?']
    assert find(question, page, ["Noor Haddad"], {}) == ("17:40", 0.9)  # on the mail's own page: its text


def test_a_form_named_by_its_title_field_still_gives_its_body() -> None:
    question = asked("What is the email address in my note Moving day?")
    form = ['[12] EditText "title" = "Moving day"', '[13] EditText "body" = "Bo Li - new email: bo.li@example.org"']
    assert find(question, form, ["Moving day"], {}) == ("bo.li@example.org", 0.9)
