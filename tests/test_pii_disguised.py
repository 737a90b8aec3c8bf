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
