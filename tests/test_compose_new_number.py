"""Texting a number no row shows starts a new conversation (agents/compose_entry.py, an invented messenger)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.compose_entry import texts_new_number


def _row(top: int, name: str, preview: str) -> str:
    return node("View", (0, top, 1080, top + 190), "", "", node("TextView", (200, top + 35, 820, top + 95), name),
                node("TextView", (200, top + 100, 940, top + 160), preview), clickable=True)


def _messenger():
    """An invented Vietnamese messenger: an upsell card, conversation rows, the new-chat button."""
    return screen_of(
        node("TextView", (50, 150, 600, 230), "Tin nhắn"),
        node("TextView", (80, 320, 1000, 390), "Nhắn tin qua Wi-Fi miễn phí"),
        node("Button", (520, 520, 720, 620), "Để sau", clickable=True),
        node("Button", (740, 520, 1020, 620), "Bật ngay", clickable=True),
        _row(660, "Mẹ", "nhớ mua sữa nhé con"), _row(850, "0987 111 222", "số mới của anh đây"),
        _row(1040, "Anh Tuấn", "ok mai gặp"),
        node("Button", (880, 2130, 1040, 2290), "", "Trò chuyện mới", clickable=True))


def test_a_number_no_row_shows_is_texted_from_the_new_chat_button():
    observation, screen = _messenger()
    fab = element(observation, content_desc="Trò chuyện mới")
    assert first("gửi sms tới số 0912 345 678 giúp mình, chưa lưu số", screen) == {"kind": "tap", "element": fab.id}


def test_must_not_fire_for_a_listed_number_or_a_call():
    observation, screen = _messenger()
    assert not texts_new_number("gửi sms tới số 0987 111 222 nhé", screen)  # the row shows it
    assert not texts_new_number("gọi số 0912 345 678", screen)  # no text said
    fab = element(observation, content_desc="Trò chuyện mới")
    assert first("gửi sms tới số 0987 111 222 nhé", screen) != {"kind": "tap", "element": fab.id}


def test_a_mail_named_as_a_thing_asks_for_no_compose_button():
    """An invented mail app's inbox: "show my sent emails" and "star the mail from Ivo" name mails that exist; only
    a task whose verb is mailing or writing makes the compose button one of its words."""
    from cascadroid.agents.goal import parse_goal

    observation, screen = screen_of(
        node("ImageButton", (20, 120, 140, 240), "", "Open menu", clickable=True),
        node("TextView", (40, 300, 600, 380), "Inbox"),
        _row(420, "Ivo Petrov", "Plans for Saturday"), _row(610, "Rail tickets", "Your booking is confirmed"),
        node("Button", (640, 1950, 1040, 2080), "Compose", clickable=True))
    compose = element(observation, text="Compose")
    assert first("show my sent emails", screen) != {"kind": "tap", "element": compose.id}
    assert "compose" not in parse_goal("star the mail from Ivo").words
    assert "compose" in parse_goal("email Ivo about the plan").words
