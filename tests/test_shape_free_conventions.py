"""Conventions that must hold whatever toolkit dumped the screen: each invented page is built as classic Views
dump it (resource ids) and as Compose dumps it (no ids, a clickable's text in a child), with a must-not-fire case."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

# --- the query box atop its own results, told by its place beside a search control when no id says so ----------


def _results_page(rid: str, query: str, rows: tuple[str, ...], beside: str = "Suche per Sprache"):
    if rid:
        box = node("TextView", (140, 120, 800, 240), query, "", clickable=True, rid=rid)
    else:  # Compose: no id, the clickable's text in a child node
        box = node("View", (140, 120, 800, 240), "", "", node("TextView", (140, 120, 800, 240), query), clickable=True)
    kids = [box, node("View", (820, 130, 930, 230), "", beside, clickable=True)]
    for i, row in enumerate(rows):
        top = 400 + i * 400
        kids.append(node("ViewGroup", (0, top, 1080, top + 380), "", row, clickable=True))
    return screen_of(*kids)


_ROWS = ("Sauerteig ansetzen leicht gemacht - 11 Minuten - Brotwerk - 40.000 Aufrufe",
         "Pizzateig in 10 Minuten - 9 Minuten - Ofenkanal - 12.000 Aufrufe")


def test_the_query_box_beside_a_search_control_is_not_tapped_again_with_or_without_its_id():
    for rid in ("com.example.app:id/query_text", ""):
        observation, screen = _results_page(rid, "sauerteig ansetzen", _ROWS)
        row = element(observation, content_desc=_ROWS[0])
        action = first("zeig mir das video sauerteig ansetzen", screen)
        assert screen.target(action["element"]) == row.id or action["element"] == row.id, rid


def test_a_title_showing_the_tasks_words_beside_no_search_control_is_not_pushed_down():
    from cascadroid.agents.candidates import rank
    from cascadroid.agents.search_requests import searched_already
    task = "zeig mir das video sauerteig ansetzen"
    observation, screen = _results_page("", "sauerteig ansetzen", _ROWS, beside="Teilen")
    ranked = rank(task, "", screen, [], [])
    before = {c.action.get("element"): c.score for c in ranked}
    searched_already(ranked, task, screen)
    assert {c.action.get("element"): c.score for c in ranked} == before


# --- a carousel headed by an ad tag alone: its cards and their buttons are ads, with or without ids ------------


def _product_page(rid: str, heading: str):
    def button(box, text, card_rid=""):
        if rid:
            return node("Button", box, text, "", clickable=True, rid=f"com.example.app:id/{card_rid or 'buy'}")
        return node("View", box, "", "", node("TextView", box, text), clickable=True)
    cards = [node("LinearLayout", (30 + i * 520, 1670, 520 + i * 520, 2120), "", "",
                  node("TextView", (50 + i * 520, 1700, 500 + i * 520, 1780), title),
                  button((400 + i * 520, 2040, 500 + i * 520, 2115), "In den Warenkorb", "cardCart"),
                  clickable=True, rid="com.example.app:id/sponsoredCard" if rid else "")
             for i, title in enumerate(("Regenhülle für Kinderwagen", "Sonnensegel Kinderwagen"))]
    return screen_of(node("TextView", (40, 300, 1040, 400), "Kinderwagen Stadtflitzer 3, grau"),
                     button((40, 1350, 1040, 1445), "In den Warenkorb"),
                     button((40, 1460, 1040, 1555), "Sofort kaufen"),
                     node("TextView", (40, 1590, 1040, 1650), heading),
                     node("HorizontalScrollView", (0, 1660, 1080, 2130), "", "", *cards, scrollable=True,
                          rid="com.example.app:id/sponsoredCarousel" if rid else ""))


def test_the_items_own_button_beats_the_same_button_in_a_carousel_headed_as_ads():
    for rid in ("ids", ""):
        observation, screen = _product_page(rid, "Gesponsert")
        action = first("leg den Kinderwagen in den Warenkorb", screen)
        assert screen.bounds[screen.target(action["element"])] == [40, 1350, 1040, 1445], rid


def test_a_carousel_headed_otherwise_holds_no_ads():
    from cascadroid.agents.promotions import headed_by_ad
    observation, screen = _product_page("", "Oft zusammen gekauft")
    assert not any(headed_by_ad(screen, i) for i in screen.actionable)
    observation, screen = _product_page("", "Gesponsert")
    assert any(headed_by_ad(screen, i) for i in screen.actionable)


# --- the amount field told by the currency beside it, whatever names the field -----------------------------------


def _transfer_form(rid: bool, currency_row: int = 960):
    amount_rid = "com.example.app:id/amount_input" if rid else ""
    return screen_of(node("TextView", (60, 300, 900, 380), "Saaja: Aino Virtanen"),
                     node("EditText", (36, 960, 860, 1120), "", "", clickable=True, hint="Kuinka paljon", rid=amount_rid),
                     node("TextView", (880, currency_row + 40, 1020, currency_row + 120), "€"),
                     node("EditText", (36, 1210, 1044, 1370), "", "", clickable=True, hint="Viesti saajalle"),
                     node("View", (60, 1620, 1040, 1700), "", "Aino Virtanen · 12,00 €", clickable=True))


def test_a_sum_goes_into_the_field_with_the_currency_beside_it_with_or_without_an_id():
    for rid in (True, False):
        observation, screen = _transfer_form(rid)
        field = element(observation, hint="Kuinka paljon")
        assert first("lähetä Ainolle 25 €", screen) == {"kind": "type", "element": field.id, "text": "25"}, rid


def test_a_currency_on_another_row_names_no_amount_field():
    from cascadroid.agents.money_amounts import amount_field
    observation, screen = _transfer_form(False, currency_row=1500)
    assert amount_field(screen) is None


# --- a home page's search bar showing a suggested query, told by its shape when no id or word says search ------


def _home_page(rid: bool, *extra: str, bar_right: int = 820):
    suggestion = "es campur durian"
    if rid:
        bar = node("LinearLayout", (160, 135, bar_right, 225), "", "",
                   node("TextView", (240, 145, bar_right - 20, 215), suggestion, rid="com.example.app:id/search_hint"),
                   clickable=True, rid="com.example.app:id/search_bar")
    else:
        bar = node("View", (160, 135, bar_right, 225), "", "", node("TextView", (240, 145, bar_right - 20, 215), suggestion),
                   clickable=True)
    rows = [node("View", (20, 400 + i * 600, 1060, 950 + i * 600), "", row, clickable=True) for i, row in enumerate((
        "Rendang daging sapi empuk | Dapur Mama | 1,2 jt ditonton", "Es teler segar | Warung Kita | 300 rb ditonton"))]
    return screen_of(node("View", (30, 130, 130, 230), "", "Profil", clickable=True), bar, *extra,
                     node("View", (960, 140, 1050, 220), "", "Pesan", clickable=True), *rows)


def test_a_search_bar_with_no_word_of_search_is_opened_for_a_search_with_or_without_its_id():
    for rid in (True, False):
        observation, screen = _home_page(rid)
        action = first("cariin resep rendang padang", screen)
        assert action["kind"] == "tap" and screen.bounds[action["element"]] == [160, 135, 820, 225], rid


def test_a_named_search_button_beats_the_bar_and_a_narrow_box_is_no_bar():
    from cascadroid.agents.search_requests import _bar_atop
    observation, screen = _home_page(False, node("View", (850, 140, 940, 220), "", "Cari", clickable=True))
    assert not any(_bar_atop(screen, i) for i in screen.actionable)
    observation, screen = _home_page(False, bar_right=400)
    assert not any(_bar_atop(screen, i) for i in screen.actionable)


# --- a scrolling page behind a dialog (a WebView holding the app) is the page, never a scrim over the dialog -----


def _dialog_over_page(web: bool):
    from cascadroid.agents.perceptor import perceive
    from cascadroid.device.uiautomator import parse_observation
    dialog = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                  node("TextView", (120, 1700, 960, 1900), "Permitir que Quiosco te envíe notificaciones?"),
                  node("Button", (120, 1950, 960, 2080), "Permitir", clickable=True),
                  node("Button", (120, 2100, 960, 2230), "No permitir", clickable=True)).replace(
                      "com.example.app", "com.android.permissioncontroller")
    rows = "".join(node("TextView", (40, 300 + i * 200, 1040, 480 + i * 200), t)
                   for i, t in enumerate(("Portada de hoy", "Deportes: la final del domingo")))
    page = node("WebView" if web else "ListView", (0, 0, 1080, 2400), "", "", rows, scrollable=True,
                rid="" if web else "com.example.app:id/feed")
    observation = parse_observation(f"<hierarchy>{dialog}{node('FrameLayout', (0, 0, 1080, 2400), '', '', page)}</hierarchy>")
    return observation, perceive(observation)


def test_a_dialog_drawn_before_a_scrolling_page_keeps_its_buttons():
    from cascadroid.agents.candidates import rank
    from cascadroid.agents.label_shapes import covered
    task = "no permitas las notificaciones"
    for web in (True, False):
        observation, screen = _dialog_over_page(web)
        ranked = rank(task, "", screen, [], [])
        before = {c.text: c.score for c in ranked}
        covered(ranked, task, screen)
        assert {c.text: c.score for c in ranked} == before, web
        assert ranked[0].action == {"kind": "tap", "element": element(observation, text="No permitir").id}, web


# --- a row's texts read top down whatever the dump's order: a bare switch takes its row's title ------------------


def _settings(summary_first: bool):
    def row(top: int, title: str, summary: str, on: bool, rid: str):
        texts = [node("TextView", (60, top, 800, top + 60), title), node("TextView", (60, top + 60, 800, top + 120), summary)]
        switch = (f'<node class="android.widget.Switch" package="com.example.app" text="" content-desc="" resource-id="{rid}" '
                  f'checkable="true" checked="{str(on).lower()}" clickable="true" enabled="true" '
                  f'bounds="[900,{top + 20}][1030,{top + 100}]"/>')
        return node("LinearLayout", (0, top - 20, 1080, top + 140), "", "", *(texts[::-1] if summary_first else texts), switch)
    return screen_of(row(300, "Mobile Daten", "Netz: Fjordnett 5G", True, "android:id/switch_widget"),
                     row(500, "Datensparmodus", "Mobile Daten im Hintergrund begrenzen", False, ""))


def test_a_bare_switch_takes_its_rows_title_in_any_dump_order():
    for summary_first in (False, True):
        observation, screen = _settings(summary_first)
        titles = sorted(screen.labels[i] for i in screen.checked)
        assert titles == ["Datensparmodus", "Mobile Daten"], summary_first
        action = first("Mobile Daten ausschalten", screen)
        assert screen.labels[action["element"]] == "Mobile Daten", summary_first


# --- a modal dialog's buttons read left to right, however its ids are written ---------------------------------------


def _clear_dialog(ids: bool, right: str = "Jatka", left: str = "Peruuta"):
    from cascadroid.agents.perceptor import perceive
    from cascadroid.device.uiautomator import parse_observation
    page = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                node("TextView", (40, 300, 1040, 400), "Hakuhistoria", clickable=True),
                node("TextView", (40, 420, 1040, 520), "Asetukset", clickable=True))
    card = node("LinearLayout", (80, 880, 1000, 1500), "", "",
                node("TextView", (140, 930, 940, 1000), "Historia tyhjennetään pysyvästi"),
                node("TextView", (140, 1030, 940, 1250), "Kaikki haut poistetaan tältä laitteelta."),
                node("Button", (560, 1340, 760, 1450), left, clickable=True, rid="com.example.app:id/dlg_no" if ids else ""),
                node("Button", (780, 1340, 980, 1450), right, clickable=True, rid="com.example.app:id/dlg_yes" if ids else ""),
                rid="android:id/parentPanel" if ids else "")
    observation = parse_observation(f"<hierarchy>{page}{node('FrameLayout', (0, 0, 1080, 2400), '', '', card)}</hierarchy>")
    return observation, perceive(observation)


def test_a_dialogs_last_button_is_its_yes_whether_an_id_marks_the_dialog_or_none():
    from cascadroid.agents.confirmations import positive
    from cascadroid.agents.negation import asks
    for ids in (True, False):
        observation, screen = _clear_dialog(ids)
        assert asks(screen), ids  # no question mark: the card itself asks
        assert positive(screen, element(observation, text="Jatka").id), ids
        assert not positive(screen, element(observation, text="Peruuta").id), ids


def test_a_cancel_word_on_the_right_is_no_yes():
    from cascadroid.agents.confirmations import positive
    observation, screen = _clear_dialog(True, right="Abbrechen", left="Löschen")
    assert not positive(screen, element(observation, text="Abbrechen").id)
