"""The phone's own number is a fact of the phone, on its About page (page_answers.phone_fact): asked in other
words and on an invented vendor's Settings; never when the number is to be sent, nor someone else's."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.page_answers import phone_fact, toward_fact
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo


@pytest.mark.parametrize("task", ["What's my mobile number?", "find the number of this device",
                                  "Which is this phone's number?", "what is my own number"])
def test_the_own_number_is_asked(task: str) -> None:
    assert phone_fact(task)


@pytest.mark.parametrize("task", ["Text Ana Ruiz my number", "What is Ana Ruiz's number?",
                                  "Send my phone number to Bo Li on Signal", "Call the number of my dentist"])
def test_no_own_number_question(task: str) -> None:
    assert not phone_fact(task)


def test_the_settings_about_row_leads_to_it() -> None:
    apps = [AppInfo(label="Einstellungen", package="com.vendor.settings"), AppInfo(label="Kontakte", package="com.vendor.contacts")]
    task = "What's my mobile number?"
    best = max(app_choice.choose(words(task), "com.vendor.home", apps, task, clause_verbs(task)), key=lambda c: c.score)
    assert best.app.label == "Einstellungen"
    assert toward_fact(task, {4: "Display", 7: "About device"}, [4, 7]) == {7: 3.0}
