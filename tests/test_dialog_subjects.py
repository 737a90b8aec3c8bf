"""What a dialog asks about (agents/dialog_subjects.py): its own words, never the screen it covers; the question it
asks, not the consequences its message tells; the item it names. A dialog about another item, or offering another
thing under the task's verb ("Update", "Turn on"), is set aside (agents/in_the_way.py), never confirmed
(agents/dialog_answers.py). Invented apps only."""

from __future__ import annotations

from test_ui_conventions import element, first, node

from cascadroid.agents.dialog_subjects import names, question
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation


def _over_list(title: str, message: str, no: str, yes: str, *, alert: bool = True):
    """An invented chat list ("Quillchat": rows for Lior Avni and Maren Holt, a Search button) under a dialog of two
    buttons, marked by AlertDialog ids or by its shape alone (a Compose dialog dumps none)."""
    page = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                node("TextView", (40, 140, 600, 230), "Quillchat"),
                node("ImageButton", (900, 140, 1040, 230), "", "Search", clickable=True),
                node("LinearLayout", (0, 280, 1080, 460), "", "", node("TextView", (160, 300, 900, 380), "Lior Avni"),
                     node("TextView", (160, 380, 900, 440), "Lunch tomorrow?"), clickable=True),
                node("LinearLayout", (0, 460, 1080, 640), "", "", node("TextView", (160, 480, 900, 560), "Maren Holt"),
                     node("TextView", (160, 560, 900, 620), "Sent a sticker"), clickable=True))
    ids = ("android:id/alertTitle", "android:id/message", "android:id/button2", "android:id/button1") if alert else \
        ("", "", "", "")
    dialog = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                  node("FrameLayout", (90, 900, 990, 1520), "", "",
                       node("TextView", (130, 940, 950, 1020), title, rid=ids[0]),
                       node("TextView", (130, 1030, 950, 1200), message, rid=ids[1]),
                       node("Button", (130, 1250, 540, 1380), no, clickable=True, rid=ids[2]),
                       node("Button", (560, 1250, 950, 1380), yes, clickable=True, rid=ids[3])))
    observation = parse_observation(f"<hierarchy>{page}{dialog}</hierarchy>")
    return observation, perceive(observation)


def _tap(observation, text: str) -> dict:
    return {"kind": "tap", "element": element(observation, text=text).id}


def test_a_dialog_asks_its_question_and_names_its_item():
    lines = ["Block Lior Avni?", "Blocked contacts will no longer be able to call you or send you messages."]
    assert question(lines) == "Block Lior Avni?"
    assert names(lines) == ["Lior", "Avni"]
    assert names(["Delete note?", "“Errands” will be moved to the trash."]) == ["Errands"]
    assert names(["¿Eliminar el chat con Maren Holt?"]) == ["Maren", "Holt"]
    assert question(["Remove account", "All of its messages will be deleted."]) == "Remove account"


def test_a_verb_in_what_the_message_tells_is_no_act_the_dialog_asks():
    observation, screen = _over_list("Block Lior Avni?", "Blocked contacts will no longer be able to call you or send "
                                     "you messages.", "Cancel", "Block")
    for task in ("call Lior", "send Lior a message"):
        assert first(task, screen) != _tap(observation, "Block"), task
    assert first("block Lior", screen) == _tap(observation, "Block")


def test_the_screen_a_dialog_covers_says_nothing_of_what_it_asks():
    observation, screen = _over_list("Clear this chat?", "Every message here will be deleted.", "Cancel", "Clear chat")
    assert first("clear my search history", screen) == _tap(observation, "Cancel")
    observation, screen = _over_list("Update available", "A new version is ready with the latest features.", "Later",
                                     "Update")
    assert first("reply to Lior", screen) == _tap(observation, "Later")


def test_a_dialog_about_another_item_is_set_aside_not_confirmed():
    observation, screen = _over_list("Delete chat with Lior Avni?", "Messages will be removed from this device.",
                                     "Cancel", "Delete")
    assert first("delete the chat with Maren", screen) == _tap(observation, "Cancel")
    assert first("delete the chat with Lior", screen) == _tap(observation, "Delete")
    observation, screen = _over_list("Delete note?", "“Errands” will be moved to the trash.", "Cancel", "Delete",
                                     alert=False)
    assert first("delete the packing list note", screen) == _tap(observation, "Cancel")
    assert first("delete the errands note", screen) == _tap(observation, "Delete")


def test_a_prompts_button_saying_only_the_tasks_verb_offers_another_thing():
    observation, screen = _over_list("Stay in the loop", "Turn on notifications to hear about new messages.",
                                     "No thanks", "Turn on", alert=False)
    assert first("turn on dark mode", screen) == _tap(observation, "No thanks")
    assert first("turn on notifications", screen) == _tap(observation, "Turn on")
    observation, screen = _over_list("Update available", "A new version is ready with the latest features.", "Later",
                                     "Update")
    assert first("update my profile picture", screen) == _tap(observation, "Later")
