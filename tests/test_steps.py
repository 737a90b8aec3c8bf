"""A task written as numbered steps, said as one request (agents/steps.py). Invented apps, people and items."""

from __future__ import annotations

from cascadroid.agents.steps import stepped
from cascadroid.agents.wording import canonical


def test_an_app_opened_then_a_thing_found_then_acted_on():
    assert stepped("1) open Dropbox 2) find tax_2025.pdf 3) star it") == "In Dropbox, star tax_2025.pdf"
    assert stepped("1. open WhatsApp 2. look up Maya Chen 3. block that contact") == "In WhatsApp, block Maya Chen"
    assert canonical("1) open Drive 2) find budget.xlsx in Work 3) move it to Taxes") == \
        "move budget.xlsx from Work to Taxes, in Drive"


def test_where_an_edit_goes_and_what_to_leave_alone():
    assert stepped('1) open my memo "Packing" 2) add "socks" at the top 3) keep the rest') == \
        'add "socks" at the top of my memo "Packing", keep the rest'
    assert stepped("step 1: open my planner step 2: delete the Dentist entry") == "In my planner, delete the Dentist entry"


def test_a_found_thing_no_step_uses_leaves_the_list_as_written():
    said = "1) open the latest voicemail 2) call back the number"
    assert stepped(said) == said
    said = "1) go to news.example.com 2) look up Lagos 3) tell me the headline"
    assert stepped(said) == said


def test_no_numbered_list_is_left_alone():
    assert stepped("call Bo at 2) if he is free") == "call Bo at 2) if he is free"
    assert stepped("2) open Files 3) delete a.txt") == "2) open Files 3) delete a.txt"  # no list from 1
    assert stepped("set a timer for 1. 5 minutes") == "set a timer for 1. 5 minutes"


def test_steps_said_in_one_sentence_with_then():
    assert stepped("Can you open Dropbox, then star tax_2025.pdf?") == "In Dropbox, star tax_2025.pdf"
    assert stepped("could you find budget.xlsx in Work, then pin it") == "pin budget.xlsx in Work"
    assert stepped("open WhatsApp, look up Maya Chen, then block that contact") == "In WhatsApp, block Maya Chen"
    assert stepped("Can you find memo.txt, then tell me its size?") == "1) find memo.txt 2) tell me its size"
    assert stepped("open the text from Bo Li, then read me the PIN") == "1) open the text from Bo Li 2) read me the PIN"


def test_a_time_checked_first_is_what_before_it_stands_for():
    assert stepped('check when "Yoga" starts on Friday, then set a reminder 10 minutes before it') == \
        'set a reminder 10 minutes before "Yoga" starts on Friday'
    assert stepped("check when the bus leaves, then call Bo Li") == "check when the bus leaves, then call Bo Li"


def test_a_then_sentence_that_does_not_open_or_find_first_is_left_alone():
    for said in ("Turn on Wi-Fi, then Bluetooth", "call Bo, then text Ana", "open the door then",
                 "Can you find Bo's number, then call Ana?"):
        assert stepped(said) == said


def test_a_web_address_gone_to_is_where_and_a_last_step_that_opens_is_the_request():
    assert stepped("1) Open Surfr. 2) Go to tides.example.org. 3) Find the chart for Porto. 4) Open it.") == (
        "In Surfr, Go to tides.example.org and Open the chart for Porto")
    # must not fire: a thing found that no later step uses, before the last step
    text = "1) Open Surfr. 2) Find the chart for Porto. 3) Go to tides.example.org."
    assert stepped(text) == text


def test_a_new_tab_made_to_hold_a_web_address_opens_it_there():
    assert stepped("Make a new tab in Surfr and put tides.example.org/porto in it. Keep the old one.") == (
        "open tides.example.org/porto in a new tab in Surfr. Keep the old one.")
    assert stepped("please open a blank window and type news.example.net into it") == (
        "please open news.example.net in a new window")
    for said in ("Make a new tab and put it next to the old one", "Make a new note and put x.txt in it"):
        assert stepped(said) == said  # must not fire: no web address, or no tab
