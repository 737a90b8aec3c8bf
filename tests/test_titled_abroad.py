"""A new item's name said unquoted after the word for "named" in other languages (agents/titled_abroad.py): quoted after
"titled" and typed into an invented notes app's title field; the noun "llamada" (a call) and whose item it is are no name."""

from __future__ import annotations

from screens_made import made_screen

from cascadroid.agents.candidates import rank
from cascadroid.agents.titled_abroad import titled


def test_the_name_after_the_word_for_named_is_quoted_after_titled() -> None:
    assert titled("crea una lista llamada Regalos de Navidad") == 'crea una lista titled "Regalos de Navidad"'
    assert titled("leg einen Ordner namens Steuern 2026 an") == 'leg einen Ordner titled "Steuern 2026" an'  # the verb's particle
    assert titled("создай папку под названием Чеки, и перенеси туда") == 'создай папку titled "Чеки", и перенеси туда'
    assert titled("bikin playlist berjudul Lagu Santai") == 'bikin playlist titled "Lagu Santai"'
    assert titled("建一个名为旅行计划的文件夹") == '建一个名为 titled "旅行计划" 的文件夹'
    assert titled("여행이라는 이름으로 폴더 만들어줘") == 'titled "여행" 이라는 이름으로 폴더 만들어줘'


def test_must_not_fire_on_a_call_a_name_of_whose_item_or_quotes() -> None:
    for task in ("devuelve la llamada perdida", "faz uma chamada para o Caio", "abre la nota llamada de Ana", "stell den Raum kalt ein",
                 "đổi tiêu đề thành Mới",
                 'crea una nota llamada "Ideas"', "una nota llamada"):
        assert titled(task) == task, task


def test_the_name_is_typed_into_the_new_items_title_field() -> None:
    screen = made_screen("org.example.notas", "New note", [("Button", "Save")], {"Title": "", "Note": ""})
    assert rank("crea una nota llamada Regalos de Navidad", "", screen, [], [])[0].action == {
        "kind": "type", "element": 6, "text": "Regalos de Navidad"}
