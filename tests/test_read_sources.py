"""Tasks that read a value in one place and act with it in another, the source said after the act or next to the
value: the source is read first, and the act waits for the value. Invented people, apps and words."""

from __future__ import annotations

from cascadroid.agents.read_sources import source_first
from cascadroid.agents.subgoals import read_part
from cascadroid.agents.wording import canonical


def test_a_message_named_after_the_act_is_read_first():
    said = source_first('Book "Pottery with Ines" in my planner - the date, hour and venue are in the mail Ines Varga sent me.')
    assert said == 'Ines Varga sent me the date, hour and venue by email. Book "Pottery with Ines" in my planner.'
    said = source_first("Add the kiln session to my agenda; Oskar Lind's text has... ")
    assert said.startswith("Add the kiln session")  # no values said to be in it: left alone
    said = source_first('Schedule "Kiln night" in Datebook. The time and place are in the last message from Oskar Lind.')
    assert said == 'Oskar Lind sent me the time and place. Schedule "Kiln night" in Datebook.'


def test_other_languages_name_the_message_the_same_way():
    said = source_first('Crea el evento "Cena" en Agendo - la hora y el lugar están en el mensaje de Ines Varga')
    assert said == 'Ines Varga sent me the hora y el lugar. Crea el evento "Cena" en Agendo.'
    said = source_first('Trag "Kochkurs" in den Kalender ein - die Uhrzeit und der Ort stehen in der Nachricht von Oskar Lind')
    assert said.startswith("Oskar Lind sent me the Uhrzeit und der Ort. ")
    said = source_first('Ajoute "Dîner" à mon agenda - la date et le lieu sont dans le mail de Ines Varga')
    assert said.startswith("Ines Varga sent me the date et le lieu by email. ")


def test_the_act_then_the_sender_clause_reads_the_message_first():
    part = read_part('Put "Pottery with Ines" in my planner - Ines Varga sent me the date, time and place by text.')
    assert part is not None and part.object == "Ines Varga" and part.asked.kind == "event"
    assert part.rest.startswith('Put "Pottery with Ines" in my planner')
    part = read_part(canonical('Put "Pottery with Ines" on my calendar - the day, time and spot are in the text Ines '
                               'Varga sent me about pottery.'))
    assert part is not None and part.object == "Ines Varga" and part.asked.kind == "event"


def test_must_not_fire_on_a_person_or_a_message_that_holds_no_values():
    for task in ("Reply to Oskar Lind's email - the answer is yes.", "Text Oskar Lind - the code is 4512.",
                 "Call Ines Varga. The number is in my contacts.", "Set an alarm for 7:00 - Ines Varga is visiting.",
                 "Delete the mail Oskar Lind sent me",
                 'Text Ines Varga: "Dinner - the time and place are in the mail Oskar Lind sent me"'):
        assert source_first(task) == task, task
    assert read_part("Call Ines Varga about the pottery class") is None
    assert read_part("Reply to Oskar Lind's email with \"Sounds good\"") is None


def test_an_app_said_right_after_the_value_is_where_it_is_read():
    part = read_part('Save the price of "Kiln Gloves" in Zapmart in a new memo titled "Gloves"')
    assert part is not None and "Zapmart" in part.place and part.rest == 'Save it in a new memo titled "Gloves"'
    part = read_part("Text the price of Kiln Gloves on Chatly to Ines Varga")  # Chatly is how it is sent: not where read
    assert part is not None and "Chatly" not in part.place and "Chatly" in part.rest


def test_a_terse_value_with_an_arrow_is_taken_there_not_asked():
    said = canonical('price of "Kiln Gloves" in Zapmart -> new memo "Gloves"')
    assert not said.casefold().startswith(("what", "save the what")) and "new memo" in said
    assert canonical('price of "Kiln Gloves"').casefold().startswith("what is the price")  # a question still


def test_a_question_told_then_kept_reads_it_first():
    part = read_part('tell me how tall the Oak Spire on towers.example.org is and save that in a memo called "Spire"')
    assert part is not None and part.rest.startswith("Save it in a memo")
