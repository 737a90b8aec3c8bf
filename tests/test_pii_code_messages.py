"""One-time codes found by how code messages are built, whatever their words (invented apps and senders)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector


def otps(text: str) -> list[str]:
    return [s.value for s in PiiDetector(region="GB").find(text) if s.kind == "otp"]


@pytest.mark.parametrize("text,code", [
    ("<#> Lumo: 551 902 is yours. qW3+zR8kLp1", "551 902"),  # SMS Retriever mark, no word for a code
    ("Welcome back to Fernpay! Enter 730218 to log in.\nxY7aB2c+dE9", "730218"),  # the app hash closes it
    ("Tapflow sign-in: 66 1942\n\n@tapflow.example #661942", "661942"),  # WebOTP line
    ("Parolă temporară 481205. Nu o divulga nimănui.", "481205"),  # Romanian: a warning, no code word
    ("Tafadhali tumia 904417 kuingia. Usishiriki na mtu.", "904417"),  # Swahili
    ("Mật khẩu 3391 — không chia sẻ cho ai.", "3391"),  # Vietnamese
    ("Bejelentkezés: 715530, érvényes 5 percig", "715530"),  # a validity in minutes
    ("Usa 204981 para entrar, válido por 10 minutos", "204981"),
    ("თქვენი კოდი: 582031", "582031"),  # Georgian: "kodi" in its letters
    ("మీ కోడ్ 917346", "917346"),  # Telugu
    ("Codul tău Vistra este 640127", "640127"),  # Romanian "cod"
])
def test_a_code_message_gives_its_code_away_whatever_its_words(text, code):
    assert code in otps(text)


@pytest.mark.parametrize("text", [
    "Ride 4821 arrives in 5 min",  # minutes without a validity
    "Offer valid at store 1234",  # a validity without minutes
    "Parcels 48291 and 59102 are here, do not share the locker",  # two numbers: which one is unknown
    "Valid until 2031, renew in 30 minutes",  # a year is no code
    "Build 20261204 passed\n@ci.example #main",  # a WebOTP line needs a code of 4-10 characters
    "Share your thoughts: 4.8 stars from 1200 reviews",
    "Total €1250, valid for 15 minutes",  # a price
])
def test_numbers_in_messages_not_built_as_code_messages_stay(text):
    assert otps(text) == []
