"""agents/new_values.py: a new value said as a fact, then the field to update, is a change of that field."""

from __future__ import annotations

import pytest

from cascadroid.agents.new_values import new_value


@pytest.mark.parametrize(("said", "meant"), [
    ("The Yoga class on Friday is happening at Hall B now - update its location",
     "change the location of the Yoga class on Friday to Hall B"),
    ("Standup is at 9:30 from now on, so change its time", "change the time of Standup to 9:30"),
    ("the offsite moved to Lisbon. Fix the venue", "change the location of the offsite to Lisbon"),
    ("Bo's party is on Saturday now - please update the date", "change the date of Bo's party to Saturday"),
    ("Book club has been moved to the Loft; correct its place", "change the location of Book club to the Loft"),
])
def test_a_new_value_then_its_field_changes_it(said, meant):
    assert new_value(said) == meant


@pytest.mark.parametrize("said", [
    "I am at home now - update my status",  # the user, no item
    "The gym is at Elm Rd now.",  # no field to update
    "The report is in Drive now - share it with Ana",  # another request
    "It is at 5 now, update its time",  # no thing named
])
def test_a_fact_with_no_field_to_update_stays(said):
    assert new_value(said) == said
