"""Texting shorthand said in full (agents/shorthand.py), read alone and through the whole wording pipeline. Invented
people, apps and items."""

from __future__ import annotations

from cascadroid.agents.shorthand import unabbreviated
from cascadroid.agents.wording import canonical


def test_and_with_and_at_said_with_signs():
    assert unabbreviated("mute the Book club chat & pin the Hiking one") == "mute the Book club chat and pin the Hiking one"
    assert unabbreviated("new reminder @ 6:45 w/ title Bins") == "new reminder at 6:45 with title Bins"
    assert canonical('new memo w/ title "Tent" & text "pegs"') == 'create a new memo titled "Tent" and text "pegs"'


def test_texting_words_said_in_full():
    assert canonical("can u set a timer for 8 mins pls") == "set a timer for 8 minutes"
    assert unabbreviated("text ur landlord b4 noon") == "text your landlord before noon"
    assert canonical('"Yoga" on Friday is off, del it from my cal') == 'delete "Yoga" from my calendar ("Yoga" on Friday is off)'


def test_a_british_put_at_a_requests_start():
    assert unabbreviated("pop the receipt photo in my Taxes album") == "put the receipt photo in my Taxes album"
    assert unabbreviated("no rush - bung kettle.jpg into the Kitchen album") == "no rush - put kettle.jpg into the Kitchen album"


def test_names_addresses_and_messages_keep_their_letters():
    assert unabbreviated("play U2 on Spotify") == "play U2 on Spotify"
    assert unabbreviated("call Ana Del Rio") == "call Ana Del Rio"
    assert unabbreviated("email jo@example.org about the 200 cal snack") == "email jo@example.org about the 200 cal snack"
    assert unabbreviated("the Food & Drink album: pop it open") == "the Food & Drink album: pop it open"
