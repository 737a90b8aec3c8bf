"""Everyday idioms for an app's act said plainly (agents/said_idioms.py). Invented apps, people and items."""

from __future__ import annotations

from cascadroid.agents.said_idioms import idioms_said
from cascadroid.agents.wording import canonical


def test_a_time_made_to_ring_or_start_is_a_move():
    assert idioms_said("the Run alarm - make it ring at 6:40 instead") == "the Run alarm - move it to 6:40"
    assert idioms_said('find "Demo day" in my planner, then make it begin at 9:15') == \
        'find "Demo day" in my planner, then move it to begin at 9:15'
    assert idioms_said('make "Standup" on Monday start at 10 am instead') == 'move "Standup" on Monday to start at 10 am'


def test_joining_totals_swaps_and_kept_text():
    assert idioms_said("Cafe Guest - get the phone onto it") == "Cafe Guest - connect to it"
    assert idioms_said("what does my Zapmart basket add up to?") == "what is the total of my Zapmart basket?"
    assert idioms_said('open my memo "Gym", then swap what it says for "legs"') == \
        'open my memo "Gym", then replace what it says with "legs"'
    assert idioms_said('memo "Gym" - add "abs" at the end, keep the rest as it is') == \
        'memo "Gym" - add "abs" at the end, keep the rest'


def test_a_name_given_after_and_text_said_inside():
    assert idioms_said('set a timer for 5 minutes, then name it "Tea"') == 'set a timer for 5 minutes titled "Tea"'
    assert idioms_said('a new memo called "Plans" with "buy milk" in it') == 'a new memo called "Plans" that says "buy milk"'
    assert idioms_said('send a Chatly message "hi" to Bo Li') == 'send "hi" to Bo Li on Chatly'


def test_where_it_happens_a_reply_to_a_message_said_first_and_what_came_in_it():
    assert idioms_said("then change where the Demo on Monday, May 4 happens to Hall B") == \
        "then change the location of the Demo on Monday, May 4 to Hall B"
    assert idioms_said('Ana Li\'s mail "Rota" - reply with "fine"') == 'reply to Ana Li\'s mail "Rota" with "fine"'
    assert idioms_said("text Bo Li the PIN that came in the Zapbank mail") == "text Bo Li the PIN from the Zapbank mail"
    assert idioms_said('Kindly send an SMS to Bo Li: "late"') == 'text Bo Li: "late"'


def test_a_new_thing_said_first_then_set_up_and_an_embedded_question():
    assert idioms_said('A new Pinly board, "Cats", with Ana Li in it - set that up.') == \
        'create a new Pinly board "Cats" with Ana Li'
    assert idioms_said("check which file I sent Bo Li") == "Which file did I send Bo Li?"
    assert idioms_said("find out who I called on Monday?") == "Who did I call on Monday?"
    for said in ("A new board - set up a pin", "check which file Bo sent", "check which file I like"):
        assert idioms_said(said) == said


def test_a_count_of_what_a_thing_shows_is_asked_in_question_order():
    assert idioms_said("how many songs my Gym playlist has") == "how many songs does my Gym playlist have?"


def test_the_same_words_meaning_something_else_are_left_alone():
    for said in ("make it 6:40", "make a note that the talk starts at 9", "get the phone number of Bo Li",
                 "what does Bo Li say?", "swap the tyres", "keep it as it is", "call it a day",
                 "a note with a photo in it", "how many songs are on my Gym playlist", "send a message to Bo Li",
                 "ask where the party happens", "the Gym board - reply with a pin", "the PIN that came today",
                 "send an SMS to Bo Li asking for the PIN"):
        assert idioms_said(said) == said


def test_a_count_down_is_a_timer_and_an_old_value_is_the_one_replaced():
    assert idioms_said("count down 8 minutes with a timer") == "start a timer for 8 minutes"
    assert idioms_said("please count down 45 seconds") == "please start a timer for 45 seconds"
    assert idioms_said("count down the days to the trip") == "count down the days to the trip"  # no duration: no timer
    assert idioms_said("replace Ada Vo's old email with ada@vo.net") == "replace Ada Vo's email with ada@vo.net"
    assert idioms_said("update her current address to 4 Elm Row") == "update her address to 4 Elm Row"
    assert idioms_said("text Ada Vo my old number") == "text Ada Vo my old number"  # no value replaced


def test_a_memo_said_as_what_it_says_a_state_said_now_and_an_app_gone_over():
    assert idioms_said('email ada@vo.net what my memo "Gym" says') == 'email ada@vo.net the text of my memo "Gym"'
    assert idioms_said("what my boss says") == "what my boss says"  # no memo named
    assert idioms_said("how many of my timers are currently running?") == "how many of my timers are running?"
    assert idioms_said("what is currently playing?") == "what is currently playing?"
    assert idioms_said("send Ada Vo the gate code over Chatterly") == "send Ada Vo the gate code on Chatterly"
    assert idioms_said("send Ada Vo the gate code over lunch") == "send Ada Vo the gate code over lunch"  # no app


def test_the_others_said_to_stay_are_kept():
    assert idioms_said('close the Nimbus tab "Maps" - all the other tabs stay open') == \
        'close the Nimbus tab "Maps", keeping the other tabs'
    assert idioms_said("delete clip a.mp4, the remaining clips should stay as they are") == \
        "delete clip a.mp4, keeping the other clips"
    assert idioms_said("the other tabs stay open") == "the other tabs stay open"  # no request before it
    assert idioms_said('close the Nimbus tab "Maps", please - all the other tabs to stay open.') == \
        'close the Nimbus tab "Maps", please, keeping the other tabs.'
    assert idioms_said("delete clip a.mp4 - the other clips are to remain untouched") == "delete clip a.mp4, keeping the other clips"


def test_a_browser_tab_with_a_title_in_it_shows_that_page():
    assert canonical('The Surfr tab with "Cats" in it - close it.') == 'close the Surfr tab showing "Cats".'
    assert canonical('a memo with "buy milk" in it') == 'a memo that says "buy milk"'
