"""Hard requests said the chatty or the terse way (issue 15): a ranked place names no app but is kept where
places are; "when does X start" asks about an event; a clause that only says where a value is adds nothing once
the request names it from there; "which file in X is the largest" is ranked, not named; a product bought and
shipped somewhere, named in title case, is the name of the thing to find.
Examples use invented apps, names and wordings."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice, referents, subgoals
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.ranked_wording import plain
from cascadroid.agents.text import words
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo

APPS = [
    AppInfo(label="Galaxy Messages", package="com.vendor.messaging"),
    AppInfo(label="Telegram", package="org.telegram.messenger"),
    AppInfo(label="Outlook", package="com.microsoft.office.outlook"),
    AppInfo(label="Firefox", package="org.mozilla.firefox"),
    AppInfo(label="People", package="com.vendor.contacts"),
    AppInfo(label="Agenda", package="com.vendor.calendar"),
    AppInfo(label="Clock", package="com.vendor.clockpackage"),
    AppInfo(label="Google Maps", package="com.google.android.apps.maps"),
    AppInfo(label="Photos", package="com.vendor.gallery"),
]


def best_app(task: str) -> str:
    choices = app_choice.choose(words(task), "com.vendor.launcher", APPS, task, clause_verbs(task))
    best = max(choices, key=lambda c: c.score) if choices else None
    return best.app.label if best and best.score > 0 else ""


@pytest.mark.parametrize("task", [
    "What is the phone number of the best-rated Thai place?",
    "Which is the top-rated brunch spot?",
    "What is the address of the best taco joint?",
    "What are the opening hours of the highest rated ramen places?",
])
def test_a_ranked_place_is_looked_up_in_the_map_app(task):
    assert best_app(task) == "Google Maps"


@pytest.mark.parametrize("task", [
    "Send me the best photo of the place",  # photos ranked, of a place
    "Add the meeting place to the event",  # a place, not a ranked one
    "Place my best order again",
])
def test_a_place_that_is_not_ranked_needs_no_map_app(task):
    assert best_app(task) != "Google Maps"


@pytest.mark.parametrize("task", [
    "What time does Pottery class start?",
    "When does the quarterly review end?",
    "when will Book club begin",
])
def test_when_a_thing_starts_or_ends_is_an_event_in_the_calendar(task):
    assert best_app(task) == "Agenda"


@pytest.mark.parametrize("task", [
    "When does my timer end?",
    "what time does the download finish",
    "When does the sale end?",
])
def test_a_timer_or_a_download_ending_is_no_calendar_event(task):
    assert best_app(task) != "Agenda"


def test_a_clause_saying_where_a_value_is_goes_once_the_request_names_it():
    assert referents.locates_value("the code is in a text from Noor Haddad")
    assert referents.locates_value("The link was in an email from Teo Marsh.")
    assert not referents.locates_value("the code is in a text from Noor Haddad and it expires soon")
    assert not referents.locates_value("Teo Marsh wants the link")
    said = canonical("Teo Marsh wants to know the gym's door code; the code is in a text from Noor Haddad - "
                     "could you pass it on to him on Telegram?")
    assert "is in a text from" not in said
    part = subgoals.read_part(said)
    assert part is not None and part.asked.kind == "code"  # the value read, not an event's details


def test_a_ranked_question_inside_a_task_keys_on_no_name():
    ranked = subgoals.read_part('write which file in Camera is the smallest, in a note called "Trim"')
    assert ranked is not None and ranked.object == "" and ranked.asked.kind == "file"  # "Camera" says where
    named = subgoals.read_part("text Ines when Pottery Class starts")
    assert named is not None and named.object == "Pottery Class"  # not ranked: its name finds it


@pytest.mark.parametrize("said, bought", [
    ("buy Trail Mug and ship it to Ines Varga's address", '"Trail Mug"'),
    ("order Bamboo Desk Organizer and ship it to 12 Quay Road", '"Bamboo Desk Organizer"'),
])
def test_a_title_case_product_shipped_somewhere_is_its_name(said, bought):
    assert bought in plain(said)


@pytest.mark.parametrize("said", [
    "buy cheapest Garden and ship it to 12 Quay Road",  # ranked: no name
    "buy the Trail Mug and ship it to 12 Quay Road",
    "buy Trail Mug",  # nothing else to do: no part to lose it in
    'buy "Trail Mug" and ship it to 12 Quay Road',  # quoted already
])
def test_no_product_name_is_made_up(said):
    assert plain(said).count('"') == said.count('"')


def test_the_top_rating_is_the_best_rating():
    assert canonical("Which sushi bar has the top rating?") == "which is the best-rated sushi bar?"
    assert "best-rated" in canonical("Show me the top-reviewed hotel")
    assert "top stories" in canonical("Read me the top stories")  # no rating: left alone


def test_a_saved_list_is_filled_by_saving():
    assert canonical("Add the Lantern Bistro to my saved places.").startswith("save the Lantern Bistro to my saved places")
    assert canonical("put this recipe in my saved items").startswith("save this recipe to my saved items")
    assert not canonical("Add milk to my shopping list").startswith("save")


def test_when_a_shop_closes_is_until_when_it_is_open():
    assert canonical("When does the nearest bakery close today?") == "until what time is the nearest bakery open today?"
    assert canonical("what time does Moss Hardware close on Sunday?").startswith("until what time is Moss Hardware open")
    assert canonical("Close the tab with the recipe") == "Close the tab with the recipe"


def test_the_closest_place_is_found_on_the_map():
    assert best_app("which pharmacy is closest to me") == "Google Maps"


def test_its_value_is_the_value_of_the_one_thing_the_other_clause_names():
    assert canonical("Before I order Copper Kettle, can you check its price in the Bazaar app?") == \
        "what is the price of Copper Kettle in the Bazaar app?"
    assert canonical("I like Lumen Cafe - text Ola Berg its address").startswith("text Ola Berg the address of Lumen Cafe")


def test_checking_a_value_and_passing_it_on_stays_a_request():
    assert canonical("check the price of Copper Kettle and text it to Ola Berg") == \
        "check the price of Copper Kettle and text it to Ola Berg"
    assert canonical("look up the address of the nearest bakery") == "what is the address of the nearest bakery?"


def test_an_apps_message_to_someone_is_sent_on_that_app():
    assert canonical("Telegram msg for Ola Berg: running ten minutes late") == \
        "message Ola Berg in Telegram saying \"running ten minutes late\""
    assert "In SMS" not in canonical("SMS message to Ola Berg: hi there")  # a kind of message, no app


def test_the_start_time_of_a_thing_is_read_in_the_calendar():
    assert best_app("What is the start time of Pottery class?") == "Agenda"
