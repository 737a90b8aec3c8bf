"""A request said in office jargon, said plainly (agents/office_jargon.py). Invented apps, people and items."""

from __future__ import annotations

from cascadroid.agents.office_jargon import unjargoned
from cascadroid.agents.wording import canonical


def test_labels_go_and_a_thing_actioned_is_made():
    assert unjargoned('Action item: archive the "Q3" memo in Docsy.') == 'archive the "Q3" memo in Docsy.'
    assert unjargoned("Status check: how many tabs are open in Nimbus?") == "how many tabs are open in Nimbus?"
    assert unjargoned('Ada Vo texted me. Pls action: calendar entry "Lunch with Ada", per that message.') == \
        'Ada Vo texted me. create calendar entry "Lunch with Ada", from that message.'
    assert unjargoned("FYI need the guest list of the Zapp group \"Hikers\" - who's on it besides me?") == \
        'who is in the Zapp group "Hikers" besides me?'


def test_asked_for_with_a_revert_or_a_headcount():
    assert unjargoned("need the due date of my Lumo invoice - pls revert with the date.") == \
        "What is the due date of my Lumo invoice?"
    assert unjargoned("need the bake time in minutes for the Scone recipe on bakes.example.org - revert with the number") == \
        "How many minutes does the Scone recipe on bakes.example.org take?"
    assert unjargoned("I need a headcount of the clips in my Trips folder - circle back with the number.") == \
        "How many clips are in my Trips folder?"


def test_idioms_said_plainly():
    assert unjargoned('spin up a new board called "Ideas" in Pinly') == 'create a new board called "Ideas" in Pinly'
    assert unjargoned('what does "Desk Lamp" go for in Zapmart?') == 'how much does "Desk Lamp" cost in Zapmart?'
    assert unjargoned("Ada Vo sent over the gate code by email") == "Ada Vo sent me the gate code by email"
    assert unjargoned("pls get it on my calendar w/ date, time, venue") == "pls add it to my calendar with its date, time and location"
    assert unjargoned("mute the 6:00 alarm - keep it on file though, do not delete") == "mute the 6:00 alarm, do not delete"
    assert unjargoned("forward the Rent mail to Ada Vo - loop her in.") == "forward the Rent mail to Ada Vo"
    assert unjargoned("Ada Vo pinged me by text about lunch") == "Ada Vo texted me about lunch"


def test_not_jargon():
    for said in ("Note: buy milk", "check the status of my Lumo order", "I need a new charger", "text Ada \"Action item: call me\"",
                 "what does the sign say?", "stand up for 5 minutes"):
        assert unjargoned(said) == said


def test_the_whole_wording_reads_the_request():
    assert canonical("Quick headcount pls: how many chats do I have pinned?") == "how many pinned chats do I have?"
    assert canonical('Pls shoot an email to ada@vo.net, subj "Rent"') == 'email ada@vo.net, with the subject "Rent"'
