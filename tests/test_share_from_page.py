"""Sending the thing a page shows goes through its Share button (agents/sharing.py ``from_page``), on invented apps."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _article(*more: str):
    return screen_of(  # a news app's article page: a headline, its text, an action row under it
        node("TextView", (40, 100, 1040, 260), "Как выбрать велосипед для города: 7 советов"),
        node("TextView", (40, 280, 1040, 900), "Городской велосипед должен быть лёгким, с крыльями и багажником..."),
        node("Button", (40, 940, 300, 1040), "", "Нравится, 214", clickable=True),
        node("Button", (320, 940, 580, 1040), "", "Комментарии, 31", clickable=True),
        node("Button", (600, 940, 820, 1040), "", "В закладки", clickable=True),
        node("Button", (840, 940, 1040, 1040), "", "Поделиться", clickable=True),
        node("TextView", (40, 1100, 1040, 1180), "Читайте также"),
        node("Button", (40, 1200, 1040, 1400), "Лучшие велосипедные маршруты Москвы", clickable=True),
        *more,
    )


def test_sending_the_article_shown_presses_its_share_button() -> None:
    observation, screen = _article()
    share = element(observation, content_desc="Поделиться")
    assert first("отправь эту статью про велосипед в телеграм", screen) == {"kind": "tap", "element": share.id}
    assert first("send this bike article to Nadia on Telegram", screen) == {"kind": "tap", "element": share.id}


def test_a_page_with_its_own_send_control_keeps_it() -> None:
    observation, screen = _article(node("Button", (40, 1420, 1040, 1520), "Отправить другу", clickable=True))
    share = element(observation, content_desc="Поделиться")  # the page sends by its own control: not raised over it
    assert first("отправь эту статью про велосипед в телеграм", screen) != {"kind": "tap", "element": share.id}
