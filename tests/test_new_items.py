"""A task making a new item starts at the screen's create control (agents/new_items.py; invented apps)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.new_items import asks_new


def _row(top: int, title: str, detail: str) -> str:
    return node("View", (0, top, 1080, top + 190), "", "", node("TextView", (60, top + 35, 900, top + 95), title),
                node("TextView", (60, top + 100, 900, top + 160), detail), clickable=True)


def _agenda():
    """An invented Dutch agenda: a top bar, appointment rows, an icon-only floating button known by its id."""
    return screen_of(
        node("ImageButton", (20, 120, 140, 240), "", "Menu", clickable=True),
        node("TextView", (180, 140, 700, 220), "Agenda"),
        _row(400, "Tandarts", "ma 8 dec · 09:00-09:30"), _row(600, "Lunch met Pieter", "di 9 dec · 12:30-13:30"),
        _row(800, "Yoga", "wo 10 dec · 19:00-20:00"),
        node("ImageButton", (860, 2150, 1020, 2310), "", "Toevoegen", clickable=True, rid="com.example.app:id/fab"))


def _files():
    """An invented Russian file manager: folder rows, a "+" button known by its description ("Добавить") alone."""
    return screen_of(
        node("TextView", (40, 140, 700, 220), "Мои файлы"),
        _row(400, "Документы", "12 файлов"), _row(600, "Фото", "240 файлов"), _row(800, "Загрузки", "31 файл"),
        node("ImageButton", (860, 2150, 1020, 2310), "", "Добавить", clickable=True))


def _notes():
    """An invented Japanese notes list with its new-note button."""
    return screen_of(
        node("TextView", (40, 140, 700, 220), "メモ"),
        _row(400, "旅行の持ち物", "パスポート、充電器"), _row(600, "読みたい本", "三体、ノルウェイの森"),
        node("ImageButton", (860, 2150, 1020, 2310), "", "新規作成", clickable=True))


def test_an_appointment_said_with_an_indefinite_article_taps_the_floating_add_button():
    observation, screen = _agenda()
    fab = element(observation, content_desc="Toevoegen")
    assert first("zet een afspraak met Sanne op donderdag om 15 uur", screen) == {"kind": "tap", "element": fab.id}


def test_a_folder_made_by_a_verb_without_articles_taps_the_add_button():
    observation, screen = _files()
    create = element(observation, content_desc="Добавить")
    assert first("заведи папку для чеков", screen) == {"kind": "tap", "element": create.id}


def test_a_note_jotted_down_in_japanese_taps_the_new_note_button():
    observation, screen = _notes()
    fab = element(observation, content_desc="新規作成")
    assert first("明日の会議の時間メモして", screen) == {"kind": "tap", "element": fab.id}


def test_an_item_the_list_shows_a_question_or_an_open_form_takes_no_create_button():
    observation, screen = _agenda()
    fab = element(observation, content_desc="Toevoegen")
    assert first("open de afspraak Lunch met Pieter", screen) != {"kind": "tap", "element": fab.id}
    assert not asks_new("heb ik een afspraak op dinsdag?")
    assert not asks_new("metti like a questo video")  # "a": a preposition, no article
    assert not asks_new("add one more pack of rice")  # more of what is there
    observation, screen = screen_of(
        node("TextView", (40, 140, 700, 220), "Nieuwe afspraak"),
        node("EditText", (40, 400, 1040, 520), "", "", clickable=True, hint="Titel"),
        node("Button", (700, 2120, 1040, 2270), "Aanmaken", clickable=True))
    make = element(observation, text="Aanmaken")
    assert first("maak een afspraak met Sanne", screen) != {"kind": "tap", "element": make.id}


def test_a_floating_button_in_a_language_no_glossary_knows_is_known_by_its_shape():
    """An invented Welsh to-do list: the round button in the bottom corner, over the rows, makes a new task."""
    observation, screen = screen_of(
        node("TextView", (40, 140, 700, 220), "Tasgau"),
        *[_row(400 + 200 * i, title, "Dydd Gwener") for i, title in enumerate(("Talu'r bil", "Galw Mam", "Siopa", "Golchi",
                                                                                "Ffurflen dreth", "Garddio", "Post",
                                                                                "Banc"))],
        node("ImageButton", (880, 1940, 1040, 2100), "", "Ychwanegu tasg", clickable=True))
    fab = element(observation, content_desc="Ychwanegu tasg")
    assert first("create a new task to water the plants", screen) == {"kind": "tap", "element": fab.id}


def test_an_alarm_at_a_korean_or_chinese_clock_time_taps_the_lone_add_button():
    """An invented Chinese clock: alarm rows at other times, a "+" in the top bar described only as "添加" (add)."""
    observation, screen = screen_of(
        node("TextView", (40, 140, 600, 220), "闹钟"),
        node("ImageButton", (900, 130, 1040, 250), "", "添加", clickable=True),
        _row(400, "07:00", "工作日"), _row(600, "08:30", "周末"))
    plus = element(observation, content_desc="添加")
    assert first("明天早上6点15分叫我起床", screen) == {"kind": "tap", "element": plus.id}


def test_a_new_item_said_before_a_verb_that_ends_the_clause_taps_the_create_button():
    """Verb-last grammar in Latin letters: the object with its "one" ("bir", "bitta", "egy", "ek") comes before the
    verb. An invented Turkish to-do app and an invented Uzbek notes app, each with its floating button."""
    observation, screen = screen_of(
        node("TextView", (40, 140, 700, 220), "Yapılacaklar"),
        _row(400, "Faturaları öde", "Cuma · 18:00"), _row(600, "Annemi ara", "Cumartesi"),
        _row(800, "Market alışverişi", "Pazar"),
        node("ImageButton", (860, 2150, 1020, 2310), "", "Görev ekle", clickable=True, rid="com.example.todo:id/fab"))
    fab = element(observation, resource_id="com.example.todo:id/fab")
    assert first("yarın için bir görev oluştur, diş hekimi randevusu", screen) == {"kind": "tap", "element": fab.id}
    assert asks_new("bitta papka qo'shing")
    assert asks_new("ek naya group bana do")
    assert asks_new("egy bevásárlólistát készíts")
    assert not asks_new("take a photo and save")  # "a" is no determiner of a verb-last language
    assert not asks_new("Market alışverişi görevini aç")  # a listed item, no "one" before the verb
