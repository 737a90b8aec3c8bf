"""Digits of any script are the task's digits: a Persian, Arabic, Bengali or Thai screen writes "۴", "٤", "৪" or "๔"
where the task says "4" (NFKC folds only fullwidth digits)."""

from __future__ import annotations

from test_ui_conventions import node, screen_of, tapped

from cascadroid.agents.text import normalize, words


def test_every_scripts_digits_read_as_ascii_ones():
    assert normalize("میز برای ۴ نفر") == "میز برای 4 نفر"
    assert {"4"} <= words("টেবিল ৪ জনের") and {"12"} <= words("ชั้น ๑๒")
    assert normalize("２０２６") == "2026" and normalize("Room 4B") == "room 4b"


def _party_sizes(digits: str):
    return screen_of(node("TextView", (40, 200, 1040, 300), "رزرو میز"),
                     *(node("TextView", (40, 400 + 160 * i, 1040, 540 + 160 * i), f"میز {d} نفره", clickable=True)
                       for i, d in enumerate(digits)))


def test_a_row_giving_the_tasks_number_in_its_own_scripts_digits_is_tapped():
    observation, screen = _party_sizes("۲۴۶۸")
    assert tapped(observation, screen, "book a table for 6 of us", text="میز ۶ نفره")
    observation, screen = _party_sizes("٢٤٦٨")  # Arabic-Indic digits, as Arabic screens write them
    assert tapped(observation, screen, "a table for 4 please", text="میز ٤ نفره")
