"""A destination said by its case ending (agents/place_cases.py) typed into an invented ride app's where-to field,
whose hint is dumped as its text, not into the pickup field."""

from __future__ import annotations

from screens_made import made_screen

from cascadroid.agents.candidates import rank
from cascadroid.agents.place_cases import destination


def test_a_name_ending_in_the_case_of_direction_is_the_destination_without_its_ending() -> None:
    assert destination("tilaa taksi Tikkurilaan") == "Tikkurila"
    assert destination("kyyti Kauniaisten Asemalle kiitos") == "Kauniaisten Asema"
    assert destination("hívj egy taxit Szegedre") == "Szeged"
    assert destination("Beşiktaş'a taksi çağır") == "Beşiktaş"
    assert destination("telli auto Kadriorgu Pargisse") == "Kadriorgu Pargi"


def test_must_not_fire_on_where_from_a_plain_name_or_a_name_that_ends_so_itself() -> None:
    for task in ("tilaa taksi Tikkurilasta", "telli auto Kadriorgu Pargist", "taksi Beşiktaş'tan", "ride Ankara",
                 "book a cab in Singapore", "Tilaan taksin nyt", "hívj taxit"):
        assert destination(task) is None, task


def _ride(where_hint: str) -> object:
    rows = [("ImageButton", "Takaisin"), ("TextView", "Koti | Mannerheimintie 5"), ("TextView", "Tikkurilan kirjasto")]
    screen = made_screen("fi.example.kyyti", "Matka", rows, {"text field": "Nykyinen sijainti", "field": where_hint})
    screen.locators[8]["resource_id"] = "fi.example.kyyti:id/from_box"
    screen.locators[9]["resource_id"] = "fi.example.kyyti:id/to_box"
    return screen


def test_the_destination_goes_into_the_field_whose_hint_asks_where_to() -> None:
    assert rank("tilaa taksi Tikkurilaan", "", _ride("Minne?"), [], [])[0].action == {
        "kind": "type", "element": 9, "text": "Tikkurila"}
    assert not any(c.action.get("kind") == "type" and c.action.get("element") == 8
                   for c in rank("tilaa taksi Tikkurilaan", "", _ride("Minne?"), [], []))  # not the pickup field
    assert not any(c.action.get("kind") == "type" and c.action.get("text") == "Tikkurila"  # a field holding text
                   for c in rank("tilaa taksi Tikkurilaan", "", _ride("Kamppi"), [], []))


def test_a_place_before_a_postposition_after_a_verb_of_direction_or_after_to_in_lower_case() -> None:
    assert destination("서울역까지 택시 좀 불러줘") == "서울역"
    assert destination("新宿三丁目までお願い") == "新宿三丁目"
    assert destination("帮我叫车去浦东机场") == "浦东机场"
    assert destination("เรียกรถไปสยามพารากอนหน่อย") == "สยามพารากอน"
    assert destination("get me a cab to the bus terminal pls") == "bus terminal"
    for task in ("9時までに起こして", "10시까지 알람 맞춰줘", "change my name to bob", "send 20 to mom", "add it to my cart"):
        assert destination(task) is None, task


def _ride_cjk(hint: str, package: str) -> object:
    rows = [("ImageButton", "Back"), ("TextView", "집 | 서울시 마포구"), ("TextView", "회사 | 서울시 중구")]
    screen = made_screen(package, "Ride", rows, {"text field": "현재 위치", "field": hint})
    return screen


def test_the_place_goes_into_the_field_asking_where_in_another_script_and_not_into_a_city_field_unasked() -> None:
    assert rank("서울역까지 택시 좀 불러줘", "", _ride_cjk("어디로 갈까요?", "kr.example.taxi"), [], [])[0].action == {
        "kind": "type", "element": 9, "text": "서울역"}
    assert rank("帮我叫车去浦东机场", "", _ride_cjk("你要去哪儿？", "cn.example.car"), [], [])[0].action == {
        "kind": "type", "element": 9, "text": "浦东机场"}
    profile = made_screen("org.example.profile", "Edit profile", [("Button", "Save")], {"Name": "Ana", "City": ""})
    assert not any(c.action.get("text") == "bob" and c.action.get("element") == 7
                   for c in rank("change my name to bob", "", profile, [], []))


def test_a_name_followed_by_its_kind_carrying_the_ending_is_the_place_with_its_kind() -> None:
    assert destination("hogyan jutok el a Petőfi Sándor utcába?") == "Petőfi Sándor utca"  # Hungarian, a lengthened
    assert destination("Navoiy ko‘chasiga taksi kerak") == "Navoiy ko‘chasi"  # Uzbek, the task's first word
    assert destination("Bağdat caddesine taksi çağır") == "Bağdat caddesi"  # Turkish: "n" before the dative
    for task in ("vidd el Annát moziba", "Bağdat caddesinden taksi", "Navoiy ko‘chasida kutaman", "hívj taxit"):
        assert destination(task) is None, task  # must not fire: no kind, where from, where at


def test_the_place_with_its_kind_goes_into_the_where_to_field_past_an_article_or_in_uzbek() -> None:
    assert rank("vigyél el a Petőfi Sándor utcába", "", _ride("Hova?"), [], [])[0].action == {
        "kind": "type", "element": 9, "text": "Petőfi Sándor utca"}
    assert rank("Navoiy ko'chasiga taksi kerak", "", _ride("Qayerga"), [], [])[0].action == {
        "kind": "type", "element": 9, "text": "Navoiy ko'chasi"}
