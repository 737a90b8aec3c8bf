"""Set 28's ways of saying a request (issue 15), in other apps and words: a lead about the request itself (a past
habit, a rephrasing, how hard it is, when to do it) and a light verb ("give X a new name", "give Bo a copy")."""

from __future__ import annotations

import pytest

from cascadroid.agents.light_verbs import unlight
from cascadroid.agents.request_leads import unled
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("led, plain", [
    # a past habit
    ("Like I did with last month's invoices, archive the email \"Invoice 2291\".", 'archive the email "Invoice 2291".'),
    ("Same as I always do with podcasts I like, star the episode \"Deep Sea\" in Pocket Casts.",
     'star the episode "Deep Sea" in Pocket Casts.'),
    ("Just like I did for Mum's birthday, set a reminder for 8:00 tomorrow.", "set a reminder for 8:00 tomorrow."),
    ("As I usually do on Fridays, mute the WhatsApp group \"Work\".", 'mute the WhatsApp group "Work".'),
    # a rephrasing
    ("Okay, I'll put it another way: delete the Spotify playlist \"Gym\".", 'delete the Spotify playlist "Gym".'),
    ("Let me reword that: which Telegram chats are pinned?", "which Telegram chats are pinned?"),
    ("Put differently: turn off Bluetooth.", "turn off Bluetooth."),
    # how hard it is
    ("Easy question: who is Ana's manager in Slack?", "who is Ana's manager in Slack?"),
    ("Bit of a tough one: move my dentist appointment to Friday.", "move my dentist appointment to Friday."),
    ("Pretty simple request - pause the music.", "pause the music."),
    # when to do it
    ("If you've got a spare minute, clear my Firefox history.", "clear my Firefox history."),
    ("When you have a moment, pin Ana's chat in Telegram.", "pin Ana's chat in Telegram."),
    ("No hurry at all, but unstar the Gmail thread \"Tickets\".", 'unstar the Gmail thread "Tickets".'),
])
def test_a_lead_about_the_request_itself_goes(led: str, plain: str) -> None:
    assert unled(led) == plain


@pytest.mark.parametrize("kept", [
    "Like I said, the file is gone.",                      # no request after the lead
    "Easy one: the blue folder.",                          # an answer, not a request
    "Let me know when the download finishes.",             # "let me know" is the request
    "Sorry to ask again, but could you look up the weather in Oslo?",  # an apology, not a rephrasing
])
def test_a_lead_with_no_request_after_it_or_a_request_of_its_own_stays(kept: str) -> None:
    assert unled(kept) == kept


@pytest.mark.parametrize("light, plain", [
    ('Give the "Standup" event on Monday a new name: "Daily sync".', 'rename the "Standup" event on Monday to "Daily sync".'),
    ("Give my playlist \"Runs\" the new name \"Long runs\".", 'rename my playlist "Runs" to "Long runs".'),
    ("Give Priya Shah's contact a new email address: priya@shah.dev.", "change Priya Shah's email address to priya@shah.dev."),
    ("Give Ana a copy of report.pdf on WhatsApp.", "send report.pdf to Ana on WhatsApp."),
    ("Check the score and make a post of it in the Discord channel.", "Check the score and post it in the Discord channel."),
    ("Take a quick look at my Outlook calendar and text Bo when I'm free.",
     "check my Outlook calendar and text Bo when I'm free."),
    ("Open Strava and give me the distance of my last run.", "Open Strava and tell me the distance of my last run."),
    ('Place an order on Etsy for "Linen Apron" and have it delivered to my office.',
     'buy "Linen Apron" on Etsy and ship it to my office.'),
    ("Get the Wi-Fi password over to Ana on Telegram.", "send the Wi-Fi password to Ana on Telegram."),
])
def test_a_light_verb_is_said_with_its_verb(light: str, plain: str) -> None:
    assert unlight(light) == plain


@pytest.mark.parametrize("kept", [
    "Give me a minute.",                                   # "me": no rename
    "Give Bo a call.",                                     # a call is no copy or name
    'Give the note "Ideas" a title: "Plans".'.replace("title", "star"),  # no light verb
])
def test_other_uses_of_give_stay(kept: str) -> None:
    assert unlight(kept) == kept


@pytest.mark.parametrize("said, read", [
    ("Simple one: set a timer for 10 minutes.", "set a timer for 10 minutes."),
    ("Easy one: unmute the Slack channel \"Random\".", 'unmute the Slack channel "Random".'),
    ("If you've got a sec, archive the Gmail thread \"Rent\".", 'archive the Gmail thread "Rent".'),
    ("Give Tom Weber a copy of the file budget_2026.xlsx on Telegram.",
     "send the file budget_2026.xlsx to Tom Weber on Telegram."),
])
def test_the_whole_reading_says_the_request_plainly(said: str, read: str) -> None:
    assert canonical(said) == read
