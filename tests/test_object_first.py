"""A request said in German or Dutch word order (agents/object_first.py). Invented apps, people and items."""

from __future__ import annotations

from cascadroid.agents.object_first import object_first


def test_the_verb_said_after_you_goes_first():
    assert object_first("The site news.example.org in Nimbus as a bookmark you save, please.") == \
        "save the site news.example.org in Nimbus as a bookmark."
    assert object_first("The memo draft.txt you to my favourites in Docsy add, please.") == \
        "add the memo draft.txt to my favourites in Docsy."
    assert object_first("The clip cat.mp4 you from my favourites take out.") == "take the clip cat.mp4 out of my favourites."
    assert object_first("The thread with Ada Vo you remove completely") == "remove the thread with Ada Vo completely"
    assert object_first("The contact Ada Vo you rename into Ada Lim") == "rename the contact Ada Vo into Ada Lim"


def test_a_place_or_person_said_first_goes_after_the_thing():
    assert object_first('To Ada Vo an email you send, with subject "Tea"') == 'email Ada Vo, with subject "Tea"'
    assert object_first('On Friday at 8:00 a new event "Run" you make, with as location Park Gate.') == \
        'make a new event "Run" on Friday at 8:00, with Park Gate as the location.'
    assert object_first('On the mail "Rent" from Ada Vo you answer with "Paid"') == \
        'reply to the mail "Rent" from Ada Vo with "Paid"'
    assert object_first("With the network Cafe Nine you connect the tablet") == "connect the tablet to the network Cafe Nine"
    assert object_first("(the number in my people list is)") == "(the number is in my people list)"


def test_each_clause_and_a_question_told_last():
    assert object_first("The dearest lamp in Zapmart you find, and its price you text to Ada Vo.") == \
        "find the dearest lamp in Zapmart and text its price to Ada Vo."
    assert object_first("What the balance of my wallet is, you tell me?") == "What is the balance of my wallet?"
    assert object_first("How many tabs in Nimbus open are, you tell me?") == "How many tabs are in Nimbus open?"


def test_not_said_object_first():
    for said in ("Ada Vo, can you send me the file?", "The file Ada sent - could you move it to Docs?",
                 "Thank you so much", "what do you think?", "text Ada \"I miss you\"", "If you see Ada, call her",
                 "The party is over, you know"):
        assert object_first(said) == said
