"""agents/terse_arrows.py: an arrow or a dashed count in a terse note read as the request it stands for."""

from __future__ import annotations

import pytest

from cascadroid.agents.terse_arrows import arrowed
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ("notes rename: Draft -> Final", "rename Draft to Final in notes"),
    ("files move: a.pdf => Music", "move a.pdf to Music in files"),
    ("rename: Budget.xlsx -> Budget 2027.xlsx", "rename Budget.xlsx to Budget 2027.xlsx"),
    ("people: Ana Ruiz -> favourites", "star Ana Ruiz in people"),
    ("downloads: a.pdf -> fav", "add a.pdf to favourites in downloads"),
    ("playlist Gym - song count?", "How many songs are in the Gym playlist?"),
    ("Road trip: stop count?", "How many stops are in Road trip?"),
])
def test_an_arrow_or_a_dashed_count_is_the_request(said, meant):
    assert arrowed(said) == meant


@pytest.mark.parametrize("said", [
    "Lisbon -> Porto train times",  # a route, not a change
    "contact Mia Wong: email = mia@ex.org",  # a field set with "=", read elsewhere
    "chrome -> ex.org",  # a site to open, read elsewhere
    "step count today",
])
def test_other_notes_are_not_read_here(said):
    assert arrowed(said) == ""


def test_a_name_after_a_colon_is_no_field():
    assert canonical("address book: Ola Berg -> favourite") == "star Ola Berg in address book"


def test_an_arrow_to_a_field_and_its_value_sets_that_field():
    assert arrowed("latest memo -> title Harbour walk") == 'change the title of latest memo to "Harbour walk"'
    assert arrowed("event Pottery -> location: Clay Loft") == 'change the location of event Pottery to "Clay Loft"'
    assert arrowed("Oslo -> Bergen ferry") == ""  # a route: no field named after the arrow
