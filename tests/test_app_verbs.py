"""agents/app_verbs.py: a messaging app said as the verb sends the message there; other words after it stay."""

from __future__ import annotations

import pytest

from cascadroid.agents.app_verbs import app_verbs
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "meant"), [
    ('telegram Ana Ruiz: "call me back"', 'send Ana Ruiz "call me back" on Telegram'),
    ('whatsapp mom: "home by 6"', 'send mom "home by 6" on Whatsapp'),
    ('slack #ops - "deploy is done"', 'send #ops "deploy is done" on Slack'),
    ('sms Bo: "on my way"', 'text Bo "on my way"'),
    ('Viber Kemal Aydin "see you at the gate"', 'send Kemal Aydin "see you at the gate" on Viber'),
])
def test_a_messaging_app_said_as_the_verb_sends_there(said, meant):
    assert app_verbs(said) == meant


@pytest.mark.parametrize("said", [
    "signal strength is low",
    "whatsapp settings",
    "WhatsApp Groups list",
    "Telegram notifications off",
    "slack is slow today",
    "signal Ana Ruiz: Bo Li's number",  # what to look up and send, not the words to send
])
def test_an_app_name_before_no_person_stays(said):
    assert app_verbs(said) == said


def test_the_reading_sends_the_quoted_message():
    assert canonical('discord Mei Lin: "raid at 9"') == 'send Mei Lin "raid at 9" on Discord'
