"""Reverse look-ups: the owner of a phone number or e-mail the question gives (invented screens and
wordings, with cases that must not fire)."""

from cascadroid.agents import app_choice, owners


def test_the_value_whose_owner_is_asked():
    assert owners.asked_value("Whose number is 0171 223 3445?") == "0171 223 3445"
    assert owners.asked_value("who has the e-mail lio@kanto.jp") == "lio@kanto.jp"
    assert owners.asked_value("+44 20 7946 0958 - which contact is that?") is not None


def test_no_reverse_lookup_for_a_value_asked_or_no_value_given():
    assert owners.asked_value("What is Ines Duarte's number?") is None  # the value is asked, not given
    assert owners.asked_value("Who called me last?") is None
    assert owners.asked_value("Call 0171 223 3445") is None  # no owner asked


def test_the_owner_is_the_name_beside_the_value_in_any_spelling():
    rows = ['[10] LinearLayout "Ines Duarte | Mobile · (285) 555-0255"', '[14] LinearLayout "Kofi Mensah | 285 555 0199"']
    assert owners.owner("Whose number is +1 285-555-0255?", rows) == "Ines Duarte"
    page = ["[3] ImageButton \"Navigate up\"", "    Lio Tanaka", "    Email", "    lio@kanto.jp"]
    assert owners.owner("who has the e-mail lio@kanto.jp", page) == "Lio Tanaka"


def test_one_search_result_for_the_typed_value_is_its_owner():
    found = ['[9] EditText "Search" = "0171 223 3445" (field, focused)', '[11] LinearLayout "Jonas Weber"',
             '[14] ImageButton "Create contact"']
    assert owners.owner("Whose number is 0171 223 3445?", found) == "Jonas Weber"
    two = found + ['[15] LinearLayout "Jonas Brandt"']
    assert owners.owner("Whose number is 0171 223 3445?", two) is None  # no guess between two


def test_the_owner_of_a_number_is_looked_up_in_the_contacts():
    contacts = app_choice.CATEGORIES[[c.cues for c in app_choice.CATEGORIES].index(
        next(c.cues for c in app_choice.CATEGORIES if "contact" in c.cues))]
    assert contacts.cued(set(), "Whose number is 0171 223 3445?")
    assert contacts.cued(set(), "+44 20 7946 0958 = who?")
    assert not contacts.cued(set(), "Call 0171 223 3445 at noon")
