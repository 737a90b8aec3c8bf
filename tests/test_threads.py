"""A message goes only into the thread of the person the task names (agents/threads.py): on a
WhatsApp-like thread of someone else, typing the message and Send fall below going back; on the
right person's thread, and in a new message's "To" field, nothing changes."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.lookup import SCORE as SEARCH_SCORE
from cascadroid.agents.threads import recipient, shows_person
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


def compose_to(address: str):
    return screen_of("org.example.mail",
                     node("android.widget.TextView", "Compose", bounds=(140, 100, 700, 220)),
                     node("android.widget.ImageButton", desc="Send", bounds=(920, 100, 1060, 220), flags="clickable"),
                     node("android.widget.EditText", address, desc="To", bounds=(40, 300, 1040, 400), flags="clickable focusable"),
                     node("android.widget.EditText", "", desc="Subject", bounds=(40, 450, 1040, 550), flags="clickable focusable"),
                     node("android.widget.EditText", "", desc="Body", bounds=(40, 600, 1040, 1200), flags="clickable focusable"))


MAIL_TASK = 'email Tomasz Wojcik with the subject "Gate" saying "the code is 4417"'


def test_a_mail_opened_addressed_to_the_recipient_takes_the_message():
    for address in ("tomasz.w@post.example", "wojcik88@post.example", "tomasz@post.example"):
        best = rank(MAIL_TASK, "", compose_to(address), [AppInfo(label="Mail", package="org.example.mail")], [])[0]
        assert best.action["kind"] == "type" and best.action["text"] in ("Gate", "the code is 4417")


def test_a_mail_addressed_to_someone_else_shows_no_recipient():
    assert not shows_person(compose_to("marta.lis@post.example"), "Tomasz Wojcik")
    assert not shows_person(compose_to("to@post.example"), "Bo Li")  # a name part too short to tell
    assert shows_person(compose_to("t.wojcik@post.example"), "Tomasz Wojcik")


def test_after_sending_the_whole_message_the_task_is_done():
    inbox = screen_of("org.example.mail",
                      node("android.widget.EditText", "", desc="Search in mail", bounds=(40, 100, 1040, 200),
                           flags="clickable focusable"),
                      node("android.widget.TextView", "Inbox", bounds=(40, 250, 400, 330)),
                      node("android.widget.ImageButton", desc="Compose", bounds=(900, 2000, 1040, 2140), flags="clickable"))
    history = [{"kind": "type", "outcome": "success", "line": 'type [4] "Subject" "Gate"'},
               {"kind": "type", "outcome": "success", "line": 'type [5] "Body" "the code is 4417"'},
               {"kind": "tap", "outcome": "success", "line": 'tap [2] "Send"'}]
    best = rank(MAIL_TASK, "", inbox, [AppInfo(label="Mail", package="org.example.mail")], history)[0]
    assert best.action["kind"] == "done" and best.score > SEARCH_SCORE  # above looking the recipient up again
    unsent = history[:1] + history[2:]  # the body never typed: not done yet
    assert rank(MAIL_TASK, "", inbox, [AppInfo(label="Mail", package="org.example.mail")], unsent)[0].action["kind"] != "done"
