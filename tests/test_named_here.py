"""A control the task names whole is on screen: scrolling does not lead past it (agents/named_here.py).
Invented apps only."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.candidates import Candidate
from cascadroid.agents.named_here import adjust

_SCROLL = {"kind": "swipe", "direction": "down"}


def _home(*tiles: str, tabs: tuple[str, ...] = (), title: str = ""):
    """An app's home: tiles in a page that scrolls, tabs at the bottom, a title in the top bar when given."""
    bar = [node("TextView", (150, 150, 900, 230), title)] if title else []
    return screen_of(*bar,
                     node("ScrollView", (0, 260, 1080, 2150), "", "",
                          *[node("LinearLayout", (0, 280 + 180 * i, 1080, 440 + 180 * i), "", "",
                                 node("TextView", (60, 300 + 180 * i, 1000, 400 + 180 * i), tile), clickable=True)
                            for i, tile in enumerate(tiles)], scrollable=True),
                     *[node("FrameLayout", (270 * i, 2200, 270 * (i + 1), 2400), "", tab, clickable=True)
                       for i, tab in enumerate(tabs)])


def _tap(observation, screen, text: str) -> set[int]:
    found = element(observation, text=text) if any(e.text == text for e in observation.elements) else \
        element(observation, content_desc=text)
    return {found.id, screen.aliases.get(found.id, found.id)}


def test_a_tab_or_row_the_task_names_whole_comes_before_scrolling():
    observation, screen = _home("Recharger", "Payer une facture", "Offres du mois",
                                tabs=("Accueil", "Factures", "Compte"))
    assert first("je veux voir l'historique de mes factures", screen).get("element") in _tap(observation, screen, "Factures")
    observation, screen = _home("Gutscheine", "Filialen", "Bestellungen", "Hilfe")
    assert first("zeig mir den Verlauf meiner Bestellungen", screen).get("element") in \
        _tap(observation, screen, "Bestellungen")


def test_scrolling_still_leads_when_nothing_is_named_whole():
    _, screen = _home("Recharger", "Payer une facture", "Offres du mois", tabs=("Accueil", "Compte"))
    assert first("je veux voir l'historique de mes virements", screen) == _SCROLL
    _, screen = _home("Gutscheine", "Filialen", "Hilfe", title="Bestellungen")  # the page's own title names no row
    assert first("zeig mir den Verlauf meiner Bestellungen", screen) == _SCROLL



def _scored(screen, scores: dict[int, float], scroll: float) -> list:
    out = [Candidate({"kind": "tap", "element": e}, f"tap [{e}]", s) for e, s in scores.items()]
    return [*out, Candidate(_SCROLL, "scroll down to see more", scroll)]


def test_a_title_many_rows_share_names_a_kind_not_the_one_asked_for():
    observation, screen = _home("Tram | Centre → Harbour | Friday", "Tram | Harbour → Centre | Thursday", "Karte")
    rows = [e.id for e in observation.elements if e.clickable]
    out = _scored(screen, {rows[0]: 2.0, rows[1]: 2.0}, 2.5)  # another rule scrolls on to Monday's trip
    adjust(out, "zeig mir die Tram am Montag", screen)
    assert out[-1].score == 2.5
    out = _scored(screen, {rows[2]: 1.0}, 1.5)  # "Karte" is one control: said whole, it is in view
    adjust(out, "zeig mir die Karte", screen)
    assert out[-1].score < 1.0
    observation, screen = _home("Activar | 2x1 en cines", "Activar | 10% en farmacia")
    rows = [e.id for e in observation.elements if e.clickable]
    out = _scored(screen, {rows[0]: 1.7, rows[1]: 1.7}, 2.2)
    adjust(out, "activar el cupón de gasolina", screen)  # every coupon's own verb: the one named is further down
    assert out[-1].score == 2.2


def test_a_form_of_the_tasks_verb_or_the_tab_already_chosen_names_no_thing():
    observation, screen = screen_of(
        node("TextView", (40, 300, 300, 380), "Activados", clickable=True),
        node("FrameLayout", (0, 2200, 540, 2400), "", "Cupones", clickable=True).replace(" bounds=", ' selected="true" bounds='),
        node("RecyclerView", (0, 400, 1080, 2150), "", "",
             node("LinearLayout", (0, 420, 1080, 600), "", "2x1 en cines", clickable=True), scrollable=True))
    ids = {e.text or e.content_desc: e.id for e in observation.elements if e.clickable}
    out = _scored(screen, {ids["Activados"]: 0.75, ids["Cupones"]: 0.75}, 1.25)
    adjust(out, "activa los cupones de gasolina", screen)
    assert out[-1].score == 1.25
