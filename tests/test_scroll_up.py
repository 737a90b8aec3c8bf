"""A task saying to scroll up (agents/scroll_up.py): a chat opens at its newest message, what was said before is
above. Invented chats; a gesture named by the finger ("swipe up") and a screen with nothing to scroll must not fire."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

_UP = {"kind": "swipe", "direction": "up"}


def _chat(scrolls: bool = True):
    return screen_of(node("TextView", (40, 120, 600, 200), "Wanderfreunde"),
                     node("ListView", (0, 220, 1080, 2000), "", "",
                          node("TextView", (40, 260, 900, 340), "14:05"),
                          node("TextView", (40, 360, 900, 460), "Heute früh war es neblig am Gipfel", clickable=True),
                          node("TextView", (40, 480, 900, 580), "Wer bringt die Karte mit?", clickable=True),
                          scrollable=scrolls),
                     node("EditText", (20, 2040, 900, 2160), "", "", clickable=True, hint="Nachricht"))[1]


def test_scrolling_up_is_asked_in_several_languages_and_leads_over_a_bubble_sharing_a_word():
    screen = _chat()
    assert first("scroll hoch, was wurde heute früh geschrieben?", screen) == _UP
    assert first("往上翻翻，看看早上都聊了啥", screen) == _UP
    assert first("rola pra cima, quero ver o que falaram de manhã", screen) == _UP
    assert first("прокрути вверх до утренних сообщений", screen) == _UP


def test_a_swipe_named_by_the_finger_or_a_screen_that_does_not_scroll_gets_no_scrolling_up():
    assert first("swipe up on the Gipfel message", _chat()) != _UP
    assert first("往上翻翻，看看早上都聊了啥", _chat(scrolls=False)) != _UP


def test_a_scrolling_page_with_no_field_beneath_is_no_conversation():
    """On a settings page people say "scroll up" for the finger's way as often as for the page's."""
    screen = screen_of(node("ScrollView", (0, 200, 1080, 2300), "", "",
                            node("TextView", (40, 260, 900, 380), "Anzeige", clickable=True),
                            node("TextView", (40, 400, 900, 520), "Töne", clickable=True), scrollable=True))[1]
    assert first("scroll hoch zu den Tönen", screen) != _UP


def test_a_quoted_message_saying_scroll_up_is_typed_not_obeyed():
    screen = _chat()
    assert first('reply "scroll up, I sent the map earlier" here', screen) != _UP
    assert first('schreib "scroll up, die Karte ist weiter oben"', screen) != _UP
    assert first("scroll up to the morning messages", screen) == _UP  # said outside quotes, it is still obeyed


def _thread(*day_headers: str):
    said = [node("TextView", (40, 260 + 220 * i, 900, 340 + 220 * i), header) for i, header in enumerate(day_headers)]
    return screen_of(node("TextView", (40, 120, 600, 200), "Kofi Mensah"),
                     node("ListView", (0, 220, 1080, 2000), "", "", *said,
                          node("TextView", (40, 1200, 900, 1300), "See you at the gate at 6", clickable=True),
                          node("TextView", (40, 1320, 900, 1420), "Bring the charger please", clickable=True),
                          scrollable=True),
                     node("EditText", (20, 2040, 900, 2160), "", "", clickable=True, hint="Message"))[1]


def test_a_question_about_what_was_said_days_back_scrolls_up_a_thread_showing_only_recent_days():
    assert first("what was the wifi password Kofi sent me a few days ago?", _thread("Today")) == _UP
    assert first("¿qué dirección me mandó Kofi hace 3 días?", _thread("Yesterday", "Today")) == _UP
    assert first("what did Kofi send me yesterday?", _thread("Today")) == _UP


def test_a_thread_already_showing_that_day_or_a_request_does_not_scroll_up():
    assert first("what did Kofi send me yesterday?", _thread("Yesterday", "Today")) != _UP
    assert first("what was the wifi password Kofi sent me 4 days ago?", _thread("12/11/2026", "Today")) != _UP
    assert first("reply to what Kofi sent me yesterday: on my way", _thread("Today")) != _UP
