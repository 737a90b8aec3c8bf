"""Identity and bank numbers of any country python-stdnum knows, by their checks (invented numbers, invented apps)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector


def found(text: str, region: str = "US") -> list[tuple[str, str]]:
    return [(s.kind, s.value) for s in PiiDetector(region=region).find(text)]


@pytest.mark.parametrize("text,value", [
    ("Rijksdienst app - uw gegevens: 2735.01.896", "2735.01.896"),  # Dutch BSN as printed, no label needed
    ("Kund: Lina Berg, 910417-4520", "910417-4520"),  # Swedish personnummer
    ("Asiakas 230487-317R", "230487-317R"),  # Finnish HETU
    ("Versichert: 756.4712.3905.81", "756.4712.3905.81"),  # Swiss AHV
    ("Cliente 17.342.811-1 registrado", "17.342.811-1"),  # Chilean RUT
    ("Rijksregister 92.03.14-067.11", "92.03.14-067.11"),  # Belgian national number
    ("SIN 139-624-571 on file", "139-624-571"),  # Canadian SIN
    ("Patient 482 913 6057, ward 4", "482 913 6057"),  # NHS number
    ("CNP 2901123418769", "2901123418769"),  # Romanian CNP: a bare number, by stdnum's name for it
])
def test_a_number_written_as_its_issuer_prints_it_or_labelled_is_a_national_id(text, value):
    assert ("national_id", value) in found(text, "SE")  # in the US, 910-417-4520 would be a valid phone number


@pytest.mark.parametrize("text,value", [
    ("Fødselsnummer\n13059541255", "13059541255"),  # the label on the line before, the number alone on its own
    ("OIB: 69021847355", "69021847355"),  # Croatian OIB after its own name
    ("Isikukood 49104120272", "49104120272"),  # Estonian personal code after stdnum's name for it
    ("CURP GOMA850612MDFRRN06", "GOMA850612MDFRRN06"),
    ("Codice fiscale: VRDLCU78B12F205U", "VRDLCU78B12F205U"),
    ("Emirates ID 784-1985-1234567-3", "784-1985-1234567-3"),
    ("Burgerservicenummer 2735.01.896", "2735.01.896"),  # a label ending in "nummer" is no reference
    ("Personnummer 19910417-4520", "19910417-4520"),  # the long form, by its label  # a country stdnum lacks: its Luhn digit, after "ID"
])
def test_a_bare_number_after_a_label_that_passes_a_check_is_a_national_id(text, value):
    assert ("national_id", value) in found(text)


@pytest.mark.parametrize("text,value", [
    ("Routing number 026109590", "026109590"),  # US ABA routing number
    ("Routing/ABA 026109590", "026109590"),  # two labels joined by a slash
    ("CBU 0720034 2 ...", None),  # too short to be one: nothing claimed below
])
def test_a_bank_number_after_a_bank_label_is_kind_iban(text, value):
    kinds = found(text)
    if value is None:
        assert ("iban", "0720034") not in kinds
    else:
        assert ("iban", value) in kinds


@pytest.mark.parametrize("text", [
    "Kund: Lina Berg, 910417-4521",  # the same shape, its check fails
    "Rijksdienst: 2735.01.897",
    "Order 910417-4520 shipped",  # the check passes, the label names an order
    "Invoice no. 756.4712.3905.81",
    "Tracking: 17.342.811-1",
    "Population 12 345 678",  # a count grouped in thousands
    "Released 2031-05-01, build 2735.01.8",
    "Passport expires 2031-05-01",
    "Visitors 49104120272 total",  # a bare run of digits without a label: too many pass some country's check
    "{\"order_id\": \"69021847355\"}",
    "Order ID 784-1985-1234567-3",  # the Luhn digit passes, the label names an order
    "Item 17.342.811-1 in stock",  # a valid RUT's form, named as goods
    "Lot 910417-4520, batch 2",
    "Emirates ID 784-1985-1234567-1",  # the Luhn digit fails
])
def test_look_alikes_of_checked_numbers_stay(text):
    assert [k for k, _ in found(text) if k in ("national_id", "iban")] == []
