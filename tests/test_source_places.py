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


def test_a_place_said_by_a_relative_clause_on_its_event_is_read_first():
    task = 'Add the café where our "Reading circle" takes place to my favourites in Google Maps.'
    part = read_part(task)
    assert part is not None and part.asked.kind == "address" and part.object == "Reading circle"
    assert "calendar" in part.where  # "our X" alone names no app: the calendar keeps it
    assert _after(task, {"address": "Kaffeehaus Adler"}) == "Add Kaffeehaus Adler to my favourites in Google Maps."
    assert read_part("Book the bar that my Quiz night meeting is in on Yelp.") is not None
    assert read_part("Find the store where my package is.") is None  # no event of mine: nothing to read first


def test_an_aside_naming_only_the_event_whose_day_is_read_is_left_once_read():
    task = "move Piano lesson to whatever day Dentist is on (I want both on one day, and leave Dentist alone: Dentist stays)"
    part = read_part(task)
    assert part is not None and part.asked.kind == "date"
    assert _after(task, {"date": "Thu, Apr 9"}) == "move Piano lesson to Thu, Apr 9"


def test_an_events_place_said_in_spanish_or_german_is_read_first():
    task = '¿Cuántas reseñas tiene en Google Maps el local de mi "Club de lectura" del jueves?'
    part = read_part(task)
    assert part is not None and part.asked.kind == "address" and part.object == "Club de lectura"
    assert _after(task, {"address": "Café Gijón"}) == "¿Cuántas reseñas tiene en Google Maps Café Gijón?"
    assert read_part('Wie spät schließt das Lokal von meinem "Skatabend" am Samstag laut Google Maps?') is not None
    assert read_part('¿Dónde es el lugar de mi "Club de lectura" del jueves?') is None  # the place asked for itself


def test_the_request_after_a_sentence_naming_the_place_is_the_rest():
    task = "try the bakery Lea recommended in her text. Could you find its opening hours on Google Maps?"
    part = read_part(task)
    assert part is not None and part.asked.kind == "place"
    assert _after(task, {"place": "Bäckerei Kraus"}) == "Could you find Bäckerei Kraus's opening hours on Google Maps?"
    both = "Save the bakery Lea recommended in her text. Could you also find its opening hours?"
    assert _after(both, {"place": "Bäckerei Kraus"}).startswith("Save Bäckerei Kraus.")  # a second request: both kept
