"""Identity numbers without a check digit, held by their document's label (invented values, many countries)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector
from cascadroid.cascade.masking import mask


def masked(text: str, region: str = "US") -> str:
    return mask(text, PiiDetector(region=region))[0]


@pytest.mark.parametrize("text,value", [
    ("ID: K4829173", "K4829173"),  # a bare "ID" opening its label
    ("Name: Ana Souza, ID: K4829173", "K4829173"),
    ("Voter ID: XKT4482917", "XKT4482917"),
    ("Residence permit no. RP 73 44 18 92", "RP 73 44 18 92"),
    ("рег. № 4471 829301", "4471 829301"),
    ("Carte d'identité n° 190775TR0127", "190775TR0127"),
    ("Cédula de ciudadanía 1.020.448.917", "1.020.448.917"),
    ("Health insurance number: A123456789", "A123456789"),
    ("Krankenversichertennummer: X482917364", "X482917364"),  # purpose and noun in one compound word
    ("Medicare card 2953 48172 1", "2953 48172 1"),
    ("在留カード番号 AB12345678CD", "AB12345678CD"),
    ("Kitambulisho namba 28471930", "28471930"),
    ("Numero carta d'identità CA48291KT", "CA48291KT"),
    ("Permis de séjour: 9B4821736", "9B4821736"),
    ("Personalausweis-Nr. L01X00T47", "L01X00T47"),
    ("ИИН 850617300482", "850617300482"),
    ("my voter id card no is XKT4482917 ok", "XKT4482917"),
    ("BRP number ZU1234567", "ZU1234567"),
    ("Passport: P<UTO4829173", "P<UTO4829173"),
    ("Số giấy phép lái xe: 790152004817", "790152004817"),
    ("ใบขับขี่ เลขที่ 58004217", "58004217"),
    ("Ehliyet no: 482917", "482917"),
    ("Reg. Nr.: 4471829301", "4471829301"),
    ("Nº de identificación: 7.845.210", "7.845.210"),
    ("Ausländer-Nr. 98A44120", "98A44120"),  # a foreigner's (residence) number
    ("Mã số thuế cá nhân: 8012345678", "8012345678"),  # a label of several words
    ("Green card # SRC1234567890", "SRC1234567890"),
])
def test_a_value_an_identity_documents_label_holds_is_masked(text, value):
    out = masked(text)
    assert value not in out and "<ID_1>" in out


@pytest.mark.parametrize("text,value", [
    ("Driving licence\nMORRI 657211 AB9CD", "MORRI 657211 AB9CD"),  # the value on the line after its label
    ("Número de identidad:\n  0801-1990-48213", "0801-1990-48213"),
    ("2849173650 :رقم الهوية", "2849173650"),  # written right to left: the label after the value
    ("048291736 :מספר תעודת זהות", "048291736"),
])
def test_a_value_on_the_next_line_or_before_a_right_to_left_label_is_masked(text, value):
    assert value not in masked(text)


@pytest.mark.parametrize("text", [
    "Order ID: 48291730", "Booking ref: K4829173", "Ticket no. 7312849", "Flight No. LH 1234",
    "Model No. SM-G991B", "Serial No. R58N12ABCDE", "Version 14.2.1.88", "Invoice No. 2026-004812",
    "Health invoice No. 48291730",  # a purpose word, then an invoice's number
    "Tracking ID 9400 1118 9922 3847", "Device ID 4829173", "Transaction ID 8472910385",
    "Passport fee: $ 130.00", "Passport expires 2031-05-01", "Licence: GPL 2023", "ID card 12 pages",
    "ID verified on 12/05/2026", "Номер заказа 4518 2290 7734", "رقم الطلب 48291730", "订单号 48291730",
    "Permit valid until 2027", "Your ID was verified, thanks", "Registration opens 09:30",
    "Voter turnout 48291730",  # a purpose word without a noun for a number
])
def test_look_alikes_of_document_numbers_stay(text):
    assert masked(text) == text or "<ID_" not in masked(text)


def test_a_number_whose_scheme_has_a_check_must_still_pass_it():
    assert "<ID_" not in masked("PESEL 02070803627") and "<ID_" not in masked("Aadhaar 2345 6789 0123")
