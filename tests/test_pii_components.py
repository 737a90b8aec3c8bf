"""Addresses read as a chain of components in any order (sdk/cascade/pii_components.py): invented addresses of many
regions, and chains that are no address."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector
from cascadroid.cascade.pii_components import component_addresses


def found(text: str) -> list[str]:
    return [text[a:b] for a, b in component_addresses(text)]


@pytest.mark.parametrize("text,part", [
    ("Perumahan Taman Sari Blok D4 No. 9, Bogor", "Blok D4 No. 9"),  # estate, block, house number
    ("г. Омск, ул. Ленина, д. 5, кв. 31", "д. 5, кв. 31"),  # street, house, flat
    ("г Самара ул Садовая д 7 кв 12", "Садовая д 7 кв 12"),  # the same without dots or commas
    ("Av. Santa Fe 2100, piso 3 depto C, Palermo", "piso 3 depto C"),
    ("اصفهان، خیابان چهارباغ، کوچه لاله، پلاک ۸، واحد ۲", "کوچه لاله، پلاک ۸"),  # Persian, big to small
    ("House 41, Road 11, Gulshan 2, Dhaka 1212", "House 41, Road 11"),  # house and numbered road
    ("Sector 22, Block B, House 17, Chandigarh", "Block B, House 17"),
    ("Kebele 04, Woreda 07, House No. 233, Hawassa", "House No. 233"),
    ("Bishop Road, plot 12, Kampala", "Bishop Road, plot 12"),  # a street in lower-case type, then the plot
    ("Flat 9, Green Acres Apts, 3rd Cross, Jayanagar", "Flat 9, Green Acres Apts, 3rd Cross"),
    ("H.No. 4-1-880/B, Street No. 6, Himayatnagar", "4-1-880/B"),
    ("Yıldız Mah. 12. Sokak No: 7 Daire 3 Beşiktaş", "12. Sokak No: 7 Daire 3"),
    ("Kültür Mah. Lale Cd. No:18 D:2 Konak/İzmir", "Lale Cd. No:18 D:2"),
    ("ship it to 42/9 Lê Lợi, P.4, Q.Gò Vấp please", "42/9 Lê Lợi"),  # number and name, then ward (areas stay)
    ("Unit 5, 2-7-14 Nishiki Cho, Naka-ku, Nagoya", "2-7-14 Nishiki Cho"),  # romanised Japanese
    ("leave it at 88 maple ave apt 12b thanks", "88 maple ave apt 12b"),  # lower case, typed in a hurry
    ("Apt 7, 15 Birch Crescent, Galway", "Apt 7, 15 Birch Crescent"),
    ("Οδός Πατησίων 112, 4ος όροφος, Αθήνα", "Πατησίων 112, 4ος όροφος"),
    ("Số 18 ngõ 40 Tạ Quang Bửu, Hai Bà Trưng", "18 ngõ 40 Tạ Quang Bửu"),  # a house number before the lane
    ("Jl. Melati No. 12 RT 02/RW 08, Depok", "Jl. Melati No. 12"),
    ("Rua Augusta, 900, apto 71 - Consolação", "Rua Augusta, 900, apto 71"),
    ("Plot 3, Adeola Odeku Street, Victoria Island", "Plot 3, Adeola Odeku Street"),
])
def test_a_chain_of_address_parts_is_found(text, part):
    assert any(part in hit for hit in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Room 12, Floor 3",  # parts of a building, no street or home
    "Unit 3, Lesson 4: the past tense",
    "Block C, Level 2 - parking",
    "traffic jam on Le Loi street this morning",  # a street named alone
    "Kẹt xe trên đường Lê Lợi, Quận 1 sáng nay",  # a street and a district: no house number
    "Gate 12, Terminal 2, flight TK 1984",
    "I have 3 kids way too many chores",  # a number, words and "way": no name
    "Season 2, Episode 5 - Street Food Asia",
    "Sector 5, Phase 2 results",  # areas only
    "Order No. 4471 shipped",
    "Q4 budget v3, Room 201",
])
def test_chains_that_are_no_address_stay(text):
    assert found(text) == []


def test_the_detector_masks_a_chain_as_an_address():
    spans = PiiDetector().find("Please deliver to House 41, Road 11, Gulshan 2 after 6 pm")
    assert [(s.kind, s.value) for s in spans if s.kind == "address"] == [("address", "House 41, Road 11")]


@pytest.mark.parametrize("text,part", [
    ("广州市天河区体育西路 103 号 5 楼", "体育西路 103 号 5 楼"),  # spaces typed between the signs and the numbers
    ("大阪府大阪市北区梅田3-1-3 グランドビル 12 階", "グランドビル 12 階"),  # a building's name in kana, its floor
    ("福岡市博多区博多駅前2-1-1 メゾン博多 405号室", "405号室"),
])
def test_east_asian_addresses_keep_their_building_and_room(text, part):
    assert any(part in s.value for s in PiiDetector().find(text) if s.kind == "address")


def test_a_house_number_with_bis_after_a_glued_street_type():
    assert "Molenstraat 7bis" in [s.value for s in PiiDetector().find("Molenstraat 7bis, 9000 Gent") if s.kind == "address"]
