"""Conventions found missing on the thirteenth session's blind real screens (DEV half), each on other
invented screens, apps and languages, with a case that must not fire (agents/search_requests.py for
Cyrillic, Polish and Greek search verbs)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents.search_requests import query

# --- a search verb first in Cyrillic, Polish or Greek: the query goes into the empty search box -----------


def test_cyrillic_polish_and_greek_search_verbs_first_give_the_query():
    assert query("знайди кросівки для бігу") == "кросівки для бігу"
    assert query("пожалуйста, найди мне зарядку") == "зарядку"
    assert query("znajdź słuchawki bezprzewodowe proszę") == "słuchawki bezprzewodowe"
    assert query("βρες φαρμακείο") == "φαρμακείο"
    assert query("открой настройки") is None and query("відкрий налаштування") is None


def _shop_search(*suggestions: str, typed: str = ""):
    rows = [node("TextView", (0, 400 + i * 130, 1080, 520 + i * 130), s, "", clickable=True)
            for i, s in enumerate(suggestions)]
    return screen_of(node("EditText", (120, 130, 940, 230), typed, "", rid="com.example.shop:id/search_input",
                          hint="Пошук товарів", clickable=True, focused=True), *rows)


def test_a_ukrainian_search_types_the_query_above_longer_suggestions():
    observation, screen = _shop_search("кросівки для бігу nike", "кросівки для бігу жіночі", "кросівки")
    action = first("знайди кросівки для бігу", screen)
    assert action.get("kind") == "type" and action.get("text") == "кросівки для бігу"


def test_a_box_already_holding_words_gets_no_query_typed():
    observation, screen = _shop_search("кросівки для бігу nike", "кросівки для бігу жіночі", typed="кросівки")
    assert first("знайди кросівки для бігу", screen).get("kind") != "type"


# --- a message said after its person in other languages: typed into the open chat ------------------------

from cascadroid.agents.told_abroad import told  # noqa: E402
from cascadroid.agents.wording import canonical  # noqa: E402


def test_romance_germanic_slavic_and_indonesian_tell_forms_give_the_message():
    assert told("diga à Ana que chego em 10 minutos") == 'tell Ana saying "chego em 10 minutos"'
    assert told("dis à Marc qu'il pleut encore") == 'tell Marc saying "il pleut encore"'
    assert told("di' a Luca che arrivo tra poco") == 'tell Luca saying "arrivo tra poco"'
    assert told("sag Anna, dass ich später komme") == 'tell Anna saying "ich später komme"'
    assert told("скажи маме, что я задержусь") == 'tell маме saying "я задержусь"'
    assert told("bilang ke Rina kalau aku sudah sampai") == 'tell Rina saying "aku sudah sampai"'
    assert told("dile que llego tarde") == 'tell them saying "llego tarde"'  # the clitic: the open chat's person
    assert told("avisa o Pedro que a reunião mudou") == 'tell Pedro saying "a reunião mudou"'  # warned directly


def test_tell_me_a_one_word_message_and_quoted_tasks_are_left_alone():
    for task in ("sag mir, dass es klappt", "dile a Sofía hola", 'dile a Sofía que "ya voy"', "busca que es eso",
                 "dile a Bruno que sí", "manda o relatório que o chefe pediu"):  # a relative clause: no message
        assert told(task) == task


def _chat(header: str, *bubbles: str):
    rows = [node("TextView", (40, 900 + i * 130, 760, 1010 + i * 130), b, "", clickable=True)
            for i, b in enumerate(bubbles)]
    return screen_of(node("TextView", (150, 130, 700, 230), header, ""), *rows,
                     node("EditText", (200, 1320, 880, 1420), "", "", hint="Messaggio", clickable=True, focused=True))


def test_an_italian_tell_types_the_message_into_the_open_chat_not_the_name():
    observation, screen = _chat("Luca Bianchi", "Luca Bianchi: a che ora arrivi?")
    action = first(canonical("di' a Luca che arrivo tra dieci minuti"), screen)
    assert action.get("kind") == "type" and action.get("text") == "arrivo tra dieci minuti"


# --- a grid tile named by the task's word alone, before cards that mention it with more -----------------

from cascadroid.agents.promotions import is_banner  # noqa: E402


def _tiles(*labels: str, top: int = 1000, width: int = 240):
    return [node("TextView", (20 + i * (width + 20), top, 20 + i * (width + 20) + width, top + 240), "", label,
                 clickable=True) for i, label in enumerate(labels)]


def _home(card: str, *tiles: str, tabs: tuple[str, ...] = ("Inicio", "Billetera", "Perfil")):
    card_node = node("LinearLayout", (30, 300, 1050, 760), "", "",
                     *[node("TextView", (80, 340 + i * 120, 1000, 440 + i * 120), part) for i, part in
                       enumerate(card.split(" | "))], clickable=True)
    tab_nodes = [node("TextView", (i * 360, 2200, (i + 1) * 360, 2337), "", t, clickable=True) for i, t in enumerate(tabs)]
    return screen_of(card_node, *_tiles(*tiles), *tab_nodes)


def test_a_card_whose_headline_is_a_promotion_is_a_banner():
    assert is_banner("Oferta relámpago en vuelos a Cancún hasta 30% | Reserva ya")
    assert not is_banner("Ofertas | 3 nuevas") and not is_banner("Vuelos | Hoteles")


def test_the_service_tile_beats_a_feature_card_repeating_its_word():
    observation, screen = _home("Recargas con cashback | Haz una recarga y recibe saldo extra este mes",
                                "Recarga", "Pagos", "Transferencias", "Tarjetas")
    assert _label(screen, first("haz una recarga para Marta", screen)) == "Recarga"
    observation, screen = _home("Überweisung in Raten | Mach eine Überweisung mit deinem Kreditrahmen",
                                "Überweisung", "Sparen", "Karten")
    assert _label(screen, first("mach eine Überweisung an Jonas", screen)) == "Überweisung"


def test_a_card_naming_more_of_the_task_keeps_its_place_over_the_tile():
    observation, screen = _home("Última reserva | Hotel Miramar Valparaíso | Completada",
                                "Hotel", "Vuelos", "Buses", "Autos")
    assert _label(screen, first("abre mi reserva del Hotel Miramar", screen)).startswith("Última reserva")


def test_a_bottom_tab_is_no_service_tile():
    observation, screen = _home("Pagos programados | Paga tus cuentas cada mes sin comisiones",
                                "Recargas", "Cobrar", "Tarjetas", tabs=("Inicio", "Pagos", "Perfil"))
    assert _label(screen, first("pagos programados", screen)).startswith("Pagos programados")


def _label(screen, action: dict) -> str:
    return screen.labels.get(action.get("element"), "")


# --- brand + English service word tiles meet the service said in the task's language ---------------------


def _brand_home(*tiles: str):
    return screen_of(node("TextView", (40, 150, 1040, 230), "", "Xin chào"), *_tiles(*tiles[:4]),
                     *_tiles(*tiles[4:], top=1300))


def test_a_vietnamese_food_order_meets_the_brand_food_tile():
    observation, screen = _brand_home("GoRide", "GoCar", "GoFood", "GoSend", "GoMart", "GoPay")
    assert _label(screen, first("đặt đồ ăn trưa", screen)) == "GoFood"


def test_a_thai_grocery_order_meets_a_transliterated_mart_tile():
    observation, screen = _brand_home("ไลน์แมน", "ไลน์แมนฟู้ด", "ไลน์แมนมาร์ท", "ไลน์แมนส่ง")
    assert _label(screen, first("สั่งของชำให้หน่อย", screen)) == "ไลน์แมนมาร์ท"


def test_tiles_without_a_shared_brand_or_a_task_naming_no_service_get_nothing():
    from cascadroid.agents.brand_services import adjust
    from cascadroid.agents.candidates import rank
    observation, screen = _brand_home("GoRide", "GoCar", "GoFood", "GoSend", "GoMart", "GoPay")
    before = [(c.text, c.score) for c in rank("cek saldo saya", "", screen, [], [])]
    out = rank("cek saldo saya", "", screen, [], [])
    adjust(out, "cek saldo saya", screen)
    assert [(c.text, c.score) for c in out] == before
    observation, screen = _brand_home("Ride", "Car", "Food", "Send")
    out = rank("đặt đồ ăn trưa", "", screen, [], [])
    scores = {c.text: c.score for c in out}
    adjust(out, "đặt đồ ăn trưa", screen)
    assert {c.text: c.score for c in out} == scores  # no brand: the tiles' own words decide


# --- "im" is German ("in the"), not "I'm" without its apostrophe, in a German or Dutch sentence ----------


def test_german_im_stays_a_word_and_english_im_gets_its_apostrophe():
    assert canonical("sag Jonas, dass ich im Stau stehe") == 'tell Jonas saying "ich im Stau stehe"'
    assert "im Schlafzimmer" in canonical("stell den Wecker im Schlafzimmer auf 7 Uhr")
    assert canonical("tell her im running late") == 'tell her saying "I\'m running late"'
