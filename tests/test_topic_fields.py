"""A thing said first and the field a request changes, a new value said as a fact naming the field, value idioms."""

from __future__ import annotations

from cascadroid.agents.dislocated import reordered
from cascadroid.agents.new_values import new_value
from cascadroid.agents.request_phrases import request_phrases
from cascadroid.agents.wording import canonical


def test_the_field_a_request_changes_belongs_to_the_thing_said_first():
    assert reordered("the playlist Road songs, change the title to Drive") == \
        "change the title of the playlist Road songs to Drive"
    assert reordered("my Lab alarm: set the label to Chemistry") == "set the label of my Lab alarm to Chemistry"
    assert canonical('the memo "Tax", please change the title to "Taxes 2025"') == \
        'change the title of the memo "Tax" to "Taxes 2025"'


def test_a_statement_first_is_no_thing_whose_field_changes():
    kept = "the gym is closed, change the time to 19:00"
    assert reordered(kept) == kept
    kept = "the photo of Ben, send it to Ada"  # no field named: left to the clause reader
    assert reordered(kept) == kept


def test_a_headline_superlative_is_a_thing_not_a_name():
    assert reordered("Oldest photo in Camera: send it to Ada") == "send the oldest photo in Camera to Ada"
    assert reordered("Smallest file in Music: put its name in a note") == \
        "put the name of the smallest file in Music in a note"
    assert reordered("Kim Best: call her") == "call Kim Best"  # a surname stays a name


def test_a_new_value_said_as_the_fields_fact_changes_that_field():
    assert new_value("Book club on Monday: the venue is now Room 4, update it.") == \
        "change the location of Book club on Monday to Room 4"
    assert new_value("the time of Team sync is now 10:15 - please fix it") == "change the time of Team sync to 10:15"
    kept = "Book club: the venue is lovely, see you there"
    assert new_value(kept) == kept


def test_swapping_for_a_value_is_replacing_it():
    assert request_phrases('swap its body for "Back at 5"') == 'replace its body with "Back at 5"'
    assert request_phrases("change it for 18:20") == "change it to 18:20"
    assert request_phrases("change the tyres for winter") == "change the tyres for winter"  # no value after "for"
