"""A dialog the task says nothing about is in the way: its dismissive button first (agents/in_the_way.py); a
two-word dismissive phrase in either order, and words before place in a dialog's buttons (agents/dialog_roles.py,
agents/dialog_shape.py). Invented apps only."""

from __future__ import annotations

from test_ui_conventions import element, first, node

from cascadroid.agents.candidates import rank
from cascadroid.agents.dialog_roles import button_roles
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation


def _feed(title: str, message: str, yes: str, no: str, *, stacked: bool = False):
    """A photo feed (invented "Pixfeed") under a dialog of two buttons, side by side or stacked (yes above)."""
    boxes = ((130, 1250, 950, 1360), (130, 1380, 950, 1490)) if stacked else \
        ((560, 1250, 950, 1380), (130, 1250, 540, 1380))
    page = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                node("TextView", (40, 140, 400, 230), "Pixfeed"),
                node("RecyclerView", (0, 260, 1080, 2150), "", "",
                     node("LinearLayout", (0, 280, 1080, 900), "", "Photo by mara.k", clickable=True), scrollable=True),
                node("FrameLayout", (0, 2200, 540, 2400), "", "Home", clickable=True))
    dialog = node("FrameLayout", (0, 0, 1080, 2400), "", "",  # the dialog's own window, over the page
                  node("FrameLayout", (90, 900, 990, 1520), "", "",
                       node("TextView", (130, 940, 950, 1020), title),
                       node("TextView", (130, 1030, 950, 1200), message),
                       node("Button", boxes[0], yes, clickable=True),
                       node("Button", boxes[1], no, clickable=True)))
    observation = parse_observation(f"<hierarchy>{page}{dialog}</hierarchy>")
    return observation, perceive(observation)


def _tap(observation, text: str) -> dict:
    return {"kind": "tap", "element": element(observation, text=text).id}


def test_a_dialog_the_task_does_not_speak_of_is_set_aside():
    observation, screen = _feed("Enjoying Pixfeed?", "Rate us in the store.", "Rate now", "Not now")
    assert first("open my saved photos", screen) == _tap(observation, "Not now")
    observation, screen = _feed("¿Te gusta Pixfeed?", "Califícanos en la tienda.", "Calificar", "Ahora no")
    assert first("quiero ver mis fotos guardadas", screen) == _tap(observation, "Ahora no")


def test_a_stacked_dialog_is_read_by_its_words_before_its_place():
    observation, screen = _feed("Mitteilungen aktivieren", "Erfahre sofort, wenn dir jemand folgt.", "Einschalten",
                                "Jetzt nicht", stacked=True)
    assert first("nee, keine Mitteilungen, ich will nur Fotos sehen", screen) == _tap(observation, "Jetzt nicht")
    assert first("zeig mir mein Profil", screen) == _tap(observation, "Jetzt nicht")
    assert button_roles("Jetzt nicht") == button_roles("Nicht jetzt") == ["dismiss"]
    assert button_roles("Сейчас не") == ["dismiss"]


def test_a_task_asking_for_what_the_dialog_offers_is_not_set_aside():
    observation, screen = _feed("Turn on notifications", "Know when someone follows you.", "Turn on", "Not now")
    assert first("turn on notifications", screen) == _tap(observation, "Turn on")
    observation, screen = _feed("Mitteilungen aktivieren", "Erfahre sofort, wenn dir jemand folgt.", "Einschalten",
                                "Jetzt nicht", stacked=True)
    assert first("Mitteilungen einschalten", screen) == _tap(observation, "Einschalten")


def test_a_permission_request_is_never_set_aside_as_unrelated():
    for title, task in (("Allow Wegweiser to access this device's location?", "take me to Ana's house"),
                        ("Allow Menuly to take pictures and record video?", "scan the QR code on the menu"),
                        ("Permitir que Rutado acceda a la ubicación de este dispositivo?", "llévame a casa de Lía")):
        observation, screen = _feed(title, "", "While using the app", "Don't allow")
        assert first(task, screen) != _tap(observation, "Don't allow")


def test_a_dialog_confirming_the_control_just_pressed_is_not_set_aside():
    pressed = [{"kind": "tap", "line": 'tap [9] "Exit group"', "outcome": "success", "key": "tap [9]"}]
    observation, screen = _feed("Exit group?", "You will no longer get messages from Book club.", "Exit", "Cancel")
    assert rank("quit Book club", "", screen, [], pressed)[0].action != _tap(observation, "Cancel")
    pressed = [{"kind": "tap", "line": 'tap [4] "Verlassen"', "outcome": "success", "key": "tap [4]"}]
    observation, screen = _feed("Gruppe verlassen?", "", "Verlassen", "Abbrechen")
    assert rank("tritt aus der Lauftreff-Gruppe aus", "", screen, [], pressed)[0].action != _tap(observation, "Abbrechen")
    pressed = [{"kind": "tap", "line": 'tap [9] "Photo by mara.k"', "outcome": "success", "key": "tap [9]"}]
    observation, screen = _feed("Enjoying Pixfeed?", "Rate us in the store.", "Rate now", "Not now")
    assert rank("open my saved photos", "", screen, [], pressed)[0].action == _tap(observation, "Not now")
