"""Changes to an existing item said as the need or the end state (agents/stated_edits.py), and replies said
another way (agents/replies.py), read through the whole wording pipeline. Invented people, apps and items."""

from __future__ import annotations

from cascadroid.agents.stated_edits import restated, said_message
from cascadroid.agents.wording import canonical


def test_a_field_an_item_lacks_is_added_to_it():
    assert canonical("Tomas Urquiza's card is missing a phone number: +44 20 7946 0011") == \
        "add the phone number +44 20 7946 0011 to Tomas Urquiza's card"
    assert canonical("Priya Venkat's contact needs an e-mail, could you add priya@lotus.example") == \
        "add the email address priya@lotus.example to Priya Venkat's contact"
    assert canonical("the Quarterly review event has no location yet - put Room 4B") == \
        "add the location Room 4B to the Quarterly review event"
    assert canonical("Mia Okafor still needs a birthday, please use 12 May") == "add the birthday 12 May to Mia Okafor"


def test_a_lack_said_without_the_value_is_no_request():
    assert restated("Tomas Urquiza's card needs an email") == "Tomas Urquiza's card needs an email"
    assert restated("my contact needs an address, add it later") == "my contact needs an address, add it later"


def test_a_time_said_as_what_it_should_be_instead_moves_the_item():
    assert canonical("the Stretching alarm which is at 06:10 should go off at 06:40 instead") == \
        "move the Stretching alarm from 06:10 to 06:40"
    assert canonical("my Pill reminder alarm should ring at 21:15 instead of 20:00") == \
        "move my Pill reminder alarm from 20:00 to 21:15"
    assert canonical("Design sync on Thursday should start at 11:30 now") == "move Design sync on Thursday to start at 11:30"


def test_a_wanted_time_without_a_change_word_is_left_alone():
    assert restated("the Stretching alarm should ring at 06:40") == "the Stretching alarm should ring at 06:40"
    assert restated("which alarm should ring at 7 instead") == "which alarm should ring at 7 instead"  # no item, a question


def test_wiping_an_item_and_writing_new_text_replaces_its_text():
    assert canonical('erase everything in my note "Packing" and put "passport only" in its place') == \
        'replace the text of my note "Packing" with "passport only"'
    assert canonical('clear the text of the "Gate code" memo, then type "4471" instead') == \
        'replace the text of the "Gate code" memo with "4471"'
    assert canonical('delete the body of note "Ideas" and write "none yet"') == 'replace the text of note "Ideas" with "none yet"'


def test_deleting_one_thing_and_writing_to_someone_is_no_replacement():
    assert restated("delete the photo beach.jpg and write Lena Park a note") == \
        "delete the photo beach.jpg and write Lena Park a note"


def test_an_item_introduced_by_name_then_acted_on_by_a_pronoun():
    assert canonical("there is a playlist in my music app called Sunday Chill, delete it") == \
        "delete the Sunday Chill playlist in my music app"
    assert canonical("there's an alarm named Swim practice - turn it off") == "turn the Swim practice alarm off"
    assert canonical("there's a tab open in Firefox titled Tax forms, close that one and keep the rest") == \
        "close the Tax forms tab in Firefox and keep the rest"
    assert restated("there is a note called Plans, it is old") == "there is a note called Plans, it is old"


def test_removing_from_the_app_that_holds_it_deletes_it():
    assert canonical("I cannot make it to Pottery night on Friday, please remove it from my calendar") == \
        "delete Pottery night from my calendar (I cannot make it to Pottery night on Friday)"
    assert canonical("we are skipping Team offsite this year, take it off the agenda") == \
        "delete Team offsite from the agenda (we are skipping Team offsite this year)"
    assert canonical("remove Lars Berg from the Hiking group") == "remove Lars Berg from the Hiking group"  # a member


def test_a_message_after_say_and_a_colon_is_the_message():
    assert said_message("open a chat with Dev Patel on Wire and say: running ten minutes late") == \
        'open a chat with Dev Patel on Wire and say "running ten minutes late"'
    assert said_message("message Ines Rocha and tell her: the keys are under the mat.") == \
        'message Ines Rocha and tell her "the keys are under the mat"'
    assert said_message('text Bo: "see you"') == 'text Bo: "see you"'  # already quoted
    assert said_message("say: hello") == "say: hello"  # nothing before it to send it with


def test_replies_said_with_the_words_first_or_after_a_colon():
    assert canonical('answer "Works for me" to the last message from Kenji Mori') == \
        'reply "Works for me" to the last message from Kenji Mori'
    assert canonical('respond "on it" to my newest email') == 'reply "on it" to my newest email'
    assert canonical('reply to the email "Lease renewal" from Olga Nunez: I will sign on Monday') == \
        'reply to the email "Lease renewal" from Olga Nunez saying "I will sign on Monday"'
    assert canonical("reply to Ravi Shah's message: sure, 5 pm works") == \
        'reply to the message from Ravi Shah saying "sure, 5 pm works"'
