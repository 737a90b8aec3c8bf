"""A short particle hyphenated before a word is the word too: "se-kitchen", "e-Durban" (agents/text.py)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.text import words
from tests.screens_made import made_screen


def test_a_prefixed_loanword_or_name_is_the_word_itself() -> None:
    assert "garage" in words("ndicela uvule i-garage") and "durban" in words("ngiya e-Durban")
    assert "wallet" in words("my e-wallet")


def test_must_not_split_english_prefixes_or_two_letter_tails() -> None:
    assert "enter" not in words("re-enter the code") and "host" not in words("co-host")
    assert "fi" not in words("wi-fi") and words("wi-fi") == {"wifi"}


def test_a_row_named_by_the_prefixed_word_is_found() -> None:
    rows = [("LinearLayout", "Garage door | Ivaliwe"), ("LinearLayout", "Porch light | Ivuliwe"),
            ("LinearLayout", "Izilungiselelo")]  # an invented Xhosa smart-home list
    screen = made_screen("za.example.ikhaya", "Izixhobo", rows)
    assert rank("ndicela uvule i-garage", "", screen, [], [])[0].action == {"kind": "tap", "element": 5}
