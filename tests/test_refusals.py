"""Saying not to give, let or allow (agents/refusals.py), on an invented app's permission dialog."""

from __future__ import annotations

from test_negation_and_entries import dialog
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.refusals import withholds

_DENY = "com.android.permissioncontroller:id/permission_deny_button"
_ALLOW = "com.android.permissioncontroller:id/permission_allow_foreground_only_button"


def test_a_negative_imperative_of_give_or_let_refuses_the_request_in_many_languages():
    observation, screen = screen_of(
        node("TextView", (40, 200, 1040, 300), "Trasy na kole"),
        dialog("Povolit aplikaci Kolobeh přístup k poloze zařízení?", ("Povolit při používání aplikace", _ALLOW),
               ("Nepovolovat", _DENY)))
    deny = element(observation, resource_id=_DENY).id
    for task in ("kolobeh chce polohu, nedávej mu ji", "älä anna sille sijaintia", "ära luba asukohta",
                 "no le des la ubicación", "ne lui donne pas ma position", "не давай му местоположение",
                 "kolobeh konum istiyor, verme", "موقعیت نده", "location mat do isko", "usimpe eneo langu",
                 "别给它位置", "位置情報はあげないで", "위치 주지 마", "gib ihm nicht den standort", "ge den inte platsen"):
        assert first(task, screen) == {"kind": "tap", "element": deny}, task


def test_must_not_fire_on_giving_allowing_or_a_no_word_before_another_verb():
    for task in ("위치 허용해줘", "dai la posizione a kolobeh", "don't add sugar", "ich will nicht den roten",
                 "no de nuevo", "never do that", "la ubicación no la cambies", "nepovolil jsem to včera"):
        assert not withholds(task), task
    observation, screen = screen_of(
        dialog("Povolit aplikaci Kolobeh přístup k poloze zařízení?", ("Povolit při používání aplikace", _ALLOW),
               ("Nepovolovat", _DENY)))
    assert first("povol mu polohu", screen) != {"kind": "tap", "element": element(observation, resource_id=_DENY).id}


def test_not_agreeing_or_a_fronted_object_refuses_the_request():
    observation, screen = screen_of(
        node("TextView", (40, 200, 1040, 300), "Mielo Shop"),
        dialog("Mielo would like to read your contacts", ("Allow", _ALLOW), ("Deny", _DENY)))
    deny = element(observation, resource_id=_DENY).id
    for task in ("别把我的通讯录交给这个应用", "它要通讯录，不同意", "don't agree to that", "no acepto, gracias",
                 "không đồng ý đâu", "連絡先は同意しないで", "연락처 동의하지 마", "не соглашайся на это"):
        assert first(task, screen) == {"kind": "tap", "element": deny}, task


def test_agreeing_or_a_fronted_object_given_does_not_refuse():
    for task in ("同意", "我同意这个", "把地址给我看看", "看看不同意见", "agree to the terms", "동의해줘", "acepto",
                 "đồng ý đi", "не забудь принять"):
        assert not withholds(task), task
