"""A task in another language needs the same kind of app as its English wording (agents/app_cues.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.app_choice import choose
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo

# A phone set to another language: labels in it, packages as shipped.
APPS = [AppInfo(label="Telefon", package="com.google.android.dialer"), AppInfo(label="Nachrichten", package="com.google.android.apps.messaging"),
        AppInfo(label="Uhr", package="com.google.android.deskclock"), AppInfo(label="Kalender", package="com.google.android.calendar"),
        AppInfo(label="Notizen", package="com.samsung.android.app.notes"), AppInfo(label="Galerie", package="com.sec.android.gallery3d"),
        AppInfo(label="Karten", package="com.google.android.apps.maps"), AppInfo(label="Kontakte", package="com.google.android.contacts"),
        AppInfo(label="Einstellungen", package="com.android.settings"), AppInfo(label="Dateien", package="com.google.android.apps.nbu.files")]


def best(task: str) -> str:
    ranked = sorted(choose(words(task, stopwords=frozenset()), "com.sec.android.app.launcher", APPS, task),
                    key=lambda c: -c.score)
    return ranked[0].app.label if ranked else ""


@pytest.mark.parametrize(("task", "app"), [
    ("llámame a Lucía", "Telefon"), ("Bitte Oma anrufen", "Telefon"), ("chiama Giorgio", "Telefon"),
    ("给爸爸打电话", "Telefon"), ("전화 걸어줘 민수한테", "Telefon"),
    ("manda un mensaje a Iker", "Nachrichten"), ("отправь смс Олегу", "Nachrichten"), ("短信告诉老王我晚到", "Nachrichten"),
    ("réveil à 6h30", "Uhr"), ("アラームを6時に", "Uhr"), ("stel een wekker in", "Uhr"),
    ("agenda una reunión el lunes", "Kalender"), ("明天下午的会议", "Kalender"),
    ("nouvelle note: acheter du pain", "Notizen"), ("메모 남겨줘", "Notizen"),
    ("zeig mir die Fotos vom Urlaub", "Galerie"), ("找一家附近的餐厅", "Karten"),
    ("añade el contacto de Marta", "Kontakte"), ("apri le impostazioni", "Einstellungen"),
])
def test_a_task_in_another_language_opens_the_app_its_english_wording_would(task, app):
    assert best(task) == app


def test_an_english_task_keeps_its_app():
    assert best("Call Lucia") == "Telefon" and best("show my photos") == "Galerie"
