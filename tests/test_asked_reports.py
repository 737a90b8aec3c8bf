"""A question said as a request for a report or as what is needed (agents/asked_reports.py)."""

from __future__ import annotations

from cascadroid.agents.asked_reports import reported
from cascadroid.agents.wording import canonical


def test_a_report_of_a_number_asks_how_many():
    assert canonical("Please report the total number of tabs open in Firefox.") == "how many tabs are open in Firefox?"
    assert canonical('I want a count of my memos that mention "rent".') == 'how many of my memos mention "rent"?'
    assert canonical("Kindly confirm how many of my timers are currently running.") == "how many of my timers are running?"


def test_a_report_of_a_value_asks_what_it_is():
    assert canonical("Check what the Oak Stool costs in Bazaro.") == "how much does the Oak Stool cost in Bazaro?"
    assert canonical('I need the end time of "Standup" on Monday, June 8.') == 'what is the end time of "Standup" on Monday, June 8?'
    assert canonical("I want to know the latest voicemail Oren Katz left me.") == \
        "what is the latest voicemail Oren Katz left me?"


def test_a_request_that_asks_nothing_is_left_as_said():
    assert reported("I need the file plan.pdf sent to Bo by email.") == "I need the file plan.pdf sent to Bo by email."
    assert reported("Please check the box next to Terms.") == "Please check the box next to Terms."
    assert reported("provide a new name for the album") == "provide a new name for the album"
