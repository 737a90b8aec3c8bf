"""agents/request_phrases.py: whole phrases of a request said another way read as the usual phrase."""

from __future__ import annotations

import pytest

from cascadroid.agents.request_phrases import request_phrases
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "usual"), [
    ('Tack "bring towels" onto the end of my Beach memo', 'add "bring towels" to the end of my Beach memo'),
    ("stick oat milk on the bottom of the Groceries list", "add oat milk to the end of the Groceries list"),
    ("pop a full stop at the end of my draft", "add a full stop to the end of my draft"),
    ("Mute the Rota group but keep it, don't delete it.", "Mute the Rota group without deleting it."),
    ("disable the 6:00 alarms but keep them", "disable the 6:00 alarms without deleting them"),
    ("Stop the Quarn timer, but keep it - don't remove it.", "Stop the Quarn timer without deleting it."),
    ("Archive the Zib board but keep it; do not delete it.", "Archive the Zib board without deleting it."),
    ("Stop the Quarn timer - but don't remove it, keep it in the list.", "Stop the Quarn timer without deleting it."),
    ("Forward the files Ola Berg sent me to Dev", "Forward the files from Ola Berg to Dev"),
    ("delete every message that Kemal texted me", "delete every message from Kemal"),
    ("Reply to the mail Ana sent me about the lease", "Reply to the mail from Ana about the lease"),
    ('Pin the mail called "Lease"', 'Pin the mail titled "Lease"'),
    ("Put Yoga in my calendar on Friday at 8, the venue is Park Hall", "Put Yoga in my calendar on Friday at 8, location: Park Hall"),
    ('Make a folder, a new one, named "Taxes"', 'Make a new folder named "Taxes"'),
    ("create a playlist in Tunes called Road Trip.", 'create a playlist in Tunes called "Road Trip".'),
    ("check the fare and jot it down in my Travel note", "check the fare and save it in my Travel note"),
    ("scribble the gate code down on a new memo", "save the gate code in a new memo"),
    ("a note titled Trip with the place where the photo was taken", "a note titled Trip saying where the photo was taken"),
    ("a memo containing the time when the match starts", "a memo saying when the match starts"),
    ('Ana Ruiz put a link in the mail "Menu" - open that page.', 'open the web page Ana Ruiz linked in the mail "Menu"'),
    ("Kemal dropped a link in the group chat. Please open it", "open the web page Kemal linked in the group chat"),
    ("set up a new board on Trello named sprint goals", 'set up a new board on Trello named "sprint goals"'),
])
def test_a_phrase_said_another_way_is_the_usual_phrase(said, usual):
    assert request_phrases(said) == usual


@pytest.mark.parametrize("said", [
    "Keep it at the top of my chats",  # keep with no switching off: no deletion spoken of
    "Mute the Zib thread but keep it - pinned at the top",  # what follows the dash is no deletion
    "Share the photos I sent Ana Ruiz",  # I sent them: no one else is their sender
    "Call the plumber called Bo",  # a person called so, no message
    "the location is wrong, fix the Yoga event",  # no capitalised place after it
    "Make a note of the gate code",  # a note of something: no title
    "create an album in Photos named after the trip",  # named after: no name said
    "create a playlist called Road Songs",  # no place between: read elsewhere
    "Skip to the end of the video",
    "Bo put a link in the mail - reply to him",  # another request about it
    "put the phone down on the table",  # down, but into no note
    "show me the place where I parked",  # no note holds it
    "Move the standup to the end of the day",
])
def test_other_phrases_stay(said):
    assert request_phrases(said) == said


def test_a_long_object_before_its_particle_and_kept_in_the_list():
    assert canonical('The 07:10 alarm called "Feed cat" - switch it off, but keep it in the list.') == \
        'turn off the 07:10 alarm called "Feed cat" without deleting it'
    assert canonical("switch the bedroom lamp off") == "turn off the bedroom lamp"
    assert canonical("turn the torch on and the wifi off") == "turn the torch on and the wifi off"
    assert canonical("Copy the code and keep it in a new note") == "Copy the code and save it in a new note"


def test_a_note_with_where_or_when_a_thing_was_made_says_it():
    from cascadroid.agents.wording import canonical
    assert canonical('can u make a note called "DSC_0042.jpg" with where that pic was taken pls') == \
        'make a note called "DSC_0042.jpg" saying where DSC_0042.jpg was taken'
    assert canonical('make a memo titled "Clip" with when reel_7.mp4 was recorded') == \
        'make a memo titled "Clip" saying when reel_7.mp4 was recorded'
    assert canonical("Find a cafe with where I can sit") == "Find a cafe with where I can sit"  # no thing made


def test_a_mail_of_someone_named_by_its_title_is_the_mail_from_them():
    from cascadroid.agents.wording import canonical
    assert canonical('archive mail of Kofi Mensah with title "Boat hire"') == 'archive mail from Kofi Mensah titled "Boat hire"'
    assert canonical('pin message of Ada Obi about "Rota"') == 'pin message from Ada Obi about "Rota"'
    # must not fire: "the email of Bo" with no title is Bo's address
    assert canonical("What is the email of Ada Obi?") == "What is the email of Ada Obi?"
    assert canonical("send the email of Ada Obi to Kofi") == "send the email of Ada Obi to Kofi"


def test_a_named_item_then_its_field_is_that_field_of_the_item():
    from cascadroid.agents.wording import canonical
    assert canonical('memo "Seeds" text -> email to ada@quarn.example') == 'email the text of the memo "Seeds" to ada@quarn.example'
    assert canonical('text the event "Kite day" date to Kofi Mensah') == 'text the date of the event "Kite day" to Kofi Mensah'
    # must not fire: a new item's fields given, a field's value after it, a sentence about the field
    assert canonical('create a memo "Seeds" text "buy bulbs"') == 'create a memo "Seeds" text "buy bulbs"'
    assert "of the memo" not in canonical('memo "Seeds" title: Bulbs')
    assert canonical('Make a memo "Seeds" title is wrong') == 'Make a memo "Seeds" title is wrong'
    assert canonical('email "Plans" text to Kofi Mensah') == 'email "Plans" text to Kofi Mensah'  # "email" is the verb


def test_a_mail_said_as_written_or_sent_is_what_someone_emailed():
    from cascadroid.agents.wording import canonical
    assert "Kofi Mensah emailed me which file must go in folder" in \
        canonical('Kofi Mensah wrote me in email which file must go in folder "Work". Do it.')
    assert "Ada Obi emailed me what to order (\"Tea list\")" in \
        canonical('Ada Obi sent me an email ("Tea list") saying what to order. Could you put that item in my Zib basket?')
    # must not fire: a mail with no question word after it, a thing told in person
    assert canonical("Kofi Mensah wrote me in pencil which file to keep") == "Kofi Mensah wrote me in pencil which file to keep"
    assert canonical("Ada Obi told me what to buy") == "Ada Obi told me what to buy"
