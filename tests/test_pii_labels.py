"""Numbers only their label tells apart: identity documents and bank accounts (attack corpus 20a's lessons)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector


def found(text: str, region: str = "US") -> list[tuple[str, str]]:
    return [(s.kind, s.value) for s in PiiDetector(region=region).find(text)]


@pytest.mark.parametrize("text,value", [
    ("Numer paszportu: EK4419027", "EK4419027"),
    ("Reisepass Nr. C01X00T47", "C01X00T47"),
    ("Voter ID card no. XQB7720154", "XQB7720154"),
    ("여권번호 M70219934", "M70219934"),
    ("TIN: 912-71-4406-55", "912-71-4406-55"),
    ("licence no 77120-4431", "77120-4431"),
    ("Führerschein Nummer B072RRE2I55", "B072RRE2I55"),
])
def test_a_number_after_an_identity_documents_label_is_a_national_id(text, value):
    assert found(text) == [("national_id", value)]


@pytest.mark.parametrize("text", [
    "Passport photos 2 for 10",  # no number after the label
    "Licence: GPL 2023",  # a year, not a number
    "ID card 12 pages",  # too short
    "Passport expires 2031-05-01",
    "Order ID: 5512-9083",  # "ID" alone names no document
])
def test_a_label_without_an_identity_number_after_it_masks_nothing(text):
    assert [k for k, _ in found(text) if k == "national_id"] == []


def test_a_licence_after_dl_and_a_korean_resident_number_by_its_check_are_found():
    assert found("DL no. HARRI612037AB9XY on file") == [("national_id", "HARRI612037AB9XY")]
    assert found("등록 750101-1234567", "KR") == [] and found("번호 750101-1234568")[0][0] == "national_id"
    assert found("SKU HARRI612037AB9") == []  # one character short of a licence


@pytest.mark.parametrize("text,value", [
    ("Kontonummer 3300 4128 77", "3300 4128 77"),
    ("checking account #: 7730019264", "7730019264"),
    ("número de cuenta 0049-1500-0512", "0049-1500-0512"),
    ("Номер счёта 40817810099910004312", "40817810099910004312"),
    ("pay to VPA: meera.k21@ybl", "meera.k21@ybl"),
    ("send it to tanvi.r@oksbi", "tanvi.r@oksbi"),
    ("minha chave pix: 3b0c1f8e-72d4-4a19-bb05-6e91d2c7a480", "3b0c1f8e-72d4-4a19-bb05-6e91d2c7a480"),
])
def test_bank_accounts_upi_ids_and_pix_keys_are_kind_iban(text, value):
    assert found(text) == [("iban", value)]


@pytest.mark.parametrize("text", [
    "account balance 12,345.67",  # no number after the label
    "Account 2 of 3",
    "ssh deploy@buildhost",  # an address without a domain, no payment word, no bank handle
    "request id 3b0c1f8e-72d4-4a19-bb05-6e91d2c7a480",  # a UUID that no PIX label names
])
def test_look_alikes_of_accounts_are_no_iban(text):
    assert [k for k, _ in found(text) if k == "iban"] == []


def test_an_account_number_gets_the_iban_placeholder():
    from cascadroid.cascade.masking import mask
    masked, _ = mask("Acct no. 55120933871 at the branch", PiiDetector())
    assert masked == "Acct no. <IBAN_1> at the branch"


def test_a_labelled_number_with_a_check_of_its_own_must_pass_it():
    assert found("PESEL 02070803628") == [("national_id", "02070803628")]
    assert ("national_id", "02070803627") not in found("PESEL 02070803627")


@pytest.mark.parametrize("text,values", [
    ("4929 7184 6023 5515 12/30 cvc 907", [("card", "4929 7184 6023 5515"), ("card", "907")]),
    ("Kartenprüfnummer: 4410", [("card", "4410")]),
    ("CVV2 = 118", [("card", "118")]),
])
def test_a_card_with_its_expiry_glued_on_and_its_security_code_are_found(text, values):
    assert found(text) == values


@pytest.mark.parametrize("text", [
    "4929 7184 6023 5510 12/30",  # Luhn fails, with or without the expiry
    "CVV 12/26",  # an expiry date, not a code
    "csc 10.5 MB",
])
def test_look_alikes_of_a_card_or_its_code_stay(text):
    assert [k for k, _ in found(text) if k == "card"] == []


@pytest.mark.parametrize("text", ["Saldo: Rp 2.480.000", "Preis 1.299.000 ₫", "pop. 12,345,678"])
def test_thousands_grouped_with_dots_or_commas_are_no_phone_number(text):
    assert found(text) == []


@pytest.mark.parametrize("text,value", [
    ("Sort code 31-07-52, account 60917734", "31-07-52"),  # UK
    ("BSB: 733-129 Acc 4410 2287", "733-129"),  # Australia
    ("IFSC: KKBK0004521", "KKBK0004521"),  # India
    ("SWIFT/BIC: BNPAFRPPXXX", "BNPAFRPPXXX"),
    ("БИК 044030653", "044030653"),  # Russia
    ("CLABE 002010077777777771", "002010077777777771"),  # Mexico, by its check
    ("Bankleitzahl 200 411 44", "200 411 44"),
    ("acc. no 55102938", "55102938"),
])
def test_bank_and_branch_codes_after_their_labels_are_kind_iban(text, value):
    assert ("iban", value) in found(text)


@pytest.mark.parametrize("text", [
    "Sort by code 20",  # too short
    "BIC: PASSWORD",  # no country in its letters
    "swift code SEND NOW",
    "CLABE 002010077777777772",  # the check fails
    "Accommodation 12345678",
    "Transit time 3 days, route 123456 km",
])
def test_look_alikes_of_bank_codes_stay(text):
    assert [k for k, _ in found(text) if k == "iban"] == []


def test_a_brazilian_current_account_after_c_c_is_kind_iban():
    assert ("iban", "56789-0") in found("Ag. 1234 C/C 56789-0")


@pytest.mark.parametrize("text,code", [
    ("5105 1051 0510 5100 · 04/29 · 662", "662"),  # a security code pasted after the expiry, with no label
    ("use 4012888888881881, exp 08/27, 1934", "1934"),
])
def test_a_lone_code_after_a_card_and_its_expiry_is_its_security_code(text, code):
    assert ("card", code) in found(text)


@pytest.mark.parametrize("text", [
    "5105 1051 0510 5100 · 04/29 · 2 items",  # a count, not three or four digits alone
    "Order 48213 · 04/29 · 662 pts",  # no card before the date
])
def test_no_security_code_without_a_card_and_a_lone_group(text):
    assert [v for k, v in found(text) if k == "card" and len(v) <= 4] == []


@pytest.mark.parametrize("text,region", [
    ("Sozialversicherungsnummer: 12 150485 M 012", "DE"),  # a person's number, its label no reference's
    ("Persoonsnummer 231 406 708", "NL"),
])
def test_a_persons_numbers_label_is_no_reference(text, region):
    number = text.split(maxsplit=1)[1].lstrip(": ")
    assert any(value == number for _, value in found(text, region)), found(text, region)  # masked, whatever its kind


@pytest.mark.parametrize("text,region", [
    ("Best.-Nr. 4471-2219 · 3 Artikel", "DE"),  # an order's number, abbreviated
    ("Kd.-Nr. 558 1204 77", "DE"),
    ("Накладная № 71-2204-118 отправлена", "RU"),  # the numero sign after an order word
    ("Beleg B-2025-07-4410 gespeichert", "DE"),  # a one-letter prefix glued to an id
])
def test_references_named_by_abbreviations_or_the_numero_sign_stay(text, region):
    assert [k for k, _ in found(text, region) if k == "phone"] == []
