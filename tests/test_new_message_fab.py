"""A message to a new number, a person the task names none of: the conversation list's "start a chat" control
(agents/candidates.py, new_message), not the rows of the people listed nor scrolling."""

from __future__ import annotations

from test_ui_conventions import node, screen_of, tapped


def test_a_text_to_a_new_number_starts_a_new_conversation():
    observation, screen = screen_of(
        node("EditText", (40, 120, 1040, 230), "", "", clickable=True, hint="Search messages"),
        node("RecyclerView", (0, 260, 1080, 2100), "", "",
             node("LinearLayout", (0, 260, 1080, 460), "", "", node("TextView", (160, 280, 800, 340), "Priya"),
                  node("TextView", (160, 350, 900, 410), "See you at 6"), clickable=True),
             node("LinearLayout", (0, 460, 1080, 660), "", "", node("TextView", (160, 480, 800, 540), "Dentist"),
                  node("TextView", (160, 550, 900, 610), "Reminder: appointment on Friday"), clickable=True),
             scrollable=True),
        node("Button", (640, 2150, 1040, 2290), "Start chat", "", clickable=True),
    )
    assert tapped(observation, screen, "send an sms to a new number", text="Start chat")
