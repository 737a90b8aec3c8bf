"""A reason said first, then the request with a pronoun (agents/referents.py): the reason's first word is no name."""

from __future__ import annotations

from cascadroid.agents.referents import people, things
from cascadroid.agents.wording import canonical


def test_a_reasons_first_word_is_no_part_of_the_person_named():
    assert canonical("Because Tomas Reyes lost his charger, could you send him the file manual.pdf on Threema?") == \
        "send Tomas Reyes the file manual.pdf on Threema"  # all the reason named is in the request
    assert canonical("As Priya Nair is driving, would you text her the code from the Hulu email?") == \
        "text Priya Nair the code from the Hulu email"
    assert people("Since Jun Park texted me") == ["Jun Park"]
    assert people("Dana Whitfield texted me") == ["Dana Whitfield"]  # no reason word: the name as written


def test_a_reasons_pronoun_subject_is_no_thing_to_act_on():
    assert canonical('Since it is a gift for Aiko Mori, could you buy "Desk Lamp" in Etsy and ship it to 4 Elm Rd?') == \
        'buy "Desk Lamp" in Etsy and ship it to 4 Elm Rd (Since it is a gift for Aiko Mori)'
    assert not any(t.startswith("Since") for t in things("Since we are leaving early"))
    assert "Book club" in things("Book club is now on Friday")  # a sentence-case name as the subject stays a thing
