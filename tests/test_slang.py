"""A request said in Gen-Z or gamer slang, said plainly (agents/slang.py). Invented apps, people and items."""

from __future__ import annotations

from cascadroid.agents.slang import unslanged
from cascadroid.agents.wording import canonical


def test_markers_go_and_slang_verbs_are_said_plainly():
    assert unslanged('yo lowkey need u to yeet the "Old" bookmark outta my Nimbus fr') == 'remove the "Old" bookmark from my Nimbus'
    assert unslanged("yeet Ada Vo from my people list, we don't talk anymore lol") == "delete Ada Vo from my people list"
    assert unslanged("cat.png is a whole vibe, slap it in my favourites") == "cat.png is a whole vibe, add it to my favourites"
    assert unslanged('how many memos say "rent"? just gimme the count') == 'how many memos say "rent"?'
    assert unslanged("what was Ada Vo's last dm to me on Zapp? spill") == "what was Ada Vo's last dm to me on Zapp?"
    assert unslanged('need a new event "Gym" on Monday at 7:00 fr') == 'create a new event "Gym" on Monday at 7:00'


def test_a_marker_keeps_the_clause_break():
    assert unslanged("so I'm on the bus lol, anyway can you text Ada Vo") == "so I'm on the bus, anyway can you text Ada Vo"


def test_not_slang():
    for said in ('text Ada Vo "yo lol no cap"', "call Bo", "open the yoga app", "set the language to French", "clean the spill"):
        assert unslanged(said) == said


def test_the_whole_wording_reads_the_request():
    assert canonical("text Ada Vo Bo Li's phone number real quick (SMS not Zapp)") == "text Ada Vo the phone number of Bo Li"
    assert canonical("ngl I need the temp in Oslo today, check weather.example.org for me, no cap") == \
        "What is the temperature in Oslo today (according to weather.example.org)?"
    assert canonical('how many of my memos say "rent" somewhere?') == 'how many of my memos mention "rent"?'
