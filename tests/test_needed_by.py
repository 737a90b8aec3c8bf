"""A need said of someone with the channel that reaches them is the request to send it so (agents/needed_by.py)."""

from __future__ import annotations

from cascadroid.agents.needed_by import as_request


def test_a_persons_need_by_a_channel_is_a_send() -> None:
    assert as_request("Priya Shah needs the Wi-Fi password by text.") == "text Priya Shah the Wi-Fi password"
    assert as_request("tom@acme.io needs to get invoice_7.pdf by email") == "email tom@acme.io invoice_7.pdf"
    assert as_request("Ken Ito needs the title of my last song, sent on WhatsApp.") == \
        "send Ken Ito the title of my last song on WhatsApp"


def test_a_need_without_a_channel_or_of_a_thing_stays() -> None:
    for said in ("Priya Shah needs a lift tomorrow.", "The report needs to be sent by email.", "I need a note titled X"):
        assert as_request(said) == said
