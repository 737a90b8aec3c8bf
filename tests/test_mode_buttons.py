"""A button that shows its mode already on (checked, or labelled by the act that turns it off) finishes the task that
asks for the mode and is never tapped for it (agents/mode_buttons.py); a task that turns the mode off taps it."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of


def _toggle(bounds: tuple[int, int, int, int], desc: str, on: bool | None) -> str:
    button = node("ImageButton", bounds, "", desc, clickable=True)
    if on is None:
        return button
    return button.replace("<node ", f'<node checkable="true" checked="{str(on).lower()}" ', 1)


def _player(repeat_desc: str, repeat_on: bool | None, play_desc: str = "Pause"):
    """An invented audiobook player in German: title, a seek bar, the transport row."""
    return screen_of(
        node("ImageButton", (20, 80, 140, 200), "", "Schließen", clickable=True),
        node("TextView", (60, 900, 1020, 980), "Der Process, Kapitel 4"),
        node("TextView", (60, 990, 1020, 1050), "Franz Kafka"),
        node("SeekBar", (60, 1200, 1020, 1260), "", "Wiedergabeposition"),
        node("LinearLayout", (0, 1400, 1080, 1560), "", "",
             _toggle((40, 1420, 160, 1540), "Zurückspulen", None),
             _toggle((460, 1420, 620, 1540), play_desc, None),
             _toggle((700, 1420, 820, 1540), "Vorspulen", None),
             _toggle((900, 1420, 1020, 1540), repeat_desc, repeat_on)),
        node("ImageButton", (900, 1700, 1020, 1820), "", "Schlaftimer", clickable=True))


def test_a_mode_whose_button_offers_to_turn_it_off_is_already_on():
    observation, screen = _player("Endloswiedergabe deaktivieren", True)
    assert first("spiel das Kapitel in Endloswiedergabe", screen) == {"kind": "done"}
    observation, screen = _player("Endloswiedergabe deaktivieren", None)  # no checked state: the label alone says it
    assert first("spiel das Kapitel in Endloswiedergabe", screen) == {"kind": "done"}


def test_a_checked_mode_button_is_not_tapped_for_the_mode():
    observation, screen = _player("Endloswiedergabe", True)
    assert first("Endloswiedergabe für dieses Kapitel", screen) == {"kind": "done"}


def test_the_mode_off_taps_the_button_that_turns_it_off():
    observation, screen = _player("Endloswiedergabe deaktivieren", True)
    button = next(e.id for e in observation.elements if e.content_desc == "Endloswiedergabe deaktivieren")
    assert first("Endloswiedergabe deaktivieren", screen) == {"kind": "tap", "element": button}


def test_a_mode_button_off_is_no_finish():
    observation, screen = _player("Endloswiedergabe aktivieren", False)
    assert first("spiel das Kapitel in Endloswiedergabe", screen) != {"kind": "done"}


def test_another_act_the_task_names_keeps_the_run_going():
    observation, screen = _player("Disable repeat", True, play_desc="Play")
    assert first("play this chapter on repeat", screen) != {"kind": "done"}
    button = next(e.id for e in observation.elements if e.content_desc == "Disable repeat")
    assert first("play this chapter on repeat", screen) != {"kind": "tap", "element": button}


def _article(bookmark_desc: str, on: bool | None):
    """An invented Spanish news reader's article toolbar."""
    return screen_of(
        node("LinearLayout", (0, 80, 1080, 220), "", "",
             node("ImageButton", (20, 100, 140, 200), "", "Volver", clickable=True),
             _toggle((760, 100, 880, 200), bookmark_desc, on),
             node("ImageButton", (920, 100, 1040, 200), "", "Compartir", clickable=True)),
        node("TextView", (40, 300, 1040, 460), "El Banco Central sube los tipos por tercera vez"),
        node("TextView", (40, 500, 1040, 1500), "La entidad anunció ayer una subida de medio punto ..."))


def test_an_article_already_saved_is_done_and_removing_it_is_not():
    observation, screen = _article("Guardado", True)
    assert first("guarda este artículo para leerlo luego", screen) == {"kind": "done"}
    button = next(e.id for e in observation.elements if e.content_desc == "Guardado")
    assert first("elimina este artículo de guardados", screen) != {"kind": "done"}
    observation, screen = _article("Guardar", False)
    button = next(e.id for e in observation.elements if e.content_desc == "Guardar")
    assert first("guarda este artículo para leerlo luego", screen) == {"kind": "tap", "element": button}
