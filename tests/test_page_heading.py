"""The page's heading names where the user is, no control on it (agents/page_heading.py). Invented apps only."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.page_heading import heading

_SCROLL = {"kind": "swipe", "direction": "down"}


def _settings_page(title: str, *rows: str):
    """A settings page titled in its top bar, its rows in a list that scrolls."""
    return screen_of(node("ImageButton", (20, 130, 130, 240), "", "Voltar", clickable=True),
                     node("TextView", (150, 150, 900, 230), title),
                     node("RecyclerView", (0, 290, 1080, 2400), "", "",
                          *[node("LinearLayout", (0, 300 + 170 * i, 1080, 460 + 170 * i), "", "",
                                 node("TextView", (60, 320 + 170 * i, 1000, 400 + 170 * i), row), clickable=True)
                            for i, row in enumerate(rows)], scrollable=True))


def _chat_list(title: str, *chats: str):
    """A messenger's chat list: the section's name alone in the top bar, its chats below, tabs at the bottom."""
    rows = [node("LinearLayout", (0, 420 + 190 * i, 1080, 600 + 190 * i), "", "",
                 node("TextView", (200, 440 + 190 * i, 800, 500 + 190 * i), name),
                 node("TextView", (200, 520 + 190 * i, 1000, 580 + 190 * i), preview), clickable=True)
            for i, (name, preview) in enumerate(chat.split(" / ") for chat in chats)]
    return screen_of(node("TextView", (40, 140, 300, 230), title, clickable=True),
                     node("ImageButton", (940, 140, 1040, 230), "", "Mais opções", clickable=True),
                     node("RecyclerView", (0, 400, 1080, 2160), "", "", *rows, scrollable=True),
                     node("FrameLayout", (0, 2200, 540, 2400), "", title, clickable=True),
                     node("FrameLayout", (540, 2200, 1080, 2400), "", "Perfil", clickable=True))


def test_the_title_alone_in_the_top_bar_is_the_heading():
    assert heading(_settings_page("Tela", "Tela cheia", "Brilho")[1]) == "Tela"
    assert heading(_chat_list("Чаты", "Бабушка / Ты поела?")[1]) == "Чаты"


def test_a_row_repeating_the_heading_is_not_what_the_task_names():
    _, screen = _settings_page("Tela", "Modo escuro", "Brilho automático", "Tamanho da fonte", "Tela cheia")
    assert first("coloca 90 hz na tela", screen) == _SCROLL  # the refresh rate is further down
    _, screen = _settings_page("Anzeige", "Dunkelmodus", "Schriftgröße", "Anzeige drehen")
    assert first("stell die anzeige auf 120 hz", screen) == _SCROLL


def test_the_chat_named_beats_the_section_heading_it_is_listed_under():
    observation, screen = _chat_list("Чаты", "Бабушка / Ты поела?", "Работа / Отчёт готов", "Папа / Фото")
    grandma = element(observation, text="Бабушка")
    assert first("открой чаты бабушку", screen)["element"] in (grandma.id, screen.aliases.get(grandma.id))


def test_tabs_a_search_query_or_a_verb_button_are_no_heading_to_set_aside():
    _, tabs = screen_of(node("TextView", (40, 140, 300, 230), "Rides", clickable=True),
                        node("TextView", (320, 140, 580, 230), "Food", clickable=True),
                        node("TextView", (600, 140, 860, 230), "Wallet", clickable=True))
    assert heading(tabs) == ""  # side by side they are tabs: "order food" taps Food
    observation, results = screen_of(
        node("TextView", (140, 130, 780, 230), "trail shoes", clickable=True, rid="com.example.app:id/search_query"),
        node("RecyclerView", (0, 260, 1080, 2200), "", "",
             node("LinearLayout", (0, 280, 1080, 480), "", "Trail shoes Kestrel", clickable=True),
             node("LinearLayout", (0, 480, 1080, 680), "", "Road shoes Pipit", clickable=True), scrollable=True))
    assert heading(results) == ""  # the query heads its results: "open the Kestrel trail shoes" opens one
    kestrel = element(observation, content_desc="Trail shoes Kestrel")
    assert first("open the Kestrel trail shoes", results) == {"kind": "tap", "element": kestrel.id}
    observation, notes = screen_of(node("TextView", (150, 150, 900, 230), "Notas"),
                                   node("RecyclerView", (0, 290, 1080, 2000), "", "",
                                        node("LinearLayout", (0, 300, 1080, 460), "", "Lista da feira", clickable=True),
                                        scrollable=True),
                                   node("Button", (800, 2050, 1040, 2250), "", "Nova nota", clickable=True))
    new = element(observation, content_desc="Nova nota")
    assert first("cria uma nota nova", notes) == {"kind": "tap", "element": new.id}  # a button named by its act


def test_a_row_naming_one_part_of_a_joined_heading_is_named():
    observation, screen = _settings_page("Network & internet", "Internet", "SIMs", "Airplane mode")
    internet = element(observation, text="Internet")
    assert first("open my internet settings", screen)["element"] in (internet.id, screen.aliases.get(internet.id))
    observation, screen = _settings_page("Sonido y vibración", "Tono de llamada", "Vibración", "No molestar")
    buzz = element(observation, text="Vibración")
    assert first("abre los ajustes de vibración", screen)["element"] in (buzz.id, screen.aliases.get(buzz.id))
    _, screen = _settings_page("Pantalla", "Modo oscuro", "Tamaño de fuente", "Pantalla completa")
    assert first("ponle 120 hz a la pantalla", screen) == _SCROLL  # the row repeats the whole heading


def _chat(name: str, call: str, more: str):
    """A one-to-one chat: its header (the contact's name, a button opening the contact) atop the messages."""
    return screen_of(node("ImageButton", (0, 120, 110, 240), "", "Navigate up", clickable=True),
                     node("TextView", (200, 140, 700, 220), name, clickable=True),
                     node("ImageButton", (760, 120, 880, 240), "", call, clickable=True),
                     node("ImageButton", (940, 120, 1060, 240), "", more, clickable=True),
                     node("RecyclerView", (0, 400, 1080, 2150), "", "",
                          node("TextView", (100, 500, 900, 600), "See you at 6"), scrollable=True),
                     node("EditText", (20, 2200, 900, 2350), "", "", hint="Message", clickable=True))


def test_the_heading_itself_is_tapped_where_the_task_names_nothing_else_here():
    observation, screen = _chat("Ana Ruiz", "Video call", "More options")
    assert first("open Ana Ruiz's contact info", screen) == {"kind": "tap", "element": element(observation, text="Ana Ruiz").id}
    observation, screen = _chat("Jonas Berger", "Videoanruf", "Weitere Optionen")
    header = element(observation, text="Jonas Berger").id
    assert first("zeig mir das Profil von Jonas Berger", screen) == {"kind": "tap", "element": header}
    assert first("ruf Jonas Berger per Videoanruf an", screen) != {"kind": "tap", "element": header}


def test_a_chat_date_line_in_the_list_under_a_short_bar_does_not_hide_the_contacts_name():
    """A one-to-one chat whose message list starts right under its bar: the first date line reaches into the top
    band but is the list's; the header still names where the user is."""
    _, screen = screen_of(node("ImageButton", (0, 110, 120, 230), "", "Zurück", clickable=True),
                          node("TextView", (130, 130, 500, 210), "Lotte"),
                          node("RecyclerView", (0, 245, 1080, 2100), "", "",
                               node("TextView", (330, 265, 750, 315), "Freitag, 17. Mai"),
                               node("TextView", (160, 385, 640, 485), "Bis später!"), scrollable=True))
    assert heading(screen) == "Lotte"
    _, screen = screen_of(node("TextView", (40, 130, 300, 210), "Chats"),  # must not fire: two texts in the bar
                          node("TextView", (700, 130, 1000, 210), "Anrufe"),
                          node("RecyclerView", (0, 245, 1080, 2100), "", "",
                               node("TextView", (330, 265, 750, 315), "Heute"), scrollable=True))
    assert heading(screen) == ""
