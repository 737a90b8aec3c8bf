"""A message goes only into the thread of the person the task names (agents/threads.py): on a
WhatsApp-like thread of someone else, typing the message and Send fall below going back; on the
right person's thread, and in a new message's "To" field, nothing changes."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.threads import recipient
from cascadroid.device.types import AppInfo

PKG = "com.whatsapp"
APPS = [AppInfo(label="WhatsApp", package=PKG)]


def thread(person: str):
    return screen_of(PKG,
                     node("android.widget.ImageButton", desc="Navigate up", bounds=(0, 100, 120, 220), flags="clickable"),
                     node("android.widget.TextView", person, rid="com.whatsapp:id/conversation_contact_name",
                          bounds=(140, 100, 700, 220)),
                     node("android.widget.TextView", "See you at the market!", bounds=(40, 600, 900, 700)),
                     node("android.widget.EditText", "", desc="Message", rid="com.whatsapp:id/entry",
                          bounds=(40, 2200, 900, 2320), flags="clickable focusable"),
                     node("android.widget.ImageButton", desc="Send", rid="com.whatsapp:id/send",
                          bounds=(920, 2200, 1060, 2320), flags="clickable"))


def new_message():
    return screen_of(PKG,
                     node("android.widget.TextView", "New message", bounds=(140, 100, 700, 220)),
                     node("android.widget.EditText", "", desc="To", rid="com.whatsapp:id/recipient",
                          bounds=(40, 300, 1040, 400), flags="clickable focusable"),
                     node("android.widget.EditText", "", desc="Message", rid="com.whatsapp:id/entry",
                          bounds=(40, 2200, 900, 2320), flags="clickable focusable"),
                     node("android.widget.ImageButton", desc="Send", bounds=(920, 2200, 1060, 2320), flags="clickable"))


TASK = "send Tomasz Wojcik a message saying the gate code is 4417"


def test_the_recipient_is_the_person_the_message_is_for():
    assert recipient(TASK) == "Tomasz Wojcik"
    assert recipient("Turn Wi-Fi off") is None


def test_on_another_persons_thread_the_message_is_not_typed_and_back_comes_first():
    ranked = rank(TASK, "", thread("Marta Lis"), APPS, [])
    assert ranked[0].action["kind"] == "back"
    assert all(c.score < ranked[0].score for c in ranked if c.action["kind"] == "type")


def test_on_the_recipients_own_thread_the_message_is_typed():
    ranked = rank(TASK, "", thread("Tomasz Wojcik"), APPS, [])
    assert ranked[0].action["kind"] == "type" and "4417" in ranked[0].action["text"]


def test_a_new_message_takes_the_recipients_name_first():
    screen = new_message()
    best = rank(TASK, "", screen, APPS, [])[0]
    assert best.action == {"kind": "type", "element": best.action["element"], "text": "Tomasz Wojcik"}
    assert screen.labels[best.action["element"]] == "To"
