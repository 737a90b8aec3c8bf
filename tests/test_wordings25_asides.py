"""Wording set 25: who else wants it, said first ("My boss needs this too. ..."), is no part of the request; the
space a file takes up is asked as its size, not a price. Examples are invented (other apps, other words than the wording set)."""

from __future__ import annotations

import pytest

from cascadroid.agents.answers import asked
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("task", ["How much space is taken up by the video trip_01.mp4?",
                                  "How much storage does holiday.zip take up?"])
def test_the_space_a_file_takes_is_its_size(task):
    question = asked(task)
    assert question is not None and question.kind == "size"


@pytest.mark.parametrize("task", ['My sister wants that as well. Share the "Lisbon" album with Ana Ruiz on Google Photos.',
                                  "Our landlord needs this too. Forward the mail \"Meter reading\" to ivo@post.cz."])
def test_who_else_wants_it_said_first_is_no_request(task):
    said = canonical(task)
    assert not said.lower().startswith("i want") and "want" not in said.lower()
