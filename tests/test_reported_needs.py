"""Loosely said requests read through the whole wording pipeline: a need someone else has, reported before
the request ("Bo Li needs X, send it to them"). Invented people, apps and items."""

from __future__ import annotations

from cascadroid.agents.wording import canonical


def test_a_reported_need_names_what_it_and_them_stand_for():
    assert canonical("Ayo Bankole needs the address of Harbour Gym, text it to him on WhatsApp") == \
        "text the address of Harbour Gym to Ayo Bankole on WhatsApp"
    assert canonical("my landlord wants the end time of \"Plumber visit\" on Friday, mail it to kai@flat.example") == \
        'email the end time of "Plumber visit" on Friday to kai@flat.example'
    assert canonical("Greta Lund is asking for the tracking number of my parcel, send it to her on Telegram") == \
        "send the tracking number of my parcel to Greta Lund on Telegram"


def test_a_wished_end_state_is_the_request_for_it():
    assert canonical('it\'d be great if the "Film night" chat was pinned on Viber') == 'pin the "Film night" chat on Viber'
    assert canonical("it would be nice if my Lunch alarm were turned off") == "turn off my Lunch alarm"
    assert canonical("I wish the Book club group was muted on Telegram") == "mute the Book club group on Telegram"
    assert canonical("I'd like the \"Taxes 2025\" email archived") == 'archive the "Taxes 2025" email'
    assert canonical("we would like the \"Q3 plan\" note to be pinned") == 'pin the "Q3 plan" note'


def test_a_wish_about_no_item_is_left_alone():
    assert canonical("it would be great if you were quicker") == "it would be great if you were quicker"
    assert canonical("I wish it was done") == "I wish it was done"
