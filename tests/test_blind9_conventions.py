"""Conventions found missing on the ninth session's blind real screens, each on other invented
screens, apps and languages: a setting's other names in Settings (agents/missing.py), Slavic and
Greek case endings (agents/ui_conventions.py), promotion banners (agents/promotions.py), a task that
answers no (agents/negation.py), names typed without accents (agents/unaccented.py), phrases
hyphenated into one word (agents/text.py), search verbs first in Latin-script languages
(agents/search_requests.py), a message said unquoted after its person (agents/told_messages.py),
the item named exactly (agents/exact_names.py), function words of other languages (agents/function_words.py)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of, tapped

from cascadroid.agents.candidates import rank
from cascadroid.agents.negation import says_no
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.promotions import is_banner, wanted
from cascadroid.agents.search_requests import query
from cascadroid.agents.text import words
from cascadroid.agents.unaccented import fit
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical
from cascadroid.device.uiautomator import parse_observation


def _rows(*labels: str, top: int = 400, height: int = 180) -> list[str]:
    return [node("LinearLayout", (0, top + i * height, 1080, top + (i + 1) * height), "", "",
                 node("TextView", (60, top + i * height + 40, 900, top + i * height + 110), label), clickable=True)
            for i, label in enumerate(labels)]


def _list(*labels: str) -> str:
    return node("RecyclerView", (0, 400, 1080, 2300), "", "", *_rows(*labels), scrollable=True)


# --- a setting under another name in Settings --------------------------------------------------


def _settings(*rows: str):
    xml = ("<hierarchy>" + node("FrameLayout", (0, 0, 1080, 2400), "", "", node("TextView", (60, 150, 1020, 260), "Settings"),
                                _list(*rows)) + "</hierarchy>").replace('package="com.example.app"',
                                                                           'package="com.android.settings"')
    observation = parse_observation(xml)
    return observation, perceive(observation)


def _tapped(observation, screen, task: str, text: str) -> bool:
    return tapped(observation, screen, task, text=text)


def test_a_vendor_name_of_a_setting_is_opened_rather_than_scrolled_past():
    observation, screen = _settings("我的设备", "WLAN", "蓝牙", "便携式热点", "显示")
    assert _tapped(observation, screen, "turn wifi on", "WLAN")
    observation, screen = _settings("Conexiones", "Airplane mode", "Data usage", "Sound")
    assert _tapped(observation, screen, "enable flight mode", "Airplane mode")
    observation, screen = _settings("Network", "Hotspot", "Bluetooth", "Display")
    assert _tapped(observation, screen, "turn off tethering", "Hotspot")


def test_a_setting_no_row_names_still_sends_the_list_scrolling():
    observation, screen = _settings("Network", "Bluetooth", "Display", "Sound", "Battery")
    assert first("turn on wireless power sharing", screen) == {"kind": "swipe", "direction": "down"}


# --- Slavic and Greek case endings -------------------------------------------------------------


def test_ukrainian_greek_and_russian_case_forms_meet_their_row():
    for task, rows, wanted_row in (
            ("оплати комунальні", ("Оплатити картою", "Оплата комунальних послуг", "Переказ"), "Оплата комунальних послуг"),
            ("διάγραψε το μήνυμα", ("Αρχειοθέτηση μηνύματος", "Διαγραφή μηνύματος", "Προώθηση"), "Διαγραφή μηνύματος"),
            ("открой последний заказ", ("Последние просмотренные", "Последние заказы", "Избранное"), "Последние заказы")):
        observation, screen = screen_of(*_rows(*rows))
        assert _tapped(observation, screen, task, wanted_row), task


def test_words_sharing_only_four_letters_are_no_case_forms():
    observation, screen = screen_of(*_rows("Картина дня", "Налаштування"))
    action = first("покажи карта", screen)
    assert action != {"kind": "tap", "element": element(observation, text="Картина дня").id}


# --- promotion banners -----------------------------------------------------------------------


def test_a_promotion_sentence_is_a_banner_and_a_short_offers_tab_is_not():
    for label in ("Promo: Isi pulsa 50rb dapat cashback 10rb", "Oferta: recarga 20 € y llévate 5 € de saldo",
                  "优惠：充值满100返10元", "Angebot der Woche: Handy aufladen und 5 € sparen"):
        assert is_banner(label), label
    for label in ("Offers", "Deals of the day", "Isi Pulsa", "Top up balance"):
        assert not is_banner(label), label
    assert wanted("show me today's offers") and wanted("any promo codes?") and not wanted("top up my phone")


def _wallet(tiles: tuple[str, ...], banner: str):
    return screen_of(
        *[node("LinearLayout", (i * 270, 600, (i + 1) * 270, 830), "", "",
               node("TextView", (i * 270 + 10, 740, (i + 1) * 270 - 10, 810), label), clickable=True)
          for i, label in enumerate(tiles)],
        node("ImageView", (40, 900, 1040, 1200), "", banner, clickable=True))


def test_the_tile_that_does_the_task_beats_a_promotion_repeating_its_words():
    observation, screen = _wallet(("送る", "チャージ", "支払い", "もっと見る"), "キャンペーン：スマホ料金のチャージで最大5%還元")
    assert _tapped(observation, screen, "スマホ料金をチャージしたい", "チャージ")
    observation, screen = _wallet(("송금", "충전", "결제", "더보기"), "이벤트: 휴대폰 요금 충전하면 5% 캐시백")
    assert _tapped(observation, screen, "휴대폰 요금 충전해줘", "충전")
    observation, screen = _wallet(("Transfer", "Isi Pulsa", "Tagihan", "Lainnya"), "Promo: Isi pulsa 50rb dapat cashback 10rb")
    assert _tapped(observation, screen, "isi pulsa dong", "Isi Pulsa")


def test_a_promotion_is_tapped_when_the_task_asks_for_the_offer():
    observation, screen = _wallet(("转账", "充值", "缴费", "更多"), "优惠：手机充值满100返10元")
    banner = element(observation, content_desc="优惠：手机充值满100返10元")
    assert first("看看充值优惠", screen) == {"kind": "tap", "element": banner.id}


# --- a task that answers no ------------------------------------------------------------------


def test_no_words_open_a_task_in_many_languages_and_other_words_do_not():
    for task in ("nope, keep it", "nein, nicht speichern", "нет, не надо", "いいえ、結構です", "아니요 괜찮아요",
                 "não, obrigado", "नहीं, रहने दो"):
        assert says_no(task), task
    for task in ("notes from yesterday", "nominate Ana", "no-spend challenge list", "Nora's birthday"):
        assert not says_no(task), task


def _permission(allow: str, deny: str):
    return screen_of(
        node("TextView", (100, 800, 980, 950), "¿Permitir que Strava acceda a la ubicación de este dispositivo?"),
        node("Button", (100, 1300, 980, 1420), allow, rid="com.android.permissioncontroller:id/permission_allow_foreground_only_button",
             clickable=True),
        node("Button", (100, 1440, 980, 1560), deny, rid="com.android.permissioncontroller:id/permission_deny_button",
             clickable=True))


def test_a_no_answer_to_a_permission_takes_its_deny_button():
    observation, screen = _permission("Mientras la app está en uso", "No permitir")
    deny = element(observation, text="No permitir")
    assert first("no, eso no", screen) == {"kind": "tap", "element": deny.id}


def test_a_no_answer_to_a_question_dialog_takes_its_dismissive_button():
    card = node("FrameLayout", (80, 900, 1000, 1500), "", "",
                node("TextView", (140, 930, 940, 1000), "Entwurf verwerfen?", rid="android:id/alertTitle"),
                node("Button", (500, 1340, 740, 1450), "Abbrechen", rid="android:id/button2", clickable=True),
                node("Button", (760, 1340, 980, 1450), "Verwerfen", rid="android:id/button1", clickable=True))
    observation, screen = screen_of(card)
    cancel = element(observation, text="Abbrechen")
    assert first("nein, lass mal", screen) == {"kind": "tap", "element": cancel.id}


# --- names typed without accents -------------------------------------------------------------


def test_an_unaccented_word_meets_its_accented_label_word_only():
    assert fit("call Jose Garcia", "José García | Móvil") == 2.0
    assert fit("open the Lodz trip album", "Łódź 2024") == 1.0
    assert fit("text Thu Ha", "Thu Hằng") == 0.0  # another syllable
    assert fit("llama a José", "José García") == 0.0  # a task with accents is taken as written
    assert fit("do it now", "Đó là") == 0.0  # a short lower-case word is no name


def test_a_chat_named_without_accents_beats_its_look_alikes():
    observation, screen = screen_of(*_rows("Ngọc Hân | Tối nay nhé", "Ngọc Hà | Ok anh", "Minh Ngọc | 👍"))
    assert _tapped(observation, screen, "open my chat with Ngoc Ha", "Ngọc Hà | Ok anh")


# --- phrases hyphenated into one word ----------------------------------------------------------


def test_a_phrase_hyphenated_into_one_word_keeps_its_words_and_a_compound_does_not():
    assert {"flip", "glyph"} <= words("flip-to-glyph") and {"end", "encryption"} <= words("end-to-end encryption")
    assert words("Wi-Fi") == {"wifi"} and words("voice-chat") == {"voicechat"} and words("check-in") == {"checkin"}


def test_a_switch_named_with_hyphens_meets_its_spaced_row():
    row = node("LinearLayout", (0, 600, 1080, 800), "", "",
               node("TextView", (60, 640, 880, 720), "Picture in picture"),
               node("Switch", (900, 660, 1030, 740), "", "", rid="android:id/switch_widget"), clickable=True)
    other = node("LinearLayout", (0, 400, 1080, 600), "", "",
                 node("TextView", (60, 440, 880, 520), "Background play"),
                 node("Switch", (900, 460, 1030, 540), "", "", rid="android:id/switch_widget"), clickable=True)
    observation, screen = screen_of(other, row)
    action = first("turn on picture-in-picture", screen)
    assert action.get("kind") == "tap" and action["element"] in {e.id for e in observation.elements if e.bounds.top >= 600}


# --- search verbs first in Latin-script languages ----------------------------------------------


def test_a_latin_script_search_verb_first_gives_its_query_without_particles():
    assert query("cariin martabak manis dong") == "martabak manis"
    assert query("busca zapatillas rojas por favor") == "zapatillas rojas"
    assert query("cherche une pharmacie de garde") == "pharmacie de garde"
    assert query("tìm quán phở gần đây") == "quán phở gần đây"
    assert query("search for cats") is None and query("cercando casa") is None


def test_the_query_goes_into_an_empty_search_field():
    observation, screen = screen_of(
        node("EditText", (40, 150, 1040, 280), "", "", rid="com.example.app:id/search_src_text", hint="Buscar productos",
             clickable=True, focused=True),
        *_rows("zapatillas", "zapatos de vestir", "sandalias", top=400))
    field = element(observation, resource_id="com.example.app:id/search_src_text")
    assert first("busca zapatillas rojas", screen) == {"kind": "type", "element": field.id, "text": "zapatillas rojas"}


# --- a message said unquoted after its person --------------------------------------------------


def _message(task: str) -> list[str]:
    return [v.text for v in task_values(canonical(task)) if v.kind == "message"]


def test_the_words_after_the_person_are_the_message():
    assert _message("tell him I'm stuck in traffic") == ["I'm stuck in traffic"]
    assert _message("let Priya Nair know that the door code changed") == ["the door code changed"]
    assert _message("text my sister we're outside") == ["we're outside"]
    assert _message("message them I'll bring the cake") == ["I'll bring the cake"]


def test_a_thing_to_pass_on_or_an_errand_is_no_message():
    assert _message("text Bo the address") == []
    assert _message("let Ana know what time the match starts") == []
    assert _message("tell her to call me back") == []
    assert _message("tell me the weather") == []


def test_the_message_is_typed_whole_into_the_open_chat():
    observation, screen = screen_of(
        node("TextView", (200, 150, 800, 230), "Kofi Mensah"),
        node("TextView", (40, 1800, 780, 1900), "where are you?"),
        node("EditText", (140, 2170, 800, 2310), "", "", rid="com.example.app:id/compose", hint="Message", clickable=True))
    action = rank("tell him I'm stuck in traffic", "", screen, [], [])[0].action
    assert action["kind"] == "type" and action["text"] == "I'm stuck in traffic"


# --- the item named exactly, over look-alikes that add words -----------------------------------


def test_the_row_named_exactly_beats_rows_whose_names_add_words():
    for task, rows, wanted_row in (
            ("how is ethereum doing", ("Ethereum Classic | ETC | $24.10", "Ethereum | ETH | $3,512.88", "Solana | SOL"),
             "Ethereum | ETH | $3,512.88"),
            ("open my Travel album", ("Travel videos | 12", "Summer travel 2023 | 88", "Travel | 240"), "Travel | 240"),
            ("play lofi beats", ("Lofi Beats to Study | Playlist", "Sleepy Lofi Beats | Playlist", "Lofi Beats | Playlist"),
             "Lofi Beats | Playlist")):
        observation, screen = screen_of(*_rows(*rows))
        assert _tapped(observation, screen, task, wanted_row), task


def test_a_row_named_by_more_of_the_tasks_words_still_wins():
    observation, screen = screen_of(*_rows("Bitcoin | BTC", "Bitcoin Cash | BCH", "Solana | SOL"))
    assert _tapped(observation, screen, "open bitcoin cash", "Bitcoin Cash | BCH")


# --- function words of other languages ---------------------------------------------------------


def test_a_control_sharing_only_a_function_word_with_the_task_is_not_named_by_it():
    for task, labels in (("ops, apaguei sem querer, desfaz", ("Sem estrela", "Desfazer")),
                         ("oups, archivé sans le vouloir, annule ça", ("Sans objet", "Annuler")),
                         ("aduh, kearsip tanpa sengaja, urungkan", ("Tanpa label", "Urungkan"))):
        observation, screen = screen_of(*_rows(*labels))
        ranked = [c.text for c in rank(task, "", screen, [], [])]
        assert _tapped(observation, screen, task, labels[1]), task
        lookalike = next(i for i, t in enumerate(ranked) if labels[0] in t) if any(labels[0] in t for t in ranked) else 99
        assert ranked.index("scroll down to see more") < lookalike, task  # below even scrolling


def test_a_label_sharing_a_content_word_with_the_task_keeps_its_credit():
    observation, screen = screen_of(*_rows("Para ti", "Siguiendo", "En vivo"))
    assert _tapped(observation, screen, "abre para ti", "Para ti")


def test_a_word_forming_suffix_is_no_case_ending():
    from cascadroid.agents.ui_conventions import same_word
    for task_word, label_word in (("знакомых", "знакомства"), ("соседей", "соседство"), ("товари", "товариства")):
        assert not same_word(task_word, label_word), (task_word, label_word)
    for task_word, label_word in (("настройки", "настроек"), ("подписки", "подписок"), ("уведомления", "уведомлений"),
                                  ("оплати", "оплата"), ("комунальні", "комунальних"), ("μήνυμα", "μηνύματος"),
                                  ("последний", "последние"), ("заказ", "заказы")):
        assert same_word(task_word, label_word), (task_word, label_word)


def test_an_offer_asked_for_beats_the_tile_whose_words_it_holds():
    observation, screen = _wallet(("Transfer", "Top up", "Bills", "More"), "Promo: top up 100 and get 10% cashback")
    banner = element(observation, content_desc="Promo: top up 100 and get 10% cashback")
    assert first("show me the top up cashback promo", screen) == {"kind": "tap", "element": banner.id}
    observation, screen = _wallet(("Transfer", "Top up", "Bills", "More"), "Promo: top up 100 and get 10% cashback")
    assert first("top up my phone", screen) != {"kind": "tap", "element": banner.id}
