"""Private data hidden by invisible characters, URL escapes, odd groupings, compound code words or
scripts without spaces is found; look-alikes (order numbers, identifiers, references) are not."""

from __future__ import annotations

import pytest

from cascadroid.cascade.masking import mask
from cascadroid.cascade.pii_checks import card_groups, iban_in
from cascadroid.cascade.pii_views import plain_view, to_text
from cascadroid.cascade.privacy import PiiDetector

CONTACTS = ["高橋 健太", "박서연", "Oskar Lindqvist"]


def kinds_found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in PiiDetector(contacts=CONTACTS).find(text)]


def test_the_plain_view_maps_each_character_back_to_where_it_was_written():
    text = "a\u200bb%40c"
    view, starts, ends = plain_view(text)
    assert view == "ab@c"
    assert to_text(1, 3, starts, ends) == (2, 6)  # "b%40" as written
    assert plain_view("nothing hidden here, 100% sure") is None


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("pay 4485\u200c8680\u200c6036\u200c0431 now", "card", "4485\u200c8680\u200c6036\u200c0431"),
    ("iban AT61\u200b1904\u200b3002\u200b3457\u200b3201", "iban", "AT61\u200b1904\u200b3002\u200b3457\u200b3201"),
    ("write to o\u2060skar.l@fjord\u200d-post.se", "email", "o\u2060skar.l@fjord\u200d-post.se"),
    ("link: https://app.example/invite?to=oskar.l%40fjord-post.se&x=1", "email", "oskar.l%40fjord-post.se"),
    ("call +46\u200b70\u200b123\u200b45\u200b67", "phone", "+46\u200b70\u200b123\u200b45\u200b67"),
])
def test_values_split_by_invisible_characters_or_url_escapes_are_found_as_written(text, kind, value):
    assert (kind, value) in kinds_found(text)
    masked, _ = mask(text, PiiDetector(contacts=CONTACTS))
    assert value not in masked


@pytest.mark.parametrize(("text", "code"), [
    ("Ihr Sicherheitscode: 5093", "5093"),            # German compound
    ("Uw inlogcode is 774120", "774120"),              # Dutch compound
    ("Giriş kodunuz 318822", "318822"),                # Turkish suffix
    ("Your passcode is 402 917", "402 917"),           # in two groups
    ("login code 61-77-03", "61-77-03"),
    ("PIN: 8 1 4 4 0 2", "8 1 4 4 0 2"),               # digit by digit
    ("验证码8842，3分钟内有效", "8842"),                   # a full-width comma and digits after it
])
def test_codes_after_compound_words_and_in_groups_are_found(text, code):
    assert ("otp", code) in kinds_found(text)


@pytest.mark.parametrize("text", [
    "Postcode 1011 AB, Amsterdam", "zipcode 94107", "barcode 4006", "Issue #40512 code freeze",
    "Order #210-5512309-7781204 shipped", "Ticket REF-2031-004417", "code 12.5 of the regulation",
])
def test_references_postcodes_and_order_numbers_are_no_codes_cards_or_phones(text):
    assert kinds_found(text) == []


@pytest.mark.parametrize(("text", "iban"), [
    ("at61 1904 3002 3457 3201", "AT611904300234573201"),
    ("PT50-0002-0123-1234-5678-9015-4 please", "PT50000201231234567890154"),
])
def test_ibans_in_lower_case_or_dashed_are_found(text, iban):
    assert [s.key for s in PiiDetector().find(text) if s.kind == "iban"] == [iban]


def test_an_iban_shaped_word_is_no_iban_unless_its_letters_name_a_country():
    assert iban_in("zz61 1904 3002 3457 3201") is None
    assert iban_in("AT61 1904 3002 3457 3201 extra")[1] == "AT611904300234573201"


def test_cards_are_printed_in_groups_that_start_with_four_digits():
    assert card_groups("4485 8680 6036 0431") and card_groups("4485868060360431") and card_groups("3714 825396 72858")
    assert not card_groups("448-5868060-360431")
    assert ("card", "4485.8680.6036.0431") in kinds_found("card 4485.8680.6036.0431 exp 11/28")


@pytest.mark.parametrize(("text", "name"), [
    ("高橋健太さんから着信", "高橋健太"),      # written without its space
    ("박서연님이 좋아합니다", "박서연"),        # an honorific glued on
    ("高橋 健太: 了解", "高橋 健太"),
])
def test_names_in_scripts_without_spaces_end_where_they_end(text, name):
    assert ("name", name) in kinds_found(text)


def test_a_latin_name_part_inside_a_longer_word_is_no_name():
    assert kinds_found("Oskarsson won") == [] and ("name", "Oskar") in kinds_found("Oskar won")


@pytest.mark.parametrize(("text", "street"), [
    ("부산광역시 해운대구 센텀중앙로 79, 5층", "센텀중앙로 79"),
    ("العنوان: شارع التحلية 3310، جدة", "شارع التحلية 3310"),
    ("כתובת: רחוב ביאליק 8, רמת גן", "רחוב ביאליק 8"),
    ("Λεωφόρος Συγγρού 112, Αθήνα", "Συγγρού 112"),
    ("88/4 ถนนนิมมานเหมินท์ เชียงใหม่", "ถนนนิมมานเหมินท์"),
    ("मकान नं 45, शास्त्री नगर, कानपुर", "मकान नं 45"),
    ("ship to P.O. Box 9021, Tulsa", "P.O. Box 9021"),
    ("Postfach 1022, 80331 München", "Postfach 1022"),
    ("lives at 41 E 12th Street", "41 E 12th Street"),
])
def test_street_addresses_in_other_scripts_numbered_streets_and_boxes_are_found(text, street):
    found = [value for kind, value in kinds_found(text) if kind == "address"]
    assert any(street in value for value in found), found


@pytest.mark.parametrize("text", [
    "새로 1개 도착했어요", "شارع مزدحم اليوم", "הרחוב היה שקט", "ο δρόμος ήταν άδειος", "ซอยนี้เงียบ",
    "गांधी नगर में मौसम अच्छा है", "box of 12 donuts", "the 3rd time today",
])
def test_street_words_without_a_numbered_address_are_no_address(text):
    assert [k for k, _ in kinds_found(text) if k == "address"] == []


@pytest.mark.parametrize(("text", "email"), [
    ('mail "ana..b"@invented.example now', '"ana..b"@invented.example'),
    ("電郵：用戶名@例子.香港", "用戶名@例子.香港"),
    ("mail taro@example.jp です", "taro@example.jp"),
])
def test_quoted_and_unspaced_script_local_parts_are_found(text, email):
    assert ("email", email) in kinds_found(text)


@pytest.mark.parametrize(("text", "number"), [
    ('{"msisdn": "393471234567"}', "393471234567"), ("open https://wa.me/61412345678 to chat", "61412345678"),
])
def test_international_numbers_without_plus_in_messaging_links_and_records_are_found(text, number):
    assert ("phone", number) in kinds_found(text)


def test_a_long_number_in_a_record_without_a_phone_key_is_no_phone():
    assert kinds_found('{"order_id": "393471234567"}') == []


def test_a_query_value_writes_spaces_as_plus():
    text = "route: https://maps.invented.example/dir?to=18+Quarry+Lane,+Leeds&mode=walk"
    assert any(k == "address" and "18+Quarry+Lane" in v for k, v in kinds_found(text))
    view, _, _ = plain_view("see ?q=a+b and c++ or x+y")
    assert view == "see ?q=a b and c++ or x+y"  # only inside a query value
    assert kinds_found("https://calc.invented.example/?q=2+2&lang=en") == []
