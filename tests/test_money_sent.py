"""Sending a sum of money is a transfer, and a word with an agglutinative ending still names its concept
(agents/ui_glossary.py), on an invented wallet app."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.ui_glossary import concepts


def _wallet(pay: str, transfers: str):
    """An invented wallet's home: a payments tile, a transfers tile, a search icon."""
    return screen_of(
        node("ImageButton", (900, 120, 1040, 260), "", "Search", clickable=True),
        node("TextView", (40, 600, 520, 760), pay, clickable=True),
        node("TextView", (560, 600, 1040, 760), transfers, clickable=True))


def test_sending_a_sum_picks_the_transfers_tile_in_the_screens_words():
    for pay, transfers, task in (("Төлемдер", "Аударымдар", "әпкеме 2000 теңге жіберуім керек"),
                                 ("To'lovlar", "O'tkazmalar", "onamga 50000 so'm yuborishim kerak"),
                                 ("Zahlung", "Überweisung", "send 40 euros to Lena"),
                                 ("Платежи", "Переводы", "tuma 500 shilingi kwa mama")):
        observation, screen = _wallet(pay, transfers)
        assert first(task, screen) == {"kind": "tap", "element": element(observation, text=transfers).id}, task


def test_must_not_fire_without_a_sum_or_on_a_word_that_only_ends_like_a_case():
    observation, screen = _wallet("Zahlung", "Überweisung")
    assert first("send a photo to Lena", screen) != {"kind": "tap", "element": element(
        observation, text="Überweisung").id}
    assert set(concepts("жіберуім")) == {"send"} and set(concepts("gönderim")) == {"send"}
    assert not concepts("mobile") and not concepts("profiles") .get("send")


def test_a_korean_verb_conjugated_meets_its_noun_form_and_a_sum_with_a_myriad_is_a_transfer():
    """"보내야 돼", "보낼래", "보내줘" are the glossary's "보내기" (send) by their letters; "5만원" is 50000 won; a
    Bengali sum in its own digits with its currency counts too."""
    from cascadroid.agents.money_amounts import said_amount
    from cascadroid.agents.ui_glossary import conjugated as korean_verbs
    assert all("send" in korean_verbs(t) for t in ("동생한테 보내야 돼", "보낼래", "보내줘요"))
    assert "transfer" in korean_verbs("송금해 줘") and not korean_verbs("불 꺼줘 보미")
    assert said_amount("아빠한테 3만원 보내줘") == "30000" and said_amount("২০০ টাকা পাঠাও") == "200"
    assert said_amount("2万円送って") == "20000" and said_amount("보미한테 사진 보내줘") is None
    observation, screen = _wallet("결제", "이체")
    assert first("아빠한테 3만원 보내야 돼", screen) == {"kind": "tap", "element": element(observation, text="이체").id}
    assert first("아빠한테 사진 보내줘", screen) != {"kind": "tap", "element": element(observation, text="이체").id}
