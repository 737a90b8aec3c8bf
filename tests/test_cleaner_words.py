"""Cleaning the phone is a concept of its own in many languages ("почисти телефон" and a "Очистка" tile), and a
task's word for "none" ("места нет", "kein Platz") names no row that says "No threats" (invented phone-care app)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation

PKG = "org.example.phonecare"


def _tile(i: int, text: str) -> str:
    return (f'<node index="{i}" text="{text}" resource-id="" class="android.widget.Button" package="{PKG}" '
            f'content-desc="" checkable="false" checked="false" clickable="true" enabled="true" focusable="true" '
            f'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" '
            f'bounds="[40,{400 + 260 * i}][1040,{620 + 260 * i}]" />')


def _first(task: str, *tiles: str) -> str:
    kids = "".join(_tile(i, t) for i, t in enumerate(tiles))
    xml = (f'<hierarchy rotation="0"><node index="0" text="" resource-id="" class="android.widget.FrameLayout" '
           f'package="{PKG}" content-desc="" checkable="false" checked="false" clickable="false" enabled="true" '
           f'focusable="false" focused="false" scrollable="false" long-clickable="false" password="false" '
           f'selected="false" bounds="[0,0][1080,2400]">{kids}</node></hierarchy>')
    return rank(task, "", perceive(parse_observation(xml)), [], [])[0].text


def test_a_cleaning_request_finds_the_cleaner_tile_not_a_row_sharing_its_none_word():
    assert "Очистка" in _first("почисти телефон, места совсем нет", "Проверка: нет угроз", "Очистка", "Батарея")
    assert "Bereinigen" in _first("räum auf, kein Platz mehr", "Scan: keine Bedrohungen", "Bereinigen", "Akku")


def test_a_no_in_a_dialog_is_still_the_no_button():
    assert "Нет" in _first("нет, не удаляй", "Да", "Нет")  # must not fire: the dialog's own "No"
