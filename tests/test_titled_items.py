"""An item named by a title said before its kind ("my Packing note", "the Garden album") is looked for by that
title, as a quoted one is (agents/titled_items.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.titled_items import titled_before_kind, titled_objects


@pytest.mark.parametrize(("said", "titles"), [
    ("Send the text of my Packing note to bo@example.org", ["Packing"]),
    ("rename the Garden album to Garden old", ["Garden"]),
    ("delete my Trip ideas list", ["Trip ideas"]),
    ("play the Best of 2024 playlist", ["Best of 2024"]),
    ("set my Gym alarm to 7:00", ["Gym"]),
])
def test_a_title_said_before_its_kind_names_the_item(said: str, titles: list[str]) -> None:
    assert titled_before_kind(said) == titles


@pytest.mark.parametrize("said", [
    'delete the note "Milk"',  # quoted: read as a quote
    "text Bo about the Friday meeting",  # a day, not a title
    "move my new note to the top",
    "delete the note called Milk",  # the title after its kind is read elsewhere
])
def test_what_is_no_title_before_a_kind_names_nothing(said: str) -> None:
    assert titled_before_kind(said) == []


def test_an_apps_name_before_a_kind_is_no_title() -> None:
    assert titled_objects("open my Keep note about tiles", {"keep"}) == []
    assert titled_objects("open my Tiles note", {"keep"}) == ["Tiles"]
