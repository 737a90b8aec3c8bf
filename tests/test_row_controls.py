"""The control a row carries, when the task asks for what it does (agents/row_controls.py, invented apps)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents import ui_glossary


def _row(top: int, title: str, detail: str, control: str, cls: str = "ImageButton", *extra: str) -> str:
    """A list row: its title and detail, clickable as a whole, holding its own control (known by content-desc)."""
    return node("LinearLayout", (0, top, 1080, top + 260), "", "",
                node("TextView", (200, top + 20, 1040, top + 90), title),
                node("TextView", (200, top + 100, 1040, top + 170), detail),
                node(cls, (40, top + 160, 160, top + 240), "", control, clickable=True), *extra, clickable=True)


def _bakery():
    """An invented Hebrew bakery app: each loaf's row holds its own add button."""
    return screen_of(node("TextView", (40, 100, 1040, 200), "מאפיית השקד"),
                     _row(300, "לחם שיפון", "כיכר 750 גרם | 22 ₪", "הוספה"),
                     _row(600, "לחם מחמצת", "כיכר כפרית | 26 ₪", "הוספה"),
                     _row(900, "חלה מתוקה", "קלועה | 18 ₪", "הוספה"))


def test_the_named_row_holds_the_add_the_task_says_in_its_colloquial_form():
    observation, screen = _bakery()
    adds = [e.id for e in observation.elements if e.content_desc == "הוספה"]
    assert first("תוסיף לחם מחמצת לסל", screen) == {"kind": "tap", "element": adds[1]}


def test_must_not_fire_when_the_task_opens_the_row():
    _, screen = _bakery()
    top = first("תפתח לחם מחמצת", screen)
    assert top["kind"] == "tap" and screen.labels[top["element"]].startswith("לחם מחמצת")


def _lamps(control_class: str = "ImageView"):
    """An invented Ukrainian smart-home app: each device row holds its power button."""
    return screen_of(_row(300, "Торшер спальня", "Увімкнено", "Вимкнути", control_class),
                     _row(600, "Торшер вітальня", "Вимкнено", "Увімкнути", control_class),
                     _row(900, "Обігрівач кухня", "Вимкнено", "Увімкнути", control_class))


def test_a_lamp_lit_by_a_colloquial_verb_is_its_rows_power_button():
    observation, screen = _lamps()
    on = [e.id for e in observation.elements if e.content_desc == "Увімкнути"]
    assert first("засвіти торшер у вітальні", screen) == {"kind": "tap", "element": on[0]}


def test_must_not_fire_for_a_task_that_opens_the_device():
    observation, screen = _lamps()
    on = {e.id for e in observation.elements if e.content_desc == "Увімкнути"}
    top = first("відкрий торшер у вітальні", screen)
    assert top.get("element") not in on


def _bills():
    """An invented web bill page (simplified Chinese): the bill cards are text, only their pay buttons listed."""
    def card(top: int, name: str, account: str, amount: str) -> str:
        return node("View", (0, top, 1080, top + 300), "", "",
                    node("TextView", (40, top + 20, 1040, top + 80), name),
                    node("TextView", (40, top + 90, 1040, top + 150), account),
                    node("TextView", (40, top + 160, 600, top + 220), amount),
                    node("Button", (700, top + 160, 1040, top + 260), "立即缴费", clickable=True))
    return screen_of(node("View", (0, 200, 1080, 400), "", "", node("TextView", (40, 220, 1040, 300), "首次缴费立减5元"),
                          node("Button", (700, 300, 1040, 380), "马上领取", clickable=True), clickable=True),
                     card(500, "北方燃气集团", "户号 7781 · 12月20日到期", "¥ 96.20"),
                     card(900, "滨江水务", "户号 3302 · 12月25日到期", "¥ 41.00"))


def test_only_the_pay_buttons_listed_the_one_whose_card_the_task_names():
    observation, screen = _bills()
    pays = [e.id for e in observation.elements if e.text == "立即缴费"]
    assert first("帮我缴一下滨江水务这个月的水费", screen) == {"kind": "tap", "element": pays[1]}
    # must not fire: a card the task does not name
    assert first("帮我缴一下电信宽带的费用", screen) != {"kind": "tap", "element": pays[1]}


def test_a_form_of_the_tasks_verb_on_the_rows_button():
    """Italian "aggiungimelo" is "aggiungi" + "me" + "lo": the row's "Aggiungere" button."""
    observation, screen = screen_of(_row(300, "Pane integrale", "500 g · 3,20 €", "Aggiungere"),
                                    _row(600, "Pane di segale", "400 g · 3,90 €", "Aggiungere"),
                                    _row(900, "Focaccia ligure", "300 g · 4,50 €", "Aggiungere"))
    adds = [e.id for e in observation.elements if e.content_desc == "Aggiungere"]
    assert first("il pane di segale, aggiungimelo", screen) == {"kind": "tap", "element": adds[1]}


def test_an_overflow_menu_or_a_photo_never_stands_for_the_act():
    _, screen = screen_of(
        _row(300, "Tuinlamp terras", "Uit", "Meer opties", "ImageButton",
             node("ImageView", (900, 330, 1040, 420), "", "Foto Tuinlamp terras", clickable=True)),
        _row(600, "Tuinlamp pad", "Uit", "Meer opties"))
    top = first("tuinlamp terras inschakelen", screen)
    assert top["kind"] == "tap" and screen.labels[top["element"]].startswith("Tuinlamp terras")


def test_a_page_button_doing_the_act_is_shown_though_the_verb_comes_last():
    """Turkish says the verb after its object ("... yükle bi"): the page's "Yükle" (install) is that act, so no
    overflow menu is raised over it; must not fire for an act no button here does."""
    observation, screen = screen_of(node("ImageButton", (900, 60, 1040, 180), "", "More options", clickable=True),
                                    node("TextView", (40, 300, 1040, 400), "Çiçekçi Gül - Çiçek siparişi"),
                                    node("Button", (40, 500, 500, 600), "İstek listesi", clickable=True),
                                    node("Button", (560, 500, 1040, 600), "Yükle", clickable=True))
    install = element(observation, text="Yükle")
    assert first("çiçekçi gülü yükle bi", screen) == {"kind": "tap", "element": install.id}
    assert ui_glossary.shown("çiçekçi gülü yükle bi", ["Yükle"])
    assert not ui_glossary.shown("çiçekçi gülü paylaş bi", ["Yükle", "İstek listesi"])


def test_words_only_tasks_say_are_never_read_in_labels():
    assert "add" in ui_glossary.asked("ضيفلي كيكة الشوكولاتة")
    assert not ui_glossary.concepts("ضيف")  # a label "guest" means no add
    assert "pay" in ui_glossary.asked("幫我交埋呢張單")
    assert ui_glossary.acts("open the cottage near the lake") == set()
    assert ui_glossary.acts("βάλε το τραγούδι στη λίστα") == set()  # putting is no act of a row's button


def test_a_bare_plus_in_the_named_row_adds():
    """An invented Polish grocery list: each row's unlabelled "+" adds it; must not fire for a task that opens it."""
    observation, screen = screen_of(*(node("LinearLayout", (0, top, 1080, top + 200), "", "",
                                           node("TextView", (200, top + 20, 900, top + 90), title),
                                           node("TextView", (200, top + 100, 900, top + 170), "1 szt. · 4,99 zł"),
                                           node("Button", (940, top + 60, 1040, top + 160), "+", clickable=True),
                                           clickable=True)
                                      for top, title in ((300, "Jogurt naturalny"), (520, "Masło ekstra"), (740, "Mleko 2%"))))
    plus = [e.id for e in observation.elements if e.text == "+"]
    assert first("dodaj masło ekstra", screen) == {"kind": "tap", "element": plus[1]}
    top = first("otwórz masło ekstra", screen)
    assert top["kind"] == "tap" and screen.labels[top["element"]].startswith("Masło ekstra")



def test_the_named_rows_control_is_found_when_the_dump_gives_its_rows_texts_in_another_order():
    from cascadroid.agents import row_controls
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.perceptor import Screen

    rows = {1: "Chleb na zakwasie | Wiejski | 11 zł", 3: "Zestaw chleb na zakwasie | Z masłem | 15 zł"}
    for context in ({2: rows[1], 4: rows[3]}, {2: "11 zł | Wiejski | Chleb na zakwasie", 4: "Z masłem | 15 zł | Zestaw chleb na zakwasie"}):
        screen = Screen(package="com.example.bakery", digest="d", lines=[], actionable=[1, 2, 3, 4],
                        labels={**rows, 2: "Dodaj", 4: "Dodaj"}, context=context)
        def taps(*scored: tuple[int, float]) -> list[Candidate]:
            return [Candidate({"kind": "tap", "element": e}, f"tap [{e}]", score) for e, score in scored]
        out = taps((1, 3.0), (3, 2.5), (2, 0.0), (4, 0.0))
        row_controls.adjust(out, "dodaj chleb na zakwasie do koszyka", screen)
        assert max(out, key=lambda c: c.score).action["element"] == 2, context
        # must not fire: opening the loaf keeps its row first
        out = taps((1, 3.0), (3, 2.5), (2, 0.0), (4, 0.0))
        row_controls.adjust(out, "otwórz chleb na zakwasie", screen)
        assert max(out, key=lambda c: c.score).action["element"] == 1, context


def test_a_rows_own_copy_of_a_repeated_button_is_raised_when_the_dump_gives_the_rows_texts_in_another_order():
    from cascadroid.agents import button_owners
    from cascadroid.agents.candidates import Candidate
    from cascadroid.agents.perceptor import Screen

    rows = {1: "Konto Oszczędne | Bank Lipa | 2 300 zł", 3: "Konto Główne | Bank Dąb | 800 zł"}
    for context in ({2: rows[1], 4: rows[3]}, {2: "2 300 zł | Konto Oszczędne | Bank Lipa", 4: "800 zł | Konto Główne | Bank Dąb"}):
        screen = Screen(package="com.example.bank", digest="d", lines=[], actionable=[1, 2, 3, 4],
                        labels={**rows, 2: "Wyślij", 4: "Wyślij"}, context=context)
        def taps(*scored: tuple[int, float]) -> list[Candidate]:
            return [Candidate({"kind": "tap", "element": e}, f"tap [{e}]", score) for e, score in scored]
        out = taps((1, 3.0), (3, 2.0), (2, 1.0), (4, 1.0))
        button_owners.in_rows(out, "wyślij pieniądze z bank lipa", screen)
        assert max(out, key=lambda c: c.score).action["element"] == 2, context
        # must not fire: a task that does not say the button's word keeps the row
        out = taps((1, 3.0), (3, 2.0), (2, 1.0), (4, 1.0))
        button_owners.in_rows(out, "pokaż bank lipa", screen)
        assert max(out, key=lambda c: c.score).action["element"] == 1, context


def _grocer(add: str):
    """An invented grocery app (German, or English with a bare plus): each product row holds its add control."""
    return screen_of(node("TextView", (40, 100, 1040, 200), "Milch & Alternativen"),
                     _row(300, "Bio Hafermilch", "1 l | 1,79 €", add),
                     _row(600, "Bio Vollmilch", "1 l | 1,19 €", add),
                     _row(900, "Hafermilch Barista", "1 l | 2,29 €", add))


def test_putting_a_thing_on_a_list_or_in_a_basket_is_its_rows_add() -> None:
    observation, screen = _grocer("Hinzufügen")
    adds = [e.id for e in observation.elements if e.content_desc == "Hinzufügen"]
    assert first("setz die Bio Hafermilch auf meine Einkaufsliste", screen) == {"kind": "tap", "element": adds[0]}
    observation, screen = _grocer("+")
    adds = [e.id for e in observation.elements if e.content_desc == "+"]
    assert first("pop the Bio Vollmilch in my basket pls", screen) == {"kind": "tap", "element": adds[1]}
    assert ui_glossary.acts("wrzuć mleko do koszyka") == {"add"} and "add" in ui_glossary.acts("sütü sepete at")
    for task in ("put the phone on silent", "zet de wekker op 7 uur", "put my list in order", "open Bio Vollmilch"):
        assert "add" not in ui_glossary.acts(task), task  # must not fire: a placing verb with no list or cart
