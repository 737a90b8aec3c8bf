"""unitext.RIGHT_TO_LEFT: one definition of the scripts written right to left, for every reader of a screen's sides."""

from __future__ import annotations

import pytest

from cascadroid.agents.compound_heads import readings
from cascadroid.unitext import RIGHT_TO_LEFT


@pytest.mark.parametrize("text", ["שלח", "أرسل", "ارسال", "ܫܠܡܐ", "ހިނގާ", "ߒߞߏ", "ﻣﺮﺣﺒﺎ", "ﭏ"])
def test_hebrew_arabic_syriac_thaana_nko_and_presentation_forms_are_right_to_left(text):
    assert RIGHT_TO_LEFT.search(text)


@pytest.mark.parametrize("text", ["\ufeffSend", "Отправить", "发送", "ส่ง", "भेजें", "Gönder"])
def test_left_to_right_scripts_and_a_byte_order_mark_are_not(text):
    assert not RIGHT_TO_LEFT.search(text)


def test_a_task_in_arabic_presentation_forms_is_read_head_first_like_plain_arabic():
    assert readings("ﺷﻐﻞ ﺍﻟﻮﺿﻊ ﺍﻟﻠﻴﻠﻲ") == readings("شغل الوضع الليلي") == (False, True)
