"""A verb button drawn beside each card, outside it (React Native, Compose: the card and its icon are siblings), is
the action when the task says every word of it and names that card: above the card, which only opens its page
(agents/button_owners.py adjust), on an invented flat-hunting list in Spanish."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

_FLATS = [("Piso en Chamberí, Madrid. 3 habitaciones. 1.200 € al mes", "Guardar"),
          ("Piso en Lavapiés, Madrid. 2 habitaciones. 950 € al mes", "Guardar"),
          ("Ático en Chamberí, Madrid. 2 habitaciones. 1.650 € al mes", "Guardar")]


def _listings():
    """Cards known by content-desc, each followed (as a sibling) by its icon-only save button."""
    kids = []
    for k, (card, button) in enumerate(_FLATS):
        top = 400 + 520 * k
        kids.append(node("ViewGroup", (30, top, 1050, top + 500), "", card, clickable=True))
        kids.append(node("ViewGroup", (920, top + 20, 1030, top + 130), "", button, clickable=True))
    return screen_of(node("ViewGroup", (30, 200, 1050, 300), "", "Guardar búsqueda", clickable=True),
                     node("ScrollView", (0, 380, 1080, 2200), "", "", *kids, scrollable=True))


def _tap(observation, label: str, nth: int = 1) -> dict:
    found = [e.id for e in observation.elements if e.content_desc == label]
    return {"kind": "tap", "element": found[nth - 1]}


def test_the_said_verb_button_of_the_named_card_beats_the_card():
    observation, screen = _listings()
    assert first("guarda el piso de Chamberí de 1.200 € al mes, luego llamo", screen) == _tap(observation, "Guardar", 1)
    assert first("guarda el ático de Chamberí, 2 habitaciones", screen) == _tap(observation, "Guardar", 3)


def test_must_not_fire_where_the_button_is_not_said():
    observation, screen = _listings()
    action = first("abre el piso de Lavapiés de 950 € al mes", screen)
    assert action == _tap(observation, _FLATS[1][0])
