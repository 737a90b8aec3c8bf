"""A community's, group's or channel's page carries one button joining, subscribing to or following it
(agents/page_actions.py): a task asking that act in another language meets it by meaning, above a tab or a share
button that repeats the task's noun. Invented pages; rows each carrying their own button must not fire."""

from __future__ import annotations

from cascadroid.agents import ui_glossary
from cascadroid.agents.candidates import rank
from tests.screens_made import made_screen

_PAGE = [("View", "Gemeinschaft teilen"), ("View", "Beitreten"), ("View", "Neueste Beiträge"),
         ("View", "Gemeinschaften"), ("View", "Erstellen")]


def _top(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def test_subscribing_implies_joining_and_joining_subscribing() -> None:
    assert "join" in ui_glossary.joined(ui_glossary.task_concepts("me inscreve nessa comunidade"))
    assert "subscribe" in ui_glossary.joined(ui_glossary.task_concepts("join this channel"))


def test_the_page_s_one_join_button_answers_a_subscription_asked_in_another_language() -> None:
    screen = made_screen("com.example.forum", "r/bergwandern", _PAGE)
    assert _top("abonnier diese Gemeinschaft, ich will mitlesen", screen) == {"kind": "tap", "element": 6}
    assert _top("join this community please", screen) == {"kind": "tap", "element": 6}
    grupo = made_screen("com.example.forum", "Trilhos do Gerês", [("View", "Partilhar grupo"), ("View", "Participar"),
                                                                  ("View", "Grupos"), ("View", "Criar")])
    assert _top("me inscreve nesse grupo aí", grupo) == {"kind": "tap", "element": 6}


def test_rows_each_carrying_a_join_button_are_no_page_button() -> None:
    rows = [("View", "Bergwandern | 12 Tsd. Mitglieder"), ("View", "Beitreten"), ("View", "Klettern | 8 Tsd. Mitglieder"),
            ("View", "Beitreten")]
    screen = made_screen("com.example.forum", "Gemeinschaften", rows)
    screen.context.update({6: "Bergwandern | 12 Tsd. Mitglieder", 8: "Klettern | 8 Tsd. Mitglieder"})
    assert _top("join the Klettern community", screen) != {"kind": "tap", "element": 6}


def test_a_task_asking_another_act_leaves_the_join_button_alone() -> None:
    screen = made_screen("com.example.forum", "r/bergwandern", _PAGE)
    assert _top("compartilha essa comunidade com a Ana", screen) != {"kind": "tap", "element": 6}
