"""Contacts named in passing (handles, pet forms, case endings, romanised Korean) and lone words that only read as a
contact's name: a common word ("Will", "May", "Mark", "Vale", "Grace") is the contact only with evidence from the
sentence (invented contacts and messages)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector

CONTACTS = ["Kofi Mensah", "Дмитрий Орлов", "Ayşe Yılmaz", "Tunde Okafor", "William Hart", "Mark Foster", "May Lin",
            "Valentina Greco", "Grace Adeyemi", "이서연", "Oluwaseun Bello", "Małgorzata Nowak", "Francisco Ruiz",
            "Nikos Papadakis", "Mehmet Öztürk", "Олена Коваленко", "Aleksandr Petrov", "Ewa Wójcik", "田中 由紀", "陈晓明",
            "Ivy Brooks", "Chase Miller"]
GREEK_AND_CZECH = ["Νίκος Παπαδάκης", "Kofi Mensah"]


def names(text: str) -> list[str]:
    return [s.value for s in PiiDetector(contacts=CONTACTS).find(text) if s.kind == "name"]


@pytest.mark.parametrize("text,name", [
    ("ask Kofi's sister about the keys", "Kofi"),  # no common word: capitalised is enough
    ("Встретимся с Димой в шесть", "Димой"),  # a pet form (Дмитрий), declined
    ("Позвони Диме", "Диме"),
    ("Gosia dzwoniła wczoraj", "Gosia"),  # Małgorzata
    ("Paco llega a las 9", "Paco"),  # Francisco
    ("Олена Петрівна підписала акт", "Олена"),  # a father's name beside it is no other family name
    ("Дмитрий Сергеевич звонил утром", "Дмитрий"),
    ("Seun: I'm outside", "Seun"),  # Oluwaseun without its theophoric start
    ("cc @ayşe on the thread", "@ayşe"),  # a handle in lower case
    ("@ayse.yilmaz liked your photo", "@ayse.yilmaz"),
    ("@kofimensah started a live video", "@kofimensah"),
    ("Lee Seo-yeon mentioned you", "Seo-yeon"),  # 이서연's given name as romanised
    ("Ask Will about the tickets", "Will"),  # a verb that takes a person
    ("Dinner with Mark at 8", "Mark"),
    ("Will's flight lands at 6", "Will"),  # a possessive
    ("Mark F. replied to your story", "Mark"),  # the contact's other initial
    ("Hi May, are you free on Friday?", "May"),  # a greeting
    ("See you tomorrow, Will!", "Will"),  # a trailing vocative
    ("Mark: running 10 min late", "Mark"),  # a sender's colon
    ("Will is calling…", "Will"),  # what a person did
    ("Bill sent you a photo", "Bill"),
    ("Tell Grace I said hi", "Grace"),
    ("ask kofi about the keys", "kofi"),  # lower case, in a frame that takes a person
    ("went out with ayşe yesterday", "ayşe"),
    ("ok see you tomorrow, tunde", "tunde"),
    ("Кофи звонил утром", "Кофи"),  # a Latin name spelled in another script
    ("Ο Νίκος έστειλε μήνυμα", "Νίκος"),
    ("Mehmet Bey aradı", "Mehmet"),  # an honorific after the name is no other surname
    ("Передай Олені привіт", "Олені"),  # a Ukrainian case ending
    ("Саша Петров написал", "Саша"),  # a pet form in the other script of the contact's
    ("pozdrów Wójcikową", "Wójcikową"),  # a wife's form of the surname, declined
    ("由紀さんから連絡がありました", "由紀"),  # a Japanese part before an honorific
    ("晓明说他会晚点到", "晓明"),  # a Chinese given name before a particle
    ("小明给你转账 ¥200", "小明"),  # and its pet form
])
def test_a_contact_named_in_passing_is_masked(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Will it rain tomorrow?",
    "May I borrow your charger?",
    "Mark as read",
    "Mark all as done",
    "Tap Mark as spam to report",
    "Your subscription renews in May",
    "Offer valid until 31 May",
    "Vale la pena probarlo",  # Valentina's start, Spanish "it is worth"
    "Vale, nos vemos mañana",
    "Grace period ends in 3 days",
    "Will call back later",
    "Billing address",
    "Kofibar menu",
    "Marker: 12 pcs",
    "Paste the link",
    "Send it to mark@example.com",  # an e-mail is an e-mail, not a handle
    "the kofi shop opens at 9",  # lower case without a frame
    "https://example.org/kofi",
    "Дима Соколов: привет!",  # someone else of the same (pet) name: another surname beside it
    "Ines Foster replied",  # another Foster
    "Valentina Moretti liked your photo",
    "عروض الشتاء إلى لندن",  # "London" shares its four consonants with Valentina, not its vowels
    "Переказ на картку",  # "perekaz" and "Brooks"
    "알림을 켜세요: 게시물을 올리면",  # "gesimul" and "Chase Miller"
    "小明天去",  # 小明 glued into 明天
    "田中心理学",
])
def test_a_common_word_without_evidence_stays(text):
    assert names(text) == []


@pytest.mark.parametrize("text,name", [
    ("Πες στον Νίκο ότι αργώ", "Νίκο"),  # Greek accusative after the nominative's -ος
    ("Το αυτοκίνητο του Νίκου", "Νίκου"),
    ("Zavolej Kofiho", "Kofiho"),  # Czech genitive; a verb first is no other given name
])
def test_greek_and_czech_case_forms(text, name):
    assert name in [s.value for s in PiiDetector(contacts=GREEK_AND_CZECH).find(text) if s.kind == "name"]
