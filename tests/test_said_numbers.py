"""agents/said_numbers.py: times, month days, amounts, percentages and counts said in words are read in digits;
a bare number, a message's own words and quoted text stay as said."""

from __future__ import annotations

import pytest

from cascadroid.agents.said_numbers import number, said_in_digits
from cascadroid.agents.usual_words import usual_words
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("said, digits", [
    ("Wake me at six fifteen a.m. tomorrow", "Wake me at 06:15 tomorrow"),
    ("Book the court for seven thirty in the evening", "Book the court for 19:30"),
    ("Dinner is at half past eight in the evening", "Dinner is at 20:30"),
    ("Ring me at quarter to five in the afternoon", "Ring me at 16:45"),
    ("Ring me at quarter past nine", "Ring me at 9:15"),
    ("The bus leaves at ten oh five p.m. sharp", "The bus leaves at 22:05 sharp"),
    ("Meet at three o'clock", "Meet at 3:00"),
    ("Meet at eleven o'clock at night", "Meet at 23:00"),
    ("Lunch at twelve noon", "Lunch at 12:00"),
    ("Move the gym session from nine forty-five to ten fifty", "Move the gym session from 9:45 to 10:50"),
    ("Plan the picnic for Sunday, June the twenty-second", "Plan the picnic for Sunday, June 22"),
    ("Plan the picnic for the third of October", "Plan the picnic for October 3"),
    ("Pay Rafe twenty-five dollars", "Pay Rafe $25"),
    ("It costs four dollars and ninety-nine cents", "It costs $4.99"),
    ("Dim the lamp to forty percent", "Dim the lamp to 40%"),
    ("Start a fifteen-minute countdown", "Start a 15-minute countdown"),
    ("Snooze for twenty five minutes", "Snooze for 25 minutes"),
])
def test_numbers_said_in_words_are_read_in_digits(said, digits):
    assert said_in_digits(said) == digits


@pytest.mark.parametrize("said", [
    "Tell me about the first ten results",  # a bare number stays
    "You may first check the oven",  # "may" is no month
    "Text Juno: see you at seven thirty p.m.",  # a message's own words
    "Rename the folder Twelve to Thirty",
    "Call the one in the garden",
])
def test_what_is_not_a_number_said_in_words_stays(said):
    assert said_in_digits(said) == said


def test_a_time_ending_a_sentence_keeps_the_full_stop():
    assert said_in_digits("Set the reminder for nine a.m. Then rest.") == "Set the reminder for 09:00. Then rest."
    assert said_in_digits("Set the reminder for nine a.m.") == "Set the reminder for 09:00."


def test_number_reads_compounds_and_hundreds():
    assert (number("forty-five"), number("one hundred and five"), number("oh five")) == (45, 105, 5)


def test_quoted_text_keeps_its_words_and_the_reading_sees_digits():
    assert usual_words('Label the alarm at seven a.m. "Seven sharp"') == 'Label the alarm at 07:00 "Seven sharp"'
    read = canonical("Set an alarm for six forty-five in the morning.")  # clock_times or said_numbers writes it
    assert "6:45" in read and "six" not in read and "PM" not in read
