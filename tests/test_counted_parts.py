"""A count asked of a part of a list by its state (agents/state_clauses.py) or as a terse note with no mark before
"how many" (agents/terse_forms.py), read as the plain question; invented apps."""

from __future__ import annotations

import pytest

from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("said, asked", [
    ("how many of my contacts are starred?", "how many starred contacts are there?"),
    ("How many of my Quillo boards are pinned right now?", "How many pinned Quillo boards are there?"),
    ("how many of the Zib threads are not read?", "how many unread Zib threads are there?"),
    ("Quillo boards how many?", "how many Quillo boards?"),
    ("zib tabs open how many?", "how many zib tabs are open?"),
])
def test_a_count_of_a_part_is_the_plain_question(said, asked):
    assert canonical(said) == asked


@pytest.mark.parametrize("said", [
    "how many of my Quillo boards are long?",  # no state a list shows
    "how many of my friends are coming?",
    "tell me how many?",  # a request, no note
    "I wonder how many?",
])
def test_other_counts_are_left_alone(said):
    assert canonical(said) == said
