"""A dialog no id marks, told by its geometry (agents/dialog_shape.py): its own window holding one centred card
over another window; the screen behind takes no taps and the positive button is the last as its script reads.
Invented multi-window dumps as Compose writes them (no ids), and cases that must not fire."""

from __future__ import annotations

from test_ui_conventions import element, node

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation


def _window(*kids: str) -> str:
    return node("FrameLayout", (0, 0, 1080, 2400), "", "", *kids)


_BEHIND = _window(node("TextView", (40, 150, 600, 240), "Groups"),
                  node("View", (0, 300, 1080, 470), "Hiking club | 3 new messages", clickable=True),
                  node("View", (0, 470, 1080, 640), "Book club | Ana: see you", clickable=True),
                  node("View", (880, 2000, 1040, 2160), "", "New group", clickable=True))


def _card(title: str, message: str, left: str, right: str, box=(90, 900, 990, 1450)) -> str:
    x0, y0, x1, y1 = box
    return _window(node("View", box, "", "",
                        node("TextView", (x0 + 60, y0 + 50, x1 - 60, y0 + 120), title),
                        node("TextView", (x0 + 60, y0 + 150, x1 - 60, y0 + 330), message),
                        node("View", (x1 - 430, y1 - 160, x1 - 230, y1 - 50), left, clickable=True),
                        node("View", (x1 - 210, y1 - 160, x1 - 10, y1 - 50), right, clickable=True)))


def _screen(*windows: str):
    observation = parse_observation("<hierarchy>" + "".join(windows) + "</hierarchy>")
    return observation, perceive(observation)


def test_a_centred_card_in_its_own_window_is_a_dialog_over_the_screen():
    observation, screen = _screen(_card("Leave group", "You will no longer get its messages.", "Cancel", "Leave"),
                                  _BEHIND)
    leave = element(observation, text="Leave")
    assert screen.dialog and element(observation, content_desc="New group").id not in screen.actionable
    assert rank("yes, leave the group", "", screen, [], [])[0].action == {"kind": "tap", "element": leave.id}


def test_a_right_to_left_dialog_says_yes_on_its_left():
    observation, screen = _screen(_card("مغادرة المجموعة", "لن تصلك رسائلها بعد الآن.", "مغادرة", "إلغاء"), _BEHIND)
    leave = element(observation, text="مغادرة")
    assert rank("نعم غادر المجموعة", "", screen, [], [])[0].action == {"kind": "tap", "element": leave.id}


def test_a_centred_card_on_the_only_window_is_no_dialog():
    observation, screen = _screen(_card("Welcome back", "Sign in to sync your groups.", "Later", "Sign in"))
    assert not screen.dialog


def test_a_popup_at_the_top_corner_is_no_dialog():
    popup = _window(node("View", (620, 120, 1060, 420), "", "",
                         node("View", (620, 130, 1060, 270), "Settings", clickable=True),
                         node("View", (620, 270, 1060, 410), "Help", clickable=True)))
    observation, screen = _screen(popup, _BEHIND)
    assert not screen.dialog and element(observation, content_desc="New group").id in screen.actionable
