"""agents/self_corrections.py: a correction dictated with no punctuation ("X no wait Y") is read as written."""

from __future__ import annotations

import pytest

from cascadroid.agents.self_corrections import corrected


@pytest.mark.parametrize(("said", "meant"), [
    ("forward the invoice no wait the receipt from Acme to Bo Li", "forward the receipt from Acme to Bo Li"),
    ("open the settings no wait the app open the page Ana shared in the chat Plans", "open the page Ana shared in the chat Plans"),
    ("create a list no wait a new list called Camping", "create a new list called Camping"),
])
def test_a_dictated_correction_without_punctuation_replaces_what_it_parallels(said, meant):
    assert corrected(said) == meant


def test_no_wait_before_a_noun_is_no_correction():
    said = "text Ana there is no wait time at the clinic today"
    assert corrected(said) == said
