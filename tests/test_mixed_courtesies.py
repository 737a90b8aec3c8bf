"""agents/mixed_courtesies.py: another language's please, thanks and "then" around an English request (code-mixed
requests) are set aside; names, quoted messages and whole requests in another language are not."""

from __future__ import annotations

import pytest

from cascadroid.agents.mixed_courtesies import without_mixed_courtesies
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize("said, meant", [
    ("Porfa, mute the Kayak club group, gracias.", "mute the Kayak club group."),
    ("Tolong archive the Quarn invoice, terima kasih.", "archive the Quarn invoice."),
    ("Onegai, add Zorblat tea to my basket.", "add Zorblat tea to my basket."),
    ("Abeg call Tunde", "call Tunde"),
    ("Pin the Quarn thread, salamat po!", "Pin the Quarn thread!"),
    ("Delete the Quarn draft naman", "Delete the Quarn draft"),
    ("Water the ferns. Shukriya.", "Water the ferns."),
    ("Find the price of Zorblat tea, tapos put it in a note", "Find the price of Zorblat tea, then put it in a note"),
    ('Rename "a.txt" to "b.txt", bas itna hi.', 'Rename "a.txt" to "b.txt".'),
])
def test_another_language_s_courtesies_around_an_english_request_go(said, meant):
    assert without_mixed_courtesies(said) == meant


@pytest.mark.parametrize("said", [
    'Text Ilse "ok, luego nos vemos, gracias"',  # a quoted message is typed as written
    "Text Po that I am late",  # a name, not a particle
    "Call Bas",  # a name at the end, no comma before it
    "Gracias",  # nothing else: kept
    "Call Naman",  # a name
    "Text Sofia gracias",  # the thanks is the message
    "Reply to Kenji arigato",
    "Reply to Ana: gracias!",
    "Send Carlos a message saying muchas gracias",
    "Text Pierre: à demain, merci",  # a message after a colon is the user's words
    "Text Ana: let's meet at 5, luego vamos al cine",
    "Search for spruce, fir and pine",  # English words stay English
    "Fahr mich nach Ulm, dann buche ein Hotel",  # a request in another language keeps its own "then"
    "Oye Como Va by Santana, add it to my playlist",  # a title
    "Yalla Ludo - invite Ahmed to a game",  # an app
])
def test_names_quotes_and_lone_words_stay(said):
    assert without_mixed_courtesies(said) == said


def test_the_canonical_reading_of_a_code_mixed_request_is_the_english_one():
    assert canonical("Porfa silence the Kayak club group on Quorra, gracias.") == canonical(
        "silence the Kayak club group on Quorra.")
