"""A file found and then acted on is the act on that file, not a value read from it (invented apps and names)."""

from __future__ import annotations

import pytest

from cascadroid.agents.found_things import acted_on_found
from cascadroid.agents.subgoals import read_part
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("task", "said"), [
    ("Check my Vaultly for the tax form PDF and email it to Oskar Lind", "Email the tax form PDF from Vaultly to Oskar Lind"),
    ("Find budget_q3.xlsx in Dropnest and share it with Ines Varga on Chatterly",
     "Share budget_q3.xlsx from Dropnest with Ines Varga on Chatterly"),
    ("Look in Snapbox for the beach picture, then send it to Ana", "Send the beach picture from Snapbox to Ana"),
    ("Find IMG_2041.jpg in Downloads and delete it", "Delete IMG_2041.jpg from Downloads"),
    ("please locate the kiln recording and forward it to Bo", "please forward the kiln recording to Bo"),
])
def test_a_file_found_then_acted_on_is_said_as_the_act_on_it(task: str, said: str) -> None:
    assert acted_on_found(task) == said
    assert read_part(canonical(task)) is None  # nothing of the file is read first


@pytest.mark.parametrize("task", [
    "Find the wifi password in Notes and text it to Ann",  # a value, not a file
    "Find the cheapest lamp in Zapmart and buy it",  # a product: no file
    "Find the biggest photo in Snapbox and send its name to Bo",  # a value of the file is read
    "Check Monday for free slots and book one",
    "Send contract.docx to Ana",  # already the act
    "Find the photos of the Lees in Snapbox and send them a message",  # "them": the people written to
    "Find the number in the photo and text it to Bo",  # a value in a file
])
def test_a_value_a_product_or_a_plain_act_stays_as_said(task: str) -> None:
    assert acted_on_found(task) == task


def test_a_value_of_the_found_file_is_still_read_before_it_is_sent() -> None:
    part = read_part(canonical("Find the biggest photo in Snapbox and send its name to Bo"))
    assert part is not None and part.asked.kind == "name"
    part = read_part(canonical("Look up the door code in Keepnote and text it to Ann"))
    assert part is not None and part.asked.kind == "code"
    for task in ("Find the number in the photo and text it to Bo", "Check the screenshot for the code and send it to Bo"):
        assert read_part(canonical(task)) is not None, task  # the value is read in the file, then sent
