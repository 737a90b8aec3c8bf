"""Set 26's ways of saying a request (issue 15), in other apps and words: a pseudo-cleft ("What I need is X done"),
caps lock, a thing brought up by "You know X?" first, a favour asked, and a software engineer's slang."""

from __future__ import annotations

import pytest

from cascadroid.agents.known_topics import topic_first
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("cleft, plain", [
    ('What I need is my "Yoga" alarm switched off.', 'I need my "Yoga" alarm switched off.'),
    ("All I want is the contact Dana Kim renamed to Dana Park.", "I want the contact Dana Kim renamed to Dana Park."),
    ('What I\'m after is a new playlist called "Road songs" in Spotify.', 'I want a new playlist called "Road songs" in Spotify.'),
    ("What I'd like to know is this: how many voice memos have I recorded?",
     "I would like to know how many voice memos have I recorded?"),
])
def test_a_pseudo_cleft_is_the_plain_wish(cleft: str, plain: str) -> None:
    assert canonical(cleft) == canonical(plain)


def test_an_act_named_by_its_noun_after_a_cleft_is_the_act() -> None:
    assert canonical("What I'd like is a call to the number +44 20 7946 0018.").startswith("call the number +44 20 7946 0018")
    assert canonical('What we need is a reply to the email "Lease" from Omar Haddad saying "Agreed".').startswith(
        'reply to the email "Lease"')


def test_caps_lock_is_read_as_lower_case_outside_quotes() -> None:
    assert canonical('ARCHIVE THE EMAIL "Invoice 42" FROM Dana Kim.') == canonical('Archive the email "Invoice 42" from Dana Kim.')
    assert canonical("HOW MANY UNREAD TEXTS DO I HAVE?") == canonical("How many unread texts do I have?")
    assert "HR" in canonical("Forward the HR email to Dana Kim.")  # an acronym among ordinary words stays


@pytest.mark.parametrize("said, thing", [
    ("You know my playlist \"Gym\"? Play it.", 'my playlist "Gym"'),
    ("Remember the voice memo memo_12.m4a? Share it with Ana Ruiz on WhatsApp.", "memo_12.m4a"),
    ("You know Omar Haddad? What's his email address?", "Omar Haddad"),
])
def test_a_thing_brought_up_first_is_what_the_request_takes_up(said: str, thing: str) -> None:
    read = canonical(said)
    assert thing in read and "know" not in read.lower() and "remember" not in read.lower()


def test_a_thing_in_a_list_brought_up_first_is_taken_out_of_that_list() -> None:
    assert canonical("You know the song Halo in my liked songs? Take it out of them.").startswith(
        "remove the song Halo from my liked songs")


@pytest.mark.parametrize("said", ["Do you know where Omar Haddad lives?", "Do you know Omar Haddad's number?",
                                  "You know how Omar asked for the photos? Send them.", "Remember to call Omar. Then text Ana."])
def test_a_question_of_what_one_knows_is_no_thing_brought_up(said: str) -> None:
    assert topic_first(said) == said


@pytest.mark.parametrize("said, start", [
    ('Could you do me a favour? Archive the email "Invoice 42".', 'Archive the email "Invoice 42"'),
    ('Do me a solid and mute the WhatsApp group "Family".', 'mute the WhatsApp group "Family"'),
    ("Do me a favour - how many playlists have I got?", "how many playlists"),
    ('Be a star: pin the "Family" chat in WhatsApp.', 'pin the "Family" chat'),
])
def test_a_favour_asked_is_no_part_of_the_request(said: str, start: str) -> None:
    assert canonical(said).startswith(start)


@pytest.mark.parametrize("said, start", [
    ("Purge the file old_logs.zip.", "delete the file old_logs.zip"),
    ("Purge my watch history in YouTube.", "clear my watch history"),
    ('Kill the pin on the "Family" chat in WhatsApp.', 'unpin the "Family" chat'),
    ("Flip the hotspot on.", "turn on the hotspot"),
    ('Push "Running late" to the Telegram group "Team".', 'post "Running late"'),
    ('Ping ana@work.org by email saying "On my way".', "email ana@work.org saying"),
    ("Drop Ana Ruiz from my starred contacts.", "remove Ana Ruiz from my starred contacts"),
])
def test_engineer_slang_is_the_plain_act(said: str, start: str) -> None:
    assert canonical(said).startswith(start)


def test_a_thing_pushed_to_a_time_is_still_moved() -> None:
    assert canonical("Push the dentist appointment to Friday.").startswith("move the dentist appointment")
