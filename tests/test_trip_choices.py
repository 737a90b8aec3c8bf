"""The trip already set above priced choices (agents/trip_choices.py), on an invented ride app in Portuguese."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of


def _sheet(with_prices: bool = True):
    """An invented ride app: the trip at the top (from | to), vehicle rows with prices, the order button."""
    price = (lambda p: p) if with_prices else (lambda p: "")
    rows = [("Vela", price("R$ 18,90")), ("Luxo", price("R$ 31,40")), ("Maxi", price("R$ 42,00"))]
    return screen_of(
        node("LinearLayout", (30, 150, 1050, 340), "", "", node("TextView", (170, 160, 1000, 220), "Rua Augusta 120"),
             node("TextView", (170, 260, 1000, 320), "Aeroporto de Congonhas"), clickable=True),
        *[node("LinearLayout", (0, 1300 + 170 * k, 1080, 1470 + 170 * k), "", "",
               node("TextView", (40, 1320 + 170 * k, 500, 1450 + 170 * k), name),
               *([node("TextView", (700, 1320 + 170 * k, 1040, 1450 + 170 * k), cost)] if cost else []), clickable=True)
          for k, (name, cost) in enumerate(rows)],
        node("Button", (40, 2100, 1040, 2220), "Pedir Vela", clickable=True))


def _tap_of(screen, text: str) -> dict:
    element = next(i for i in screen.actionable if screen.labels.get(i, "").startswith(text))
    return {"kind": "tap", "element": element}


def test_the_option_named_beats_the_trip_row_that_already_shows_the_destination():
    observation, screen = _sheet()
    for task in ("quero ir ao Aeroporto de Congonhas de Luxo", "take me to Aeroporto de Congonhas in a Luxo"):
        assert first(task, screen) == _tap_of(screen, "Luxo"), task


def test_must_not_fire_without_priced_choices_or_without_a_choice_named():
    observation, screen = _sheet(with_prices=False)
    assert first("quero ir ao Aeroporto de Congonhas de Luxo", screen) == _tap_of(screen, "Rua Augusta")
    observation, screen = _sheet()
    assert first("muda o destino Aeroporto de Congonhas", screen) == _tap_of(screen, "Rua Augusta")
