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
    ("Use 7731 to confirm your login to Brisko", "7731"),  # what it is for, the number introduced
    ("Numer weryfikacyjny 552918", "552918"),  # what it is for, right before it
    ("Tek kullanımlık şifreniz 731924", "731924"),
    ("ワンタイムパスワード：739201", "739201"),
    ("Brisko: enter 58 21 93 to finish signing in. Didn't request this? Ignore this message.", "58 21 93"),
    ("Your Quillo Guard code: 4F7QX", "4F7QX"),  # capitals and digits right after a word for a code
    ("הקוד שלך הוא 5521", "5521"),  # Hebrew: the article glued to the word
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
    "Sign in to see 1200 new photos",  # what a code is for, the number neither introduced nor next to it
    "Confirm order 48213 before noon",
    "Verified by 12000 users",
    "Error code: E1234",  # an error, a promo, a booking: no secret
    "Promo code: SAVE20",
    "Confirmation code: K7P2QX",
    "Your code: abc123 (lower case)",
    "Use code SAVE55 for 13% off",  # a word and a number: a promo
    "Password must have 8 digits. Login attempts: 2828",  # a colon after a count, not after what a code is for
])
def test_numbers_in_messages_not_built_as_code_messages_stay(text):
    assert otps(text) == []


@pytest.mark.parametrize("text,code", [
    ("Sifre: 604218", "604218"),  # Turkish "şifre", typed without its mark
    ("Mat khau: 771203", "771203"),  # Vietnamese "mật khẩu"
    ("Dogrulama kodunuz 318840", "318840"),  # Turkish "doğrulama"
])
def test_words_for_a_code_typed_without_their_marks_still_cue_it(text, code):
    assert code in otps(text)


def test_a_code_repeated_in_its_link_is_masked_there_too():
    text = "Your sign-in code: 730418\n\nOr open https://app.example/verify?c=730418"
    spans = [s for s in PiiDetector().find(text) if s.kind == "otp"]
    assert [text[s.start : s.end] for s in spans] == ["730418", "730418"]
