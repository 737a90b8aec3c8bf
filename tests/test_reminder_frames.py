"""A request framed as a reminder to the one asked ("Don't forget to ...", "Remember to ...", "Make sure you ..."), or
as a learner's "I want that you ..." (agents/reminder_frames.py, wording set 25), is read as the plain request; a
reminder to find something out before a colon asks the question after it. Examples are invented (other apps, other
words than the wording set)."""

from __future__ import annotations

import pytest

from cascadroid.agents.reminder_frames import unreminded
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("task", "plain"), [
    ("Don't forget to archive the Strava mail about my weekly summary.", "archive the Strava mail"),
    ("Remember to pin the Climbing crew chat in Telegram for me.", "pin the Climbing crew chat"),
    ('Make sure you reply to the newest WhatsApp message from Jonas with "On my way".', "reply to the newest"),
    ("Hello! Be sure to delete invoice_03.pdf from Downloads. Cheers!", "delete invoice_03.pdf"),
    ("I want that you block the number of Carla Ruiz in Phone.", "block the number of Carla Ruiz"),
])
def test_a_reminder_frame_is_the_plain_request(task, plain):
    said = canonical(task)
    assert plain.lower() in said.lower()
    assert not any(frame in said.lower() for frame in ("forget", "remember", "make sure", "be sure", "want that"))


@pytest.mark.parametrize("task", [
    "Remember to check for me: how many unread mails are in my Outlook inbox?",
    "Don't forget to find out: which Spotify playlist did I make last?",
])
def test_a_reminder_to_find_out_asks_the_question_after_its_colon(task):
    said = canonical(task)
    assert said.rstrip().endswith("?") and not said.lower().startswith(("text", "remember", "check", "do not"))
    assert "remember" not in said.lower() and "forget" not in said.lower()


@pytest.mark.parametrize("task", [
    "Make sure you are home by 6",  # a state, not an act
    "Remember the milk",  # no verb after the frame
    'Text Ines "Hi. Remember to bring the cake"',  # a message's own words
])
def test_no_reminder_frame(task):
    assert unreminded(task) == task
