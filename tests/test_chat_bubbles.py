"""A conversation's text bubbles are what was said, not controls (agents/chat_bubbles.py). Invented app and people."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.chat_bubbles import bubbles
from cascadroid.device.types import AppInfo

PKG = "org.example.talkie"
APPS = [AppInfo(label="Talkie", package=PKG)]
TV, ET, IB, FL = "android.widget.TextView", "android.widget.EditText", "android.widget.ImageButton", "android.widget.FrameLayout"


def conversation(*said: str, sheet: tuple[str, ...] = ()):
    """A chat with Noor: title bar, bubbles, the compose field, and an attach sheet's tiles below it."""
    bar = [node(IB, desc="Back", bounds=(0, 100, 120, 220), flags="clickable"), node(TV, "Noor Haddad", bounds=(140, 100, 800, 220))]
    rows = [node(TV, text, bounds=(40 + 300 * (i % 2), 300 + 160 * i, 700 + 300 * (i % 2), 440 + 160 * i), flags="clickable")
            for i, text in enumerate(said)]
    field = node(ET, "", "Message", bounds=(120, 1300, 900, 1420), flags="clickable")
    tiles = [node(FL, desc=label, bounds=(270 * i, 1450, 270 * (i + 1), 1700), flags="clickable") for i, label in enumerate(sheet)]
    return screen_of(PKG, *bar, node("androidx.recyclerview.widget.RecyclerView", bounds=(0, 240, 1080, 1280),
                                     flags="scrollable", children=rows), field, *tiles)


def test_the_bubbles_of_a_conversation_are_found():
    screen = conversation("did you get the tickets for Friday?", "yes, sending them now", "ok")
    said = {screen.labels[i] for i in bubbles(screen)}
    assert said == {"did you get the tickets for Friday?", "yes, sending them now"}  # "ok" is no sentence


def test_a_relayed_message_does_not_pick_its_own_bubble():
    screen = conversation("can you send me the beach photos from Sunday please", "the ones with the boat",
                          sheet=("Gallery", "Camera", "Location", "Contact"))
    first = rank("Noor wants the beach photos from Sunday, send her the gallery ones", "", screen, APPS, [])[0]
    assert "photos from Sunday" not in first.text


def test_no_conversation_no_bubbles():
    list_screen = screen_of(PKG, node(TV, "Settings", bounds=(40, 100, 600, 200)),
                            *[node(TV, f"Show message previews on the lock screen {i}", bounds=(0, 300 + 150 * i, 1080, 440 + 150 * i),
                                   flags="clickable") for i in range(3)])
    assert bubbles(list_screen) == set()  # no compose field at the bottom


def test_a_menu_open_over_the_conversation_holds_controls_not_bubbles():
    """The chat's "more" menu drawn over its backdrop: its items (long runs of unspaced script) are controls."""
    items = ("ดูโปรไฟล์ร้านค้า", "ปิดการแจ้งเตือน", "บล็อกผู้ใช้รายนี้", "ลบการสนทนานี้")
    menu = node(FL, bounds=(0, 0, 1080, 2400), desc="menu backdrop", flags="clickable",
                children=[node(TV, label, bounds=(500, 240 + 130 * i, 1060, 360 + 130 * i), flags="clickable")
                          for i, label in enumerate(items)])
    bar = [node(IB, desc="Back", bounds=(0, 100, 120, 220), flags="clickable"), node(TV, "ร้านสวนผัก", bounds=(140, 100, 800, 220))]
    rows = [node(TV, text, bounds=(40, 300 + 200 * i, 900, 460 + 200 * i), flags="clickable")
            for i, text in enumerate(("โปรโมชั่นวันนี้ลดราคาผักสดทุกชนิด", "สั่งวันนี้ส่งฟรีถึงบ้าน"))]
    screen = screen_of(PKG, *bar, node("androidx.recyclerview.widget.RecyclerView", bounds=(0, 240, 1080, 1280),
                                       flags="scrollable", children=rows),
                       node(ET, "", "Message", bounds=(120, 1300, 900, 1420), flags="clickable"), menu)
    assert {screen.labels[i] for i in bubbles(screen)} <= {"โปรโมชั่นวันนี้ลดราคาผักสดทุกชนิด", "สั่งวันนี้ส่งฟรีถึงบ้าน"}
    first = rank("ปิดการแจ้งเตือนของร้านนี้ให้หน่อย", "", screen, APPS, [])[0]
    assert first.action.get("kind") == "tap" and screen.labels[first.action["element"]] == "ปิดการแจ้งเตือน"


def _first_action(task: str, *said: str) -> dict:
    return rank(task, "", conversation(*said), APPS, [])[0].action


def test_a_message_already_sent_as_the_newest_bubble_finishes_the_task_and_is_not_typed_again():
    action = _first_action("text Noor that I'm running late", "are you coming tonight?", "I'm running late, Sent 19:02")
    assert action.get("kind") == "done" and action.get("success") is not False and not action.get("answer")


def test_a_reply_after_the_sent_message_or_no_such_message_leaves_it_to_type():
    after = _first_action("text Noor that I'm running late", "are you coming tonight?", "I'm running late",
                          "no worries, see you there")
    other = _first_action("text Noor that I'm running late", "are you coming tonight?", "I will be there at eight")
    assert after["kind"] == other["kind"] == "type" and "running late" in after["text"]
