"""Roman Hindi and Urdu verbs in every form a task says them (agents/roman_hindi.py), and the rupee as those
tasks spell it: "bhejni hai" is the glossary's "bhejo" (send), "chalana hai" its "chalao" (play); an English word
that looks like a form ("banana") is none."""

from __future__ import annotations

from test_ui_conventions import node, screen_of, tapped

from cascadroid.agents.money_amounts import said_amount
from cascadroid.agents.ui_glossary import asked


def test_the_inflected_forms_of_a_roman_hindi_verb_name_its_concept():
    assert "send" in asked("bhai ko 300 bhejni hai jazzcash se")  # obligation, feminine
    assert "send" in asked("papa ko paise bhejwa dijiye")  # causative, polite helping verb
    assert "play" in asked("koi purana gaana chalana hai")  # infinitive
    assert {"off", "pause"} & asked("ac band kar dijiye")  # light verb with a polite "give"


def test_english_words_and_english_tasks_are_no_roman_hindi_verbs():
    assert "new" not in asked("banana bread recipe ko save karo")  # "banana" is no "bana-na" (make)
    assert "new" not in asked("add a banana to my list")
    assert "send" not in asked("open my bhejna notes")  # no Hindi sentence around it


def test_the_rupee_spelled_as_roman_hindi_and_urdu_say_it_is_a_sum():
    assert said_amount("nani ko 1500 rupaye bhej do") is not None
    assert said_amount("bhai ko 300 rupiya bhejni hai") is not None


def test_money_to_send_in_roman_urdu_taps_the_wallet_s_transfer_tile():
    observation, screen = screen_of(
        node("Button", (40, 300, 520, 420), "", "Notifications", clickable=True),
        node("Button", (40, 900, 300, 1100), "", "Money Transfer", clickable=True),
        node("Button", (320, 900, 580, 1100), "", "Mobile Packages", clickable=True),
        node("Button", (600, 900, 860, 1100), "", "Bill Payments", clickable=True),
        node("Button", (40, 1200, 300, 1400), "", "Scan QR", clickable=True),
    )
    assert tapped(observation, screen, "bhai ko 300 rupiya bhejni hai", content_desc="Money Transfer")
