"""Signing out sits at the end of an account page (agents/signing_out.py), on invented menu pages."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

_SCROLL = {"kind": "swipe", "direction": "down"}


def _menu(rows: list[str], settings: str = "Налаштування", scrolls: bool = True):
    """An invented app's menu tab: a settings gear, then a list of rows."""
    return screen_of(node("ImageButton", (940, 80, 1060, 200), "", settings, clickable=True),
                     node("ScrollView", (0, 240, 1080, 2200), "", "",
                          *[node("TextView", (40, 260 + 160 * k, 1040, 400 + 160 * k), row, clickable=True)
                            for k, row in enumerate(rows)], scrollable=scrolls))


def _scroll_raised(task: str, screen) -> bool:
    from cascadroid.agents import signing_out
    from cascadroid.agents.candidates import Candidate

    out = [Candidate({"kind": "tap", "element": screen.actionable[0]}, "tap", 1.0),
           Candidate(dict(_SCROLL), "scroll down to see more", 0.2)]
    signing_out.adjust(out, task, screen)
    return out[1].score > 0.2


_UK = ["Мій обліковий запис", "Підключені пристрої", "Часті питання", "Політика конфіденційності"]


def test_signing_out_in_other_words_scrolls_an_account_page_that_shows_no_sign_out():
    observation, screen = _menu(_UK)
    assert first("вилогінь мене з Кавуна", screen) == _SCROLL
    observation, screen = _menu(["My account details", "Devices", "Help centre", "Privacy"], settings="Settings")
    assert first("log me out of my account", screen) == _SCROLL
    assert _scroll_raised("вилогінь мене з Кавуна", _menu(_UK)[1]) is True


def test_must_not_fire_where_sign_out_shows_no_account_page_or_another_act():
    observation, screen = _menu([*_UK, "Вийти"])
    sign_out = {"kind": "tap", "element": next(i for i in screen.actionable if screen.labels.get(i) == "Вийти")}
    assert first("вилогінь мене з Кавуна", screen) == sign_out
    observation, screen = _menu(["Свіжі новини", "Погода у Львові", "Курс валют", "Афіша"], settings="Пошук")
    assert _scroll_raised("вилогінь мене з Кавуна", screen) is False  # a feed is no account page
    observation, screen = _menu(_UK, scrolls=False)
    assert _scroll_raised("вилогінь мене з Кавуна", screen) is False
    observation, screen = _menu(_UK)
    assert first("відкрий часті питання", screen) != _SCROLL
