""""Show me X" where X names a settings row: the row opened, not its description read out (agents/shown_places.py).
Invented apps and rows."""

from __future__ import annotations

from test_ui_conventions import node, screen_of

from cascadroid.agents.candidates import rank


def _settings():
    rows = [("Network & internet", "Mobile, Wi-Fi, hotspot"), ("Connected devices", "Bluetooth, pairing"),
            ("Battery", "72%"), ("Display & brightness", "Dark mode, font size, wallpaper")]
    return screen_of(node("TextView", (40, 100, 1040, 200), "Settings"),
                     *[node("LinearLayout", (0, 300 + 200 * i, 1080, 480 + 200 * i), "", "",
                            node("TextView", (120, 320 + 200 * i, 1000, 390 + 200 * i), title),
                            node("TextView", (120, 400 + 200 * i, 1000, 460 + 200 * i), summary), clickable=True)
                       for i, (title, summary) in enumerate(rows)])


def _first(task: str):
    observation, screen = _settings()
    action = rank(task, "", screen, [], [])[0].action
    return action, screen


def test_show_me_a_rows_title_opens_the_row():
    action, screen = _first("show me the display and brightness settings")
    assert action.get("kind") == "tap" and screen.labels[action["element"]].startswith("Display & brightness")
    action, screen = _first("can you show me Connected devices")
    assert action.get("kind") == "tap" and screen.labels[action["element"]].startswith("Connected devices")


def test_a_figure_under_the_title_or_a_question_is_still_read():
    action, _ = _first("what is under Display & brightness?")
    assert action.get("kind") == "done"
