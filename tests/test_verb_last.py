"""A terse note naming the thing first and its verb last (agents/verb_last.py), on invented apps."""

from __future__ import annotations

from cascadroid.agents.verb_last import verb_last
from cascadroid.agents.wording import canonical


def test_a_note_with_its_verb_last_is_the_request():
    assert canonical('alarm 06:20 "Swim" - remove') == 'delete alarm 06:20 "Swim"'
    assert canonical('email "Boat hire" from Kofi Mensah - trash') == 'delete email "Boat hire" from Kofi Mensah'
    assert canonical('email "Rota" unstar') == 'unstar email "Rota"'
    assert verb_last("Ada Obi chatly conversation - remove") == "delete Ada Obi chatly conversation"


def test_a_sentence_or_a_request_is_no_note():
    for text in ("that photo IMG_1.jpg is blurry so delete it", "Put all mails from Ada Obi into the archive",
                 "Mark the mail \"Rota\" from Ada Obi with a star", "Ada Obi should not be a favourite contact anymore - unstar",
                 "call Ada Obi - now", "Lumo - remove"):  # no kind of thing named
        assert verb_last(text) == text
