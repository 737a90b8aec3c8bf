"""A label starting with the task's verb but about another thing earns nothing by that word (agents/verb_heads.py):
invented apps and people, with the labels that keep their verb."""

from cascadroid.agents import verb_heads
from cascadroid.agents.candidates import rank
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.perceptor import Screen


def _screen(labels: dict[int, str], package: str = "com.example.planner") -> Screen:
    lines = [f'[{i}] View "{label}"' for i, label in labels.items()]
    bounds = {i: [0, 200 + 160 * n, 1080, 350 + 160 * n] for n, i in enumerate(labels)}
    return Screen(package=package, digest=package, lines=lines, actionable=list(labels), labels=labels, bounds=bounds,
                  width=1080)


def test_a_name_or_another_object_after_the_verb_is_about_another_thing():
    assert verb_heads.names_another("Mark Osei | 10:24 | Lunch tomorrow? | see you", "mark",
                                    parse_goal("mark the email from Tide Bank as read"))
    assert verb_heads.names_another("Open navigation drawer", "open", parse_goal("open the latest email"))
    assert verb_heads.names_another("Book club | 7:00 PM | Library", "book", parse_goal("book a table for two"))


def test_short_labels_and_labels_saying_the_object_keep_their_verb():
    goal = parse_goal("add this lamp to my cart")
    assert not verb_heads.names_another("Add to cart", "add", goal)
    assert not verb_heads.names_another("Pay now", "pay", parse_goal("pay my water bill"))
    assert not verb_heads.names_another("Delete account permanently", "delete", parse_goal("delete my account"))
    assert not verb_heads.names_another("बैटरी | 82% - 1 दिन तक चलेगी", "बैटरी", parse_goal("बैटरी सेटिंग खोलो"))
    assert not verb_heads.names_another("ค้นหาร้านอาหารและร้านค้า", "ค้", parse_goal("หาชานมไข่มุกหน่อย"))


def test_the_row_the_task_names_beats_a_row_whose_name_starts_with_the_verb():
    screen = _screen({10: "Mark Osei | 10:24 | Lunch tomorrow? | see you", 11: "Tidebank | 09:00 | Statement | ready",
                      12: "Open navigation drawer"})
    assert rank("mark the email from Tidebank as read", "", screen, [], [])[0].action == {"kind": "tap", "element": 11}
    files = _screen({20: "Receipt March.pdf | 96 kB", 21: "Delete me later.txt | 1 kB"}, "com.example.files")
    assert rank("delete the receipt", "", files, [], [])[0].action == {"kind": "tap", "element": 20}
    assert rank("delete me later.txt", "", files, [], [])[0].action == {"kind": "tap", "element": 21}  # named: kept
    calendar = _screen({30: "Jump to today", 31: "Show calendar list and settings drawer"}, "com.example.days")
    assert rank("show me today", "", calendar, [], [])[0].action == {"kind": "tap", "element": 30}


def test_one_other_word_names_another_thing_when_the_tasks_object_is_on_a_row():
    goal = parse_goal("open the chat with Grandpa")
    assert verb_heads.names_another("Open scanner", "open", goal, object_shown=True)
    assert not verb_heads.names_another("Open scanner", "open", goal)  # nothing named here: the label may be it
    assert not verb_heads.names_another("Sync now", "sync", parse_goal("sync my Notebook files"), object_shown=True)
    chats = _screen({40: "Open scanner", 41: "Grandpa | 08:12 | See you Sunday", 42: "Ruth | 07:55 | ok"},
                    "com.example.talk")
    assert rank("open the chat with Grandpa", "", chats, [], [])[0].action == {"kind": "tap", "element": 41}
    shop = _screen({50: "Pause recording", 51: "Pause downloads | 3 in queue"}, "com.example.store")
    assert rank("pause downloads", "", shop, [], [])[0].action == {"kind": "tap", "element": 51}  # said: kept
