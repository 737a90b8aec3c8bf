"""Contact names in another script than the contact list's, and the end of a long name (attack corpus 20a's lessons)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector
from cascadroid.cascade.pii_names import sound_keys

CONTACTS = ["Dmitri Volkonsky", "Лариса Кудрявцева", "Choi Min-seok", "Youssef Benkirane", "Ifeanyichukwu Eze"]


def names(text: str) -> list[str]:
    return [s.value for s in PiiDetector(contacts=CONTACTS).find(text) if s.kind == "name"]


@pytest.mark.parametrize("text,name", [
    ("Дмитрий Волконский оставил отзыв", "Дмитрий Волконский"),  # a Latin contact in Cyrillic
    ("Larisa Kudryavtseva shared an album", "Larisa Kudryavtseva"),  # a Cyrillic contact in Latin letters
    ("최민석 님이 사진을 보냈습니다", "최민석"),  # a Korean name romanised in the contacts
    ("يوسف بنكيران أرسل رسالة", "يوسف بنكيران"),
    ("اتصل السيد بنكيران مساء", "بنكيران"),  # one part of the name
    ("Chukwu says he is on his way", "Chukwu"),  # the end of a long name
])
def test_a_contact_in_another_script_or_by_the_end_of_a_long_name_is_masked(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Волонтёры собрали подарки",  # a Cyrillic word near no contact's sound
    "최고의 맛집 추천",  # 최 (Choi) alone is too short to say anything
    "Volcanic ash delayed flights",
    "the ukwu river",  # not capitalised
    "تم إرسال الرسالة بنجاح",
])
def test_words_of_other_scripts_that_only_share_a_few_sounds_stay(text):
    assert names(text) == []


def test_sound_keys_read_a_name_alike_in_any_script_and_say_nothing_for_short_ones():
    assert sound_keys("Волконский") & sound_keys("Volkonsky")
    assert sound_keys("Ji") == frozenset()
