"""agents/closings.py: a hand-over after a request ("- can you do that?") says nothing more."""

from __future__ import annotations

import pytest

from cascadroid.agents.closings import untailed


@pytest.mark.parametrize(("said", "meant"), [
    ("rename invoice_old.pdf to invoice_2025.pdf - can you do that?", "rename invoice_old.pdf to invoice_2025.pdf"),
    ("call back the last number that rang me, could you handle it?", "call back the last number that rang me"),
    ('text Ola "on my way" - can you send it?', 'text Ola "on my way"'),
])
def test_a_hand_over_after_a_request_says_nothing_more(said, meant):
    assert untailed(said) == meant


def test_a_hand_over_said_as_the_message_stays():
    assert untailed("text Bo: can you do that?") == "text Bo: can you do that?"
