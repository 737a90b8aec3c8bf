"""Conventions found missing on the tenth session's blind real screens (and blind7/blind9's former held
misses), each on other invented screens, apps and languages, with a case that must not fire: function
words of Greek, Slavic, Turkish and Vietnamese (agents/function_words.py), a name's bare form and its
case (agents/ui_conventions.py), search bars known by their id and search verbs in more scripts
(agents/search_requests.py, agents/lookup.py, agents/entry_points.py), coupon banners
(agents/promotions.py), the consent box a greyed-out button waits for (agents/consent.py), the compose
control (agents/compose_entry.py), a thing found in the collection named for what the user did to it
(agents/act_collections.py), a per-row verb button of the row the task names (agents/button_owners.py)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of, tapped

from cascadroid.agents.act_collections import acts
from cascadroid.agents.compose_entry import asks_new_text, is_compose
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.promotions import is_banner, wanted
from cascadroid.device.uiautomator import parse_observation


def _rows(*labels: str, top: int = 400, height: int = 180) -> list[str]:
    return [node("LinearLayout", (0, top + i * height, 1080, top + (i + 1) * height), "", "",
                 node("TextView", (60, top + i * height + 40, 900, top + i * height + 110), label), clickable=True)
            for i, label in enumerate(labels)]


# --- function words of Greek, Russian, Turkish, Vietnamese ---------------------------------------


def test_a_row_sharing_only_function_words_loses_to_the_row_sharing_the_thing():
    for task, rows, wanted_row in (
            ("Άνοιξε την ανάρτηση για τον σεισμό", ("Οικονομία: μέτρα για τον Ιανουάριο από την κυβέρνηση",
                                                    "Σεισμός 5,1 Ρίχτερ στην Κρήτη"), "Σεισμός 5,1 Ρίχτερ στην Κρήτη"),
            ("открой статью про погоду на выходные", ("Новости на сегодня и на неделю", "Погода: снег в субботу"),
             "Погода: снег в субботу"),
            ("deprem için haberi aç", ("Ekonomi için yeni paket bu hafta", "Deprem: 4,8 büyüklüğünde sarsıntı"),
             "Deprem: 4,8 büyüklüğünde sarsıntı"),
            ("onde vejo o mapa da trilha de ciclismo", ("Reserva de quadras", "Mapa"), "Mapa"),
            ("apri il diario di viaggio", ("Libro di ricette", "Diario"), "Diario")):
        observation, screen = screen_of(*_rows(*rows))
        assert tapped(observation, screen, task, text=wanted_row), task


def test_a_content_word_shared_still_names_the_row():
    observation, screen = screen_of(*_rows("Ρυθμίσεις για τον ήχο", "Οθόνη"))
    assert tapped(observation, screen, "άνοιξε τις ρυθμίσεις για τον ήχο", text="Ρυθμίσεις για τον ήχο")


# --- a name's bare form and its case --------------------------------------------------------------


def test_a_name_in_the_dative_or_genitive_meets_its_bare_form_over_a_lookalike_surname():
    for task, rows, wanted_row in (
            ("позвони Антону Волкову", ("Анна Волкова", "Антон Волков", "Мама"), "Антон Волков"),
            ("отправь Роману Белову фото", ("Римма Белова", "Роман Белов"), "Роман Белов"),
            ("открой чат Степана Орлова", ("Стефания Орлова", "Степан Орлов", "Работа"), "Степан Орлов")):
        observation, screen = screen_of(*_rows(*rows))
        assert tapped(observation, screen, task, text=wanted_row), task


def test_a_three_letter_word_with_an_ending_is_no_case_form_of_it():
    observation, screen = screen_of(*_rows("Дом", "Настройки"))
    assert first("иди к дому", screen).get("element") != element(observation, text="Дом").id


# --- search bars known by their id; search verbs in more scripts ----------------------------------


def _search_home(rid: str, suggestion: str, card: str):
    return screen_of(
        node("LinearLayout", (40, 120, 1040, 240), "", "", node("TextView", (120, 140, 900, 220), suggestion),
             clickable=True, rid=rid),
        node("LinearLayout", (40, 500, 1040, 900), "", "", node("TextView", (60, 700, 1000, 800), card), clickable=True))


def test_a_search_bar_showing_a_trending_term_is_the_way_in_for_a_search_request():
    for task, rid, suggestion, card in (
            ("搜索蓝牙耳机推荐", "com.example.app:id/home_search_bar", "热门：羽绒服", "蓝牙耳机推荐 2026 年度横评"),
            ("ラーメン屋を探して", "com.example.app:id/searchBox", "今日のおすすめ 紅葉", "ラーメン屋 ランキング"),
            ("무선 이어폰 찾아줘", "com.example.app:id/expand_search_view", "인기 패딩", "무선 이어폰 리뷰")):
        observation, screen = _search_home(rid, suggestion, card)
        bar = element(observation, resource_id=rid)
        assert first(task, screen) == {"kind": "tap", "element": bar.id}, task


def test_a_voice_search_button_is_no_search_bar():
    observation, screen = _search_home("com.example.app:id/voice_search_button", "热门：羽绒服", "蓝牙耳机推荐 2026 年度横评")
    bar = element(observation, resource_id="com.example.app:id/voice_search_button")
    assert first("搜索蓝牙耳机推荐", screen).get("element") != bar.id


def test_an_indonesian_search_field_named_cari_takes_the_query():
    observation, screen = screen_of(
        node("EditText", (40, 120, 1040, 240), "", "", clickable=True, rid="com.example.app:id/input_query",
             hint="Cari tiket kereta", focused=True),
        *_rows("tiket pesawat", "kereta bandara", top=300))
    field = element(observation, resource_id="com.example.app:id/input_query")
    assert first("tolong carikan kereta ke Bandung", screen) == {"kind": "type", "element": field.id,
                                                                 "text": "kereta ke Bandung"}


def test_a_search_verb_in_hebrew_arabic_or_greek_opens_a_box_named_beside_its_prompt():
    for task, label in (("תחפש לי מסעדה איטלקית", "חיפוש"), ("ابحث عن صيدلية قريبة", "بحث"),
                        ("ψάξε ένα φαρμακείο", "Αναζήτηση")):
        observation, screen = screen_of(
            node("LinearLayout", (40, 120, 1040, 260), "", "", node("TextView", (60, 140, 300, 240), label),
                 node("TextView", (320, 140, 1000, 240), "Where to?"), clickable=True),
            *_rows("Home", "Work", top=400))
        box = next(i for i, text in screen.labels.items() if text.startswith(label))
        assert first(task, screen) == {"kind": "tap", "element": box}, task


def test_a_chat_row_asking_where_is_no_destination_prompt():
    observation, screen = screen_of(
        node("LinearLayout", (0, 400, 1080, 580), "", "", node("TextView", (60, 420, 900, 480), "Dana"),
             node("TextView", (60, 490, 900, 560), "where are you?"), clickable=True),
        node("LinearLayout", (0, 600, 1080, 780), "", "", node("TextView", (60, 620, 900, 700), "Ride to the airport"),
             clickable=True))
    row = element(observation, text="Dana")
    assert first("get a ride to the airport", screen).get("element") not in (row.id, screen.target(row.id))


# --- coupon banners ------------------------------------------------------------------------------


def test_a_sentence_offering_a_coupon_is_a_banner_wherever_the_word_stands():
    assert is_banner("Get a $5 coupon on your first pizza order")
    assert is_banner("领取满100减20元优惠券")
    assert is_banner("ピザ 最大 500円 クーポン 配布中")
    assert not is_banner("Coupons") and not is_banner("Apply coupon")
    assert wanted("use my pizza coupon") and not wanted("order a pizza")


def test_a_category_tile_beats_a_coupon_banner_repeating_its_word():
    observation, screen = screen_of(
        node("ImageView", (40, 300, 1040, 600), "", "Pizza: get a 30% coupon on every large pizza today", clickable=True),
        *_rows("Burgers", "Pizza", "Sushi", top=700))
    assert tapped(observation, screen, "order pizza", text="Pizza")


# --- the consent box a greyed-out button waits for -------------------------------------------------


def _box(bounds, checked: bool, rid: str) -> str:
    left, top, right, bottom = bounds
    return (f'<node class="android.widget.CheckBox" package="com.example.app" text="" content-desc="" resource-id="{rid}" '
            f'checkable="true" checked="{str(checked).lower()}" clickable="true" enabled="true" '
            f'bounds="[{left},{top}][{right},{bottom}]"/>')


def _form(consent: str, button: str, *, checked: bool = False, enabled: bool = False):
    kids = [node("EditText", (60, 300, 1020, 420), "ana.m@example.org", "", clickable=True, rid="email"),
            _box((60, 500, 140, 580), checked, "terms"),
            node("TextView", (170, 490, 1020, 600), consent),
            _box((60, 640, 140, 720), False, "news"),
            node("TextView", (170, 630, 1020, 730), "Keep me posted about new features"),
            node("Button", (60, 800, 1020, 940), button, "", clickable=True, enabled=enabled)]
    xml = "<hierarchy>" + node("FrameLayout", (0, 0, 1080, 2400), "", "", *kids) + "</hierarchy>"
    observation = parse_observation(xml)
    return observation, perceive(observation)


def test_the_consent_box_is_ticked_first_while_the_button_waits_for_it():
    for task, consent, button in (("create my account", "I accept the Terms of Use", "Sign up"),
                                  ("regístrame", "Acepto los términos y condiciones", "Crear cuenta"),
                                  ("登録して", "利用規約に同意する", "登録する")):
        observation, screen = _form(consent, button)
        box = element(observation, resource_id="terms")
        assert first(task, screen) == {"kind": "tap", "element": box.id}, task


def test_no_consent_box_is_raised_when_the_button_is_enabled_or_the_task_names_another_control():
    observation, screen = _form("I agree to the Terms", "Continue", enabled=True)
    box = element(observation, resource_id="terms")
    assert first("continue", screen).get("element") != box.id
    observation, screen = _form("I agree to the Terms", "Continue")
    assert first("keep me posted about new features", screen).get("element") == element(observation, resource_id="news").id


# --- the compose control ---------------------------------------------------------------------------


def test_writing_a_new_mail_or_message_is_asked_in_many_languages():
    for task in ("escribe un correo nuevo a Marta", "напиши новое письмо", "メールを書いて", "draft an email to the team",
                 "viết email cho sếp"):
        assert asks_new_text(task), task
    for task in ("write milk in the shopping note", "reply to Marta's mail", "ответь на письмо"):
        assert not asks_new_text(task), task
    assert is_compose("Redactar") and is_compose("新規メッセージ") and not is_compose("Compose | draft saved 2 min ago")


def test_the_compose_button_is_tapped_for_a_new_mail_in_the_screens_language():
    for task, fab in (("escribe un correo nuevo", "Redactar"), ("напиши новое письмо", "Написать"),
                      ("メールを書いて", "作成")):
        observation, screen = screen_of(
            node("LinearLayout", (40, 120, 1040, 240), "Buscar en el correo", "", clickable=True),
            *_rows("Banco Norte | Su extracto | 10:41", "Pedro | Cena el sábado | 09:02"),
            node("ImageButton", (700, 2000, 1040, 2150), "", fab, clickable=True))
        assert tapped(observation, screen, task, content_desc=fab), task


# --- the collection named for what the user did ------------------------------------------------------


def test_a_thing_described_by_the_users_act_is_looked_for_in_that_acts_collection():
    for task, rows, wanted_row in (
            ("play the song I liked yesterday", ("Search your library", "Liked songs", "Recently played"), "Liked songs"),
            ("open the mail I sent to the landlord", ("Search in mail", "Inbox", "Starred", "Sent"), "Sent"),
            ("show me the recipe we've saved", ("Search recipes", "Saved", "Popular"), "Saved")):
        observation, screen = screen_of(*_rows(*rows))
        assert tapped(observation, screen, task, text=wanted_row), task


def test_the_bare_verb_button_is_no_collection():
    assert acts("find the PDF I downloaded") == [("downloaded", "download")]
    assert acts("download the report") == []
    observation, screen = screen_of(*_rows("Download", "Play", "Share"))
    assert first("find the song I played last night", screen).get("element") != element(observation, text="Play").id


# --- the named row's own verb button -------------------------------------------------------------------


def _app_rows(verb: str, *names: str):
    kids = []
    for i, name in enumerate(names):
        top = 300 + i * 220
        kids.append(node("LinearLayout", (0, top, 1080, top + 200), "", "",
                         node("TextView", (60, top + 30, 700, top + 100), name),
                         node("TextView", (60, top + 110, 700, top + 170), "Health & fitness · 4.6"),
                         node("Button", (780, top + 50, 1040, top + 150), verb, "", clickable=True), clickable=True))
    return screen_of(*kids)


def test_the_verb_button_in_the_row_the_task_names_beats_the_row():
    for task, verb, names, named in (("install Strava", "Install", ("Runkeeper", "Strava", "Nike Run Club"), "Strava"),
                                     ("follow the Lumen Bakery account", "Follow", ("Lumen Bakery", "Crumb & Co"), "Lumen Bakery"),
                                     ("Kiwi 통장에서 이체해줘", "이체", ("Kiwi 통장", "Maple 통장"), "Kiwi 통장")):
        observation, screen = _app_rows(verb, *names)
        action = first(task, screen)
        button = screen.target(action["element"])
        assert screen.labels[button] == verb and named in screen.context[button], task


def test_a_task_without_the_buttons_verb_opens_the_row():
    observation, screen = _app_rows("Install", "Runkeeper", "Strava")
    action = first("open Strava's page", screen)
    assert not screen.labels[screen.target(action["element"])].startswith("Install")


# --- the query box atop its own results; a switch named in a script without spaces -----------------


def _results_page(rid: str, query: str, *rows: str):
    kids = [node("TextView", (140, 120, 900, 240), query, "", clickable=True, rid=rid)]
    for i, row in enumerate(rows):
        top = 400 + i * 400
        kids.append(node("ViewGroup", (0, top, 1080, top + 380), "", row, clickable=True))
    return screen_of(*kids)


def test_the_search_box_showing_the_tasks_words_is_not_tapped_again_on_its_results():
    for task, query, rows in (
            ("watch the sourdough starter video", "sourdough starter",
             ("Sourdough starter from scratch - 12 minutes - Bread Lab - 80K views", "Pizza dough in 10 minutes - 9 minutes")),
            ("play the lo-fi study mix", "lo-fi study", ("Lo-fi study mix - 2 hours - Chillhop - 3M views",
                                                          "Jazz for work - 1 hour - Cafe Tunes - 800K views")),
            ("東京のラーメンの動画を見せて", "東京 ラーメン", ("東京ラーメン ベスト10 - 15分 - グルメTV - 12万回視聴",
                                                        "大阪 たこ焼き 食べ歩き - 20分 - 旅チャンネル - 5万回視聴"))):
        observation, screen = _results_page("com.example.app:id/search_query", query, *rows)
        box = element(observation, text=query)
        assert first(task, screen).get("element") != box.id, task


def test_a_search_placeholder_on_a_results_page_is_left_alone():
    from cascadroid.agents.candidates import rank
    from cascadroid.agents.search_requests import searched_already
    observation, screen = _results_page("com.example.app:id/search_query", "Search videos",
                                        "Cats being cats - 10 minutes - Pet Zone - 1M views",
                                        "Dogs at the beach - 8 minutes - Pet Zone - 500K views")
    box = element(observation, text="Search videos")
    ranked = rank("search videos for cats", "", screen, [], [])
    before = {c.action.get("element"): c.score for c in ranked}
    searched_already(ranked, "search videos for cats", screen)
    assert {c.action.get("element"): c.score for c in ranked}[box.id] == before[box.id]


def _switches(*rows: tuple[str, bool]):
    kids = []
    for i, (title, on) in enumerate(rows):
        top = 300 + i * 200
        kids.append(node("LinearLayout", (0, top, 1080, top + 180), "", "", node("TextView", (60, top + 40, 800, top + 120), title),
                         f'<node class="android.widget.Switch" package="com.example.app" text="" content-desc="" '
                         f'resource-id="android:id/switch_widget" checkable="true" checked="{str(on).lower()}" clickable="true" '
                         f'enabled="true" bounds="[880,{top + 40}][1030,{top + 140}]"/>', clickable=True))
    return screen_of(*kids)


def test_a_switch_sharing_one_letter_pair_with_the_task_is_not_the_setting_asked_for():
    for task, rows in (("打开自动旋转屏幕", (("自动调节亮度", True), ("深色模式", False))),
                       ("自動回転をオンにして", (("明るさの自動調節", True), ("ダークモード", False))),
                       ("자동 회전 켜줘", (("자동 밝기", True), ("다크 모드", False)))):
        observation, screen = _switches(*rows)
        assert first(task, screen).get("kind") != "done", task


def test_a_switch_named_whole_in_a_script_without_spaces_is_still_the_setting():
    observation, screen = _switches(("蓝牙", False), ("移动数据", True))
    action = first("打开蓝牙", screen)
    assert action.get("kind") == "tap" and "蓝牙" in screen.labels[screen.target(action["element"])]
    observation, screen = _switches(("蓝牙", True), ("移动数据", True))
    assert first("打开蓝牙", screen).get("kind") == "done"


def test_a_row_sharing_only_a_fragment_with_the_task_gets_no_verb_button_raised():
    observation, screen = screen_of(
        node("Button", (560, 280, 1050, 400), "Join with a code", "", clickable=True),
        *[node("LinearLayout", (0, top, 1080, top + 200), "", "", node("TextView", (40, top + 20, 800, top + 80), title),
               node("TextView", (40, top + 90, 800, top + 150), code),
               node("Button", (830, top + 40, 1050, top + 160), "Join", "", clickable=True), clickable=True)
          for top, title, code in ((540, "Budget sync", "xyz-qrst-uvw"), (760, "Team standup", "lmn-opqr-stu"))])
    assert tapped(observation, screen, "join the meeting with code xyz-abcd-efg", text="Join with a code")


# --- a setting said without spaces that no row names: the page is scrolled -------------------------


def _settings_page(*titles: str):
    return screen_of(node("RecyclerView", (0, 300, 1080, 2300), "", "", *_rows(*titles), scrollable=True))


def test_a_setting_no_row_names_in_a_script_without_spaces_sends_the_page_scrolling():
    for task, titles in (("打开自动旋转屏幕", ("亮度", "自动调节亮度", "屏幕超时", "深色模式")),
                         ("省電力モードをオンにして", ("画面の明るさ", "明るさの自動調節", "画面消灯")),
                         ("자동 회전 켜줘", ("밝기", "자동 밝기", "화면 자동 꺼짐 시간"))):
        observation, screen = _settings_page(*titles)
        assert first(task, screen) == {"kind": "swipe", "direction": "down"}, task


def test_a_row_the_task_names_is_tapped_not_scrolled_past():
    observation, screen = _settings_page("WLAN", "蓝牙", "移动网络", "个人热点")
    assert tapped(observation, screen, "打开个人热点", text="个人热点")
    observation, screen = _settings_page("Wi-Fi", "Bluetooth", "機内モード")
    assert tapped(observation, screen, "Bluetoothをオンにして", text="Bluetooth")


def test_scandinavian_function_words_name_no_row():
    for task, rows, wanted_row in (
            ("öppna artikeln om valet i Göteborg med bilder", ("Sport: tio mål på en kväll med AIK och Hammarby",
                                                              "Valet i Göteborg: rösterna räknas"), "Valet i Göteborg: rösterna räknas"),
            ("vis meg været for helgen på hytta", ("Nyheter fra hele landet og på sporten", "Været"), "Været"),
            ("åbn kvitteringen fra i går med min fødselsdagsgave", ("Betal med MobilePay og spar tid", "Kvitteringer"),
             "Kvitteringer")):
        observation, screen = screen_of(*_rows(*rows))
        assert tapped(observation, screen, task, text=wanted_row), task
