"""A rename said otherwise is a rename, and an item's contents are its text (agents/usual_words.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ("Change the name of the Hiking album to Hiking 2025.", "rename the Hiking album to Hiking 2025."),
    ('Update the title of my note "Ideas" to "Old ideas".', 'rename my note "Ideas" to "Old ideas".'),
    ("Retitle the playlist Focus as Deep Focus.", 'rename the playlist "Focus" to Deep Focus.'),
    ("Rename report.pdf as report_final.pdf", "rename report.pdf to report_final.pdf"),
])
def test_a_rename_said_otherwise_is_a_rename(said: str, meant: str) -> None:
    assert canonical(said) == meant


@pytest.mark.parametrize(("said", "kept"), [
    ("Rename the file as asked.", "as asked"),  # "as" says how, not what to
    ("Rename the file as she wanted.", "as she wanted"),
    ("Change the name field to blue.", "Change the name field"),  # no item whose name it is
])
def test_as_that_names_no_new_name_is_left_alone(said: str, kept: str) -> None:
    assert kept in canonical(said)


def test_an_items_contents_are_its_text() -> None:
    assert "the text of my note" in canonical('Mail the contents of my note "Packing" to bo@example.org')
