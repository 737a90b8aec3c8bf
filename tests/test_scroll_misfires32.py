"""Scrolling raised past a control that does the task, found by probing session 32's scroll rules with ordinary
tasks on invented screens: a setting named in the phone's language or as one word (agents/missing.py), ...
Each test also keeps the rule firing where it should."""

from __future__ import annotations

from test_ui_conventions import first, node, tapped

from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation

DOWN = {"kind": "swipe", "direction": "down"}


def _rows(*labels: str, top: int = 400, height: int = 180) -> list[str]:
    return [node("LinearLayout", (0, top + i * height, 1080, top + (i + 1) * height), "", "",
                 node("TextView", (60, top + i * height + 40, 900, top + i * height + 110), label), clickable=True)
            for i, label in enumerate(labels)]


def _page(package: str, heading: str, *rows: str):
    body = node("RecyclerView", (0, 400, 1080, 2300), "", "", *_rows(*rows), scrollable=True)
    xml = ("<hierarchy>" + node("FrameLayout", (0, 0, 1080, 2400), "", "", node("TextView", (60, 150, 1020, 260), heading),
                                body) + "</hierarchy>").replace('package="com.example.app"', f'package="{package}"')
    observation = parse_observation(xml)
    return observation, perceive(observation)


def _tapped(observation, screen, task: str, text: str) -> bool:
    return tapped(observation, screen, task, text=text)


# --- agents/missing.py: a setting named in the phone's language, or as one word ------------------


def test_a_setting_in_the_phones_language_is_opened_not_scrolled_past():
    observation, screen = _page("com.android.settings", "Réseau", "Internet", "Appels", "Mode Avion", "VPN")
    assert _tapped(observation, screen, "turn on airplane mode", "Mode Avion")
    observation, screen = _page("com.android.settings", "Einstellungen", "Verbindungen | WLAN • Bluetooth • Flugmodus",
                                "Töne und Vibration", "Anzeige")
    assert _tapped(observation, screen, "turn on airplane mode", "Verbindungen | WLAN • Bluetooth • Flugmodus")


def test_a_compound_the_task_spells_in_two_words_names_its_row():
    observation, screen = _page("com.android.settings", "Display", "Brightness level", "Screen timeout",
                                "Auto-rotate screen", "Screen saver")
    assert _tapped(observation, screen, "turn off auto rotate", "Auto-rotate screen")


def test_a_sibling_setting_is_no_other_name_and_the_list_still_scrolls():
    observation, screen = _page("com.android.settings", "Sounds", "Sound mode", "Modes and Routines", "Notifications")
    assert first("turn on sleep mode", screen) == DOWN
    observation, screen = _page("com.android.settings", "Network", "Wi-Fi", "Calls", "4G LTE", "VPN")
    assert first("turn on 5G", screen) == DOWN
