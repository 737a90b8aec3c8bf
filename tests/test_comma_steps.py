"""Steps said as a series with commas and "and" read as the steps they say (agents/comma_steps.py, agents/steps.py)."""

from __future__ import annotations

from cascadroid.agents.comma_steps import pieces
from cascadroid.agents.steps import stepped


def test_a_series_of_imperatives_is_its_steps() -> None:
    assert pieces('Open Spotify, look up "Morning Run" and play it') == [
        "Open Spotify", 'look up "Morning Run"', "play it"]
    assert stepped('Open Spotify, find the playlist "Morning Run" and delete it.') == \
        'In Spotify, delete the playlist "Morning Run"'


def test_a_found_thing_taken_up_by_its_pronoun_or_there() -> None:
    assert stepped("Go into Slack, go into the channel \"design\" and post \"Ready\" there.") == \
        'In Slack, post "Ready" in the channel "design"'
    assert stepped("Open Outlook, find the invoice.pdf file and rename it to paid.pdf.") == \
        "In Outlook, rename the invoice.pdf file to paid.pdf"


def test_no_series_when_and_joins_nouns_or_a_question_follows() -> None:
    assert pieces("Open Instacart, find salt and pepper") == ["Open Instacart, find salt and pepper"]
    assert stepped("Open Outlook, go to Friday and look at \"Standup\" - where is it?") == \
        "Open Outlook, go to Friday and look at \"Standup\" - where is it?"
    assert pieces('Open WhatsApp, find Bo and send "milk, eggs and bread"') == [
        "Open WhatsApp", "find Bo", 'send "milk, eggs and bread"']
