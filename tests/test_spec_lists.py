"""A new item's fields given as a list after the request or named with a verb ("new memo, title X, body Y",
"call it X", "members A and B", "location = the address of ..."), an item named right after its noun ("my
memo Trip"), and "the subject should be X" after a request to send. Invented apps, people and values only."""

from __future__ import annotations

from cascadroid.agents import event_details
from cascadroid.agents.spec_lists import specified
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


def _values(task: str) -> dict[str, str]:
    return {v.text: v.kind for v in task_values(canonical(task))}


def test_a_field_list_after_a_new_item_gives_its_title_and_text():
    assert specified("new memo pls, title Trip, text Pack boots") == 'create a new memo titled "Trip" that says "Pack boots"'
    assert _values("new journal entry: heading Day one; body Rain all morning") == {
        "Day one": "title", "Rain all morning": "message"}
    assert _values("create a new note, content = Call the plumber, title = House") == {
        "House": "title", "Call the plumber": "message"}


def test_a_value_keeps_its_inner_words_and_stops_at_the_next_field():
    assert _values("new memo, title Errands for Mom, text Book dentist for May and buy bread") == {
        "Errands for Mom": "title", "Book dentist for May and buy bread": "message"}
    assert _values("new memo, text Pack boots, socks and hat, title Trip, thanks") == {
        "Trip": "title", "Pack boots, socks and hat": "message"}  # what to write may hold commas
    assert _values('new note, title "Plans, v2", text hi') == {"Plans, v2": "title", "hi": "message"}


def test_naming_verbs_give_the_new_items_title():
    assert _values("new reminder at 6:15 pls, call it Gym bag") == {"Gym bag": "title", "6:15": "time"}
    assert _values("New playlist on Tunely, name it Road Songs") == {"Road Songs": "title"}
    assert _values("save the receipt total into a new note and label it Taxes 2025")["Taxes 2025"] == "title"


def test_members_of_a_new_group_and_a_place_given_with_equals():
    assert specified("new group in Chirp: name it Choir, members Ana Ruiz, Bo Li and Cy Ek") == \
        'create a new Chirp group titled "Choir" with Ana Ruiz, Bo Li and Cy Ek'
    said = canonical("create an event Lunch with Bo tomorrow at 12, location = Cafe Uno")
    assert _values(said) == {"Lunch with Bo": "title", "Cafe Uno": "address", "tomorrow": "date", "12:00": "time"}


def test_a_value_that_refers_to_something_is_looked_up_not_typed():
    assert specified('new event "Demo" Friday 9:00, where = the address of the cheapest hotel on Roamly') == \
        'create a new event "Demo" Friday 9:00 with the address of the cheapest hotel from Roamly as its location'


def test_the_subject_said_in_a_sentence_after_a_request_to_send():
    assert specified("could you mail my memo Trip to ana@fjord.no? The subject should be Trip too.") == \
        'could you mail my "Trip" memo to ana@fjord.no, with "Trip" as the subject'
    assert _values("forward my list Chores to bo@lake.io. The subject line must be Chores")["Chores"] in ("title", "quoted")


def test_what_is_no_field_list_is_left_alone():
    for task in ("new note about text messages from the bank", "send the note Bo sent me to ana@fjord.no",
                 "create an event on Friday at 9", "change the title of my memo Trip to Trek",
                 "call the bank and then text Bo", "open the event Friday",
                 "new memo: take the location they wrote"):
        assert specified(task) == task


def test_an_events_details_said_without_commas_are_all_read():
    assert event_details.asked_details("make it with the day time and place Bo wrote") == ["date", "time", "address"]


def test_a_new_contacts_name_is_a_persons_name_and_the_list_goes_on_after_and():
    assert _values("add a new contact, name Ana Ruiz, phone 555 123 4567") == {
        "Ana Ruiz": "name", "555 123 4567": "phone"}
    assert _values("create a note with title Groceries and text eggs and milk") == {
        "Groceries": "title", "eggs and milk": "message"}
    assert specified("Schedule a meeting Budget review on Friday at 10 with guests Ana Ruiz and Bo Li") == \
        'Schedule a meeting titled "Budget review" on Friday at 10 with Ana Ruiz and Bo Li'


def test_a_field_set_in_its_own_clause_and_dashes_between_items():
    assert specified('book "Dentist" on May 3 at 9 and set the place to Smile Clinic') == \
        'book "Dentist" on May 3 at 9 with "Smile Clinic" as the location'
    assert specified('Schedule "Demo" Friday 9:00 and set the location to the address of the cheapest hotel') == \
        'Schedule "Demo" Friday 9:00 with the address of the cheapest hotel as its location'
    assert _values("new memo - title Plans - text call Bo") == {"Plans": "title", "call Bo": "message"}


def test_fields_named_without_a_value_are_no_list():
    for task in ("Save the top hotel in Roamly as a new contact, with its name and phone number.",
                 "make a new album and set the cover to"):
        assert specified(task) == task


def test_a_new_mails_subject_and_body_given_as_a_list_are_its_parts():
    assert _values("mail bo@lake.io, subject Lunch, text See you at 1") == {
        "Lunch": "title", "See you at 1": "message", "bo@lake.io": "email"}
    assert _values("could you write an email to ana@fjord.no: subject = Rent, message = Paid today") == {
        "Rent": "title", "Paid today": "message", "ana@fjord.no": "email"}
    assert _values("send bo@lake.io an email. The subject should be Trip and the text should be Bring boots") == {
        "Trip": "title", "Bring boots": "message", "bo@lake.io": "email"}
    assert specified("text Bo Li, tell him the subject is closed") == "text Bo Li, tell him the subject is closed"


def test_a_field_value_said_before_its_field_is_that_field():
    assert canonical('Create an event "Demo" on Friday at 10:00, and put the address of the nearest library in as the location') == \
        'Create an event "Demo" on Friday at 10:00 with the address of the nearest library as its location'
    assert canonical('make a new album and use the name of the newest photo as its title') == \
        'make a new album with the name of the newest photo as its title'
    assert canonical('Pop a meeting "Sync" in my diary on Monday at 9:00, and set the address of the top-rated cafe as the place') == \
        'put a meeting "Sync" in my diary on Monday at 9:00 with the address of the best-rated cafe as its place'
    assert canonical("put the address of the hotel in my notes and use it as the title") == \
        "put the address of the hotel in my notes and use it as the title"  # nothing new is made
