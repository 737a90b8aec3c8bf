"""Tasks that read what someone sent (an event, a value, a photo's name) in one app and use it in
another, said in several English word orders: the sender's relative clause ("the day and time Priya
Nair sent over WhatsApp"), a "told me" clause after the request, "same day and time", and the quoted
name added to a calendar."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents import event_details, notetaker, subgoals
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical

T = "android.widget.TextView"


def part_of(task: str):
    return subgoals.read_part(canonical(task))


def test_the_details_someone_sent_are_read_as_an_event_and_kept_in_the_rest():
    part = part_of('Create a calendar event "Team lunch" with the day, time and venue Priya Nair sent over WhatsApp.')
    assert part.asked.kind == "event" and part.object == "Priya Nair"
    assert "Priya Nair" not in part.rest and "WhatsApp" not in part.rest
    assert event_details.asked_details(part.rest) == ["date", "time", "address"]
    assert "WhatsApp" in part.place  # how it was sent says where to read it


def test_an_event_someone_sent_is_read_with_its_date_time_and_place():
    part = part_of("Put the book club meeting Ana Silva emailed me into my calendar.")
    assert part.asked.kind == "event" and part.object == "Ana Silva"
    assert event_details.asked_details(part.rest) == ["date", "time", "address"]


def test_plans_told_before_the_request_with_same_day_and_time():
    part = part_of('Marco Rossi messaged me lunch plans. Please add "Lunch with Marco" to my agenda, same day and time.')
    assert part.asked.kind == "event" and part.object == "Marco Rossi"
    assert event_details.asked_details(part.rest) == ["date", "time"]


def test_details_sent_by_mail_for_an_event_on_that_day_at_that_time():
    part = part_of('Lena Park sent me the details for "Board review" by email - schedule "Board review" on that day, '
                   'at that time and place.')
    assert part.asked.kind == "event" and "email" in part.place
    assert "by email" not in part.rest


def test_a_value_someone_sent_stays_a_value_not_an_event():
    part = part_of("Text Bo Chen the address of the party Ana Silva mailed me.")
    assert part.asked.kind == "address"
    part = part_of("Send Bo Chen the gate code Ana Silva texted me on Signal.")
    assert part.asked.kind == "code" and "Signal" not in part.rest


def test_a_quoted_name_added_to_a_calendar_is_the_new_entrys_title():
    assert [(v.text, v.kind) for v in task_values('Please put "Yoga class" into my work calendar.')] == [
        ("Yoga class", "title")]
    assert [v.kind for v in task_values('Add "Oat milk" to my shopping list.')] != ["title"]


def test_a_photo_named_in_a_mail_is_read_there_then_put_in_the_album_said():
    part = part_of('Put the picture mentioned in Jonas Weber\'s "Holiday pics" email into Lisbon.')
    assert part.asked.kind == "file" and part.object == "Holiday pics" and "email" in part.place
    assert part.rest == 'Put that picture into the "Lisbon" album.'
    part = part_of("Open the document named in the latest message from Sara Kim.")
    assert part.object == "Sara Kim" and part.rest.startswith("Open that document")
    assert subgoals.read_part("Add the photo to Lisbon.") is None  # nothing names it: no message to read


def test_a_terse_chain_from_a_message_through_a_photo_to_an_album():
    assert canonical("text from Sara Kim -> picture -> album Garden") == \
        "add the picture named in the text from Sara Kim to the album Garden"
    part = part_of("text from Sara Kim -> picture -> album Garden")
    assert part.object == "Sara Kim" and part.rest == "add that picture to the album Garden"


def test_told_about_a_photo_for_an_album_then_read_the_message_and_add_it():
    part = part_of("Omar Haddad messaged me about a picture for our Garden album - check the message and add that "
                   "picture to the album.")
    assert part.asked.kind == "file" and "message" in part.place
    assert part.rest == 'add that picture to the "Garden" album'


def test_an_item_written_into_a_note_is_written_by_its_name():
    part = part_of('save the newest screenshot in a new note titled "Bug report"')
    assert part.asked.kind == "file" and part.rest == 'write it in a new note titled "Bug report"'
    assert part_of('save the text "call the bank" in a new note titled "Todo"') is None or \
        part_of('save the text "call the bank" in a new note titled "Todo"').asked.kind != "file"


def test_a_terse_note_of_an_items_name_reads_the_name_first():
    assert canonical("note Keep: the name of the oldest video in Movies") == \
        'write the name of the oldest video in Movies in a new note titled "Keep"'
    part = part_of("note Keep: the name of the oldest video in Movies")
    assert part.asked.kind == "file" and part.rest == 'write it in a new note titled "Keep"'


def test_a_reason_before_a_note_down_request_leaves_the_request():
    part = part_of("My disk is almost full - note down which video in Movies is the longest, in a note called Cleanup.")
    assert part is not None and part.rest.startswith("write it")


def test_a_file_name_keeps_its_extension():
    assert "notes.txt" in canonical("Share notes.txt with Bo Chen")


def test_a_photo_named_in_a_mail_sent_to_a_person_goes_to_that_person():
    part = part_of("Send the photo named in Jonas Weber's email to Sara Kim.")
    assert part.rest == "Send that photo to Sara Kim."


def test_terse_calendar_notes_take_an_event_from_a_message():
    part = part_of("agenda: Team lunch, details from the text from Omar Haddad")
    assert part.asked.kind == "event" and part.object == "Omar Haddad"
    assert 'as "Team lunch"' in part.rest and event_details.asked_details(part.rest) == ["date", "time", "address"]
    part = part_of("appointment from email: Dentist checkup")
    assert part.asked.kind == "event" and part.object == "Dentist checkup"


def test_a_value_a_one_word_sender_sent():
    part = part_of("text Lena Park the code Netbank emailed me")
    assert part.asked.kind == "code" and part.object == "Netbank" and part.rest == "text Lena Park it"


def test_an_app_said_as_the_verb_before_a_value_to_pass_on():
    assert canonical("Telegram Lena Park the address from Omar Haddad's invite mail") == \
        "text Lena Park on Telegram the address from the invite mail from Omar Haddad"
    part = part_of("Telegram Lena Park the address from Omar Haddad's invite mail")
    assert part.asked.kind == "address" and part.object == "Omar Haddad" and part.rest == "text Lena Park on Telegram it"
    assert canonical("Spotify Daft Punk") == "Spotify Daft Punk"  # no value named: not a message


def test_a_new_name_a_message_gives_is_read_there_then_the_file_renamed():
    for task in ("Rename budget.xlsx to whatever Lena Park's \"Naming\" email says.",
                 "rename budget.xlsx per Lena Park's message",
                 'Open the email titled "Naming" from Lena Park and give budget.xlsx the name she wants.'):
        part = part_of(task)
        assert part.asked.kind == "file" and part.rest == "Rename budget.xlsx to it", task
    part = part_of("Lena Park texted me a new name for budget.xlsx. Please rename the file as she asked.")
    assert part.asked.kind == "file" and part.object == "Lena Park" and part.rest == "Rename budget.xlsx to it"


def test_the_new_name_read_is_not_the_name_the_task_already_gives():
    task = "rename budget.xlsx per Lena Park's message"
    mail = screen_of("com.example.mail", node(T, "Lena Park · Naming · Please rename budget.xlsx to budget_2026.xlsx",
                                               bounds=(60, 260, 1000, 360), flags="clickable"))
    assert notetaker.by_rules(task, mail.lines, []) == {"file": "budget_2026.xlsx"}


def test_a_meeting_mail_titled_in_brackets_with_quotes_is_quoted_once():
    assert canonical('Ada Obi emailed me about a meeting ("Kite day") - put it on my calendar.') == \
        'add the meeting from the email "Kite day" from Ada Obi to my calendar with its date, time and place.'
    assert canonical("Ada Obi emailed me about a meeting (Kite day) - put it on my calendar.") == \
        'add the meeting from the email "Kite day" from Ada Obi to my calendar with its date, time and place.'
