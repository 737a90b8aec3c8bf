"""Set 29's ways of saying a request (issue 15), in other apps and words: a to-do item, a go-ahead reply, the next of
a run of requests, asking to be told it is done, saying not to confirm first, a word stressed with asterisks, and
Scottish, Irish and Southern US English."""

from __future__ import annotations

import pytest

from cascadroid.agents.dialect_words import standard
from cascadroid.agents.ellipses import unelided
from cascadroid.agents.emphasis_marks import unstressed
from cascadroid.agents.report_tails import unreported
from cascadroid.agents.request_leads import unled
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("led, plain", [
    # a to-do item copied from a list
    ("TODO: archive the Outlook thread \"Q3 budget\"", 'archive the Outlook thread "Q3 budget"'),
    ("- [ ] unpin Ana's chat in Telegram", "unpin Ana's chat in Telegram"),
    ("[x] mute the Slack channel \"random\"", 'mute the Slack channel "random"'),
    ("To-do: which Spotify playlists are public?", "which Spotify playlists are public?"),
    # a go-ahead reply to an offer
    ("Yes please, go ahead and clear my Firefox cache.", "clear my Firefox cache."),
    ("Yeah, do it: delete the Strava activity \"Morning ride\".", 'delete the Strava activity "Morning ride".'),
    ("Sure, go on then - pause the Audible book.", "pause the Audible book."),
    ("Yep go ahead and star the Gmail thread \"Lease\".", 'star the Gmail thread "Lease".'),
    ("Yes please - how many unread messages are in WhatsApp?", "how many unread messages are in WhatsApp?"),
    # the next of a run of requests
    ("Okay, next one: turn on Do Not Disturb.", "turn on Do Not Disturb."),
    ("Right, next: block the number +44 20 7946 0000.", "block the number +44 20 7946 0000."),
    ("Next question: when does the Lidl on Main Street close?", "when does the Lidl on Main Street close?"),
    ("One more thing - call the dentist.", "call the dentist."),
])
def test_a_list_mark_a_go_ahead_or_a_next_marker_goes(led: str, plain: str) -> None:
    assert unled(led) == plain


@pytest.mark.parametrize("kept", [
    "Yes, I know the file is gone.",       # no request after "yes"
    "Sure thing.",
    "Next Monday, remind me to call Bo.",  # "next" names a day
    "Next to the bakery there is a bank.",
])
def test_a_reply_or_next_with_no_request_after_it_stays(kept: str) -> None:
    assert unled(kept) == kept


@pytest.mark.parametrize("told, plain", [
    ("Archive the Outlook thread \"Rent\" and let me know when it's done.", 'Archive the Outlook thread "Rent"'),
    ("Rename the Dropbox folder \"Tax\" to \"Tax 2026\", then tell me it worked.", 'Rename the Dropbox folder "Tax" to "Tax 2026"'),
    ("Share report.pdf with Ana on Slack - ping me once that's sent.", "Share report.pdf with Ana on Slack"),
    ("Book the table at Nando's. Let me know when you're done, thanks!", "Book the table at Nando's."),
    ("How long is the Audible book \"Dune\"? Let me know.", 'How long is the Audible book "Dune"?'),
    ("Delete the Strava activity \"Ride\". No need to ask me first.", 'Delete the Strava activity "Ride".'),
    ("Block +44 20 7946 0000, no need to double-check with me.", "Block +44 20 7946 0000"),
    ("Unpin Ana's chat in Telegram without asking me.", "Unpin Ana's chat in Telegram"),
    ("Don't check with me first, just empty the Trash in Drive.", "empty the Trash in Drive."),
])
def test_asking_to_be_told_or_not_asked_goes(told: str, plain: str) -> None:
    assert unreported(told) == plain


@pytest.mark.parametrize("kept", [
    "Let me know when the download finishes.",          # the request itself
    "Tell me when the pharmacy opens.",                 # a question of its own
    "Ask Bo to let me know when it's ready.",           # Bo is to tell
    "Check the weather and tell me if it is raining.",  # the question asked
    'Text Ana "let me know when it\'s done"',            # a message's own words
])
def test_a_question_or_a_message_about_being_told_stays(kept: str) -> None:
    assert unreported(kept) == kept


@pytest.mark.parametrize("stressed, plain", [
    ("Change the *end* time of my dentist appointment", "Change the end time of my dentist appointment"),
    ("**Unpin** the Telegram chat", "Unpin the Telegram chat"),
    ("turn _off_ the Ring doorbell chime", "turn off the Ring doorbell chime"),
    ("find all *.pdf files and rate it 4*", "find all *.pdf files and rate it 4*"),  # no emphasis
    ('reply "*yawn*" to Bo', 'reply "*yawn*" to Bo'),                                # quoted text stays
])
def test_a_word_stressed_with_marks_is_said_plainly(stressed: str, plain: str) -> None:
    assert unstressed(stressed) == plain


@pytest.mark.parametrize("regional, plain", [
    ("Can ye mute the Slack channel tae tomorrow?", "Can you mute the Slack channel to tomorrow?"),
    ("Whit's the wifi password?", "What's the wifi password?"),
    ("Send us the code wi' Signal", "Send me the code with Signal"),
    ("Aye, pause the podcast", "Yes, pause the podcast"),
    ("Would ya open Spotify", "Would you open Spotify"),
    ("Play Whit by Tae Kim", "Play Whit by Tae Kim"),  # names keep their capitals
    ("ye recipe wali post save kar do", "ye recipe wali post save kar do"),  # Hindi "ye" (this)
    ("we are 5 people, get us a bigger car", "we are 5 people, get us a bigger car"),  # "us" is the group
])
def test_regional_words_are_said_in_standard_english(regional: str, plain: str) -> None:
    assert standard(regional) == plain


@pytest.mark.parametrize("said, read", [
    ("Yep, go ahead and get rid of the Spotify playlist \"Gym\".", 'delete the Spotify playlist "Gym".'),
    ("Give Ana Silva a bell there, would you?", "call Ana Silva"),
    ("Pause the Netflix download for me, would ya, hon?", "Pause the Netflix download"),
    ("- [ ] take report.pdf out of my starred files", "remove report.pdf from my starred files"),
    ("Unstar the Gmail thread \"Lease\" and tell me once that's done.", 'Unstar the Gmail thread "Lease"'),
])
def test_the_whole_reading_says_the_request_plainly(said: str, read: str) -> None:
    assert canonical(said) == read


@pytest.mark.parametrize("trailing, plain", [
    ("How many of my playlists... are public...?", "How many of my playlists are public?"),
    ("Ana emailed me the venue... can you add it to my Outlook calendar... thanks",
     "Ana emailed me the venue. Can you add it to my Outlook calendar, thanks"),
    ("Delete the Drive folder... the one called \"Old\" ... but keep the rest", 'Delete the Drive folder, the one called "Old" but keep the rest'),
    ("Turn the brightness down ... to 40 ...", "Turn the brightness down to 40"),
    ('Text Bo "wait..." on Signal', 'Text Bo "wait..." on Signal'),  # quoted text stays
])
def test_an_ellipsis_is_said_as_the_break_it_stands_for(trailing: str, plain: str) -> None:
    assert unelided(trailing) == plain


@pytest.mark.parametrize("said, read", [
    ("Would you ever turn on the torch?", "turn on the torch"),
    ("Pass on the email \"Tickets\" to Bo Li on Slack there, thanks a million.", 'forward the email "Tickets" to Bo Li on Slack'),
    ("Pop \"USB-C cable\" in my Amazon basket, aye?", 'add "USB-C cable" to my Amazon basket'),
    ("How many of my Spotify playlists... are public...?", "How many of my Spotify playlists are public?"),
])
def test_regional_tails_and_ellipses_in_the_whole_reading(said: str, read: str) -> None:
    assert canonical(said) == read
