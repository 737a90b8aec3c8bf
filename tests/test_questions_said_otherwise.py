"""Questions and read-then-act tasks said in other words (eighth session): the verb of a call in
any tense, a product name ending in a letter, a ranked thing's list part said after "in", an order's
address said as "delivery address", a new note called like a file, and a question followed by what
to do with its answer. Invented apps, people and products throughout."""

from __future__ import annotations

import pytest

from cascadroid.agents import answers, app_choice
from cascadroid.agents.answer_use import question_then_use
from cascadroid.agents.event_details import asked_details, told_event
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.ranked_wording import plain
from cascadroid.agents.requested import item_named
from cascadroid.agents.subgoals import in_progress, read_part
from cascadroid.agents.superlatives import category_phrase
from cascadroid.agents.task_parts import goal_names
from cascadroid.agents.text import words
from cascadroid.agents.values import task_values
from cascadroid.device.types import AppInfo

APPS = [AppInfo(label="Phone by Google", package="com.google.android.dialer"),
        AppInfo(label="Samsung Messages", package="com.samsung.android.messaging"),
        AppInfo(label="Firefox", package="org.mozilla.firefox"),
        AppInfo(label="Settings", package="com.android.settings"),
        AppInfo(label="Contacts", package="com.android.contacts")]


def best_app(task: str) -> str:
    choices = app_choice.choose(words(task), "com.android.launcher3", APPS, task, clause_verbs(task))
    return max(choices, key=lambda c: c.score).app.label if choices else ""


@pytest.mark.parametrize("task, app", [
    ("who was it that rang me this morning", "Phone by Google"),
    ("has Tomas Vidal phoned today?", "Phone by Google"),
    ("which number dialled me at noon", "Phone by Google"),
    ("who messaged me most recently", "Samsung Messages"),
    ("turn the ringtone volume up", "Settings"),  # a setting, not a call
])
def test_a_call_or_message_said_in_the_past_tense_needs_its_app_not_the_web(task, app):
    assert best_app(task) == app


def test_a_product_name_may_end_in_a_single_capital_letter():
    assert goal_names("add Nimbus Drone X to my basket") == ["Nimbus Drone X"]
    assert goal_names("put the Aero Kettle S in the cart") == ["Aero Kettle S"]
    assert goal_names("tell Mira Solis I am on my way") == ["Mira Solis"]  # "I" starts the message
    assert goal_names("text Mira Solis A reminder") == ["Mira Solis"]


@pytest.mark.parametrize("task, part", [
    ("order the cheapest item in Garden tools in the store app and ship it to 9 Oak Row", "Garden tools"),
    ("what is the most expensive product in Toys?", "Toys"),
    ("text Bo Chen the name of the cheapest thing in Board games, thanks", "Board games"),
    ("buy the cheapest thing in Kitchen on Marketly", "Kitchen"),
    ("buy the cheapest item in my cart", ""),  # a place of the app, no part of its list
])
def test_a_ranked_things_list_part_is_read_after_in(task, part):
    assert category_phrase(task) == part


def test_a_read_part_keeps_the_list_part_of_a_ranked_thing():
    read = read_part("text Bo Chen the name and price of the cheapest thing in Toys in the store")
    assert read is not None and read.question == "What is the price of the cheapest thing in Toys in the store?"
    assert read.rest == "text Bo Chen it" and read.also == ("name",)
    read = read_part("email Ana Pereira the price of the most expensive item in Garden tools on Marketly")
    assert read is not None and "in Garden tools on Marketly" in read.question


@pytest.mark.parametrize("task, plainly", [
    ("buy the cheapest lamp, delivery address 9 Oak Row", "buy the cheapest lamp and ship it to 9 Oak Row"),
    ("order Tea Tin; shipping address is 4 Elm Rd", 'order "Tea Tin" and ship it to 4 Elm Rd'),
    ("order Tea Tin, delivery to 4 Elm Rd", 'order "Tea Tin" and ship it to 4 Elm Rd'),
    ("purchase Tea Tin, shipping: 12 Mill Lane", 'purchase "Tea Tin" and ship it to 12 Mill Lane'),
    ("order Tea Tin, delivery fast", "order Tea Tin, delivery fast"),  # no address follows
])
def test_a_delivery_address_said_as_a_label_is_where_the_order_ships(task, plainly):
    assert plain(task) == plainly


def test_a_new_note_called_like_a_file_takes_that_title():
    assert task_values('save where dune.png was shot in a new note called "dune.png"')[0].kind == "title"
    assert task_values('make a note named "scan_2.pdf" with the total')[0].kind == "title"
    assert task_values('share the file called "scan_2.pdf" with Bo Chen')[0].kind == "file"  # an existing file


@pytest.mark.parametrize("task, plainly", [
    ("how much is the Aero Kettle in the store app? put the price in a note called Kettle",
     "check how much is the Aero Kettle in the store app and put the price in a note called Kettle"),
    ("where was dune.png taken? write it in a new note", "check where was dune.png taken and write it in a new note"),
    ("What's the priciest mug on Marketly? Text Bo Chen the name and the price.",
     "find the priciest mug on Marketly and text Bo Chen the name and the price"),
    ("can you tell me when the Book Fair starts? then let Ana Pereira know the time",
     "check when the Book Fair starts and let Ana Pereira know the time"),
])
def test_a_question_then_what_to_do_with_its_answer_reads_first(task, plainly):
    assert question_then_use(task) == plainly


@pytest.mark.parametrize("task", [
    "what time is it? set a timer for 5 minutes",  # the request uses nothing the question reads
    "where is my charger? I can't find it",  # no request after it
    "how many alarms do I have",  # a question alone
])
def test_a_question_whose_answer_is_not_used_stays_a_question(task):
    assert question_then_use(task) == task


@pytest.mark.parametrize("task, person", [
    ("sms it to Mira Solis", "Mira Solis"),
    ("send it on to Tomas Vidal", "Tomas Vidal"),
    ("forward that to Ana Pereira please", "Ana Pereira"),
])
def test_a_value_read_then_sent_to_someone_has_them_as_its_recipient(task, person):
    assert [(v.text, v.kind) for v in task_values(task)] == [(person, "recipient")]


def test_a_value_sent_to_no_person_has_no_recipient():
    assert task_values("send it to the printer") == []


@pytest.mark.parametrize("task, question, key, rest", [
    ("there's a mail from Tomas Vidal called Errands, add what he wants to my basket",
     "Which product is named in a mail from Tomas Vidal called Errands?", "Errands", "add that product to my basket"),
    ("put the item from Mira Solis's Birthday list email in my cart",
     "Which item is named in Mira Solis's Birthday list email?", "Birthday list", "put that item in my cart"),
    ('order the gift Ana Pereira asked for in the "Wishlist" message',
     'Which gift is named in the "Wishlist" message?', "Wishlist", "order that gift"),
    ('read the "Groceries" text from Tomas Vidal and add the thing they need to my cart',
     'Which thing is named in the "Groceries" text from Tomas Vidal?', "Groceries", "add that thing to my cart"),
])
def test_a_thing_someone_asked_for_in_a_message_is_read_there_first(task, question, key, rest):
    read = read_part(task)
    assert read is not None and read.asked.kind == "item"
    assert (read.question, read.object, read.rest) == (question, key, rest)
    assert in_progress(task, {"item": "Trail Mug"})[0] == rest.replace(f"that {read.question.split()[1]}", '"Trail Mug"')


def test_a_thing_to_buy_sent_by_someone_is_read_by_its_name():
    read = read_part('Add that product to my cart (Mira Solis mailed me what to buy ("Gift ideas"))')
    assert read is not None and read.asked.kind == "item"


@pytest.mark.parametrize("task", [
    "add the photo from Mira Solis's email to my Trip album",  # a photo, not a thing to buy by name
    "add what I need for pancakes to my cart",  # no message says it
    "put the item in my cart",
])
def test_no_message_named_reads_no_asked_for_thing(task):
    read = read_part(task)
    assert read is None or read.asked.kind != "item"


def test_the_name_asked_for_is_a_capitalised_run_in_the_messages_text():
    lines = ['[8] ImageButton "Navigate up"', "    Errands", "    Tomas Vidal", "    tomas@example.org · to me",
             "    Could you please get the Aero Kettle S for me? Thanks!", '[22] Button "Reply"']
    assert item_named(lines, ["Errands"]) == "Aero Kettle S"
    assert item_named(["    Hi! I'd love the \"trail mug\" in blue."], []) == "trail mug"  # quoted as said
    assert item_named(["    See you at Cafe Lumen on Friday"], []) is None  # no request for a thing


@pytest.mark.parametrize("task, plainly", [
    ('Mira Solis sent me an email "Board review" about a meeting, add it to my calendar with the date and time',
     'add the meeting from the email "Board review" from Mira Solis to my calendar with the date and time'),
    ("Tomas Vidal emailed me about a dinner (Team night), put it in my calendar with the time and place",
     'add the dinner from the email "Team night" from Tomas Vidal to my calendar with the time and place'),
    ("Ana Pereira texted me about a party. Add it to our family calendar",
     "add the party from Ana Pereira's text to our family calendar with its date, time and place"),  # when and where it says
    ("Ana Pereira sent me an email about a party, reply to it",  # no calendar: left as it is
     "Ana Pereira sent me an email about a party, reply to it"),
])
def test_an_event_someone_sent_me_is_the_event_from_that_message(task, plainly):
    assert told_event(task) == plainly


def test_the_details_of_an_event_may_be_listed_without_commas():
    assert asked_details("put it in my calendar with the date time and location") == ["date", "time", "address"]
    assert asked_details("with the date and place") == ["date", "address"]


@pytest.mark.parametrize("task, plainly", [
    ('I need a note called "Kettle" saying how much the Aero Kettle costs on shop.example.org',
     'write how much the Aero Kettle costs on shop.example.org in a new note called "Kettle"'),
    ("we want a new memo titled Trip with when the ferry leaves",
     "write when the ferry leaves in a new memo titled Trip"),
    ("I need a note called Plan saying what the dress code is.", "write what the dress code is in a new note called Plan"),
    ("I need a note called Plan saying hello", "I need a note called Plan saying hello"),  # its text, no question
])
def test_a_note_asked_to_say_an_answer_is_written_with_it(task, plainly):
    assert question_then_use(task) == plainly


@pytest.mark.parametrize("line, question", [
    ("Serves 6", "how many servings does the stew make?"),
    ("Makes 12 portions", "how many portions does the pie make?"),
    ("Serves 4", "how many people does it serve?"),
])
def test_a_count_said_on_a_detail_line_with_another_form_of_its_word(line, question):
    found = answers.find(answers.asked(question), [f"    {line}", "    Ready in 20 minutes"], [], {})
    assert found is not None and found[0] == line.split()[1]


def test_a_detail_line_about_something_else_gives_no_count():
    assert answers.find(answers.asked("how many servings does the stew make?"), ["    Ready in 20 minutes"], [], {}) is None


@pytest.mark.parametrize("task, plainly", [
    ("find the best-rated sushi spot in Maps and save it to my contacts (name + phone number)",
     "create a new contact with the name and phone number of the best-rated sushi spot from Maps"),
    ("look up the nearest pharmacy, then add it as a new contact with its name and number",
     "create a new contact with the name and phone number of the nearest pharmacy"),
    ("find the cheapest garage and store it in contacts", "create a new contact with the name and phone number of the cheapest garage"),
    ("find the newest photo and add it to my Trip album", "find the newest photo and add it to my Trip album"),  # no contact
])
def test_a_ranked_place_found_then_kept_as_a_contact(task, plainly):
    assert plain(task) == plainly
