"""A bare switch beside a tappable room card (Flutter, Compose smart-home lists: "Cocina / 2 enchufes" left of a
text-less Switch, a slider caption under both) is named by that card, not by the caption: "apaga la luz de la cocina"
taps the kitchen's own switch; a task that opens the room keeps the card (agents/labels.py)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _switch(bounds: tuple[int, int, int, int], on: bool) -> str:
    return node("Switch", bounds, "", "", clickable=True).replace(
        "<node ", f'<node checkable="true" checked="{str(on).lower()}" ', 1)


def _room(top: int, desc: str, on: bool, caption: str) -> str:
    return node("View", (30, top, 1050, top + 260), "", "",
                node("View", (30, top, 820, top + 260), "", desc, clickable=True),
                _switch((860, top + 80, 1020, top + 180), on),
                node("View", (60, top + 200, 1020, top + 250), "", caption))


def _home(rooms: list[tuple[str, bool]], caption: str):
    return screen_of(node("ScrollView", (0, 200, 1080, 2200), "", "",
                          *[_room(300 + 290 * i, desc, on, caption) for i, (desc, on) in enumerate(rooms)],
                          scrollable=True))


def _switch_of(observation, desc: str) -> int:
    card = element(observation, content_desc=desc)
    return next(e.id for e in observation.elements if e.checkable and e.parent == card.parent)


def test_a_room_card_names_its_bare_switch_in_any_language():
    rooms = [("Salón\n3 bombillas · Lectura", True), ("Cocina\n2 enchufes · Encendido", True),
             ("Dormitorio\n1 bombilla · Apagado", False)]
    observation, screen = _home(rooms, "Brillo")
    assert screen.labels[_switch_of(observation, rooms[1][0])].startswith("Cocina")
    assert first("apaga la luz de la cocina", screen) == {"kind": "tap", "element": _switch_of(observation, rooms[1][0])}
    zones = [("Front lawn\nZone 1 · Watering", True), ("Back yard\nZone 2 · Off", False), ("Greenhouse\nZone 3 · Off", False)]
    observation, screen = _home(zones, "Flow rate")
    assert first("turn on the sprinklers in the back yard", screen) == \
        {"kind": "tap", "element": _switch_of(observation, zones[1][0])}


def test_opening_the_room_keeps_its_card():
    rooms = [("Salón\n3 bombillas · Lectura", True), ("Cocina\n2 enchufes · Encendido", True)]
    observation, screen = _home(rooms, "Brillo")
    assert first("abre la cocina", screen) == {"kind": "tap", "element": element(observation, content_desc=rooms[1][0]).id}


def test_a_plain_title_on_the_switch_line_still_names_it():
    row = node("LinearLayout", (0, 400, 1080, 560), "", "",
               node("TextView", (40, 420, 700, 480), "Modo avión"),
               node("Button", (40, 400, 820, 560), "", "Más información", clickable=True),
               _switch((880, 430, 1040, 530), False))
    observation, screen = screen_of(row)
    assert screen.labels[next(e.id for e in observation.elements if e.checkable)] == "Modo avión"
