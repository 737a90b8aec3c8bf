"""E-mail addresses written to dodge a plain pattern: brackets, dashes, spaces, doubled or comma'd signs, the words
for "@" and "." in many languages (invented addresses)."""

from __future__ import annotations

import pytest

from cascadroid.cascade import PiiDetector
from cascadroid.cascade.masking import mask
from cascadroid.cascade.pii_spelled import mail_view


def masked(text: str) -> str:
    return mask(text, PiiDetector())[0]


@pytest.mark.parametrize("text,key", [
    ("priya.n@gmail[.]com", "priya.n@gmail.com"),
    ("write: priya.n [@] gmail [.] com", "priya.n@gmail.com"),
    ("priya.n -at- gmail -dot- com", "priya.n@gmail.com"),
    ("jon.mraz@ seznam.cz", "jon.mraz@seznam.cz"),
    ("jon.mraz @ seznam . cz", "jon.mraz@seznam.cz"),
    ("k.nowak@@wp.pl", "k.nowak@wp.pl"),
    ("user: k.nowak@wp,pl", "k.nowak@wp.pl"),
    ("k.nowak@wp. pl", "k.nowak@wp.pl"),
    ("reach tomas AT fastpost DOT eu", "tomas@fastpost.eu"),  # the sign's word in capitals among lower case
    ("email: priya.n at gmail.com", "priya.n@gmail.com"),  # a mail provider's domain after a plain "at"
    ("david.levi בשטרודל gmail נקודה com", "david.levi@gmail.com"),  # Hebrew: the word with its prefix
    ("jan.novak zavináč seznam tečka cz", "jan.novak@seznam.cz"),
    ("eleni.k παπάκι gmail τελεία com", "eleni.k@gmail.com"),
    ("kim.j 골뱅이 naver 점 com", "kim.j@naver.com"),
    ("адрес: иван.петров@почта.рф", "иван.петров@почта.рф"),
    ("send to  nguyen.van.a @gmail.com", "nguyen.van.a@gmail.com"),  # a space before the sign, a host after it
    ("ola.nordmann(a)online.no", "ola.nordmann@online.no"),
    ("ola.nordmann #at# online.no", "ola.nordmann@online.no"),
    ("k̲a̲t̲e̲@example.com", "kate@example.com"),  # underlined letter by letter
])
def test_a_dodged_address_is_masked_with_the_address_as_key(text, key):
    spans = [s for s in PiiDetector().find(text) if s.kind == "email"]
    assert [s.key for s in spans] == [key]


@pytest.mark.parametrize("text", [
    "meet @ 5, ok", "price 3 @ 4.50 each", "rate: 10 @ 2, total", "ping me @ noon. thanks", "A @ B",
    "follow @nasa. Great", "thanks @anna, see you", "hi @ team. Lunch?", "Email us at support", "wow @@ that",
    "MEET AT NOON DOT", "log in at gmail.com", "v2.1 at github.com", "Meet AT the park", "see you @ home .com party",
    "file.txt at drive.google.com", "version 1.2 (at) best", "v2.0 @github.com", "see item 2(a)below",
    "option (a) online.no", "thanks @anna.k see you", "follow @nasa.gov now",
])
def test_look_alikes_of_dodged_addresses_stay(text):
    assert masked(text) == text


def test_the_mail_view_maps_back_onto_the_text_as_written():
    text = "mail ana.k [at] example [dot] org now"
    view, starts, ends = mail_view(text)
    assert view == "mail ana.k@example.org now"
    at = view.index("@")
    assert text[starts[at] : ends[at]] == " [at] "
    assert mail_view("nothing to see") is None


@pytest.mark.parametrize("text,key", [
    ("priya.n at gmail", "priya.n@gmail"), ("write to jan_k88 at yahoo thanks", "jan_k88@yahoo"),
    ("r.singh [at] rediffmail", "r.singh@rediffmail"),
])
def test_an_address_at_a_mail_provider_with_its_ending_left_out_is_masked(text, key):
    assert [s.key for s in PiiDetector().find(text) if s.kind == "email"] == [key]


@pytest.mark.parametrize("text", ["I am at gmail now", "log in at gmail", "meet at yahoo hq", "Sign in at Outlook"])
def test_a_provider_named_after_at_without_an_address_stays(text):
    assert masked(text) == text
