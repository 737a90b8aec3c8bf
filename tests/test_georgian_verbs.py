"""A Georgian task's finite verb names the button's verbal noun (agents/georgian_verbs.py), on invented apps."""

from __future__ import annotations

import pytest
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.georgian_verbs import same_verb
from cascadroid.agents.word_forms import FORM, weight


@pytest.mark.parametrize(("task_word", "label_word"), [
    ("გამიუქმე", "გაუქმება"),  # cancel it for me / cancellation: მ- me, ი- version vowel
    ("ჩამოვტვირთო", "ჩამოტვირთვა"),  # let me download / downloading: ვ- I
    ("გამომიგზავნე", "გამოგზავნა"),  # send it to me / sending (a root beginning with გ)
    ("დავამატო", "დამატება"),  # let me add / adding: ვ- I, ა- version vowel
])
def test_a_verb_meets_its_verbal_noun_behind_one_preverb(task_word: str, label_word: str) -> None:
    assert same_verb(task_word, label_word)
    assert weight(task_word, label_word) == FORM


@pytest.mark.parametrize(("task_word", "label_word"), [
    ("გამიუქმე", "დაუქმება"),  # another preverb: another verb
    ("გამარჯობა", "გადახდა"),  # hello / payment: a preverb's letters, no shared root
    ("ანგარიში", "ამოწერა"),  # account / statement: "ა-" is no preverb read here
    ("cancel", "cancellation"),  # not Georgian
])
def test_other_words_do_not_meet(task_word: str, label_word: str) -> None:
    assert not same_verb(task_word, label_word)


def test_a_georgian_request_taps_the_action_tile_it_names_by_its_verb() -> None:
    observation, screen = screen_of(  # a food courier's order page: "cancel my order for me"
        node("TextView", (40, 100, 1040, 200), "შეკვეთა #4471"),
        node("TextView", (40, 220, 1040, 300), "კურიერი გზაშია · 25 წთ"),
        node("Button", (40, 400, 520, 520), "კურიერთან დარეკვა", clickable=True),
        node("Button", (560, 400, 1040, 520), "გაუქმება", clickable=True),
        node("Button", (40, 560, 1040, 680), "დახმარება", clickable=True),
    )
    cancel = element(observation, text="გაუქმება")
    assert first("ჩემი შეკვეთა გამიუქმე", screen) == {"kind": "tap", "element": cancel.id}
