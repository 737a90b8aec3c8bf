"""Private data written to slip past a plain detector is still found (sdk/cascade/pii_forms.py)."""

from __future__ import annotations

import pytest

from cascadroid.cascade.masking import mask, unmask
from cascadroid.cascade.pii_forms import NamePattern, continues_word, fold, skeleton
from cascadroid.cascade.privacy import PiiDetector

CONTACTS = ["Ingrid Sæbø", "Tomás Ferreira-Lund", "Yusuf Demirtaş", "王芳"]


def kinds_found(text: str, **kwargs) -> list[tuple[str, str]]:
    detector = PiiDetector(contacts=CONTACTS, **kwargs)
    return [(span.kind, text[span.start : span.end]) for span in detector.find(text)]


def test_fold_keeps_every_offset_and_turns_look_alikes_into_ascii():
    text = "電話：０８０ー１２３４−５６７８ ٠١٢ ४२"
    folded = fold(text)
    assert len(folded) == len(text)
    assert "080" in folded and "1234-5678" in folded and "012" in folded and "42" in folded
    assert fold("plain ascii") == "plain ascii"


@pytest.mark.parametrize("text, number", [
    ("電話番号は080-1234-5678です", "080-1234-5678"),  # glued to Japanese on both sides
    ("联系电话13800138000谢谢", "13800138000"),
    ("전화번호는010-2345-6789로 연락주세요", "010-2345-6789"),
    ("call ５５５−８６７−５３０９ now", "５５５−８６７−５３０９"),  # full-width digits and a minus sign
    ("رقمي ٠٥٠١٢٣٤٥٦٧", "٠٥٠١٢٣٤٥٦٧"),  # Arabic-Indic digits
])
def test_phone_numbers_in_other_scripts_and_glued_to_unspaced_text_are_found(text, number):
    assert ("phone", number) in kinds_found(text)


def test_digits_glued_to_a_latin_word_still_are_no_phone_number():
    assert kinds_found("order ABC4155550132X shipped") == []
    assert continues_word("a") and continues_word("7") and not continues_word("は") and not continues_word("，")


@pytest.mark.parametrize("text", [
    "write to lena.k (at) postbox (dot) net",
    "lena.k[at]postbox[.]net",
    "reach me: lena.k {at} postbox {dot} net",
    "lena.k at postbox dot net",
])
def test_spelled_out_emails_are_found_with_the_address_as_key(text):
    spans = PiiDetector().find(text)
    assert [s.kind for s in spans] == ["email"]
    assert spans[0].key == "lena.k@postbox.net"


def test_a_place_at_a_website_is_no_email():
    assert kinds_found("see the menu at bistro.example.com tonight") == []
    assert kinds_found("meet at the station at noon") == []


@pytest.mark.parametrize("text", ["jörg.müller@beispiel.de", "ivan@пример.рф", "noor@dubai-mail.ae"])
def test_emails_with_letters_beyond_ascii_are_found(text):
    assert kinds_found(f"mail {text} today") == [("email", text)]


def test_an_email_glued_to_chinese_text_ends_where_the_address_ends():
    assert kinds_found("邮箱wei@corp.cn谢谢") == [("email", "wei@corp.cn")]


@pytest.mark.parametrize("text, digits", [
    ("my number is 4 1 5 5 5 5 0 1 9 9", "4155550199"),
    ("ring 0.7.7.0.0.9.0.0.1.2.3", "07700900123"),
    ("it's seven one eight, five five five, oh one nine nine", "7185550199"),
])
def test_spaced_and_spelled_out_phone_numbers_are_found(text, digits):
    spans = [s for s in PiiDetector().find(text) if s.kind == "phone"]
    assert len(spans) == 1 and spans[0].key.lstrip("+").endswith(digits.lstrip("0"))


def test_short_counts_and_dates_are_no_spaced_phone_number():
    assert kinds_found("rate it 1 2 3 4 5 stars on 2026-12-03") == []
    assert kinds_found("one or two or three people") == []


@pytest.mark.parametrize("text, code", [
    ("Ваш код: 5821", "5821"), ("Kode verifikasi Anda 774120", "774120"), ("Mã xác thực của bạn là 660143", "660143"),
    ("Doğrulama kodu 318455", "318455"), ("رمز التحقق 902311", "902311"), ("確認コードは482913です", "482913"),
])
def test_one_time_codes_in_other_languages_are_found(text, code):
    assert ("otp", code) in kinds_found(text)


def test_a_cyrillic_street_address_is_found():
    found = kinds_found("Доставка: ул. Садовая, д. 14, кв. 3, Казань")
    assert found == [("address", "ул. Садовая, д. 14, кв. 3")]


@pytest.mark.parametrize("text, name", [
    ("INGRID SÆBØ shared a file", "INGRID SÆBØ"),
    ("ingrid saebo shared a file", None),  # "æ" is one letter of its own, never two
    ("Tomas Ferreira-Lund is typing", "Tomas Ferreira-Lund"),
    ("yusuf demirtas joined", "yusuf demirtas"),
    ("Message from DEMIRTAŞ", "DEMIRTAŞ"),
    ("王芳: 明天见", "王芳"),
])
def test_contact_names_are_found_in_any_case_and_without_their_accents(text, name):
    names = [found for kind, found in kinds_found(text) if kind == "name"]
    assert names == ([name] if name else [])


def test_a_name_part_that_is_a_word_is_only_a_name_when_capitalised():
    pattern = NamePattern(["Will Rose"])
    assert [t for *_, t in pattern.spans("I will buy a rose")] == []
    assert [t for *_, t in pattern.spans("ROSE said Will is late")] == ["rose", "will"]
    assert skeleton("SÆBØ") == "sabo" and len(skeleton("İstanbul")) == len("İstanbul")


def test_a_masked_evasive_value_comes_back_as_written():
    text = "Call ０８０−１２３４−５６７８ or mail lena.k (at) postbox (dot) net"
    masked, mapping = mask(text, PiiDetector())
    assert "０８０" not in masked and "postbox" not in masked
    assert unmask(masked, mapping) == text


@pytest.mark.parametrize("text,code", [
    ("Msimbo wako wa kuingia: 4417 20", "4417 20"),  # Swahili
    ("Vahvistuskoodi on 551274", "551274"),  # Finnish compound
    ("Kode verifikasi Anda 90317", "90317"),
    ("PIN for the payment of EUR 1.299,00 to a shop on the card ending 4411 is 660912", "660912"),
])
def test_one_time_codes_in_more_languages_and_after_a_long_sentence_are_found(text, code):
    assert [(s.kind, s.value) for s in PiiDetector().find(text)] == [("otp", code)]


def test_a_number_far_after_a_code_word_needs_is_or_a_colon_in_the_same_sentence():
    assert PiiDetector().find("Your code expires soon. Thanks for shopping with us, visit aisle 7 for offer 4411 82") == []
    assert PiiDetector().find("Postcode of the depot far away from the main office building and its yard 55120") == []


@pytest.mark.parametrize("text,value", [
    ("send CV to anil.k at the rate rediffmail dot com", "anil.k at the rate rediffmail dot com"),
    ("write: m.joshi77 at the rate of outlook.in", "m.joshi77 at the rate of outlook.in"),
    ("Kontakt: ola.berg&#64;posten&#46;no", "ola.berg&#64;posten&#46;no"),
    ("<p>ines.faria&commat;sapo&period;pt</p>", "ines.faria&commat;sapo&period;pt"),
    ("add my yahoo id: kev_otieno88", "kev_otieno88"),
    ("mi correo de outlook es sofia.r2", "sofia.r2"),
])
def test_emails_written_with_at_the_rate_html_entities_or_without_their_domain_are_found(text, value):
    assert [(s.kind, s.value) for s in PiiDetector().find(text)] == [("email", value)]


@pytest.mark.parametrize("text", [
    "apples sold at the rate of 40 per kilo . com",
    "my gmail is full again",
    "Outlook update v16.0 is out",
    "Fish &amp; chips &#9733;&#9733;&#9733;",
])
def test_look_alikes_of_spelled_or_implied_emails_stay(text):
    assert PiiDetector().find(text) == []


@pytest.mark.parametrize("text,address", [
    ("부산광역시 해운대구 센텀중앙로 78, 203동 1502호", "부산광역시 해운대구 센텀중앙로 78, 203동 1502호"),
    ("广州市天河区天河路385号太古汇2座1808室", "广州市天河区天河路385号太古汇2座1808室"),
    ("عنواني ٧ شارع النصر، المعادي", "7 شارع النصر"),
    ("Казань, Кремлёвская ул., 35, кв. 4", "Кремлёвская ул., 35, кв. 4"),
    ("Киев, Хрещатик пл. 22", "Хрещатик пл. 22"),
])
def test_addresses_with_their_flat_or_the_number_or_name_first_are_masked_whole(text, address):
    masked, mapping = mask(text, PiiDetector())
    assert address not in masked and "<ADDRESS_1>" in masked


@pytest.mark.parametrize("text", [
    "我买了3号电池和5号楼的钥匙",  # "No. 3 battery": no street before the number
    "Купил 28 шт. товара по акции",
    "٣ أيام متبقية على العرض",
    "3층 매장에서 만나요",
])
def test_look_alikes_of_addresses_in_other_scripts_stay(text):
    assert [s for s in PiiDetector().find(text) if s.kind == "address"] == []
