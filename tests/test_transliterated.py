"""An app's Latin name said in another script (agents/transliterated.py), on invented apps and tasks."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.text import words
from cascadroid.agents.transliterated import said, sound_key
from cascadroid.device.types import AppInfo


@pytest.mark.parametrize("task, label", [
    ("открой зиппер", "Zipper"),  # Cyrillic
    ("मोबिलिंक खोलो", "Mobilink"),  # Devanagari, a nasal written as a mark
    ("باي فلو افتح", "PayFlow"),  # Arabic, two words for one name
    ("เปิดสปอติฟายหน่อย", "Spotify"),  # Thai, inside an unspaced run
])
def test_a_latin_app_name_is_heard_in_another_script(task, label):
    assert said(task, label)


@pytest.mark.parametrize("task, label", [
    ("открой зиппер", "Tinder"),  # another name
    ("मोबिलिंक खोलो", "Mobicash"),  # a name sharing its first sounds
    ("ouvre zipper", "Zipper"),  # a Latin word is matched as a word, not by its sound
    ("打开微信", "WeiXin"),  # Chinese characters are read for their meaning
    ("открой мап", "Map"),  # two sounds name nothing
])
def test_must_not_fire(task, label):
    assert not said(task, label)


def test_sound_keys_forget_voicing_vowels_and_spelling():
    assert sound_key("Blip") == sound_key("Plib") == "plp"
    assert sound_key("Shopsy") == sound_key("Sopsi")


def test_the_app_said_in_the_tasks_script_is_the_one_opened():
    apps = [AppInfo(label="Zipper", package="com.zipper.pay"), AppInfo(label="Tinder", package="com.tinder"),
            AppInfo(label="Zoom", package="us.zoom.videomeetings")]
    task = "открой зиппер, надо оплатить"
    best = max(app_choice.choose(words(task), "com.android.launcher3", apps, task, clause_verbs(task)),
               key=lambda c: c.score)
    assert best.app.label == "Zipper"


def test_a_romanised_task_word_sounds_like_a_label_in_its_own_script():
    from cascadroid.agents.transliterated import sounded
    assert sounded("mera account kholo jaldi", "मेरा अकाउंट") == 1  # Hinglish on a Hindi screen
    assert sounded("zakaz taksi", "Заказать такси") == 1  # Russian in Latin letters
    # must not fire: a Latin label (matched as words), short keys, a word that only looks alike
    assert sounded("open settings", "Settings") == 0
    assert sounded("bill bharna hai", "बिल") == 0
    assert sounded("mera account kholo", "मेरा पता") == 0


def test_two_short_romanised_words_said_together_sound_like_a_two_word_label_whatever_the_verbs_ending():
    from cascadroid.agents.transliterated import sounded
    assert sounded("ho gaya, ab aage badho", "आगे बढ़ें") == 2  # familiar "-o" / polite nasalised "-ें"
    assert sounded("aage badhen please", "आगे बढ़ो") == 2
    assert sounded("jaldi piche chalo", "पीछे चलें") == 2
    # must not fire: another verb after the same first word, unrelated words of the same length, one word alone
    assert sounded("aage dekho", "आगे बढ़ें") == 0 and sounded("abhi bhejo", "आगे बढ़ें") == 0
    assert sounded("badho", "आगे बढ़ें") == 0 and sounded("bade log", "आगे बढ़ें") == 0
    assert sounded("button dabao", "बटन") == 1  # a spelled-out final nasal is a consonant still
    assert sounded("raat ko aankhon mein", "रीडिंग मोड | आंखों की थकान") == 0  # two short keys are no one word


@pytest.mark.parametrize("task, label", [
    ("루모라를 켜줘", "Lumora"),  # Korean: a particle, and one letter for "r" and "l"
    ("ルモラを開いて", "Lumora"),  # Japanese: the katakana name between kana
    ("ช่วยเรียกโคบร้าให้หน่อย", "Kobra"),  # Thai: a three-sound name among unspaced syllables
])
def test_a_name_is_heard_without_what_its_language_writes_onto_it(task, label):
    assert said(task, label)


def test_a_name_heard_without_its_affixes_is_no_other_name():
    # must not fire: another name, a Latin word, a native word that is no brand
    assert not said("ช่วยเรียกโคบร้าให้หน่อย", "Kirby") and not said("ouvre kobra", "Kobra")
    assert not said("карты", "Kartoteka") and not said("ابي الرسالة", "Resolve")
