"""A request said after a clause that only sets the scene or a settled condition is read alone
(agents/settled_context.py), and a call for attention or Tagalog's "paki-" before it is no part of it
(agents/mixed_courtesies.py)."""

from __future__ import annotations

from cascadroid.agents.settled_context import without_scene
from cascadroid.agents.wording import canonical


def test_a_time_or_place_clause_before_the_request_goes() -> None:
    assert without_scene("Before dinner, archive the Costco receipt email.") == "archive the Costco receipt email."
    assert without_scene("While I'm at the gym, silence the Family chat on WhatsApp.") == \
        "silence the Family chat on WhatsApp."
    assert without_scene("After the match, tack \"great game\" onto my note \"Season\".") == \
        "tack \"great game\" onto my note \"Season\"."


def test_a_settled_condition_before_the_request_goes() -> None:
    assert without_scene("If you haven't done it yet, ring Priya Shah.") == "ring Priya Shah."
    assert without_scene("Assuming the sale is still on, order the blue kettle in Argos.") == \
        "order the blue kettle in Argos."


def test_a_clause_with_the_tasks_own_words_or_no_request_after_it_stays() -> None:
    assert without_scene("Before 7:30, set an alarm called \"Run\".") == "Before 7:30, set an alarm called \"Run\"."
    assert without_scene("In case it's still named \"Trip\", rename that album to \"Trip 2\".") == \
        "In case it's still named \"Trip\", rename that album to \"Trip 2\"."
    assert without_scene("While it rains, the bus is late.") == "While it rains, the bus is late."
    assert without_scene("If Bluetooth is on, turn it off.") == "If Bluetooth is on, turn it off."


def test_a_call_for_attention_and_paki_before_an_english_verb_go() -> None:
    assert canonical("Arre, call Rohan Mehta.") == "call Rohan Mehta."
    assert canonical("Uy, delete the note \"Gate code\".") == "delete the note \"Gate code\"."
    assert canonical("Paki-archive naman the email \"Invoice 12\".") == "archive the email \"Invoice 12\"."


def test_a_clause_that_names_what_the_request_points_back_at_stays() -> None:
    assert without_scene("Before I order the Nimbus lamp, check its reviews") == \
        "Before I order the Nimbus lamp, check its reviews"
    assert without_scene("Assuming the sale is still on, order the blue kettle and have it shipped to my office.") == \
        "order the blue kettle and have it shipped to my office."
    assert without_scene("While I'm on the bus, find the cheapest mug in Etsy and text Bo Li its price.") == \
        "find the cheapest mug in Etsy and text Bo Li its price."


def test_a_time_clause_about_what_you_do_is_a_step_and_stays() -> None:
    assert without_scene("After you open Spotify, play Discover Weekly") == "After you open Spotify, play Discover Weekly"
