"""Conventions found missing on blind11's and blind13's held halves (fourteenth session), each on other invented
screens, apps and languages, with a case that must not fire."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents.app_choice import choose
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.text import words
from cascadroid.agents.verb_final import applies, lead, verb_words
from cascadroid.device.types import AppInfo

# --- verb-final tasks (Indic scripts, Korean): the act is said last; a Latin name in another script is no verb --


def test_the_verb_of_a_bengali_tamil_or_korean_task_is_its_last_word():
    assert applies("বিদ্যুতের বিল জমা দাও") and verb_words("বিদ্যুতের বিল জমা দাও") == words("জমা দাও", stopwords=frozenset())
    assert verb_words("மின் கட்டணம் செலுத்து") == words("செலுத்து", stopwords=frozenset())
    assert verb_words("알람 설정 열어줘") == words("열어줘", stopwords=frozenset())
    assert "알람" not in lead("알람 설정 열어줘", words("알람", stopwords=frozenset()))


def test_an_english_or_spanish_task_keeps_its_first_word_as_the_verb():
    assert not applies("pay the electricity bill") and not applies("paga la factura de la luz")
    assert lead("pay the electricity bill", {"pay"}) == {"pay"}
    assert "pay" in parse_goal("pay the electricity bill").verbs


def test_a_latin_app_name_first_in_a_chinese_or_marathi_task_is_no_verb():
    assert lead("Grab叫一辆车去机场", {"grab"}) == set()
    assert "grab" not in parse_goal("Grab叫一辆车去机场").verbs
    assert "uber" not in parse_goal("Uber ने कॅब बुक करा").verbs


def _apps(*labels: str) -> list[AppInfo]:
    return [AppInfo(label=label, package=f"com.example.{i}") for i, label in enumerate(labels)]


def test_a_marathi_task_naming_a_latin_app_first_opens_it_not_the_longer_named_one():
    apps = _apps("Rapido", "Blu", "Blu Smart Fleet", "फ़ोन")
    task = "Blu ने कॅब बुक करा"
    ranked = sorted(choose(words(task), "com.example.launcher", apps, task, parse_goal(task).verbs), key=lambda c: -c.score)
    assert ranked[0].app.label == "Blu" and ranked[1].app.label == "Blu Smart Fleet"
    assert ranked[0].score > ranked[1].score


def test_the_longer_named_app_keeps_its_score_when_its_other_words_are_said():
    apps = _apps("Blu", "Blu Smart Fleet")
    task = "open Blu Smart Fleet"
    scores = {c.app.label: c.score for c in choose(words(task), "com.example.launcher", apps, task, {"open"})}
    assert scores["Blu Smart Fleet"] > scores["Blu"]


def _tiles(*labels: str, top: int = 1000, width: int = 240):
    return [node("TextView", (20 + i * (width + 20), top, 20 + i * (width + 20) + width, top + 240), "", label,
                 clickable=True) for i, label in enumerate(labels)]


def test_a_bengali_bill_tile_beats_a_banner_repeating_it_when_the_object_is_said_first():
    card = node("TextView", (30, 300, 1050, 760), "বিদ্যুৎ বিল দিলে ৫০ টাকা ফেরত পান এখনই দিন", "", clickable=True)
    observation, screen = screen_of(card, *_tiles("বিদ্যুৎ বিল", "মোবাইল রিচার্জ", "গ্যাস বিল", "ইন্টারনেট"))
    action = first("বিদ্যুৎ বিল দিয়ে দাও", screen)
    assert screen.labels.get(action.get("element")) == "বিদ্যুৎ বিল"
