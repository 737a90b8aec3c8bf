"""Every conversation with a number not saved as a contact, one at a time: invented messengers in Spanish and
English, with cases that must not fire."""

from typing import Any

from cascadroid.agents import unsaved_rows
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _list(rows: list[str]) -> Screen:
    lines = ["    Chats"] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {10 + 4 * i: r for i, r in enumerate(rows)}
    bounds = {10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}
    return Screen(package="com.example.charla", digest="l", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _best(task: str, screen: Screen, since: list[dict[str, Any]]) -> dict[str, Any]:
    cands = [Candidate({"kind": "tap", "element": i}, "", 1.0) for i in screen.actionable]
    cands.append(Candidate({"kind": "done"}, "finish", 3.0))
    unsaved_rows.adjust(cands, task, screen, since, Candidate)
    return max(cands, key=lambda c: c.score).action


CHATS = ["Lucía Gómez, ¿Vienes mañana? | 10:02", "+34 612 345 678, Oferta exclusiva | 09:40",
         "Pablo Ruiz, Gracias | ayer", "+34 699 000 111, Su paquete | lunes"]


def test_unsaved_senders_are_read_in_several_wordings():
    for task in ("borra todas las conversaciones de números desconocidos", "Delete every chat with a number not saved in "
                 "my contacts", "sms: delete all threads from unknown numbers", "Delete each conversation whose sender "
                 "is not one of my contacts", "lösche alle Chats mit unbekannten Nummern"):
        assert unsaved_rows.wanted(task), task
    for task in ("delete all my conversations", "delete the chat with +34 612 345 678", "save the unknown number"):
        assert not unsaved_rows.wanted(task), task


def test_each_row_titled_by_a_number_is_long_pressed_then_its_verb_pressed():
    task = "borra todas las conversaciones de números desconocidos"
    assert _best(task, _list(CHATS), []) == {"kind": "long_press", "element": 14}
    pressed = [{"kind": "long_press", "line": f'long press [14] "{CHATS[1][:40]}"', "outcome": "success"}]
    dialog = Screen(package="com.example.charla", digest="d", lines=["    ¿Borrar el chat?", '[5] Button "Cancelar"',
                    '[6] Button "Borrar"'], actionable=[5, 6], labels={5: "Cancelar", 6: "Borrar"})
    assert _best(task, dialog, pressed) == {"kind": "tap", "element": 6}
    deleted = [*pressed, {"kind": "tap", "line": 'tap [6] "Borrar"', "outcome": "success"}]
    left = [CHATS[0], CHATS[2], CHATS[3]]
    assert _best(task, _list(left), deleted) == {"kind": "long_press", "element": 18}
    assert _best(task, _list([CHATS[0], CHATS[2]]), deleted) == {"kind": "done"}


def test_must_not_fire_where_names_and_numbers_cannot_be_told_apart():
    task = "Delete every chat with a number not saved in my contacts"
    names = ["Ana Lee, See you | 10:02", "Bo Chan, Thanks | 09:40", "Cy Oba, Ok | Mon"]
    assert _best(task, _list(names), []) == {"kind": "done"}  # no number row and nothing done: another rule's list
    numbers = ["+1 555 0100, Hi | 10:02", "+1 555 0101, Win | 09:40"]
    assert _best(task, _list(numbers), []) == {"kind": "done"}  # every row a number: no contact list to tell by
