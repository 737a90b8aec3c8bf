"""Tasks that read what someone sent (an event, a value, a photo's name) in one app and use it in
another, said in several English word orders: the sender's relative clause ("the day and time Priya
Nair sent over WhatsApp"), a "told me" clause after the request, "same day and time", and the quoted
name added to a calendar."""

from __future__ import annotations

from cascadroid.agents import event_details, subgoals
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


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
