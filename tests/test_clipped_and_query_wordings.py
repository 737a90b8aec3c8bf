"""agents/wording.py: the speaker's clipped auxiliary read as spelled out, and a search-box query without "?"."""

from __future__ import annotations

import pytest

from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    # "I'd like to know X", "we'd like a count of X": read as "I would ..." (a question), any app and thing
    ("I'd like to know the last thing Omar Haddad wrote to me on Threema.", "what is the last message from Omar Haddad on Threema?"),
    ('I\'d like a count of my memos that mention "rent".', 'how many of my memos mention "rent"?'),
    ("We'd like the address of Wen Zhou.", "what is the address of Wen Zhou?"),
])
def test_a_clipped_auxiliary_of_the_speaker_is_read_as_spelled_out(said, meant):
    assert canonical(said) == meant


@pytest.mark.parametrize(("said", "kept"), [
    ("text Ana I'm on my way", "I'm on my way"),  # a message's own words stay as written
    ('Post "I\'d go for it" on Chatly', "I'd go for it"),  # quoted text is never touched
])
def test_a_clipped_auxiliary_inside_a_message_stays(said, kept):
    assert kept in canonical(said)


@pytest.mark.parametrize(("said", "meant"), [
    ("Town Pool opening hours (pool.example.org/hours)", "What is the Town Pool opening hours (pool.example.org/hours)?"),
    ("Trainly login code from email", "What is the Trainly login code from email?"),
    ("Nora Diaz phone number", "What is the Nora Diaz phone number?"),
])
def test_a_search_box_query_naming_a_value_asks_for_it(said, meant):
    assert canonical(said) == meant


@pytest.mark.parametrize("said", ["wifi off", "chat with Bo Li", "Gym Pass barcode", "dark theme on",
                                  'answer "on it" to my latest email', "I would like Ana Ruiz's phone number"])
def test_a_fragment_naming_no_value_is_no_question(said):
    assert not canonical(said).startswith("What is")
