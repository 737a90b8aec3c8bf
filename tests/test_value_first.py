"""agents/value_first.py: a value said before its field is a change of that field; other "X as Y" stay."""

from __future__ import annotations

import pytest

from cascadroid.agents.value_first import value_first


@pytest.mark.parametrize(("said", "meant"), [
    ("Put mo@ex.org on Mo Diallo's contact as their email", "change the email of the contact Mo Diallo to mo@ex.org"),
    ("pop 4 Quay St, Cork onto Aoife Byrne's card as her home address",
     "change the home address of the contact Aoife Byrne to 4 Quay St, Cork"),
    ("put 22 Rue Vert, Lyon as Luc Petit's address in my contacts",
     "change the address of the contact Luc Petit to 22 Rue Vert, Lyon"),
    ("save +44 7700 900123 as Priya's mobile number", "change Priya's mobile number to +44 7700 900123"),
    ("use Hall B as the location for Board review", "change the location of Board review to Hall B"),
    ("Set 3 May as the birthday of Tomas", "change the birthday of Tomas to 3 May"),
])
def test_a_value_before_its_field_changes_that_field(said, meant):
    assert value_first(said) == meant


@pytest.mark.parametrize("said", [
    "Set Firefox as the default browser",
    "save the sunset photo as my wallpaper",
    "Put it on my calendar as a reminder",
    "save the report as a PDF",
    "mark the thread from Ana as read",
])
def test_an_as_that_names_no_field_of_a_record_stays(said):
    assert value_first(said) == said
