"""A question asked inside another sentence (agents/indirect_questions.py) and a thing said before its verb
(agents/plain_verbs.py), read through the whole wording pipeline. Invented people, places and items."""

from __future__ import annotations

from cascadroid.agents.dislocated import reordered
from cascadroid.agents.indirect_questions import asked
from cascadroid.agents.wording import canonical


def test_a_wish_to_know_a_value_asks_for_it():
    assert canonical("I'd like to know Farid Haddad's address") == "what is Farid Haddad's address?"
    assert canonical("I'd love to find out the price of the cheapest phone stand in the store app") == \
        "what is the price of the cheapest phone stand in the store app?"
    assert asked("I'd like to know what Farid Haddad's birthday is") == "what is Farid Haddad's birthday?"
    assert asked("I need to know if the parcel came") == "I need to know if the parcel came"


def test_an_embedded_when_or_where_is_put_in_question_order():
    assert canonical("I wonder what time the nearest launderette closes today") == \
        "until what time is the nearest launderette open today?"
    assert asked("could you find out where Grace Obi lives") == "where does Grace Obi live?"
    assert asked("do you know when the Pottery class starts") == "when does the Pottery class start?"
    assert asked("I wonder if it will snow") == "I wonder if it will snow"


def test_how_late_or_what_it_costs_asked_inside_a_sentence():
    assert canonical("do you know how late the nearest pharmacy is open tonight?") == \
        "until what time is the nearest pharmacy open tonight?"
    assert asked('any idea what "Trail Mug" costs on Etsy?') == 'how much does "Trail Mug" cost on Etsy?'
    assert asked("I wonder what colour the new case is") == "what colour is the new case?"
    assert asked("tell me a joke") == "tell me a joke"
    assert asked("can you tell me the number of unread texts") == "can you tell me the number of unread texts"


def test_a_thing_said_before_its_verb_after_a_dash():
    assert canonical("the Budget memo - rename it to Budget 2027") == "rename the Budget memo to Budget 2027"
    assert canonical("Oskar Berg - change his number to +1 555 0199") == "change Oskar Berg's number to +1 555 0199"
    assert canonical("my Stretch alarm - switch it off") == "turn off my Stretch alarm"
    assert reordered("I am late - call Dara") == "I am late - call Dara"


def test_a_person_said_first_then_a_question_about_them():
    assert canonical("Farid Haddad - what is his address?") == "what is Farid Haddad's address?"
    assert asked("Grace Obi: what's her birthday?") == "what is Grace Obi's birthday?"
    assert asked("I starred one mail - what is its subject?") == "I starred one mail - what is its subject?"


def test_an_embedded_question_in_its_own_order_is_asked_to_be_told():
    assert asked("I'd love to know how many songs my \"Drive\" playlist has.") == 'tell me how many songs my "Drive" playlist has'
    assert asked("I wonder which folder in Storage holds the most files") == "tell me which folder in Storage holds the most files"
    assert asked("I wonder if it rains") == "I wonder if it rains"


def test_which_value_a_thing_has_asks_for_that_value():
    assert canonical("I'd like to know which email address Kai Toma has.") == "what is Kai Toma's email address?"
    assert canonical("Do you know which phone number Ivo Marsh uses?") == "what is Ivo Marsh's phone number?"
    assert canonical("I wonder what rating the Lotus Deli has.") == "what is the rating of the Lotus Deli?"
