"""Bank account forms with a national check (CLABE, NRB, RIB) after a bank label, Japanese ordinary accounts, Italian
bank codes; addresses as a street line, then a postcode of a country's shape and the place, East Asian addresses
down to the block, and units before the road (invented numbers, streets and towns)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector


def kinds_of(text: str, region: str = "US") -> dict[str, str]:
    return {s.value: s.kind for s in PiiDetector(region=region).find(text)}


@pytest.mark.parametrize("text,value,kind", [
    ("CLABE interbancaria 032180000118359719", "032180000118359719", "iban"),  # a word between label and value
    ("Nr konta 61 1090 1014 0000 0712 1981 2874", "61 1090 1014 0000 0712 1981 2874", "iban"),  # NRB: PL + its check
    ("RIB : 30004 00550 00012345678 40", "30004 00550 00012345678 40", "iban"),  # the RIB key
    ("c/c n. 000012345678 ABI 03069 CAB 09606", "000012345678", "iban"),
    ("青葉銀行 駅前支店 普通 7654321", "7654321", "iban"),  # an ordinary account after its branch
    ("Am Markt 7, 04109 Leipzig", "Am Markt 7, 04109 Leipzig", "address"),
    ("Via dei Tigli 24, int. 5, 00185 Roma", "Via dei Tigli 24, int. 5, 00185 Roma", "address"),
    ("Koivukuja 12 B 7, 00100 Helsinki", "Koivukuja 12 B 7, 00100 Helsinki", "address"),
    ("Λεμονιάς 25, 105 63 Αθήνα", "Λεμονιάς 25, 105 63 Αθήνα", "address"),
    ("Lipová 681/18, 110 00 Praha 1", "Lipová 681/18, 110 00 Praha", "address"),
    ("東京都新宿区西新宿2丁目8-1", "東京都新宿区西新宿2丁目8-1", "address"),
    ("台北市信義區松柏路五段7號", "台北市信義區松柏路五段7號", "address"),
    ("1200 boul. des Érables O", "1200 boul. des Érables O", "address"),
    ("Plot 14, Harbour Way, Lekki Phase 1", "Plot 14, Harbour Way", "address"),
    ("Delivery address: Birkenweg 5, Hamburg", "Birkenweg 5, Hamburg", "address"),  # after an address label
    ("Adres dostawy: Os. Zielone 4/12, Kraków", "Os. Zielone 4/12, Kraków", "address"),
    ("Livrare la adresă: Bd. Unirii 7, Iași", "Bd. Unirii 7, Iași", "address"),
    ("住所：大阪府大阪市北区梅田3-1-1", "大阪府大阪市北区梅田3-1-1", "address"),
    ("배송지: 부산광역시 해운대구 우동 1408", "부산광역시 해운대구 우동 1408", "address"),
    ("Calle 26 # 68C-61, Bogotá", "Calle 26 # 68C-61", "address"),  # a numbered street, then the plot
    ("Cra. 7 No. 71-21", "Cra. 7 No. 71-21", "address"),
    ("Montréal QC H3B 4W8", "Montréal QC H3B 4W8", "address"),
    ("Rose Cottage, Mill Lane, Ashford TN24 8AB", "Rose Cottage, Mill Lane, Ashford TN24 8AB", "address"),  # postcode
    ("渋谷区道玄坂1-2-3", "渋谷区道玄坂1-2-3", "address"),  # a ward, then block numbers
    ("서울 강남구 역삼동 123-45", "서울 강남구 역삼동 123-45", "address"),  # a lot number after its dong
    ("우리은행 1002-123-456789", "1002-123-456789", "iban"),  # a bank named, then its account number
    ("Transfer to Harbour Bank 0691234567", "0691234567", "iban"),
    ("Alias: casa.perro.luna", "casa.perro.luna", "iban"),
    ("Bankkonto: 0532013000", "0532013000", "iban"),  # account labels of more languages, compounds too
    ("Číslo účtu: 19-2000145399/0800", "19-2000145399", "iban"),
    ("Számlaszám: 11773016-11111018", "11773016-11111018", "iban"),
    ("Номер рахунку 26009012345678", "26009012345678", "iban"),
    ("Αριθμός λογαριασμού: 0026.0123.45.0200123456", "0026.0123.45.0200123456", "iban"),  # dotted groups
])
def test_bank_numbers_and_addresses_by_their_structure(text, value, kind):
    assert kinds_of(text).get(value) == kind


@pytest.mark.parametrize("text", [
    "RIB 12345 67890 12345678901 00",  # the key does not match
    "CLABE: 123456789012345678",  # the CLABE check fails
    "Seat 12, 1200 Miles",  # a count, not a place
    "Level 7, 25000 Points",
    "Episode 12, 45678 Views",
    "Rechnung 2024, 10115 Berlin",  # a year, not a house number
    "Kapitel 3, 12000 Wörter",  # a round count
    "Version 14, 2026 Edition",
    "Order 4471, 12345 Items shipped",
    "IP address: 192.168.1.20",  # machine addresses after an address label
    "MAC-Adresse: 00:1A:2B:3C:4D:5E",
    "Address: Not set",
    "Bank holiday 2026-12-25",  # a bank named, then a date or a sum
    "Bank transfer of 12 000 000 IDR",
    "Flight 26 No. 5",
    "Account balance: 1.234,56",  # a sum after an account label
    "Konto: 1.234.567,89 EUR",
])
def test_lookalikes_of_bank_numbers_and_addresses_stay(text):
    assert kinds_of(text, "DE") == {}
