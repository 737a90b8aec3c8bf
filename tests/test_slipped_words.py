"""agents/spelling.py: the commonest short slips ("teh"), "were" slipped for "where" before a verb, a capitalised
slip of a task verb ("Updte")."""

from __future__ import annotations

import pytest

from cascadroid.agents.spelling import respelled


@pytest.mark.parametrize(("typed", "meant"), [
    ("Were is teh nearest pharmacy?", "Where is the nearest pharmacy?"),
    ("Updte the address of Bo Li to 5 Main St", "Update the address of Bo Li to 5 Main St"),
    ("Wats the price of teh blue lamp?", "What's the price of the blue lamp?"),
])
def test_common_slips_and_a_slipped_question_word(typed, meant):
    assert respelled(typed) == meant
