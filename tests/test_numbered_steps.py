"""Steps said as a numbered list (agents/numbered_steps.py), read through the whole wording pipeline."""

from __future__ import annotations

from cascadroid.agents.numbered_steps import stepped
from cascadroid.agents.wording import canonical


def test_a_step_that_only_finds_what_the_next_acts_on_is_folded_into_it():
    assert canonical("1) find all the texts from Rhea Moss 2) delete every one of them") == \
        canonical("delete all the texts from Rhea Moss")
    assert stepped("1. locate the oldest video in Camera 2. share it with Ivo Kral") == \
        "share the oldest video in Camera with Ivo Kral"
    assert stepped("step 1: find every note tagged Draft step 2: archive them all") == "archive every note tagged Draft"
    assert stepped("1) open Files 2) find scan.pdf 3) star it") == "1) open Files 2) star scan.pdf"  # the app step stays


def test_a_step_that_reads_which_thing_a_message_names_is_what_the_message_says():
    assert canonical('1) read Pia Lund\'s text about which song goes in the "Gym" playlist 2) add that song to the playlist') == \
        'add that song to the "Gym" playlist (Pia Lund texted me which song goes in the "Gym" playlist)'
    assert stepped("1) check Omar Said's email about where we meet 2) save that place") == \
        "Omar Said emailed me where we meet. save that place"


def test_steps_that_each_act_are_left_as_said():
    assert stepped("1) open Settings 2) turn Bluetooth on") == "1) open Settings 2) turn Bluetooth on"
    assert stepped("buy 2) apples 1) pears") == "buy 2) apples 1) pears"  # no list from 1
    assert stepped("1) find Gym on Friday 2) change its time to 9:00") == "1) find Gym on Friday 2) change its time to 9:00"
