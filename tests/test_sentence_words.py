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


def _chats(*rows: str):
    """A chat list whose rows are described to a screen reader as one comma-joined line, and its new-chat button."""
    return screen_of(*[node("FrameLayout", (0, 300 + i * 200, 1080, 490 + i * 200), "", row, clickable=True)
                       for i, row in enumerate(rows)],
                     node("ImageButton", (850, 2100, 1030, 2280), "", "Nouveau message", clickable=True))


def test_a_rows_name_said_first_in_its_description_is_no_sentence():
    """"Léa Martin, 2 messages non lus, ..., 18:05": the name leads a row's description; a task naming her opens
    her row, not the new-message button that merely does the act ("chat": a message)."""
    row = "Léa Martin, 2 messages non lus, On se voit à 19h ?, 18:05"
    observation, screen = _chats(row, "Équipe Vélo, Hugo : départ à 9h, 17:40")
    assert first("ouvre le chat de Léa", screen) == {"kind": "tap", "element": element(observation, content_desc=row).id}


def test_a_sentence_with_commas_is_no_name():
    """A tip's sentence broken by commas ("Продавцу ..., встречайтесь ..., ...") names no row: below the call button."""
    observation, screen = _listing("Продавцу не переводите деньги заранее, встречайтесь лично, проверяйте товар.")
    assert first("звякни продавцу", screen) == {"kind": "tap", "element": element(observation, text="Позвонить").id}
