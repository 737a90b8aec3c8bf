"""A field's id names its widget class as well as its purpose ("recipient_text_view",
"compose_message_edit_text"): the class words must not pull a message into the recipient field."""

from __future__ import annotations

from test_menus_counting import node, screen_of

from cascadroid.agents.candidates import rank

MESSAGING = "com.example.messaging"


def new_conversation(recipient_id: str, body_id: str):
    return screen_of(
        MESSAGING,
        node("android.widget.MultiAutoCompleteTextView", (0, 200, 1080, 320), rid=f"{MESSAGING}:id/{recipient_id}",
             click=True),
        node("android.widget.EditText", (0, 2000, 900, 2140), rid=f"{MESSAGING}:id/{body_id}", click=True),
        node("android.widget.ImageButton", (920, 2000, 1060, 2140), desc="Send SMS", click=True),
    )


def test_the_name_goes_into_the_recipient_field_and_the_message_into_the_body():
    for recipient_id, body_id in (("recipient_text_view", "compose_message_text"),
                                  ("to_edit_text", "message_body_edit_text"),
                                  ("recipients_textfield", "text_input_field")):
        screen = new_conversation(recipient_id, body_id)
        recipient = next(i for i, label in screen.labels.items() if "recipient" in label or label.startswith("to"))
        top = rank('Text Noah Lind: "See you at the station at 6"', "", screen, [], [])
        typed = [c.action for c in top if c.action["kind"] == "type"]
        assert typed[0] == {"kind": "type", "element": recipient, "text": "Noah Lind"}, (recipient_id, screen.lines)
        message_into = [c["element"] for c in typed if c["text"] == "See you at the station at 6"]
        assert message_into[0] != recipient, (recipient_id, typed)  # the body first
