"""A count of the unread in one folder is the badge on that folder's row ("Promotions | 14", "Входящие | 12"), not a
row only like it nor a count of rows (agents/row_badges.py)."""

import pytest
from fixtures_uidump import node, screen_of

from cascadroid.agents.candidates import rank


def _drawer(rows: list[tuple[str, str]]):
    nodes = []
    for n, (name, number) in enumerate(rows):
        top = 300 + 150 * n
        nodes.append(node("android.widget.LinearLayout", (0, top, 900, top + 140),
                          node("android.widget.TextView", (120, top + 40, 700, top + 100), text=name),
                          *([node("android.widget.TextView", (760, top + 40, 880, top + 100), text=number)] if number else []),
                          click=True))
    return screen_of("com.example.mail", node("android.widget.TextView", (40, 140, 900, 240), text="Kestrel Mail"),
                     node("android.widget.FrameLayout", (0, 260, 900, 2300), *nodes, scroll=True))


RUSSIAN = [("Все входящие", "41"), ("Входящие", "12"), ("Соцсети", "7"), ("Отправленные", ""), ("Спам", "30")]
ENGLISH = [("All inboxes", "41"), ("Primary", "12"), ("Promotions", "14"), ("Sent", ""), ("Spam", "30")]


@pytest.mark.parametrize(("task", "rows", "count"), [
    ("сколько непрочитанных в Соцсети?", RUSSIAN, "7"), ("how many unread emails are in Promotions?", ENGLISH, "14"),
])
def test_the_named_folders_badge_answers_its_unread_count(task, rows, count):
    assert rank(task, "", _drawer(rows), [], [])[0].action == {"kind": "done", "answer": count}


def test_a_folder_without_a_badge_is_no_answer():
    top = rank("how many unread emails are in Sent?", "", _drawer(ENGLISH), [], [])[0].action
    assert top.get("answer") not in ("41", "12", "14", "30")
