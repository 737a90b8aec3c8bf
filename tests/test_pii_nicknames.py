"""A contact's name shortened, declined, by initials or by the given name alone (invented contacts and messages)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector

CONTACTS = ["Alexander Nowak", "Katarzyna Kowalska", "Daniel Ortiz", "Juan Pérez", "Péter Szabó", "Иван Петров",
            "김민준", "Gabriele Lindqvist"]


def names(text: str) -> list[str]:
    return [s.value for s in PiiDetector(contacts=CONTACTS).find(text) if s.kind == "name"]


@pytest.mark.parametrize("text,name", [
    ("Alex will call after lunch", "Alex"),  # the start of a name
    ("Gabriel sent the tickets", "Gabriel"),
    ("Danny sent it", "Danny"),  # a start and a diminutive ending, the consonant doubled
    ("Juanito llega mañana", "Juanito"),
    ("Gabriella? No, Gabrielchen kommt", "Gabrielchen"),
    ("Dzwoniłam do Kowalskiej wczoraj", "Kowalskiej"),  # a case ending after the last vowel
    ("Nie ma Nowaka w biurze", "Nowaka"),
    ("Péternek küldtem a képet", "Péternek"),  # Hungarian dative
    ("Позвони Ивану вечером", "Ивану"),  # Russian dative
    ("Lindqvists bil står här", "Lindqvists"),  # a Nordic possessive
    ("Meeting with K.K. at noon", "K.K."),  # initials of first and last name
    ("민준씨 내일 봬요", "민준"),  # a Korean given name before an honorific
])
def test_a_contact_written_in_a_short_declined_or_abbreviated_form_is_masked(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Annual report is due",  # no contact's start
    "Marketing plan for Q3",
    "alex wrote in lower case",  # not capitalised
    "Daily standup at ten",  # "Dai" no start of Daniel's
    "Nowhere to go",  # "Now" + "here": three letters are no short form alone
    "Kowloon ferry at 9",
    "Ivory coast",
    "민준비 완료",  # the syllables glued into another word
    "KK Airlines flight",  # initials need their dots
    "Open LINE to chat",  # a brand in capitals ("Lina Berg" below)
    "Marek called",  # three letters of Marco's with a diminutive ending: another name
    "Line 4 is closed",  # a vowel changed in a name of four letters: a word
])
def test_words_that_only_start_like_a_contact_stay(text):
    assert [s.value for s in PiiDetector(contacts=[*CONTACTS, "Lina Berg", "Marco Rossi"]).find(text)
            if s.kind == "name"] == []
