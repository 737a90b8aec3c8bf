"""A conversation row quoting a payment is a thread to open when the task asks for those messages, not a past
record to pass over (agents/past_records.py); a task that moves money still passes over such rows."""

from __future__ import annotations

from test_ui_conventions import node, screen_of, tapped


def _inbox():
    return screen_of(
        node("EditText", (40, 120, 1040, 230), "", "", clickable=True, hint="Search conversations"),
        node("LinearLayout", (0, 300, 1080, 500), "", "", node("TextView", (160, 320, 700, 380), "Grace"),
             node("TextView", (800, 320, 1040, 380), "9:14 AM"),
             node("TextView", (160, 390, 1000, 450), "Are we still on for lunch?"), clickable=True),
        node("LinearLayout", (0, 500, 1080, 700), "", "", node("TextView", (160, 520, 700, 580), "Equity Bank"),
             node("TextView", (800, 520, 1040, 580), "Yesterday"),
             node("TextView", (160, 590, 1000, 650), "Ksh 2,000.00 credited to A/C ...4471. Bal Ksh 7,310.00"),
             clickable=True),
    )


def test_the_bank_s_sms_thread_opens_for_its_messages():
    observation, screen = _inbox()
    assert tapped(observation, screen, "open my equity messages", text="Equity Bank")
