"""A label sharing only the head of the name a task says ("Mode Avion" for "le mode sombre"), or only the modifier of
an "A of B" ("アプリ" for "アプリの通知"), is not what the task names; where the head stands depends on the language.
Invented settings pages and rows."""

from __future__ import annotations

from test_shared_word_misfires import ranked, rows

from cascadroid.agents import compound_heads
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.verb_final import applies

SETTINGS = "org.example.settings"


def _toggled(candidates, name: str) -> bool:
    """Is the top action a tap on ``name`` (its row or its switch)?"""
    return candidates[0].action.get("kind") == "tap" and name in candidates[0].text


def test_a_head_first_language_names_another_mode_after_the_shared_head():
    """Romance, Vietnamese, Arabic: "mode" first, the kind after it. The flight-mode switch of a connections
    page is not toggled for another mode; it still is for itself."""
    for plane, other, itself in (
            ("Mode Avion", "active le mode sombre", "active le mode avion"),
            ("Modo avión", "activa el modo oscuro", "activa el modo avión"),
            ("Modalità aereo", "attiva la modalità risparmio energetico", "attiva la modalità aereo"),
            ("Chế độ máy bay", "bật chế độ tối", "bật chế độ máy bay"),
            ("وضع الطيران", "فعّل وضع توفير الطاقة", "شغل وضع الطيران")):
        screen = rows(SETTINGS, ("Wi-Fi", ""), (plane, ""), ("SIM", ""), switch={plane: False})
        assert not _toggled(ranked(other, screen), plane), other
        assert _toggled(ranked(itself, screen), plane), itself


def test_a_shared_modifier_with_two_heads_for_one_thing_stays_named():
    """ "Tema oscuro" for "modo oscuro", "Dark theme" for "dark mode": the modifier is shared, the heads name one thing."""
    for name, task in (("Tema oscuro", "activa el modo oscuro"), ("Thème sombre", "active le mode sombre"),
                       ("Dark theme", "turn on dark mode"), ("Тёмная тема", "включи тёмный режим")):
        screen = rows(SETTINGS, ("Brightness", ""), (name, ""), ("Font", ""), switch={name: False})
        assert _toggled(ranked(task, screen), name), task


def test_a_switch_row_sharing_only_the_head_is_lowered_below_scrolling_without_a_state_said():
    """No state said ("put it in power saving mode"), so no switch rule: the row, whose tap would switch airplane mode,
    names nothing."""
    screen = rows(SETTINGS, ("Airplane mode", ""), ("Data usage", ""), ("Hotspot", ""), switch={"Airplane mode": False})
    top = ranked("put it in power saving mode", screen)[0]
    assert "Airplane mode" not in top.text
    assert "Airplane mode" in ranked("put it in flight mode", screen)[0].text


def test_names_written_without_spaces_read_by_their_script():
    """Japanese and Chinese put the head last ("機内モード" for "マナーモード"); Thai first ("โหมดเครื่องบิน" for "โหมดมืด")."""
    goal = parse_goal("マナーモードにして")
    assert compound_heads.other_kind("機内モード", goal, "機内モード")
    assert not compound_heads.other_kind("マナーモード", goal, "マナーモード")
    assert compound_heads.other_kind("护眼模式", parse_goal("打开深色模式"), "护眼模式")
    assert compound_heads.other_kind("โหมดเครื่องบิน", parse_goal("เปิดโหมดมืด"), "โหมดเครื่องบิน")
    assert not compound_heads.other_kind("โหมดเครื่องบิน", parse_goal("เปิดโหมดเครื่องบิน"), "โหมดเครื่องบิน")


def test_no_reading_without_evidence_of_the_language_and_never_for_a_word_on_the_row():
    """A task in a language whose head position is not known from its letters or articles is not read; the task's
    modifier on the row (flight's other name) names it; a number before the head is no modifier."""
    assert compound_heads.readings("aktifkan mode gelap") == (False, False)
    assert compound_heads.readings("turn on dark mode") == (True, False)
    assert compound_heads.readings("active le mode sombre") == (False, True)
    assert not compound_heads.other_kind("Airplane mode", parse_goal("turn on flight mode"), "Airplane mode")
    assert not compound_heads.other_kind("Morning alarm", parse_goal("turn off my 7 alarm"), "Morning alarm")
    # two words for one modifier (the encoder puts them together): the vendor's name for the thing asked
    assert not compound_heads.other_kind("Uçuş modu", parse_goal("uçak modunu açar mısın"), "Uçuş modu")
    # a phrase or an action is no compound; nor is a person's name
    assert not compound_heads.other_kind("Temporarily lock card", parse_goal("freeze my credit card"), "")
    assert not compound_heads.other_kind("Add to playlist", parse_goal("put this on my Gym playlist"), "")
    assert not compound_heads.other_kind("Ana Petrova", parse_goal("text Ana Ruiz that I am late"), "")


def test_the_head_of_an_of_phrase_leads_over_a_row_holding_only_its_modifier_on_a_settings_page():
    assert compound_heads.of_phrase("アプリの通知をオフにしたい") == ({"通知"}, {"アプ", "プリ"})
    assert compound_heads.of_phrase("désactive les notifications des applications") == ({"notification"}, {"application"})
    assert compound_heads.of_phrase("关闭应用的通知") == ({"通知"}, {"应用"})
    screen = rows(SETTINGS, ("ネットワーク", ""), ("アプリ", "最近使ったアプリ"), ("通知", "通知履歴"), ("バッテリー", ""))
    assert "通知" in ranked("アプリの通知をオフにしたい", screen)[0].text
    # no row holds the head (言語): the modifier's row still leads
    assert "アプリ" in ranked("アプリの言語を変えて", screen)[0].text


def test_a_verb_final_task_names_a_row_by_its_first_word():
    """ "알림 소리를 바꿔줘" (change the notification sound): 알림 is the modifier of 소리, not a verb; the row "알림 소리" is
    named, not scrolled past."""
    assert applies("알림 소리를 바꿔줘")
    screen = rows(SETTINGS, ("소리 모드", ""), ("벨소리", ""), ("알림 소리", "Chime"), ("시스템 소리", ""), ("진동 패턴", ""))
    assert "알림 소리" in ranked("알림 소리를 바꿔줘", screen)[0].text


def test_a_hindi_postposition_names_no_row():
    screen = rows(SETTINGS, ("नेटवर्क", ""), ("सूचनाएं", "सूचना इतिहास"), ("जगह की जानकारी", ""))
    assert "सूचनाएं" in ranked("ऐप की सूचनाएं बंद करो", screen)[0].text
