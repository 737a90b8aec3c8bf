"""A phrase to translate goes into a translator's box, said in many languages (agents/translations.py).
Invented apps only."""

from __future__ import annotations

import pytest
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.translations import phrase


@pytest.mark.parametrize(("task", "x", "lang"), [
    ("translate where is the station into French", "where is the station", "French"),
    ("traduce 'dónde está la estación' al inglés", "dónde está la estación", "inglés"),
    ("übersetze guten Morgen ins Englische", "guten Morgen", "Englische"),
    ("traduis bonne nuit en espagnol", "bonne nuit", "espagnol"),
    ("terjemahkan selamat pagi ke bahasa Inggris", "selamat pagi", "Inggris"),
    ("переведи доброе утро на английский", "доброе утро", "английский"),
    ("「駅はどこですか」を英語に翻訳して", "駅はどこですか", "英語"),
    ("지하철역이 어디예요 번역해 줘", "지하철역이 어디예요", ""),
    ("翻译一下 我想喝咖啡", "我想喝咖啡", ""),
    ("把我想喝咖啡翻译成英文", "我想喝咖啡", "英文"),
    ("günaydın'ı İngilizceye çevir", "günaydın", "İngiliz"),
])
def test_the_phrase_and_target_are_read_in_many_languages(task, x, lang):
    assert phrase(task) == (x, lang)


@pytest.mark.parametrize("task", [
    "translate this message into Spanish", "이거 번역해줘", "これを翻訳して", "traduce esto al inglés",
    "переведи маме 5000 рублей", "translate", "open the translator",
])
def test_a_reference_or_a_money_transfer_is_no_phrase(task):
    assert phrase(task) is None


def _translator(pkg_word: str = "Verbalo", title: str = "Text übersetzen"):
    return screen_of(node("TextView", (40, 130, 700, 230), title),
                     node("Button", (40, 270, 460, 370), "Deutsch", clickable=True),
                     node("Button", (620, 270, 1040, 370), "Spanisch", clickable=True),
                     node("EditText", (40, 410, 1040, 900), "Text eingeben", "", clickable=True),
                     node("TextView", (40, 1000, 600, 1060), "Verlauf"),
                     node("LinearLayout", (40, 1080, 1040, 1250), "", "",
                          node("TextView", (60, 1100, 1000, 1160), "Wo ist der Bahnhof?"),
                          node("TextView", (60, 1170, 1000, 1230), "¿Dónde está la estación?"), clickable=True))


def test_a_translator_screen_gets_the_phrase_typed_in_its_box():
    observation, screen = _translator()
    box = element(observation, text="Text eingeben")
    assert first("übersetze wo ist die Toilette ins Spanische", screen) == {
        "kind": "type", "element": box.id, "text": "wo ist die Toilette"}
    assert first("역이 어디예요 번역해줘", screen) == {"kind": "type", "element": box.id, "text": "역이 어디예요"}


def test_a_chat_screen_or_a_reference_gets_no_phrase_typed():
    observation, screen = screen_of(node("TextView", (40, 130, 700, 230), "Lena"),
                                    node("TextView", (40, 400, 900, 480), "¿Vienes mañana?"),
                                    node("EditText", (40, 2100, 900, 2200), "Nachricht", "", clickable=True))
    assert first("übersetze guten Morgen ins Spanische", screen).get("text") != "guten Morgen"
    observation, screen = _translator()
    assert first("übersetze dies", screen).get("kind") != "type"
