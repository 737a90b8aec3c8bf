"""The app keeping what a task names its object by is opened first (agents/kept_in.py, app_choice._sources_first)."""

from __future__ import annotations

from cascadroid.agents.app_choice import choose
from cascadroid.agents.kept_in import kept_in
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo

# A launcher's app list as a real phone reports it (labels and packages), none of them the simulator's.
APPS = [AppInfo(label=label, package=package) for label, package in [
    ("Phone by Google", "com.google.android.dialer"), ("WhatsApp", "com.whatsapp"),
    ("Gmail", "com.google.android.gm"), ("Google Calendar", "com.google.android.calendar"),
    ("Contacts", "com.samsung.android.app.contacts"), ("Google Maps", "com.google.android.apps.maps"),
    ("Samsung Notes", "com.samsung.android.app.notes"), ("Clock", "com.sec.android.app.clockpackage"),
    ("My Files", "com.sec.android.app.myfiles")]]
HOME = "com.sec.android.app.launcher"


def _first(task: str, package: str = HOME) -> list[str]:
    ranked = sorted(choose(words(task), package, APPS, task), key=lambda c: -c.score)
    return [c.app.label for c in ranked]


def test_the_kind_of_app_keeping_the_object_is_read_from_the_task_grammar():
    assert kept_in('How many stars does the venue of my "Book club" on Tuesday get on Google Maps?') == ["calendar"]
    assert kept_in("My Book club on Tuesday is at a bistro I don't know. Opening hours on Google Maps?") == ["calendar"]
    assert kept_in("Priya mailed me a bakery tip. What are its opening hours on Google Maps?") == ["mail"]
    assert kept_in("Which bakery did Priya recommend in her email? Directions there on Google Maps.") == ["mail"]
    assert kept_in("Put all my favourite contacts in a new WhatsApp group named Family") == ["contacts"]
    assert kept_in("Share my saved places with Omar on WhatsApp") == ["maps"]
    assert kept_in("Agrega mis contactos favoritos a un grupo de WhatsApp") == ["contacts"]
    assert kept_in("Shift Piano lesson to whatever day Book club is on") == ["calendar"]


def test_a_task_keeping_its_object_nowhere_else_names_no_source():
    for task in ("Call my Mom on Friday", "Send Omar the report by email", "Move my 7am alarm to 8am tomorrow",
                 "Move invoice.pdf to the Documents folder", "Text Priya on WhatsApp that I'm late",
                 "Email Priya the restaurant's address", 'What is the web address of my Firefox bookmark "Docs"?'):
        assert kept_in(task) == [], task


def test_the_source_app_comes_before_the_app_the_task_ends_in():
    assert _first('How many stars does the venue of my "Book club" on Tuesday get on Google Maps?')[:2] == [
        "Google Calendar", "Google Maps"]
    assert _first("Priya mailed me a bakery tip. What are its opening hours on Google Maps?")[:2] == [
        "Gmail", "Google Maps"]
    assert _first("Put all my favourite contacts in a new WhatsApp group named Family")[0] == "Contacts"


def test_an_unnamed_app_is_offered_for_the_kind_the_object_needs():
    assert _first("Shift Piano lesson to whatever day Book club is on")[:1] == ["Google Calendar"]
    assert _first("I never go to the farthest of my saved places any more, drop it from the list")[:1] == ["Google Maps"]


def test_inside_the_source_it_is_not_raised_again():
    task = "Priya mailed me a bakery tip. What are its opening hours on Google Maps?"
    ranked = choose(words(task), "com.google.android.gm", APPS, task)
    assert [c.app.label for c in ranked if c.current] == ["Gmail"]
    assert max(ranked, key=lambda c: c.score).app.label == "Google Maps"
    assert all(c.score <= 1.0 for c in ranked if not c.current)


def test_a_task_with_no_source_ranks_as_before():
    assert _first("Text Priya on WhatsApp that I'm late")[0] == "WhatsApp"
    assert _first("What is the rating of Casa Nonna on Google Maps?")[0] == "Google Maps"


def test_inside_the_source_the_app_the_task_ends_in_waits_below_its_rows():
    task = 'How many stars does the venue of my "Book club" on Tuesday get on Google Maps?'
    ranked = choose(words(task), "com.google.android.calendar", APPS, task)
    assert all(c.score <= 1.0 for c in ranked if not c.current)
    ranked = choose(words(task), "com.google.android.apps.maps", APPS, task)  # once in the end app, as before
    assert [c.app.label for c in ranked if c.current] == ["Google Maps"]
