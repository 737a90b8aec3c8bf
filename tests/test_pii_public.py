"""Public places' addresses as listings print them stay; a home's address beside a place word is still masked
(sdk/cascade/pii_public.py; invented listings and messages)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector


def addresses(text: str) -> list[str]:
    return [s.value for s in PiiDetector().find(text) if s.kind == "address"]


@pytest.mark.parametrize("text", [
    "Museo del Prado, Calle de Ruiz de Alarcón 23, 28014 Madrid",  # a museum's name before its address
    "Grand Hotel Europa, 14 Oak Road, Leeds LS6 2AG",
    "Hauptbahnhof, Europaplatz 1, 10557 Berlin",
    "大阪城 大阪府大阪市中央区大阪城1-1",  # a castle, its address
    "Riverside Bakery · 22 Mill Street · Opens 7 AM",  # opening hours on the line
    "Café Lumière — 12 rue des Lilas · 08:00–19:00",
])
def test_a_listed_public_place_keeps_its_address(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text", [
    "I'm at the hospital, send the charger to 14 Oak Road",  # a sentence: the address is a home's
    "Harbour Tower, Flat 12, 3 Quay Street",  # a flat in a tower
    "14 Oak Road, Leeds LS6 2AG",
    "Meet me at 22 Mill Street at 7, the bakery is next door",
])
def test_a_home_address_near_a_place_word_is_still_masked(text):
    assert addresses(text) != []


def test_an_area_or_a_house_is_no_public_place():
    assert addresses("Sector 22, Block B, House 17, Chandigarh") != []  # "Sector" holds "tor" (a gate, in German)
    assert addresses("Kebele 04, House No. 233, Hawassa") != []
