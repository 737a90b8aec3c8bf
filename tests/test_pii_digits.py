"""Digits written so a pattern for the plain form misses them: spelled in words, OCR letters, odd joins (invented)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector
from cascadroid.cascade.masking import mask
from cascadroid.cascade.pii_digits import spelled_runs, spelled_view


def masked(text: str, region: str = "US") -> str:
    return mask(text, PiiDetector(region=region))[0]


@pytest.mark.parametrize("text,left,region", [
    ("my number is nine one seven, five five five, zero one four two", "zero", "US"),
    ("номер: восемь девять один шесть пять пять пять ноль один два три", "ноль", "RU"),
    ("मेरा नंबर नौ आठ सात छह पांच चार तीन दो एक शून्य", "शून्य", "IN"),
    ("numaram sıfır beş üç iki yedi bir dört altı sekiz dokuz", "dokuz", "TR"),
    ("nambari yangu ni sifuri saba moja mbili tatu nne tano sita saba", "sita", "KE"),
    ("call double five, six seven, eight nine, triple zero one", "triple", "GB"),
    ("ligue: nove nove oito sete, seis cinco quatro três", "três", "BR"),
])
def test_a_phone_number_spelled_in_words_of_many_languages_is_masked(text, left, region):
    out = masked(text, region)
    assert left not in out and "<PHONE_1>" in out


@pytest.mark.parametrize("text,left", [
    ("Votre code : sept trois neuf deux zéro cinq", "zéro"),
    ("Kod weryfikacyjny: osiem cztery dwa dziewięć jeden trzy", "dziewięć"),
    ("رمز التحقق: أربعة ثمانية اثنان تسعة واحد ثلاثة", "تسعة"),
    ("code: 4 two nine 1 eight 3", "eight"),  # digits and words mixed
])
def test_a_code_spelled_in_words_is_masked_as_a_code(text, left):
    out = masked(text)
    assert left not in out and "<OTP_1>" in out


def test_a_card_spelled_in_words_is_masked_as_a_card():
    out = masked("card: four five three two, one one two eight, nine nine zero one, three three four eight")
    assert "<CARD_1>" in out and "eight" not in out


@pytest.mark.parametrize("text,left", [
    ("call me 4l5-555-Ol32", "555"),
    ("call +91 98S5 O12 345", "345"),  # S for 5, O for 0
    ("phone: 4I5 555 0B32", "555"),  # B for 8
    ("call 415_555_0132", "0132"),  # joined by what no number is written with
    ("call 415 / 555 / 0132", "0132"),
    ("OTP: 4829I3 do not share", "4829I3"),  # the code read through its look-alike
    ("Passport No. K48Z9l73", "K48Z9l73"),
])
def test_digits_written_as_letters_or_joined_oddly_are_read_as_digits(text, left):
    assert left not in masked(text)


@pytest.mark.parametrize("text", [
    "one or two of them", "version one two three", "I have two cats and three dogs",
    "tres tristes tigres", "Room B8", "COOL 2O24", "Volume 1O", "Level 5O", "Model SM-S928B/DS", "Gate B12, seat 14C",
    "Due 12/05/2026", "Views 1,234,567", "score 3 / 2 / 1", "BS 5839 compliant", "Z80 CPU", "S3 bucket us-east-1",
    "file_2026_12_05.jpg", "five stars, four stars, three stars",
])
def test_look_alikes_of_spelled_or_disguised_digits_stay(text):
    assert masked(text) == text


def test_the_spelled_reading_maps_back_onto_the_words():
    text = "ring nine one seven five five five zero one four two now"
    view, starts, ends = spelled_view(text)
    assert view == "ring 9175550142 now" and text[starts[5] : ends[14]] == "nine one seven five five five zero one four two"
    assert spelled_runs("two cats, three dogs") == [] and spelled_view("one of two") is None


@pytest.mark.parametrize("text,left,region", [
    ("call ⁴¹⁵⁻⁵⁵⁵⁻⁰¹³²", "⁵⁵⁵", "US"),  # superscripts
    ("call 𝟒𝟏𝟓-𝟓𝟓𝟓-𝟎𝟏𝟑𝟐", "𝟓𝟓𝟓", "US"),  # mathematical bold
    ("call ④①⑤-⑤⑤⑤-⓪①③②", "⑤⑤⑤", "US"),  # circled
    ("code ❹❽❷❾❶❸", "❹❽❷❾❶❸", "US"),
    ("card 𝟺𝟻𝟹𝟸 𝟷𝟷𝟸𝟾 𝟿𝟿𝟶𝟷 𝟹𝟹𝟺𝟾", "𝟹𝟹𝟺𝟾", "US"),  # monospace
    ("电话：幺三八幺二三四五六七八", "五六七八", "CN"),
    ("call 4️⃣1️⃣5️⃣-5️⃣5️⃣5️⃣-0️⃣1️⃣3️⃣2️⃣ now", "5️⃣5️⃣5️⃣", "US"),  # keycaps
    ("SMS code: 4 8 2 - 9 1 3", "9 1 3", "US"),  # digit by digit, however joined  # "幺" for 1, as numbers are read out
    ("전화 공일공-일이삼사-오육칠팔", "오육칠팔", "KR"),  # Sino-Korean syllables
])
def test_digits_of_any_form_unicode_gives_a_value_are_read_as_digits(text, left, region):
    assert left not in masked(text, region)


@pytest.mark.parametrize("text", [
    "x² + y² = z²", "H₂O and CO₂", "① Open settings ② Tap Wi-Fi ③ Done", "𝟏𝟎𝟎% free", "사이 일이 오늘 구일 삼사",
    "第一二三四半期", "rate it 1 2 3 4 5 stars", "steps 1 - 2 - 3 - 4", "IP 1.2.3.4", "pages 1, 2, 3, 4",
    "I ❤️ you 2", "s̶a̶l̶e̶ 50%",
])
def test_look_alikes_of_digits_in_other_forms_stay(text):
    assert masked(text) == text
