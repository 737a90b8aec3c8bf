"""A food place said as a place is a restaurant, saving said as adding to saved places is saving, and finding a
thing to act on it is acting on it (agents/usual_words.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.usual_words import usual_words


@pytest.mark.parametrize(("said", "meant"), [
    ("Call the best ramen place", "Call the best ramen restaurant"),
    ("directions to the nearest taco spot", "directions to the nearest taco restaurant"),
    ("Text Bo the address of the best-rated sushi joint", "Text Bo the address of the best-rated sushi restaurant"),
    ("Add the Oak Diner to my saved places", "save the Oak Diner to my saved places"),
    ("Find the best Thai restaurant and add it to my saved places",
     "save the best Thai restaurant to my saved places"),
    ("Look for the newest mail from Ana Ruiz, then star it", "star the newest mail from Ana Ruiz"),
    ("Look for the cheapest desk lamp in the store and text Bo its price",
     "find the cheapest desk lamp in the store and text Bo its price"),
])
def test_said_otherwise_is_read_as_usual(said: str, meant: str) -> None:
    assert usual_words(said) == meant


@pytest.mark.parametrize("said", [
    "Call the nearest coffee place",  # a cafe, not a restaurant
    "Find the best place to park",
    "Look up the price of the Trail Mug and save it in a new note",  # a value read, then written
    "Find the best Thai restaurant and text Bo its address",  # what is sent is a value of it
    "Add Ana Ruiz to the Book club group",
])
def test_what_says_something_else_stays(said: str) -> None:
    assert usual_words(said) == said
