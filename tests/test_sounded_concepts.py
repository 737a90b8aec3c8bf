"""English control names written in another script name their concept ("সেন্ড মানি" is send money, "ट्रांसफर"
transfer, "リチャージ" recharge), and Indic and Korean verbs conjugated in a task meet the glossary's form
(agents/ui_glossary.py): invented wallet screens, and words that must name nothing."""

from __future__ import annotations

from test_money_sent import _wallet
from test_ui_conventions import element, first

from cascadroid.agents.ui_glossary import concepts, conjugated


def test_english_names_written_in_other_scripts_name_their_concept():
    assert "transfer" in concepts("সেন্ড মানি") and "transfer" in concepts("ट्रांसफर")
    assert "topup" in concepts("মোবাইল রিচার্জ") and "topup" in concepts("リチャージ")
    assert "pay" in concepts("पेमेंट")


def test_native_words_and_short_keys_name_nothing_by_sound():
    for word in ("ডাক্তার", "লোন", "বাড়ি", "घर", "আজকে সকালে"):
        assert not concepts(word), word


def test_a_verb_conjugated_in_a_task_meets_the_glossary_form():
    assert "send" in conjugated("ভাইকে ৫০০ টাকা পাঠাবো") and "send" in conjugated("பணம் அனுப்பு")
    assert not conjugated("ভাইকে ফোন") and not conjugated("Send 50 to Ana")


def test_sending_a_sum_in_bengali_takes_the_tile_written_in_english_sounds():
    observation, screen = _wallet("পেমেন্ট", "সেন্ড মানি")
    assert first("ভাইকে ৫০০ টাকা পাঠাবো", screen) == {"kind": "tap", "element": element(observation, text="সেন্ড মানি").id}
