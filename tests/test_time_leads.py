""""When" asked in another language ("¿cuándo llega?", "包裹什么时候到？", "πότε φεύγει;") is a time question
answered off the screen; the same word joining clauses ("quand j'arrive, ...") asks nothing (agents/time_leads.py)."""

import pytest
from fixtures_uidump import W, node, screen_of

from cascadroid.agents.answers import asked
from cascadroid.agents.candidates import rank


@pytest.mark.parametrize("task", ["¿cuándo llega mi paquete?", "包裹什么时候到？", "πότε φεύγει το λεωφορείο\u037e",
                                  "wann kommt die Lieferung?", "택배 언제 와?", "पार्सल कब आएगा?"])
def test_when_asked_in_another_language_is_a_time_question(task):
    found = asked(task)
    assert found is not None and found.kind == "time"


@pytest.mark.parametrize("task", ["quand j'arrive, envoie un texto à Marie", "cuando llegue a casa pon música",
                                  "いつものアラームをオンにして"])
def test_the_same_word_joining_clauses_asks_nothing(task):
    assert asked(task) is None


def _tracking():
    return screen_of("com.example.parcels",
                     node("android.widget.ImageButton", (20, 120, 130, 230), desc="Volver", click=True),
                     node("android.widget.TextView", (160, 130, W - 40, 220), text="Seguimiento del envío"),
                     node("android.widget.TextView", (40, 300, W - 40, 380), text="Tu paquete está en reparto"),
                     node("android.widget.TextView", (40, 400, W - 40, 480), text="Entrega estimada | 18:30"),
                     node("android.widget.TextView", (40, 500, W - 40, 580), text="Salió del centro 09:12"),
                     node("android.widget.Button", (40, 700, W - 40, 820), text="Contactar al repartidor", click=True))


def test_the_screens_time_answers_when_asked_in_spanish():
    top = rank("¿cuándo llega mi paquete?", "", _tracking(), [], [])[0].action
    assert top == {"kind": "done", "answer": "18:30"}
