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


def test_a_note_with_a_new_name_or_the_app_after_its_verb_is_the_request():
    assert canonical('playlist "Run" rename to "Run fast"') == 'rename playlist "Run" to "Run fast"'
    assert verb_last("scan_04.pdf unfavourite in Filo") == "unfavourite scan_04.pdf in Filo"
    assert canonical("kvitto_mars.odt unfavourite in Arkivo") == "remove kvitto_mars.odt from favourites in Arkivo"
    assert verb_last("IMG_77.heic: delete") == "delete IMG_77.heic"


def test_a_name_ending_a_sentence_or_a_dotless_word_is_no_file_note():
    for text in ("Lumo.app is slow, rename", "my report is done rename", "version 2.0 delete",
                 "rename scan_04.pdf to scan_05.pdf"):  # a sentence, no file, a number, a request said verb-first
        assert verb_last(text) == text
