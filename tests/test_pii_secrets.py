"""Secrets that are no number (sdk/cascade/pii_secrets.py), business lines and the shown end of a hidden number
(invented messages)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector


def found(text: str, region: str = "US") -> list[tuple[str, str]]:
    return [(s.kind, s.value) for s in PiiDetector(region=region).find(text)]


@pytest.mark.parametrize("text,secret", [
    ("the wifi at the cabin: network Lakeside, password is Bl0wfish#22", "Bl0wfish#22"),
    ("Passwort: Ah7-mP2x-Q9", "Ah7-mP2x-Q9"),  # German, a sign inside
    ("contraseña del wifi = CasaAzul2025", "CasaAzul2025"),
    ("Reset here: https://acct.example/reset?token=a8F3kQ0zLm", "a8F3kQ0zLm"),  # a credential in a link
    ("Finish setup: https://tv.example/link#code=X7Q2MZ91", "X7Q2MZ91"),
    ("Type M4K-Q7Z on the set-top box to pair it (code valid 10 min)", "M4K-Q7Z"),  # a dashed code, a code word
])
def test_a_secret_given_in_a_message_is_masked(text, secret):
    assert ("otp", secret) in found(text)


@pytest.mark.parametrize("text", [
    "Forgot password?",
    "Password: hidden",  # a word, no secret
    "Your password must have 12 characters",
    "Use discount code SPRING-24 at checkout",  # a promotion's code
    "Model TX-500 ships in 2 days, see code of conduct",
    "https://shop.example/item?id=48213&ref=home",  # parameters that name no credential
    "Your code was sent to +44 •••• ••• 7781",  # the shown end of a hidden number
])
def test_words_and_codes_that_are_no_secret_stay(text):
    assert [k for k, _ in found(text) if k == "otp"] == []


@pytest.mark.parametrize("text,region", [
    ("Questions? Freephone 0800 028 4471", "GB"),  # toll-free: a business's line
    ("Call us free on 1-888-555-0177", "US"),
])
def test_a_business_line_is_no_ones_phone_number(text, region):
    assert [k for k, _ in found(text, region) if k == "phone"] == []


def test_a_mobile_number_is_still_masked_beside_a_business_line():
    assert ("phone", "07700 900461") not in found("Call 0800 028 4471 or me on 07911 123456", "GB")
    assert any(k == "phone" and v.endswith("123456") for k, v in found("Call 0800 028 4471 or me on 07911 123456", "GB"))
