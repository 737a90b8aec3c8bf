"""Tasks that read a value in one place and act with it in another, the source said after the act or next to the
value: the source is read first, and the act waits for the value. Invented people, apps and words."""

from __future__ import annotations

from cascadroid.agents.read_sources import read_order
from cascadroid.agents.subgoals import read_part
from cascadroid.agents.wording import canonical


def test_a_message_named_after_the_act_is_read_first():
    said = read_order('Book "Pottery with Ines" in my planner - the date, hour and venue are in the mail Ines Varga sent me.')
    assert said == 'Ines Varga sent me the date, hour and venue by email. Book "Pottery with Ines" in my planner.'
    said = read_order("Add the kiln session to my agenda; Oskar Lind's text has... ")
    assert said.startswith("Add the kiln session")  # no values said to be in it: left alone
    said = read_order('Schedule "Kiln night" in Datebook. The time and place are in the last message from Oskar Lind.')
    assert said == 'Oskar Lind sent me the time and place. Schedule "Kiln night" in Datebook.'


def test_other_languages_name_the_message_the_same_way():
    said = read_order('Crea el evento "Cena" en Agendo - la hora y el lugar están en el mensaje de Ines Varga')
    assert said == 'Ines Varga sent me the hora y el lugar. Crea el evento "Cena" en Agendo.'
    said = read_order('Trag "Kochkurs" in den Kalender ein - die Uhrzeit und der Ort stehen in der Nachricht von Oskar Lind')
    assert said.startswith("Oskar Lind sent me the Uhrzeit und der Ort. ")
    said = read_order('Ajoute "Dîner" à mon agenda - la date et le lieu sont dans le mail de Ines Varga')
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
        assert read_order(task) == task, task
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


def test_a_thing_in_a_message_is_found_by_the_name_the_message_gives():
    part = read_part('add the clip from the email from Ines Varga to the playlist "Kiln"')
    assert part is not None and part.object == "Ines Varga" and part.asked.kind == "file"
    assert part.rest.startswith("add that clip")
    part = read_part("Send Oskar Lind the file in the last text from Ines Varga")
    assert part is not None and part.object == "Ines Varga" and part.rest == "Send Oskar Lind that file"


def test_a_thing_in_a_place_that_is_no_message_is_no_read():
    for task in ("Delete the photo in the Kiln album", "Star the email from Ines Varga", "Move the file in Downloads to Work",
                 "Reply to the email from Ines Varga with the photo IMG_4.jpg"):
        assert read_part(task) is None, task


def test_a_polite_question_asks_for_an_act_after_the_read():
    from cascadroid.agents.subgoals import in_progress
    task = canonical('Could you grab the offer of the week off deals.example.net and mail it to ines@kiln.org, '
                     'with "Offer" as the subject?')
    rest, reading = in_progress(task, {"line": "Clay kit for $12"})
    assert reading is None and not rest.rstrip().endswith("?") and "ines@kiln.org" in rest
    assert in_progress("Who sent me the mail \"Kiln\"? Then text @ back", {})[0]  # a question stays asked


def test_mailing_something_is_composing_and_a_subject_said_under_it_is_its_title():
    from cascadroid.agents.goal import parse_goal
    from cascadroid.agents.values import task_values
    assert "compose" in parse_goal("mail it to ines@kiln.org").verbs
    said = {(v.kind, v.text) for v in task_values('send ines@kiln.org it by email, under the subject "Glaze"')}
    assert ("title", "Glaze") in said
    said = {(v.kind, v.text) for v in task_values('email ines@kiln.org "see you" using the subject line "Kiln"')}
    assert ("title", "Kiln") in said and ("message", "see you") in said


def test_a_new_note_named_first_holds_the_value_said_after_it():
    said = read_order('new memo called "Kiln" - and in it the name of the oldest clip in Pottery')
    assert said == 'save the name of the oldest clip in Pottery in a new memo titled "Kiln"'
    said = read_order('Create a new note titled Glazes containing the price of "Clay Kit" in Zapmart')
    assert said == 'save the price of "Clay Kit" in Zapmart in a new note titled Glazes'
    for task in ('new note called "Kiln" saying "fire at 9"', 'new note titled "Kiln" with the text "buy clay"'):
        assert read_order(task) == task and read_part(task) is None, task  # its own words: nothing to read


def test_another_kind_of_phone_number_is_read_the_same():
    for said in ("telephone number", "cell number", "mobile number"):
        part = read_part(f"Text Oskar Lind the {said} of Ines Varga")
        assert part is not None and part.asked.kind == "phone" and part.object == "Ines Varga", said


def test_a_message_arrowed_to_a_person_with_its_verb_after_is_passed_on():
    from cascadroid.agents.arrow_targets import targeted
    assert targeted("Ines Varga's last text -> Oskar Lind on Chatly (fwd)").startswith("forward ")
    assert targeted("last mail from Ines Varga -> Oskar Lind (forward)") == "forward the last mail from Ines Varga to Oskar Lind"
    assert not targeted("Ines Varga's last text -> Oskar Lind (call)").startswith("forward")  # another verb: not this
    assert not targeted("kiln.png -> Oskar Lind (fwd)").startswith("forward")  # a file is sent, not forwarded
