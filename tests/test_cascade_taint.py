"""Taint tracking, the widened detectors, and the router's use of both (fast, no agent run)."""

from __future__ import annotations

import json

import pytest

from cascadroid.cascade import CascadeSettings, PiiDetector, PrivacyPolicy, Router, TaintSet
from cascadroid.models import ModelRequest, ModelResponse
from cascadroid.settings import PrivacySettings

NOTES = "com.example.notes"
CHAT = "com.example.chat"


def taint_set(**privacy) -> TaintSet:
    return TaintSet(PrivacyPolicy(PrivacySettings(local_only_apps=[NOTES], **privacy)))


def found(taint: TaintSet, text: str) -> list[tuple[str, str, str]]:
    return [(h.value, h.taint.kind, h.taint.mode) for h in taint.find(text)]


def test_everything_read_in_a_local_only_app_is_found_again_in_other_words():
    taint = taint_set()
    taint.trust("Task: copy my note into a message to Alice")
    taint.observe(NOTES, ["Vault combination: orchid falcon 7731", "New note"], key="notes")
    assert found(taint, "type 'Orchid!' into [3]") == [("Orchid", "tainted", "local_only")]
    assert found(taint, "the FALCON said 7731") == [("FALCON", "tainted", "local_only"), ("7731", "tainted", "local_only")]
    assert found(taint, "falcon, 7731") == [("falcon, 7731", "tainted", "local_only")]  # close hits: one span
    assert found(taint, "copy my note to Alice") == []  # words of trusted text carry no secret
    assert found(taint, "a bird and a cat") == []


def test_detected_values_are_found_however_they_are_written_later():
    taint = taint_set(kinds={"otp": "local_only"})
    taint.observe(CHAT, ["Your verification code is 482913", "call me at (415) 555-0132"], key="chat")
    assert found(taint, 'EditText "Send SMS" = "482913"') == [("482913", "otp", "local_only")]
    assert found(taint, "number +1 415 555 0132 saved") == [("+1 415 555 0132", "phone", "mask")]
    assert found(taint, "dial 555-0132") == [("555-0132", "phone", "mask")]  # six digits or more of it
    assert found(taint, "ref 0132") == []  # four digits of a longer number are no secret alone
    assert found(taint, "call me at noon") == []  # words of a public app's screen are not tracked


def test_public_words_never_untaint_a_value_already_read():
    taint = taint_set()
    taint.observe(NOTES, ["Meet zorvane at the pier"], key="n")
    taint.observe(CHAT, ["zorvane"], key="c")  # the same word typed into a public app later
    assert [v for v, *_ in found(taint, "zorvane")] == ["zorvane"]


def test_a_screen_is_read_once():
    taint = taint_set()
    taint.observe(NOTES, ["first text"], key="same")
    taint.observe(NOTES, ["other words entirely"], key="same")
    assert found(taint, "entirely") == [] and found(taint, "first") != []


def _router(**privacy) -> Router:
    settings = CascadeSettings(privacy=PrivacySettings(local_only_apps=[NOTES], **privacy),
                               routing={"cloud_first_purposes": [], "weights": {"privacy": 0.0}})
    return Router(settings, cloud_model="gpt-4o-mini")


def _unsure(router: Router, prompt: str, app: str = CHAT):
    request = ModelRequest.of(prompt, purpose="operator", app=app)
    return router.route(request, ModelResponse(text="x", model="local", confidence=0.1))


def test_the_router_keeps_a_call_local_when_it_repeats_local_only_text():
    router = _router()
    router.taint.observe(NOTES, ["spare key under the heron statue"], key="n")
    decision = _unsure(router, "History: type 'heron statue' -> success\nNext action?")
    assert decision.tier == "local" and "text read from a local_only app" in decision.reason
    assert _unsure(router, "History: nothing private\nNext action?").tier == "cloud"


def test_the_router_masks_a_remembered_value_wherever_it_reappears():
    router = _router()
    router.taint.observe(CHAT, ["Your code is 482913"], key="c")
    decision = _unsure(router, 'Compose field = "482913"; draft ready')
    assert decision.tier == "cloud_masked"
    messages, mapping = decision.outbound()
    assert "482913" not in messages[0].content and "<OTP_1>" in messages[0].content
    assert mapping.originals["<OTP_1>"] == "482913"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("parcel to 14 Harbour Rise, Leeds LS1 4DY", "14 Harbour Rise, Leeds LS1 4DY"),
        ("3 Canal Wharf", "3 Canal Wharf"), ("22 Larch Close", "22 Larch Close"),
        ("9 Kings Mews", "9 Kings Mews"), ("5 Marine Parade", "5 Marine Parade"),
        ("7 Victoria Quay", "7 Victoria Quay"), ("40 Cannery Row", "40 Cannery Row"),
        ("18 Orchard Heights", "18 Orchard Heights"), ("2 Palace Gardens", "2 Palace Gardens"),
        ("11 The Esplanade", "11 The Esplanade"),
        ("12 rue des Lilas, Lyon", "12 rue des Lilas"), ("Calle del Pez 21", "Calle del Pez 21"),
        ("Via Garibaldi 8", "Via Garibaldi 8"), ("Prinsengracht 263", "Prinsengracht 263"),
        ("東京都千代田区丸の内1-1-1", "東京都千代田区丸の内1-1-1"), ("Meetat14HarbourRise", "14HarbourRise"),
    ],
)
def test_addresses_on_unusual_streets_and_in_other_countries(text, value):
    assert ("address", value) in [(s.kind, s.value) for s in PiiDetector().find(text)]


@pytest.mark.parametrize(
    "text", ["(212) 011-4567", "555-0142", "+1 555 0199 22", "+999 12 3456 7890", "ring me: 07700 000 123",
             "06.12.34.56.78"]
)
def test_numbers_written_like_phone_numbers_are_phones_valid_or_not(text):
    assert [s.kind for s in PiiDetector().find(text)] == ["phone"]


@pytest.mark.parametrize(
    "text",
    ["coords 37.7749, -122.4194", "Version 12.4.1 (20240501)", "on 2024-05-01 at 10:30", "Total $1,249.99",
     "Order 482913 shipped", "3 items in the Close tab", "Updated 2024-05-01 10:30", "IP address 192.168.100.200"],
)
def test_numbers_and_words_that_are_not_private_stay_clear(text):
    assert PiiDetector().find(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("80895908 is your verification code", "80895908"), ("Tu código de verificación es 551203", "551203"),
     ("2FA token 603912 expires", "603912"), ("Yourc0deis482913", "482913")],
)
def test_one_time_codes_in_many_wordings(text, code):
    assert ("otp", code) in [(s.kind, s.value) for s in PiiDetector().find(text)]


def test_a_taint_set_comes_back_whole_from_its_drained_rows():
    taint = taint_set()
    taint.observe(NOTES, ["Vault combination: orchid falcon 7731"], key="n")
    rows = taint.drain()
    taint.observe(CHAT, ["call me at (415) 555-0132"], key="c")
    rows += taint.drain()
    assert taint.drain() == []  # each value is drained once
    again = taint_set()
    again.restore(json.loads(json.dumps(rows)))
    for text in ("ORCHID 7731", "dial 555-0132", "call me"):
        assert found(again, text) == found(taint, text)
    assert found(again, "dial 555-0132")  # numbers' parts are derived again


def test_text_in_a_script_without_spaces_is_found_again_in_part():
    taint = taint_set()
    taint.trust("任务：给小明发消息")
    taint.observe(NOTES, ["保险箱密码是四五六七，别告诉别人"], key="n")
    hits = found(taint, "输入：密码是四五六七")
    assert hits and all(kind == "tainted" for _, kind, _ in hits) and "密码是四五六七" in "".join(v for v, *_ in hits)
    assert found(taint, "给小明发消息") == []  # the task's own words
