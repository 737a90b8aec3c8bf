"""A field named by its own word in the task ("naar X", "nach X", "para X"): X typed into that empty field."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.hinted_fields import value_after
from tests.screens_made import made_screen

_TRIPS = [("LinearLayout", "Zwolle → Groningen Noord"), ("LinearLayout", "Groningen Noord → Assen"),
          ("LinearLayout", "Zwolle → Deventer")]


def _top(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def test_dutch_destination_after_naar_is_typed_into_the_naar_field_above_trip_rows() -> None:
    screen = made_screen("nl.example.trains", "Reisplanner", _TRIPS, {"Van": "Huidige locatie", "Naar": ""})
    top = _top("ik wil naar Groningen Noord, vul dat in als bestemming", screen)
    assert top == {"kind": "type", "element": 9, "text": "Groningen Noord"}


def test_german_destination_after_nach_stops_at_the_clause_end() -> None:
    rows = [("LinearLayout", "Köln Messe/Deutz → Bonn"), ("LinearLayout", "Bonn → Köln Messe/Deutz")]
    screen = made_screen("de.example.rail", "Verbindung", rows, {"Von": "Bonn Hbf", "Nach": ""})
    assert _top("bitte nach Köln Messe/Deutz eintragen, danke", screen) == {
        "kind": "type", "element": 8, "text": "Köln Messe/Deutz"}


def test_value_after_prefers_a_capitalised_run_and_needs_one_after_a_two_letter_word() -> None:
    assert value_after("manda un correo para Lucía Gómez y dile hola", "para") == "Lucía Gómez"
    assert value_after("Email Ana to say hi", "to") is None
    assert value_after("mail Bo with subject lunch plans, then send it", "subject") == "lunch plans"


def test_a_field_already_holding_the_value_is_not_retyped() -> None:
    screen = made_screen("nl.example.trains", "Reisplanner", _TRIPS, {"Van": "Zwolle", "Naar": "Groningen Noord"})
    ranked = rank("ik wil naar Groningen Noord, vul dat in als bestemming", "", screen, [], [])
    assert not any(c.action.get("kind") == "type" and c.action.get("text") == "Groningen Noord" for c in ranked)


def test_opening_a_row_that_is_the_value_exactly_still_taps_it() -> None:
    rows = [("LinearLayout", "Groningen Noord"), ("LinearLayout", "Zwolle → Groningen Noord")]
    screen = made_screen("nl.example.trains", "Reisplanner", rows, {"Naar": ""})
    assert _top("open de reis naar Groningen Noord", screen) == {"kind": "tap", "element": 5}


def test_arabic_value_after_the_title_word_with_its_particle_goes_into_the_add_title_field() -> None:
    rows = [("Button", "حفظ"), ("Button", "حدث"), ("LinearLayout", "إضافة موقع")]
    screen = made_screen("com.example.agenda", "موعد جديد", rows, {"إضافة عنوان": ""})
    assert _top("أضف موعدًا بعنوان تجديد جواز السفر، يوم الأحد", screen) == {
        "kind": "type", "element": 8, "text": "تجديد جواز السفر"}


def test_a_message_field_does_not_take_the_name_after_the_verb_message() -> None:
    screen = made_screen("com.example.chat", "Ana Ruiz", [("View", "see you soon")], {"Message": ""})
    ranked = rank("message Ana Ruiz", "", screen, [], [])
    assert not any(c.action.get("kind") == "type" and c.action.get("text") == "Ana Ruiz" for c in ranked)
    assert value_after("Message Ana", "message") is None


def test_a_number_goes_into_the_field_whose_hint_is_its_shape_above_look_alike_rows() -> None:
    rows = [("LinearLayout", "Dinara | +381 64 555 1290"), ("LinearLayout", "Pošalji dinara: slanje novca QR kodom")]
    screen = made_screen("rs.example.pay", "Slanje novca", rows, {"06x xxx xxxx": ""})
    assert _top("064 555 1209 pošalji 2000 dinara slanje novca", screen) == {
        "kind": "type", "element": 7, "text": "064 555 1209"}
    from cascadroid.agents.hinted_fields import fits_template
    assert fits_template("+7 (___) ___-__-__", "+7 912 345 67 89") and fits_template("06x xxx xxxx", "0645551209")
    # must not fire: another count of digits, another leading digit, a hint that is a number, a word hint
    assert not fits_template("06x xxx xxxx", "064555120") and not fits_template("06x xxx xxxx", "0745551209")
    assert not fits_template("0645551209", "0645551209") and not fits_template("Broj telefona", "0645551209")
