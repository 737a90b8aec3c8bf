"""An app's own page headed "Settings": a setting no row names lies further down (agents/setting_below.py)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _messenger_settings(*rows: str, heading: str = "Настройки"):
    """An invented Russian messenger's settings page: the account block, a "Settings" heading, its rows."""
    listed = [node("FrameLayout", (0, 1650 + 120 * i, 1080, 1770 + 120 * i), row, clickable=True)
              for i, row in enumerate(rows)]
    return screen_of(node("RecyclerView", (0, 110, 1080, 2400), "", "",
                          node("TextView", (240, 540, 840, 620), "Олег Петров"),
                          node("FrameLayout", (0, 1000, 1080, 1130), "@oleg_p", clickable=True),
                          node("FrameLayout", (0, 1130, 1080, 1260), "О себе | Пара слов о себе на английском",
                               clickable=True),
                          node("TextView", (0, 1530, 1080, 1640), heading), *listed, scrollable=True))


_ROWS = ("Уведомления и звуки", "Конфиденциальность", "Данные и память", "Папки с чатами")


def test_a_setting_no_row_of_the_settings_page_names_is_scrolled_to():
    _, screen = _messenger_settings(*_ROWS)
    assert first("хочу поменять язык приложения на английский", screen)["kind"] == "swipe"


def test_must_not_scroll_past_the_row_that_names_it_or_on_a_page_not_headed_settings():
    observation, screen = _messenger_settings(*_ROWS, "Язык")
    row = element(observation, text="Язык")
    assert first("хочу поменять язык приложения на английский", screen) == {"kind": "tap", "element": row.id}
    _, plain = _messenger_settings(*_ROWS, heading="Олег")
    from cascadroid.agents import setting_below
    assert not setting_below._foreign_settings("хочу поменять язык приложения на английский", plain)


def test_a_setting_said_by_its_spoken_name_or_held_whole_in_a_longer_title_is_not_scrolled_past():
    """"вайфай" is the "Wi-Fi" row; "テザリング" is held whole by "アクセス ポイントとテザリング" (an invented vendor's
    Settings pages): the row, not a scroll."""
    from test_blind14_conventions import _settings_page

    from cascadroid.agents.candidates import rank

    screen = _settings_page(("Wi-Fi", "Включено"), ("Мобильная сеть", ""), ("Экран", "Яркость"))
    best = rank("выключи вайфай", "", screen, [], [])[0]
    assert best.action["kind"] == "tap" and screen.labels[best.action["element"]].startswith("Wi-Fi")
    screen = _settings_page(("インターネット", "Home-5G"), ("機内モード", ""), ("アクセス ポイントとテザリング", "オフ"))
    best = rank("テザリングをオンにしたい", "", screen, [], [])[0]
    assert best.action["kind"] == "tap" and "テザリング" in screen.labels[best.action["element"]]
    assert rank("画面の自動回転をオンにしたい", "", screen, [], [])[0].action["kind"] == "swipe"  # no row names it


def test_a_section_headed_settings_names_the_page_so_a_row_sharing_its_word_is_no_setting_asked():
    observation, screen = _messenger_settings("Обои для чатов", "Цвет имени", "Ночной режим", heading="Настройки чатов")
    task = "включи отправку по Enter, в настройках чатов"
    assert first(task, screen)["kind"] == "swipe"
    observation, screen = _messenger_settings("Обои для чатов", "Отправка по Enter", heading="Настройки чатов")
    row = element(observation, text="Отправка по Enter")
    assert first(task, screen) == {"kind": "tap", "element": row.id}


def test_must_not_take_a_long_line_for_a_settings_heading():
    from cascadroid.agents import setting_below
    _, screen = _messenger_settings(*_ROWS, heading="Откройте настройки, чтобы сменить тему приложения")
    assert not setting_below._headings(screen)
    _, thai = _messenger_settings(*_ROWS, heading="แชทด้วยฟีเจอร์ใหม่ล่าสุด")  # shares letter pairs with การตั้งค่า only
    assert not setting_below._headings(thai)


def test_a_row_whose_summary_lists_the_setting_is_tapped_not_scrolled_past():
    """An invented vendor's top Settings page: the setting asked for is listed under a section's title ("Связь |
    Wi-Fi • Bluetooth • Точка доступа"), not a title itself: that row, not a scroll. A sentence describing a row
    names nothing, and a page whose summaries list other settings is still scrolled."""
    from test_blind14_conventions import _settings_page

    from cascadroid.agents.candidates import rank

    screen = _settings_page(("Связь", "Wi-Fi • Bluetooth • Точка доступа"), ("Экран", "Яркость • Тёмная тема"),
                            ("Звук", "Громкость • Вибрация"))
    best = rank("выключи блютуз", "", screen, [], [])[0]
    assert best.action["kind"] == "tap" and screen.labels[best.action["element"]].startswith("Связь")
    screen = _settings_page(("ネットワーク", "モバイル、Wi-Fi、テザリング"), ("ディスプレイ", "明るさ、ダークモード"))
    best = rank("テザリングをオンにしたい", "", screen, [], [])[0]
    assert best.action["kind"] == "tap" and screen.labels[best.action["element"]].startswith("ネットワーク")
    assert rank("画面の自動回転をオンにしたい", "", screen, [], [])[0].action["kind"] == "swipe"  # no row lists it
    assert rank("включи режим полёта", "", _settings_page(("Связь", "Wi-Fi • Bluetooth"), ("Экран", "Яркость • Тёмная тема")),
                [], [])[0].action["kind"] == "swipe"


def test_a_summary_of_two_names_joined_by_and_names_its_row():
    """An invented vendor's Arabic Settings page: "الأجهزة المتصلة | البلوتوث والإقران" (Bluetooth and pairing) holds
    the Bluetooth asked for; a one-word state ("إيقاف", off) names nothing, so a setting no row names still scrolls."""
    from test_blind14_conventions import _settings_page

    from cascadroid.agents.candidates import rank

    screen = _settings_page(("الشبكة", "إيقاف"), ("الأجهزة المتصلة", "البلوتوث والإقران"), ("الشاشة", "السطوع"))
    best = rank("شغل البلوتوث", "", screen, [], [])[0]
    assert best.action["kind"] == "tap" and screen.labels[best.action["element"]].startswith("الأجهزة المتصلة")
    assert rank("شغل الموقع الجغرافي", "", screen, [], [])[0].action["kind"] == "swipe"  # location: no row names it
