"""Terse notes that ask a field with "= ?" or act with an arrow (agents/arrow_queries.py). Invented apps, people, items."""

from __future__ import annotations

from cascadroid.agents.arrow_queries import arrow_query
from cascadroid.agents.wording import canonical


def test_a_field_asked_with_equals_question_mark():
    assert arrow_query('"Pottery", Monday, May 4: place = ?') == 'Where is "Pottery" on Monday, May 4?'
    assert arrow_query('Zapmart: "Desk Lamp" -> stars = ?') == 'What is the star rating of "Desk Lamp" in Zapmart?'
    assert arrow_query("Ada Vo -> birthday? (from people)") == "What is Ada Vo's birthday? (from people)"
    assert arrow_query('mail "Lease" - from = ?') == 'Who sent the mail "Lease"?'
    assert arrow_query("tablet -> paired headset = ?") == "Which headset is my device paired to?"
    assert arrow_query("Eats: Sushi places -> best rating = which one?") == "Which Sushi place has the best rating in Eats?"


def test_an_act_after_an_arrow():
    assert arrow_query('Chatterly: "Hikers" chat -> unmute') == 'unmute the "Hikers" chat in Chatterly'
    assert arrow_query("people: Ada Vo -> remove from favourites") == "remove Ada Vo from favourites in people"
    assert arrow_query("Setup -> battery saver: ON") == "turn on battery saver in Setup"
    assert arrow_query("doc a.txt -> new name b.txt") == "rename the doc a.txt to b.txt"
    assert arrow_query('memo "Lease" -> fwd -> ada@vo.net') == 'forward the memo "Lease" to ada@vo.net'
    assert arrow_query('Chatterly group "Hikers" <- msg "Late again"') == 'send "Late again" to the Chatterly group "Hikers"'
    assert arrow_query("shop.example.org/sale -> the top offer -> email to ada@vo.net, subject: X") == \
        "email ada@vo.net the top offer from shop.example.org/sale, subject: X"


def test_not_such_a_note():
    for said in ("Ada Vo: are you there?", "Chatterly: hi -> bye", "people: Ada Vo -> favourite", "timer -> start",
                 "Ada: what time?", "notes rename: Draft -> Final", "what is 2+2 = ?x"):
        assert arrow_query(said) == ""


def test_the_whole_wording_reads_the_note():
    assert canonical("tablet -> connected Wi-Fi network = ?") == "which Wi-Fi network is my device connected to?"
    assert canonical('Chatterly: "Hikers" chat -> unpin') == 'unpin the "Hikers" chat in Chatterly'
