"""A home screen folder listing the app asked for (agents/app_folders.py), on an invented launcher."""

from __future__ import annotations

from test_ui_conventions import node, screen_of

from cascadroid.agents.app_folders import lists
from cascadroid.agents.candidates import rank
from cascadroid.device.types import AppInfo

_APPS = [AppInfo(label=name, package=f"org.example.{name.split()[0].lower()}")
         for name in ("Quokka Mart", "Brill", "Tarn Eats", "Vexo", "Lumo Maps")]


def _home(*icons: str):
    return screen_of(node("TextView", (40, 300, 240, 500), "Lumo Maps", clickable=True),
                     node("FrameLayout", (260, 300, 460, 500), "", "Mappe: Einkaufen, 4 Elemente: Quokka Mart, Brill, "
                          "Tarn Eats, Vexo", clickable=True), *icons)


def test_opening_the_app_by_name_beats_the_folder_that_lists_it():
    _, screen = _home()
    best = rank("fungua Vexo tafadhali", "", screen, _APPS, [])[0]  # a verb the ranker does not know
    assert best.action == {"kind": "open_app", "app": "Vexo"}, best.text
    assert lists("Папка: Покупки, 3 приложения: Alpha, Beta, Vexo", "vexo")


def test_must_not_fire_on_the_apps_own_icon_or_a_short_list():
    _, screen = _home(node("TextView", (480, 300, 680, 500), "Vexo", clickable=True))
    best = rank("fungua Vexo tafadhali", "", screen, _APPS, [])[0]
    assert best.action.get("kind") in ("open_app", "tap") and "Mappe" not in best.text
    assert not lists("Vexo", "Vexo") and not lists("Vexo, 2 new", "Vexo")
    assert not lists("Folder: Shopping, 4 items: Quokka Mart, Brill, Tarn Eats", "Vexo")
