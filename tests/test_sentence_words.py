"""A word the task shares only with a card's sentence names no control beside a short control that does the act
(agents/sentence_words.py), and a task's colloquial word for an act meets the label's word of its own language
(agents/ui_glossary.py ``task_concepts``), on invented apps."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents import ui_glossary


def _listing(tip: str, *, call: bool = True):
    return screen_of(
        node("TextView", (40, 160, 1040, 240), "Велосипед горный, 26 дюймов"),
        node("LinearLayout", (40, 300, 1040, 520), tip, clickable=True),
        node("TextView", (40, 600, 1040, 660), "Цена: 15 000 ₽"),
        *([node("Button", (560, 2170, 1040, 2300), "Позвонить", clickable=True)] if call else []),
        node("Button", (40, 2170, 520, 2300), "Написать", clickable=True))


_TIP = "Продавцу не переводите деньги заранее | Встречайтесь лично и проверяйте товар на месте."


def test_a_colloquial_call_meets_the_call_button_and_a_tip_sharing_a_word_goes_below_it():
    observation, screen = _listing(_TIP)
    call = element(observation, text="Позвонить")
    assert first("звякни продавцу", screen) == {"kind": "tap", "element": call.id}


def test_without_a_control_doing_the_act_the_card_keeps_its_place():
    observation, screen = _listing(_TIP, call=False)
    tip = element(observation, text=_TIP)
    assert first("звякни продавцу", screen) == {"kind": "tap", "element": tip.id}


def test_said_words_credit_a_label_in_the_same_language_but_not_the_same_word():
    assert ui_glossary.fit(ui_glossary.task_concepts("mpigie mama sasa"), "Piga simu") > 0
    assert ui_glossary.fit(ui_glossary.task_concepts("звънни на мама"), "Обаждане") > 0
    # must not fire: the label's own word said (the ranker matches it), a task that says no act
    assert ui_glossary.fit(ui_glossary.task_concepts("позвони маме"), "Позвонить") == 0
    assert ui_glossary.fit(ui_glossary.task_concepts("покажи фото мамы"), "Позвонить") == 0
