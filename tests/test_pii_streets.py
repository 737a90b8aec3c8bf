from __future__ import annotations

import pytest

from cascadroid.cascade.privacy import PiiDetector


@pytest.mark.parametrize("text,street", [
    ("Giao tới: Số 48 Phố Hàng Bông, Hoàn Kiếm", "Phố Hàng Bông"),
    ("ship to 215/7 đường Nguyễn Trãi, Quận 5", "Nguyễn Trãi"),
    ("Kirim ke Jl. Merpati Raya No. 21, Bandung", "Merpati Raya No. 21"),
    ("Adresa: Str. Florilor nr. 7, Cluj", "Florilor nr. 7"),
    ("Teslimat: Lale Sok. No: 9 D: 2, Üsküdar", "Lale Sok. No: 9"),
    ("Cumhuriyet Caddesi No 112", "Cumhuriyet Caddesi No 112"),
    ("Címzett: Petőfi Sándor utca 31, Szeged", "Petőfi Sándor utca 31"),
    ("Piegāde: Dzirnavu iela 44", "Dzirnavu iela 44"),
    ("Door No 7-2, Sai Residency, 2nd Cross Road, Malleshwaram", "2nd Cross Road"),
    ("House 19, Green Park Colony, Jaipur", "House 19"),
])
def test_an_address_in_its_local_convention_is_masked(text, street):
    spans = PiiDetector().find(text)
    assert any(s.kind == "address" and street in s.value for s in spans), spans


@pytest.mark.parametrize("text", [
    "Phố 2 results", "Đường 5 km nữa", "Jl. 5", "Strada 2 tickets", "Cad. 5 items", "Size U. 5", "Model G. 5",
    "Flat 302 is free", "Flat rate 302 USD", "No. 5 on the charts, 3rd week", "Kat 3 Daire 5", "Mah. 12 results",
    "Order No: 15", "Sipariş No: 15", "Room 1204, Gate 22", "14th Main Course", "Plot 7 of the novel",
])
def test_a_street_word_or_a_number_alone_is_no_address(text):
    assert not [s for s in PiiDetector().find(text) if s.kind == "address"]
