"""Contacts named in passing the way many languages write them: honorifics and kin terms before or after the name,
glued on in scripts without spaces, names that are also words of their sentence's language, middle initials, "w/",
Turkish and Hungarian endings, Yoruba short forms and short romanised names that need a frame; and the look-alikes
that must stay (invented contacts and messages)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector
from cascadroid.cascade.pii_honorifics import glued
from cascadroid.cascade.pii_words import is_word

CONTACTS = ["Ελπίδα Νικολάου", "Yıldız Ersoy", "Pavla Dvořáková", "Ligaya Santos", "Joy Dizon", "Adebayo Okon",
            "ปลา ทองดี", "ดวงใจ ศรีสวัสดิ์", "Sora Ito", "Minji Kim", "Emre Bolu", "Szabó Eszter", "Nina Gil",
            "Carla Rossi", "Lolita Perez", "Budi Santoso", "Maryam Rahimi", "Priya Sharma", "Ира Волкова",
            "Dvořák Jiří", "Юлія Коваль", "Kenji Satoh", "Yui Nakamura", "مریم رحیمی", "דנה כהן", "Luz Conti",
            "Ioana Pop", "Neema Mushi", "刘思远", "Seojoon Han", "अनीता वर्मा", "يوسف منصور", "Mirosław Zając",
            "Галина Шевчук", "Sol Navarro", "Tesfaye Bekele", "Dara Sok"]


def names(text: str) -> list[str]:
    return [s.value for s in PiiDetector(contacts=CONTACTS).find(text) if s.kind == "name"]


@pytest.mark.parametrize("text,name", [
    ("Η κυρία Ελπίδα σας περιμένει", "Ελπίδα"),  # a Greek word ("hope"), after an honorific and an article
    ("Yıldız Hanım aradı", "Yıldız"),  # a Turkish word ("star"), before an honorific
    ("Ate Ligaya is here", "Ligaya"),  # Filipino kin term as a title
    ("Pak Budi sudah di kantor", "Budi"),  # Indonesian
    ("Maryam khanom zang zad", "Maryam"),  # Persian, after the name
    ("Priya didi is coming", "Priya"),  # Hindi, after the name
    ("Rahimi Agha came", "Rahimi"),  # an honorific after a family name is no other given name
    ("Včera Dvořáková volala", "Dvořáková"),  # "yesterday", a Czech word, is no other given name
    ("JOY A DIZON sent you PHP 500", "JOY"),  # a middle initial between the name's parts
    ("Joy A. Dizon liked your post", "Joy"),
    ("Dinner w/ Joy at 7", "Joy"),  # "with" as notes write it
    ("Bayo don land for Abuja", "Bayo"),  # Adebayo without "Ade", said with a Pidgin verb
    ("Khun Pla will call you", "Pla"),  # ปลา in Latin letters, after a Thai honorific
    ("Tell Ira the taxi is here", "Ira"),  # Ира in Latin letters, after a verb that takes a person
    ("พี่ดวงใจฝากของไว้", "ดวงใจ"),  # a Thai honorific glued on before the name
    ("そらちゃん、おはよう", "そら"),  # a Japanese one glued on after it, the contact saved in Latin letters
    ("민지씨 내일 봐요", "민지"),  # and a Korean one
    ("Emre'den mesaj var", "Emre"),  # a given name in Turkish's ablative: from the person
    ("Bolu Bey'e söyle", "Bolu"),
    ("Emrecim nasılsın", "Emrecim"),  # Turkish "my dear"
    ("Eszteréknél aludtunk", "Eszteréknél"),  # Hungarian "-ék" (the family) and a case ending
    ("Szabóékhoz megyünk", "Szabóékhoz"),
    ("Ninita llegó tarde", "Ninita"),  # a diminutive in the place of the name's last vowel
    ("Chiedi a Carla", "Carla"),
    ("Dile a Lolita que venga", "Lolita"),
    ("George Dvorak joined the call", "George Dvorak"),  # Jiří as its bearer writes it in English, saved family first
    ("Yuliia sent a voice message", "Yuliia"),  # Юлія by any way of romanising
    ("Julia sent a voice message", "Julia"),
    ("中村さんが来ました", "中村"),  # a family name in kanji before an honorific, the contact saved in Latin letters
    ("経理部佐藤先生より", "佐藤"),  # "Satoh": long vowels alike
    ("خانم مریم تماس گرفت", "مریم"),  # a name part in a script without capitals, after an honorific
    ("מר כהן התקשר", "כהן"),
    ("Luz, llego a las 8!", "Luz"),  # a Spanish word ("light") calling the reader at a message's start
    ("Doamna Pop a sunat", "Pop"),  # Romanian
    ("Dada Neema amefika", "Neema"),  # Swahili
    ("Siyuan Liu shared a file", "Siyuan Liu"),  # a Chinese contact in pinyin, either order
    ("Liu Siyuan shared a file", "Liu Siyuan"),
    ("Ask Liu about the slides", "Liu"),  # one syllable alone, with evidence
    ("서준아 어디야?", "서준"),  # Korean calls with 아; "Seojoon" and 서준 ("seojun") alike
    ("अनीता ने फोटो भेजी", "अनीता"),  # Hindi's mark of the doer after the name
    ("يوسف أرسل رسالة", "يوسف"),  # an Arabic verb of what the person did
    ("Onaylayan: E. Bolu", "Bolu"),  # the initial of the contact's other name before a surname that is a word
    ("Bolu, E. (muhasebe)", "Bolu"),  # or after it, as lists write names
    ("Mirek dzwonił rano", "Mirek"),  # a Polish pet form of a -sław name
    ("Галино, ти вдома?", "Галино"),  # a Ukrainian vocative
    ("Sol llega mañana", "Sol"),  # a Spanish word ("sun") before a verb of what the person did
    ("ተስፋዬ ደወለ", "ተስፋዬ"),  # a contact saved in Latin letters, written in Ethiopic
    ("ដារ៉ា បានមកដល់", "ដារ៉ា"),  # and in Khmer
])
def test_a_contact_named_as_a_language_writes_it_is_masked(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Ελπίδα για όλους μας",  # the word in its own language's sentence, without a frame
    "Yıldız savaşları bu akşam televizyonda",
    "Filled w/ joy",
    "Joy and peace to all",
    "Bayo Bay Resort booking",  # a short form that needs a frame, without one
    "Pla Thong fish sauce 700ml",
    "Pla ra, the fermented fish",
    "IRA contribution limit 2026",
    "ดวงใจของฉัน",  # the Thai word ("my heart") without an honorific
    "そらがきれい",  # "the sky is pretty"
    "Bolu'da kar yağıyor",  # a surname that is a town, in a place's case
    "Museo De Rossi chiuso",  # a particle the contact's name has not: another Rossi
    "Nabokov «Lolita» en oferta",  # a work's title after its author
    "George Clooney interview tonight",  # the same given name with another surname
    "Julian called",
    "中村屋のカレー",  # the kanji without an honorific
    "砂糖を入れて",  # sugar reads "satou"
    "مریم گلی",  # a script without capitals: a frame is needed
    "Luz, agua y gas incluidos.",  # a list, no call
    "Luz de noche LED 5W",
    "Liu Bei and Cao Cao, Three Kingdoms",  # one syllable of the pinyin, another name beside it
    "अनीता",  # alone, in a script without capitals
    "Rossi Group annual report",  # a firm named after a founder
    "Santos & Sons hardware",
    "Bolu Holding A.Ş. faaliyet raporu",
    "Sol y playa todo el año",
])
def test_a_look_alike_stays(text):
    assert names(text) == []


def test_a_word_of_another_language_counts_in_a_sentence_of_that_language_only():
    assert is_word("Ελπίδα", "Ελπίδα για όλους μας") and not is_word("Ελπίδα", "Ελπίδα sent a photo")
    assert is_word("Holnap")  # a neighbour: an ordinary word of some language
    assert not is_word("David", "David a écrit")  # a name many languages' lists share is no word


def test_a_glued_honorific_is_taken_off():
    assert glued("はるかさん") == (0, 3) and glued("คุณสมชาย") == (3, 8) and glued("さん") == (0, 2)
