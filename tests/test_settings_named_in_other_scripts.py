"""Settings named in scripts without spaces or written right to left: a summary's one setting said without spaces, a
title joining two settings with "and", an article or plural written onto a right-to-left word; an ad marker word on a
system settings page (a section's name there). Invented settings lists (helpers: tests/test_shared_word_misfires.py)."""

from __future__ import annotations

from test_shared_word_misfires import SETTINGS, ranked, rows

from cascadroid.agents import word_forms


def test_a_one_item_summary_said_in_a_script_without_spaces_names_its_row():
    """'打开省电模式' on an invented settings list: the row whose summary is that setting ("电源 | 省电模式") is tapped,
    not scrolled past (a task without spaces has all its letter pairs read as verbs: they are the setting's name here)."""
    screen = rows(SETTINGS, ("电源", "省电模式"), ("显示", "深色模式"), ("关于", ""))
    assert "电源" in ranked("打开省电模式", screen)[0].text
    assert "显示" in ranked("开启深色模式", screen)[0].text


def test_a_title_joining_two_settings_names_each_of_them():
    """'关掉通知' on an invented list whose row "通知与状态栏" (notifications and status bar) joins two settings."""
    screen = rows(SETTINGS, ("通知与状态栏", ""), ("显示", ""), ("关于", ""))
    assert "通知与状态栏" in ranked("关掉通知", screen)[0].text


def test_a_right_to_left_word_with_its_article_names_the_summarys_setting():
    """'תגביר את הבהירות' (raise the brightness, "ה" the article) on an invented Hebrew settings list: the row listing
    "בהירות" is tapped, not scrolled past."""
    screen = rows(SETTINGS, ("תצוגה", "בהירות • גופן"), ("סוללה", "חיסכון"), ("אודות", ""))
    assert "תצוגה" in ranked("תגביר את הבהירות", screen)[0].text


def test_an_ad_marker_on_a_system_settings_page_is_a_settings_name():
    """German "Anzeige" is the Display section of a settings app (an ad elsewhere): not pushed down there."""
    screen = rows(SETTINGS, ("Anzeige", "Helligkeit • Schriftgröße"), ("Akku", "Energiesparmodus"), ("Info", ""))
    assert "Anzeige" in ranked("Erhöhe die Helligkeit", screen)[0].text


def test_a_three_letter_hebrew_noun_meets_its_plural_and_its_article():
    """'תחליף טפט' (change the wallpaper) on an invented Hebrew settings list whose row says "טפטים" (wallpapers): that
    row is tapped, not scrolled past; "התור" (the appointment) is "תור" with its article; "תורן" is another word."""
    assert word_forms.weight("טפט", "טפטים") > 0 and word_forms.weight("תור", "התור") > 0
    assert word_forms.weight("תור", "תורן") == 0
    screen = rows(SETTINGS, ("טפטים וסגנון", ""), ("סוללה", "חיסכון"), ("אודות", ""))
    assert "טפטים" in ranked("תחליף טפט", screen)[0].text
