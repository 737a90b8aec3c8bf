"""A modal bottom sheet drawn in the page's own window (Flutter's showModalBottomSheet): its scrim, a bare clickable
view across the width from the top down to the panel, makes the panel a dialog (agents/dialog_shape.py); a task that
says to skip what the sheet offers answers it with the sheet's dismissive button (agents/negation.py)."""

from __future__ import annotations

from test_ui_conventions import node, screen_of, tapped


def _sheet(title: str, yes: str, no: str, page: bool = True, scrim: bool = True):
    behind = [node("TextView", (40, 200, 1040, 300), "Mis pedidos"),
              node("Button", (40, 400, 1040, 540), "Pedir otra vez", "", clickable=True)] if page else []
    barrier = [node("View", (0, 0, 1080, 1500), "", "Cerrar", clickable=True)] if scrim else []
    panel = node("View", (0, 1500, 1080, 2400), "", "",
                 node("TextView", (60, 1560, 1020, 1660), title),
                 node("Button", (60, 1900, 1020, 2040), yes, "", clickable=True),
                 node("Button", (60, 2080, 1020, 2220), no, "", clickable=True))
    return screen_of(node("View", (0, 0, 1080, 2400), "", "", *behind, *barrier, panel))


def test_the_panel_after_its_scrim_is_a_dialog():
    observation, screen = _sheet("¿Activar las notificaciones de tus pedidos?", "Activar", "Ahora no")
    labels = {screen.labels[i] for i in screen.dialog}
    assert labels == {"Activar", "Ahora no"}
    assert "Pedir otra vez" not in {screen.labels.get(i) for i in screen.actionable}  # the page behind: read only


def test_no_scrim_no_dialog():
    observation, screen = _sheet("¿Activar las notificaciones de tus pedidos?", "Activar", "Ahora no", scrim=False)
    assert not screen.dialog


def test_skipping_what_the_sheet_offers_is_its_dismissive_button():
    observation, screen = _sheet("Inicia sesión con tu huella", "Usar huella", "Ahora no", page=False)
    assert tapped(observation, screen, "sáltate lo de la huella", text="Ahora no")
    observation, screen = _sheet("Turn on face unlock", "Turn on", "Maybe later", page=False)
    assert tapped(observation, screen, "skip the face unlock setup", text="Maybe later")


def test_a_sheet_offering_to_skip_has_its_skip_button_tapped():
    observation, screen = _sheet("Set up your profile photo", "Skip", "Add photo", page=False)
    assert tapped(observation, screen, "skip the profile photo", text="Skip")
