"""PII detectors, masking and unmasking, screenshot redaction."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from cascadroid.cascade import MaskMapping, PiiDetector, PrivacyPolicy, mask, redact_screenshot, unmask, unmask_obj
from cascadroid.cascade.privacy import iban_ok, luhn_ok
from cascadroid.device.types import Bounds, Element
from cascadroid.errors import ConfigurationError, ModelOutputError
from cascadroid.settings import PrivacySettings


def kinds_and_values(text: str, detector: PiiDetector | None = None) -> list[tuple[str, str]]:
    return [(s.kind, s.value) for s in (detector or PiiDetector()).find(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("call me on (415) 555-0132 tonight", "phone", "(415) 555-0132"),
        ("abroad: +44 20 7946 0958", "phone", "+44 20 7946 0958"),
        ("Ann (415-555-0132) asks", "phone", "415-555-0132"),
        ("write to ada.l@example.org please", "email", "ada.l@example.org"),
        ("card 4111 1111 1111 1111 exp 12/27", "card", "4111 1111 1111 1111"),
        ("amex 3782 822463 10005", "card", "3782 822463 10005"),
        ("IBAN DE89 3704 0044 0532 0130 00", "iban", "DE89 3704 0044 0532 0130 00"),
        ("pay GB82WEST12345698765432 today", "iban", "GB82WEST12345698765432"),
        ("Your verification code is 4821", "otp", "4821"),
        ("G-193847 is your Google verification code", "otp", "193847"),
        ("ship to 42 Elm Street, Springfield, IL 62704 asap", "address", "42 Elm Street, Springfield, IL 62704"),
        ("flat at 221B Baker Street, London NW1 6XE.", "address", "221B Baker Street, London NW1 6XE"),
        ("Lieferung: Hauptstraße 5", "address", "Hauptstraße 5"),
    ],
)
def test_each_detector_finds_its_kind(text: str, kind: str, value: str) -> None:
    assert (kind, value) in kinds_and_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "[12] Button bounds=[0,210][1080,330] clickable",
        "Total $1,249.99 for 3 items on 2024-05-01 at 10:30",
        "card 4111 1111 1111 1112",  # fails Luhn
        "IBAN DE88 3704 0044 0532 0130 00",  # fails mod 97
        "Order 482913 shipped",  # digits but no code word nearby
        "12 items are in the way",  # number + words, but no street
    ],
)
def test_ordinary_screen_text_is_not_private(text: str) -> None:
    assert kinds_and_values(text) == []


def test_checksums() -> None:
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")


def test_contacts_are_found_as_full_names_and_name_parts() -> None:
    detector = PiiDetector(contacts=["Ada Lovelace", "Bo Li"])
    found = kinds_and_values("Ada Lovelace wrote; later Ada said hi to Bo Li and Lovelace", detector)
    assert found == [("name", "Ada Lovelace"), ("name", "Ada"), ("name", "Bo Li"), ("name", "Lovelace")]


def test_a_region_phonenumbers_does_not_know_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="XX"):
        PiiDetector(region="XX")


def test_mask_gives_typed_placeholders_and_one_per_value() -> None:
    text = "Ann: 415-555-0132. Again (415) 555-0132, mail ann@example.com, code 884211 verification"
    masked, mapping = mask(text)
    assert masked == "Ann: <PHONE_1>. Again <PHONE_1>, mail <EMAIL_1>, code <OTP_1> verification"
    assert mapping.originals["<PHONE_1>"] == "415-555-0132"
    assert unmask("Called <PHONE_1> and wrote <EMAIL_1>", mapping) == "Called 415-555-0132 and wrote ann@example.com"


def test_one_mapping_spans_several_texts() -> None:
    first, mapping = mask("card 4111 1111 1111 1111")
    second, _ = mask("again 4111-1111-1111-1111 and 5500 0000 0000 0004", mapping=mapping)
    assert (first, second) == ("card <CARD_1>", "again <CARD_1> and <CARD_2>")


def test_unmask_inside_json_keeps_it_valid_and_escapes_values() -> None:
    detector = PiiDetector(contacts=['Zoe "Z" Quinn'])
    _, mapping = mask('to Zoe "Z" Quinn at 415-555-0132', detector)
    answer = '{"to": "<NAME_1>", "numbers": ["<PHONE_1>"], "<NAME_1>": 1}'
    restored = json.loads(unmask(answer, mapping))
    assert restored == {"to": 'Zoe "Z" Quinn', "numbers": ["415-555-0132"], 'Zoe "Z" Quinn': 1}
    assert unmask_obj({"a": ["<PHONE_1>", 3]}, mapping) == {"a": ["415-555-0132", 3]}


def test_an_invented_placeholder_is_an_error_or_is_left_flagged() -> None:
    _, mapping = mask("call 415-555-0132")
    with pytest.raises(ModelOutputError, match="<PHONE_9>"):
        unmask("call <PHONE_9> then <PHONE_1>", mapping)
    loose = MaskMapping(originals=dict(mapping.originals))
    assert unmask("call <PHONE_9> then <PHONE_1>", loose, strict=False) == "call <PHONE_9> then 415-555-0132"
    assert loose.unknown == ["<PHONE_9>"]


def _element(i: int, text: str, box: tuple[int, int, int, int], **kw: object) -> Element:
    return Element(id=i, text=text, bounds=Bounds(left=box[0], top=box[1], right=box[2], bottom=box[3]), **kw)


def test_screenshot_redaction_blacks_out_private_elements_only() -> None:
    image = Image.new("RGB", (540, 1200), (255, 255, 255))
    png = io.BytesIO()
    image.save(png, format="PNG")
    elements = [
        _element(0, "Contacts", (0, 0, 1080, 200)),
        _element(1, "Mobile 415-555-0132", (0, 400, 1080, 600)),
        _element(2, "", (0, 800, 1080, 1000), password=True),
        _element(3, "ann@example.com", (0, 1000, 1080, 1200)),
    ]
    policy = PrivacyPolicy(PrivacySettings(kinds={"email": "allow"}))
    out, boxes = redact_screenshot(png.getvalue(), elements, policy, screen_size=(1080, 2400))
    assert boxes == [elements[1].bounds, elements[2].bounds]
    redacted = Image.open(io.BytesIO(out)).convert("RGB")
    assert redacted.getpixel((270, 250)) == (0, 0, 0)  # element 1, scaled by half
    assert redacted.getpixel((270, 450)) == (0, 0, 0)  # the password field
    assert redacted.getpixel((270, 50)) == (255, 255, 255)  # "Contacts" stays
    assert redacted.getpixel((270, 550)) == (255, 255, 255)  # the allowed e-mail stays


def test_screenshot_that_is_not_an_image_is_a_clear_error() -> None:
    with pytest.raises(ConfigurationError, match="not a readable image"):
        redact_screenshot(b"not a png", [], PrivacyPolicy())
