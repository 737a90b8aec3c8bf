"""Private data in disguise and the identifiers that look like it (attack corpus 14's lessons)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector
from cascadroid.cascade.pii_checks import card_groups, named_reference


def kinds(text: str, region: str = "US") -> list[tuple[str, str]]:
    return [(s.kind, s.value) for s in PiiDetector(region=region).find(text)]


@pytest.mark.parametrize("text", [
    "Numéro de commande 4827-3391",  # French order number, grouped like a phone number
    "Bestellnummer 2026-004812",
    "注文番号：5531-2290",
    "예약번호 7731 2290",
    "Waybill 7812 4490 3321 out for delivery",
    "Serial 35-209900-176148-1",
    "Case #20260417 updated",
])
def test_a_number_its_label_names_an_identifier_is_no_phone_or_card(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,region", [
    ("Telefonnummer 030 901820 14", "DE"), ("電話番号 03-5555-1234", "JP"), ("Tel. 0151 23456789", "DE"),
    ("call me in case 415-555-0132 is busy", "US"),
])
def test_a_phone_label_or_no_label_keeps_the_phone(text, region):
    assert [k for k, _ in kinds(text, region)] == ["phone"]


def test_named_reference_reads_only_the_end_of_the_text_before():
    assert named_reference("Pedido nº ") and named_reference("Kundennr. ") and named_reference("运单号：")
    assert not named_reference("Order shipped, call ") and not named_reference("Handynummer ")


def test_fifteen_digits_are_a_card_only_with_an_amex_prefix():
    assert card_groups("3714 825396 72858")  # Amex, 4-6-5
    assert not card_groups("352099001761481")  # an IMEI: Luhn-valid, but no card network prints 15 digits from 35
    assert [k for k, _ in kinds("Amex 3782 822463 10005")] == ["card"]


def test_an_iban_written_with_dots_is_found():
    assert [k for k, _ in kinds("kontonr. no93.8601.1117.947")] == ["iban"]
    assert kinds("Version 14.2.1.88 of NO93") == []


@pytest.mark.parametrize("text,key", [
    ("escribe a lucia.gomez arroba correo punto es", "lucia.gomez@correo.es"),
    ("adres: piotr.nowak małpa onet kropka pl", "piotr.nowak@onet.pl"),
    ("mail: aiko アットマーク example ドット co ドット jp", "aiko@example.co.jp"),
    ("reach me: t . berg @ example . se", "t.berg@example.se"),
    ("o l a @ n o r d . n o", "ola@nord.no"),
    ("h4ns.k [at] p0st [d0t] d3", "h4ns.k@p0st.d3"),
    ("ana (at) example (dot) org", "ana@example.org"),
])
def test_an_email_spelled_with_words_or_spaces_is_found(text, key):
    spans = PiiDetector().find(text)
    assert [(s.kind, s.key) for s in spans] == [("email", key)]


@pytest.mark.parametrize("text", [
    "look at example.com for the rules", "we met at Paris point de vue", "Hey @ Lena, at 5 pm?",
    "Score: 3 @ 2 . final", "Arroba is the name of the @ sign",
])
def test_words_for_at_and_dot_in_ordinary_sentences_are_no_email(text):
    assert [s for s in PiiDetector().find(text) if s.kind == "email"] == []


def test_base64_of_an_email_or_card_is_masked_whole_and_other_base64_is_not():
    assert [(s.kind, s.key) for s in PiiDetector().find("ref=b2xhLm5vcmRAZXhhbXBsZS5ubw==")] == [
        ("email", "ola.nord@example.no")]
    assert [s.kind for s in PiiDetector().find("pan=NDUzMjAxNTExMjgzMDM2Ng")] == ["card"]
    for text in ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9", "sha 9f86d081884c7d659a2feaa0c55ad015",
                 "getElementByIdAndValue()", "dGhlIHF1aWNrIGJyb3duIGZveA=="):  # the last: "the quick brown fox"
        assert PiiDetector().find(text) == [], text


@pytest.mark.parametrize("text,kind,region", [
    ("Call 1-888-DENTIST today", "phone", "US"), ("my shop line: (312) 55-LLAMA", "phone", "US"),
    ("Ruf an: 0171 23O 45 67", "phone", "DE"),  # letter O for a zero
    ("Karte 5425 2334 3O1O 99O3", "card", "DE"),
    ("電話 〇八〇・九八七六・五四三二", "phone", "JP"),  # kanji numerals
    ("null sieben neun eins, zwei drei vier fünf sechs sieben", "phone", "DE"),
    ("mi número: seis cero cero, uno dos tres, cuatro cinco seis", "phone", "ES"),
    ("Il codice è tre nove uno otto due", "otp", "IT"),
    ("Din engångskod: 4821", "otp", "SE"),
])
def test_digits_in_words_letters_or_kanji_are_read_as_digits(text, kind, region):
    assert [s.kind for s in PiiDetector(region=region).find(text)] == [kind]


@pytest.mark.parametrize("text", [
    "ERROR 404-NOT-FOUND", "HTTP 503-SERVICE", "SKU 123-ABC-DEFG", "Model SM-G991B/DS", "Room 2O1, floor 2",
    "uno dos tres, vamos!", "Ich habe zwei Katzen und drei Hunde", "Otto sei tre volte", "Din rabattkod är 482913",
    "第一二三四半期の売上",
])
def test_look_alikes_of_digits_in_ordinary_text_are_no_data(text):
    assert PiiDetector().find(text) == []


def test_a_name_with_kanji_numerals_is_still_the_contacts():
    spans = PiiDetector(region="JP", contacts=["鈴木 一郎"]).find("鈴木一郎さんから")
    assert [(s.kind, s.value) for s in spans] == [("name", "鈴木一郎")]


@pytest.mark.parametrize("text,region", [
    ("Aadhaar 2345 6789 0124", "IN"), ("UIDAI no. 234567890124", "IN"), ("CPF 111.444.777-35", "BR"),
    ("meu cpf: 11144477735", "BR"), ("SSN 219-09-9999", "US"), ("身份证 210105198001011231", "CN"),
    ("NIE X1234567L", "ES"), ("Número de DNI 12345678Z", "ES"),
])
def test_national_id_numbers_are_found_by_their_checks(text, region):
    assert [s.kind for s in PiiDetector(region=region).find(text)] == ["national_id"]


@pytest.mark.parametrize("text", [
    "Aadhaar 2345 6789 0123",  # Verhoeff check fails
    "CPF 111.444.777-36", "order ref 123-45-6789", "SSN 666-12-3456", "Ticket 12345678A",
    "身份证 210105198013011231",  # month 13
])
def test_numbers_that_fail_a_national_ids_check_are_not_one(text):
    assert [s for s in PiiDetector().find(text) if s.kind == "national_id"] == []


def test_a_national_id_gets_its_own_placeholder_and_comes_back():
    from cascadroid.cascade.masking import mask, unmask
    masked, mapping = mask("CPF 111.444.777-35 de Ana", PiiDetector(region="BR"))
    assert masked == "CPF <ID_1> de Ana" and unmask(masked, mapping) == "CPF 111.444.777-35 de Ana"


def test_a_letter_of_an_iban_is_not_read_as_a_digit():
    spans = PiiDetector().find("pay to IT97 I054 2811 1010 0000 0123 456 today")
    assert [(s.kind, s.value) for s in spans] == [("iban", "IT97 I054 2811 1010 0000 0123 456")]


@pytest.mark.parametrize("text,found", [
    ("NINO: QQ 12 34 56 C", True),  # the documentation prefix, after its label
    ("Her number JT 48 19 27 B.", True),  # a prefix HMRC issues, no label needed
    ("QQ123456C", False),  # a prefix never issued, without its label
    ("SKU AB123456C", False),  # named as a product
    ("Stock: AB712768C", False),  # an issued prefix, not spaced as HMRC prints it, no label
])
def test_uk_national_insurance_numbers_are_found_by_their_form(text, found):
    assert (["national_id"] if found else []) == [s.kind for s in PiiDetector(region="GB").find(text)]


@pytest.mark.parametrize("text,kind,part", [
    ("meet me at 31 B i r c h C r e s c e n t", "address", "31 B i r c h C r e s c e n t"),  # spelled out
    ("ask M a r e k about it", "name", "M a r e k"),
])
def test_a_word_spelled_letter_by_letter_is_read_as_written_together(text, kind, part):
    spans = PiiDetector(contacts=["Marek Dvořák"]).find(text)
    assert (kind, part) in [(s.kind, s.value) for s in spans]


@pytest.mark.parametrize("text", ["made in the U S A", "grades: a b c d", "press A B X Y to start"])
def test_letters_spelled_out_that_make_no_private_word_stay(text):
    assert PiiDetector(contacts=["Marek Dvořák"]).find(text) == []
