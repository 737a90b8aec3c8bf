"""Label precision, words every row repeats, ads (agents/label_fit.py, agents/promotions.py).
Invented apps, screens and wordings only."""

from __future__ import annotations

from screens_made import made_screen as _screen

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.promotions import id_kind, is_ad, is_banner


def _first(task: str, screen: Screen) -> str:
    return rank(task, "", screen, [], [])[0].text


def _scrolling(screen: Screen) -> Screen:
    """The screen with a scrollable list holding its rows."""
    screen.lines.append('[40] RecyclerView "" (scrollable)')
    screen.actionable.append(40)
    screen.labels[40] = ""
    return screen


def test_the_contact_the_task_names_beats_one_whose_name_adds_a_word():
    calls = _screen("org.example.dialer", "Recientes", [("LinearLayout", "Mamá oficina | saliente · hoy 10:14"),
                                                        ("LinearLayout", "Mamá | perdida · hoy 08:52")])
    assert "Mamá | perdida" in _first("llama a mamá", calls)
    # must not fire: the longer name said in full
    assert "Mamá oficina" in _first("llama a mamá oficina", calls)
    tamil = _screen("org.example.dialer", "அழைப்புகள்", [("LinearLayout", "அப்பா கடை | வெளிச்செல்லும் · இன்று 10:14"),
                                                      ("LinearLayout", "அப்பா | தவறிய அழைப்பு · இன்று 08:52")])
    assert "அப்பா | தவறிய" in _first("அப்பாவுக்கு கால் பண்ணு", tamil)  # the name inflected: no exact word to meet
    assert "அப்பா கடை" in _first("அப்பா கடை நம்பருக்கு கால் பண்ணு", tamil)  # must not fire: the longer name said


def test_the_tile_named_by_the_app_and_the_task_word_beats_a_story_adding_words():
    bank = _screen("org.zorro.bank", "Главная", [("LinearLayout", "Переводы за границу без комиссии"),
                                                   ("Button", "Zorro Переводы"), ("Button", "Zorro Платежи")])
    assert "Zorro Переводы" in _first("переведи другу 5000", bank)


def test_the_item_named_in_full_beats_its_prefix_and_the_prefix_still_wins_alone():
    menu = _screen("org.example.food", "القائمة", [("LinearLayout", "برجر لحم | خس، طماطم | ٢٠ ر.س"),
                                                   ("LinearLayout", "برجر لحم مشوي | بصل، جبن | ٢٤ ر.س")])
    assert "برجر لحم مشوي" in _first("أبغى برجر لحم مشوي، ضيفه للسلة", menu)
    wraps = _screen("org.example.food", "Menu", [("LinearLayout", "Veggie wrap | hummus, greens | $7"),
                                                 ("LinearLayout", "Veggie wrap deluxe | halloumi, greens | $9")])
    assert "Veggie wrap deluxe" in _first("add the veggie wrap deluxe to my order", wraps)
    assert "Veggie wrap |" in _first("add the veggie wrap to my order", wraps)  # must not fire: the exact short one


def test_a_word_every_row_repeats_with_the_setting_nowhere_scrolls():
    page = _scrolling(_screen("org.example.settings", "Bateria", [
        ("LinearLayout", "Economia de bateria | Reduz a atividade em segundo plano"),
        ("LinearLayout", "Uso da bateria"), ("LinearLayout", "Saúde da bateria | Boa"),
        ("LinearLayout", "Carregamento inteligente | Protege a bateria")]))
    assert _first("mostrar a porcentagem da bateria na barra de status", page) == "scroll down to see more"
    # must not fire: a row whose words are all in the task
    assert "Economia de bateria" in _first("ativar a economia de bateria", page)


def test_a_row_named_by_the_tasks_verb_and_object_is_tapped_however_chatty_the_reason():
    page = _scrolling(_screen("org.example.garden", "Sprinklers", [
        ("LinearLayout", "Pause sprinkler | Stops watering until you resume it"),
        ("LinearLayout", "Rename sprinkler"), ("LinearLayout", "Remove sprinkler | Deletes its schedule"),
        ("LinearLayout", "Sprinkler history")]))
    assert "Pause sprinkler" in _first("pause the sprinkler, think the forecast promised heavy rain tomorrow", page)
    # must not fire: the verb is not on the row, the reason's words are nowhere: the setting is further down
    assert _first("water the sprinkler zones twice, think the forecast promised heatwaves tomorrow", page) == \
        "scroll down to see more"


def test_an_advert_goes_below_the_plain_control_that_shares_its_words():
    wallet = _screen("org.example.wallet", "Nyumbani", [
        ("LinearLayout", "Tangazo | Lipa Bili ya maji upate zawadi | Jaribu sasa!"),
        ("Button", "Tuma Pesa"), ("Button", "Lipa Bili")])
    assert "[7] Lipa Bili" in _first("nataka kulipa bili ya maji", wallet)
    shop = _screen("org.example.shop", "Nồi chiên", [
        ("LinearLayout", "Tài trợ · Nồi chiên 4L Thêm vào giỏ nhận quà | 1.490.000₫"),
        ("Button", "Thêm vào giỏ")])
    assert "[6] Thêm vào giỏ" in _first("thêm nồi chiên vào giỏ", shop)
    # must not fire: a real button in a card that is no ad, and a word that is both a marker and a plain word
    card = _screen("org.example.shop", "Air fryers", [("LinearLayout", "Air fryer 4L | $89 | Add to cart"),
                                                      ("Button", "Add to cart")])
    assert "Add to cart" in _first("add the air fryer 4L to my cart", card)
    assert is_ad("Tangazo | Toa Pesa ATM") and is_ad("Annonce · Voiture") and is_ad("Gesponsert")
    assert not is_ad("Déposer une annonce") and not is_ad("Toa Pesa") and not is_ad("PRO plan")


def test_a_cashback_sentence_is_an_offer_and_a_bare_tile_is_none():
    assert is_banner("بجلی کے بل پر 10% کیش بیک، ابھی ادا کریں")
    assert is_banner("Pay your water bill and get 5% cashback today")
    assert not is_banner("بجلی") and not is_banner("Cashback")


def test_the_button_starting_with_the_tasks_verb_beats_a_list_named_by_another_form_of_it():
    menu = _screen("org.example.reader", "Menu", [("LinearLayout", "New tab"), ("LinearLayout", "Save this article"),
                                                  ("LinearLayout", "Saves"), ("LinearLayout", "History")])
    assert "Save this article" in _first("save news.example.org in the reader", menu)
    # must not fire: the list asked for by name (the word is no verb of the task) keeps its place
    assert "Saves" in _first("open my saves in the reader", menu)


def test_an_offer_or_ad_known_only_by_its_resource_id_goes_below_the_plain_tile():
    wallet = _screen("org.example.wallet", "Басты бет", [("FrameLayout", "Ұялы байланысты толтыр, 500 ₸ сыйлық алыңыз"),
                                                         ("Button", "Ұялы байланыс"), ("Button", "Аударымдар")])
    wallet.locators[5]["resource_id"] = "org.example.wallet:id/homePromoCarousel_item"
    assert "[6] Ұялы байланыс" in _first("ұялы байланысты толтыр", wallet)
    wallet.locators[5]["resource_id"] = "org.example.wallet:id/native_ad_container"
    assert "[6] Ұялы байланыс" in _first("ұялы байланысты толтыр", wallet)
    # must not fire: a notice banner, a store's own banner, ids that only contain the letters, and offers asked for
    for rid in ("org.example.wallet:id/offline_banner", "org.example.wallet:id/store_banner",
                "org.example.wallet:id/address_header", "org.example.wallet:id/loadMore"):
        wallet.locators[5]["resource_id"] = rid
        assert "[5]" in _first("ұялы байланысты толтыр, 500 ₸ сыйлық", wallet), rid
    wallet.locators[5]["resource_id"] = "org.example.wallet:id/promo_banner"
    assert "[5]" in _first("show me the promo offers: ұялы байланысты толтыр, 500 ₸ сыйлық", wallet)


def test_resource_id_kinds():
    assert id_kind("com.example:id/home_ad_banner") == "ad" and id_kind("com.example:id/sponsoredItem") == "ad"
    assert id_kind("com.example:id/iv_promo_banner") == "offer" and id_kind("com.example:id/bannerPager") == "offer"
    assert id_kind("com.example:id/cookie_banner") is None and id_kind("com.example:id/add_button") is None
    assert id_kind("com.example:id/adapter_row") is None and id_kind("") is None


def test_an_offer_known_by_its_id_saying_more_of_the_task_still_goes_below_the_tile_sharing_a_word():
    wallet = _screen("org.example.dompet", "Bayar", [("FrameLayout", "Isi pulsa ponsel kamu sekarang | hadiah tiap bulan"),
                                                     ("LinearLayout", "Pulsa & paket data"), ("LinearLayout", "Listrik")])
    wallet.locators[5]["resource_id"] = "org.example.dompet:id/banner_item"
    assert "[6] Pulsa" in _first("isi pulsa ponsel kamu sekarang", wallet)
    # must not fire: the same card with an id that names no offer
    wallet.locators[5]["resource_id"] = "org.example.dompet:id/topup_card"
    assert "[5] Isi pulsa" in _first("isi pulsa ponsel kamu sekarang", wallet)


def _settings(*rows: tuple[str, str]):
    """An invented settings page that scrolls: one row per setting, its title and summary."""
    from test_ui_conventions import node, screen_of
    kids = [node("LinearLayout", (0, 220 + 200 * i, 1080, 400 + 200 * i), "", "",
                 node("TextView", (40, 240 + 200 * i, 900, 310 + 200 * i), title),
                 *([node("TextView", (40, 320 + 200 * i, 900, 380 + 200 * i), summary)] if summary else []),
                 clickable=True) for i, (title, summary) in enumerate(rows)]
    return screen_of(node("androidx.recyclerview.widget.RecyclerView", (0, 200, 1080, 2200), "", "", *kids,
                          scrollable=True))[1]


def test_a_reason_after_the_comma_is_no_word_to_scroll_for() -> None:
    from test_ui_conventions import first
    screen = _settings(("Modo avión", "Desactiva llamadas, mensajes y datos"), ("Wi-Fi en modo avión", "Mantener"),
                       ("Bluetooth en modo avión", "Mantener"), ("Uso de datos", ""), ("Zona Wi-Fi", ""))
    top = first("pon el móvil en modo avión, estoy embarcando en el vuelo", screen)
    assert top["kind"] == "tap" and "avión" in screen.labels[top["element"]]
    assert first("activa el modo ubicación precisa, voy a salir", screen)["kind"] == "swipe"  # must not fire: the
    screen = _settings(("Lautlos", "Töne und Vibration aus"), ("Vibrieren bei lautlos", ""),  # request's own word unseen
                       ("Lautlos-Ausnahmen", "Anrufe von Favoriten"), ("Klingelton", "Standard"))
    top = first("stell das handy auf lautlos, ich sitze gleich im kino", screen)
    assert top["kind"] == "tap" and "autlos" in screen.labels[top["element"]]
