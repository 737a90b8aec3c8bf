"""A value read in the app that keeps it is what the end app uses (agents/source_places.py): an event's place, a
place named in a mail, another event's date, never the title the task says."""

from __future__ import annotations

from cascadroid.agents.notetaker import by_rules
from cascadroid.agents.subgoals import in_progress, read_part


def _after(task: str, notes: dict[str, str]) -> str:
    return in_progress(task, notes)[0]


def test_an_events_place_is_read_first_and_searched_by_its_own_name():
    task = 'What are the opening hours of the venue of my "Book club" on Tuesday on Google Maps?'
    part = read_part(task)
    assert part is not None and part.asked.kind == "address" and part.object == "Book club"
    assert _after(task, {"address": "Café Nero"}) == "What are the opening hours of Café Nero on Google Maps?"
    said = "My Book club on Tuesday is at a bistro I don't know. How do I get to that bistro with Google Maps?"
    assert read_part(said) is not None
    assert _after(said, {"address": "Café Nero"}) == "How do I get to Café Nero with Google Maps?"
    assert _after("google maps reviews of Book club's venue", {"address": "Café Nero"}) == \
        "google maps reviews of Café Nero"


def test_a_place_named_in_a_mail_is_read_on_the_mail():
    task = "Priya emailed me suggesting a bakery. What are that bakery's opening hours on Google Maps?"
    part = read_part(task)
    assert part is not None and part.object == "Priya" and "email" in part.place
    page = ["    Weekend plans", "    Priya Nair", "    to me", "    Fancy a coffee at Bäckerei Kraus tomorrow? Their rye is great."]
    assert by_rules(task, page, []) == {part.asked.kind: "Bäckerei Kraus"}
    inbox = ['[14] tap "Priya Nair, Weekend plans | Priya Nair · Fancy a coffee at Bäckerei Kr"']
    assert by_rules(task, inbox, []) == {}  # a list's preview is cut short: read on the mail itself
    assert _after(task, {part.asked.kind: "Bäckerei Kraus"}) == "What are Bäckerei Kraus's opening hours on Google Maps?"
    which = "Which café did Omar recommend by email? Give me its address from Google Maps."
    assert _after(which, {read_part(which).asked.kind: "Kaffeehaus"}) == "Give me Kaffeehaus's address from Google Maps."


def test_an_event_moved_to_another_events_day_reads_that_date_first():
    task = 'Shift "Piano lesson" to the same day as my "Book club".'
    part = read_part(task)
    assert part is not None and part.asked.kind == "date" and part.object == "Book club"
    assert _after(task, {"date": "Thu, Apr 9"}) == 'Shift "Piano lesson" to Thu, Apr 9.'
    assert _after("Reschedule Dentist to whatever day Book club is on", {"date": "Thu, Apr 9"}) == \
        "Reschedule Dentist to Thu, Apr 9"


def test_tasks_naming_no_place_by_an_event_or_a_mail_read_as_before():
    assert read_part("Call my Mom on Friday") is None
    assert read_part("Move my 7am alarm to 8am") is None
    part = read_part('Text Bo the address of my "Dinner" on Friday')
    assert part is not None and part.rest == "Text Bo it"
    assert read_part("Send Omar the report by email") is None


def test_a_place_the_task_says_itself_is_no_value_to_read():
    from cascadroid.agents import source_places
    from cascadroid.agents.subgoals import ReadPart, object_key

    for task in ('My "Piano lesson" on Monday is at Oskar Lind\'s place. Set its location to Oskar Lind\'s address.',
                 "Oskar's place is far. What's the weather there?"):
        assert source_places.read_part(task, ReadPart, object_key) is None, task
    assert source_places.read_part("What's the venue of my Guitar lesson event?", ReadPart, object_key) is None
    assert source_places.read_part("Clear the venue of my Pottery night event", ReadPart, object_key) is None
