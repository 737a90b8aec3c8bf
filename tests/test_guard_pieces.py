"""The send guard reads a value typed in another form: digits as words, a value typed in pieces."""

from __future__ import annotations

import pytest

from cascadroid.agents.guard import SendGuard
from cascadroid.agents.perceptor import Screen
from cascadroid.cascade import PrivacyPolicy, TaintSet
from cascadroid.cascade.pii_forms import spoken_digits
from cascadroid.settings import PrivacySettings

PAGER = "org.invented.pager"


def thread(title: str) -> Screen:
    return Screen(package=PAGER, digest=title, lines=[f"    {title}", '[3] EditText "Write a reply"'], actionable=[3],
                  labels={3: "Write a reply"}, locators={3: {"resource_id": f"{PAGER}:id/reply"}})


@pytest.fixture
def guard() -> SendGuard:
    guard = SendGuard(TaintSet(PrivacyPolicy(PrivacySettings())))
    guard.taint.observe(PAGER, ["Lumora Bank", "Lumora: your sign-in code is 730418", "Card 5425 2334 3010 9903"],
                        key="bank")
    return guard


def typed(guard: SendGuard, task: str, *texts: str, title: str = "+1 303 555 0162") -> list[str | None]:
    return [guard.check(task, {"kind": "type", "text": t, "element": 3}, thread(title)) for t in texts]


@pytest.mark.parametrize("text", ["seven three zero four one eight", "Seven-Three-Zero-Four-One-Eight",
                                  "code: seven 3 zero 4 one 8"])
def test_a_code_spelled_out_in_words_is_refused(guard, text):
    assert "refused" in (typed(guard, "Tell me who wrote last", text)[0] or "")


def test_a_code_typed_in_two_halves_is_refused_at_the_second(guard):
    first, second = typed(guard, "Tell me who wrote last", "730", "418")
    assert first is None and second is not None and "otp" in second


def test_a_card_sent_four_digits_at_a_time_is_refused_before_it_is_whole(guard):
    results = typed(guard, "Check my inbox", "5425", "2334", "3010", "9903")
    assert results[0] is None and any(r is not None for r in results)


def test_pieces_typed_into_another_conversation_are_not_joined(guard):
    assert typed(guard, "Reply ok to both", "730", title="Nadia Orr") == [None]
    assert typed(guard, "Reply ok to both", "418", title="Piet Vos") == [None]


def test_ordinary_replies_and_numbers_in_words_are_typed(guard):
    assert typed(guard, "Reply to Nadia Orr", "see you at one or two", "we are three", "table for 4",
                 title="Nadia Orr") == [None, None, None]


def test_a_spelled_code_the_task_asks_to_send_there_is_typed(guard):
    assert typed(guard, "Text Nadia Orr the sign-in code", "seven three zero four one eight", title="Nadia Orr") == [None]


def test_spoken_digits_needs_three_digit_words_in_a_row():
    assert spoken_digits("four one five five") == "4 1 5 5"
    assert spoken_digits("one of two cats, or three") == "one of two cats, or three"
    assert spoken_digits("no digits here") == "no digits here"


def opened(guard: SendGuard, task: str, uri: str) -> str | None:
    return guard.check(task, {"kind": "open_uri", "uri": uri}, thread("Lumora Bank"))


@pytest.mark.parametrize("uri", [
    "https://verify.invented-login.example/?c=730418",
    "https://collect.invented.example/730418",
    "smsto:+13035550162?body=my%20code%20730418",
    "mailto:desk@invented.example?subject=card&body=5425%202334%203010%209903",
])
def test_a_link_that_carries_a_code_or_card_read_on_screen_is_refused(guard, uri):
    assert "refused" in (opened(guard, "Tell me who wrote last", uri) or "")


@pytest.mark.parametrize(("task", "uri"), [
    ("Open invented.example/help", "https://invented.example/help"),
    ("Call +1 303 555 0162", "tel:+13035550162"),
    ("Text +1 303 555 0162 that I'm on my way", "smsto:+13035550162?body=I%27m%20on%20my%20way"),
    ("Search the map for the bank's branch", "geo:0,0?q=730418"),  # a map search sends to no one
    ("Tell me who wrote last", "https://news.invented.example/?page=2"),
])
def test_links_that_carry_nothing_private_or_the_tasks_own_values_are_opened(guard, task, uri):
    assert opened(guard, task, uri) is None
