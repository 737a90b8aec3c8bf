"""Actions of kinds the suite never asked: one field of an item cleared, a quantity of N, ...
Invented apps, screens and wordings only."""

from __future__ import annotations

import pytest
from screens_made import done_record as _done
from screens_made import made_screen as _screen

from cascadroid.agents.candidates import rank
from cascadroid.agents.cleared_fields import cleared
from cascadroid.agents.operator import InvalidChoice, OperatorChoice, to_action
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.wording import canonical


def test_a_field_named_on_an_item_is_cleared_not_the_item_nor_a_mail():
    assert cleared(canonical("Remove the e-mail address from Tomas Weir's card")).kind == "email"
    assert cleared(canonical("please erase Ines Park's mobile number, keep the rest")).kind == "phone"
    assert cleared(canonical("Clear the venue of my Pottery class event")).kind == "location"
    assert cleared(canonical("Blank out the website field for Ines Park in my contacts")).kind == "website"
    # must not fire: deleting the item itself, or a mail from someone
    assert cleared(canonical("Delete Tomas Weir from my contacts")) is None
    assert cleared(canonical("Delete the email from Tomas Weir")) is None
    assert cleared(canonical("remove the 6:40 alarm")) is None


def test_clearing_opens_the_edit_form_never_the_items_delete():
    page = _screen("org.example.people", "Tomas Weir", [("ImageButton", "Delete"), ("ImageButton", "Edit"),
                                                         ("TextView", "tomas@weir.example | Email")])
    first = rank("Remove the email address from Tomas Weir's card, keep his number", "", page, [], [])[0]
    assert first.action == {"kind": "tap", "element": 6}


def test_in_the_form_the_field_is_emptied_then_saved_then_finished():
    task = "Remove the email address from Tomas Weir's card, keep his number"
    form = _screen("org.example.people", "Edit person", [("ImageButton", "Save"), ("ImageButton", "Delete")],
                   {"Name": "Tomas Weir", "Phone": "555 0100", "Email": "tomas@weir.example"})
    first = rank(task, "", form, [], [])[0]
    assert first.action == {"kind": "type", "element": 9, "text": ""}
    history = [_done("tap", 'tap [6] "Edit"'), _done("type", 'type [9] "Email" ""')]
    emptied = _screen("org.example.people", "Edit person", [("ImageButton", "Save"), ("ImageButton", "Delete")],
                      {"Name": "Tomas Weir", "Phone": "555 0100", "Email": ""})
    assert rank(task, "", emptied, [], history)[0].action == {"kind": "tap", "element": 5}
    saved = _screen("org.example.people", "Tomas Weir", [("ImageButton", "Delete"), ("ImageButton", "Edit")])
    after = rank(task, "", saved, [], [*history, _done("tap", 'tap [5] "Save"')])[0]
    assert after.action["kind"] == "done"


def test_an_empty_text_clears_a_named_field_but_types_nothing_without_one():
    form = _screen("a.b", "Form", [], {"Email": "x@y.z"})
    assert to_action(OperatorChoice(kind="type", element=5, text=""), form).text == ""
    with pytest.raises(InvalidChoice, match="non-empty"):
        to_action(OperatorChoice(kind="type", text=""), form)


def test_a_count_of_one_item_for_the_cart_is_read_and_other_counts_are_not():
    from cascadroid.agents.quantities import wanted_count
    assert wanted_count(canonical("Put three of the Linen Napkins in my basket")) == 3
    assert wanted_count(canonical("I want the Oak Coaster twice, add it to the cart")) == 2
    assert wanted_count(canonical("add 4x Paper Straws to my bag")) == 4
    # must not fire: no cart, a duration, a single item
    assert wanted_count(canonical("add 2 minutes to the oven timer")) is None
    assert wanted_count(canonical("Add the Oak Coaster to my cart")) is None
    assert wanted_count(canonical("Set a timer for two hours")) is None


def test_the_add_button_is_pressed_again_until_the_count_and_only_then_finished():
    task = "Put three of the Linen Napkins in my basket"
    page = _screen("org.example.store", "Linen Napkins", [("Button", "Add to basket"), ("ImageButton", "Basket")])
    once = [_done("tap", 'tap [5] "Add to basket"')]
    assert rank(task, "", page, [], once)[0].action == {"kind": "tap", "element": 5}
    thrice = once * 3
    assert rank(task, "", page, [], thrice)[0].action["kind"] == "done"


def test_a_stepper_is_pressed_until_it_shows_the_count():
    task = "add 3 of the Oak Coaster to my cart"
    stepper = _screen("org.example.store", "Oak Coaster", [("ImageButton", "-"), ("TextView", "1"),
                                                          ("ImageButton", "+"), ("Button", "Add to cart")])
    assert rank(task, "", stepper, [], [])[0].action == {"kind": "tap", "element": 7}
    there = _screen("org.example.store", "Oak Coaster", [("ImageButton", "-"), ("TextView", "3"),
                                                        ("ImageButton", "+"), ("Button", "Add to cart")])
    assert rank(task, "", there, [], [_done("tap", 'tap [7] "+"')] * 2)[0].action == {"kind": "tap", "element": 8}


def test_a_more_tab_or_more_options_menu_is_no_stepper():
    task = "put two of these Oak Coasters in my basket"
    page = _screen("org.example.store", "Oak Coaster", [("TextView", "Qty: 1"), ("Button", "Add to basket"),
                                                       ("ImageButton", "More options"), ("FrameLayout", "More")])
    assert rank(task, "", page, [], [])[0].action == {"kind": "tap", "element": 6}  # the add button, not "More"
    stepper = _screen("org.example.store", "Oak Coaster", [("TextView", "1"), ("ImageButton", "Add one more"),
                                                          ("Button", "Add to basket")])
    assert rank(task, "", stepper, [], [])[0].action == {"kind": "tap", "element": 6}  # a stepper said with "more"


def test_a_quantity_field_takes_the_count_typed():
    form = _screen("org.example.store", "Oak Coaster", [("Button", "Add to cart")], {"Quantity": "1"})
    first = rank("Add 5 of the Oak Coaster to my cart", "", form, [], [])[0]
    assert first.action == {"kind": "type", "element": 6, "text": "5"}


def _alarms() -> Screen:
    rows = [("LinearLayout", "Swim | 05:50"), ("Switch", "05:50 alarm: ON"), ("LinearLayout", "Alarm | 06:10"),
            ("Switch", "06:10 alarm: OFF"), ("LinearLayout", "Tea | 21:05"), ("Switch", "21:05 alarm: ON")]
    screen = _screen("org.example.wake", "Alarms", rows)
    screen.checked.update({6: True, 8: False, 10: True})
    screen.context.update({6: "05:50 | Swim", 8: "06:10 | Alarm", 10: "21:05 | Tea"})
    return screen


def test_an_item_named_by_its_time_is_opened_by_its_row_not_toggled_by_its_switch():
    from cascadroid.agents.timed_items import named_time
    assert named_time(canonical('Change the label of my 21:05 alarm to "Herbal tea"')) == "21:05"
    assert named_time(canonical('Name the alarm at 21:05 "Herbal tea" from now on')) == "21:05"
    first = rank('Change the label of my 21:05 alarm to "Herbal tea"', "", _alarms(), [], [])[0]
    assert first.action == {"kind": "tap", "element": 9}
    # must not fire: a toggle asked (the switch is right), a new alarm made
    assert named_time(canonical("Turn off my 21:05 alarm")) is None
    assert named_time(canonical("Set an alarm for 21:05 called Tea")) is None
    assert rank("Turn off my 21:05 alarm", "", _alarms(), [], [])[0].action == {"kind": "tap", "element": 10}


def test_calling_an_item_a_quoted_name_renames_it_but_calling_a_person_is_a_call():
    assert canonical('Call the 7:30 timer "Pasta" from now on').startswith('rename the 7:30 timer to "Pasta"')
    assert canonical('name my Reading list note "Books"').startswith('rename my Reading list note to "Books"')
    assert not canonical('Call Priya Nair "see you soon"').startswith("rename")
    assert canonical('Give the 6:10 alarm the label "Swim"').startswith('rename the 6:10 alarm to "Swim"')
    assert canonical('The reminder at 6:10 should be labelled "Swim"').lower().startswith('rename the reminder at 6:10 to')
    assert canonical("Give Priya Nair a call") == "call Priya Nair"  # must not fire: no item, no quoted name


def test_one_message_to_two_people_is_sent_to_each_in_turn():
    from cascadroid.agents.each_recipient import sent_parts
    from cascadroid.agents.progress import parts
    said = canonical('Send "Bring snacks" to both Ines Park and Tomas Weir on Telegram.')
    assert parts(said) == ['send "Bring snacks" to Ines Park on Telegram', 'send "Bring snacks" to Tomas Weir on Telegram']
    assert len(parts(canonical('On Telegram, tell Ines Park and also Tomas Weir: "Bring snacks"'))) == 2
    pieces = parts(said)
    typed = [_done("type", 'type [9] "Message" "Bring snacks"')]
    assert not sent_parts(pieces, 0, typed)  # typed, not sent yet
    assert sent_parts(pieces, 0, [*typed, _done("tap", 'tap [10] "Send"')])
    # must not fire: a group made with two people, a group named
    assert len(parts(canonical("Create a group with Ines Park and Tomas Weir on Telegram"))) == 1
    assert len(parts(canonical('Send "Bring snacks" to the Climbing Group and Tomas Weir'))) == 1


def test_after_one_send_the_next_person_is_found_and_written_to_not_given_up():
    from cascadroid.agents import each_recipient
    from cascadroid.agents.candidates import Candidate
    task = 'send "Bring snacks" to Tomas Weir on Telegram'
    sent = [_done("type", 'type [9] "Message" "Bring snacks"'), _done("tap", 'tap [10] "Send"')]
    other = _screen("org.example.talk", "Ines Park", [("ImageButton", "Send")], {"Message": ""})
    out = [Candidate({"kind": "done", "success": False, "answer": "no"}, "give up", 1.2),
           Candidate({"kind": "back"}, "go back", 0.1)]
    each_recipient.adjust(out, task, other, sent)
    assert max(out, key=lambda c: c.score).action == {"kind": "back"}
    his = _screen("org.example.talk", "Tomas Weir", [("ImageButton", "Send")], {"Message": ""})
    out = [Candidate({"kind": "done"}, "finish", 4.0),
           Candidate({"kind": "type", "element": 6, "text": "Bring snacks"}, "type", 0.5)]
    each_recipient.adjust(out, task, his, sent)
    assert max(out, key=lambda c: c.score).action["kind"] == "type"
    # must not fire: nothing sent yet
    out = [Candidate({"kind": "done"}, "finish", 4.0), Candidate({"kind": "back"}, "go back", 0.1)]
    each_recipient.adjust(out, task, his, sent[:1])
    assert max(out, key=lambda c: c.score).action == {"kind": "done"}


def test_where_a_dated_thing_is_read_then_passed_on_to_a_person_or_a_note():
    told = canonical('Tell Ines Park on Telegram where my "Pottery class" event on Thursday, May 7 is.')
    assert told == 'send Ines Park a Telegram message with the location of my "Pottery class" event on Thursday, May 7'
    noted = canonical('Write where Pottery class on Thursday, May 7 takes place in a new note titled "Pottery"')
    assert noted.startswith("check my calendar for the location of Pottery class on Thursday, May 7 and save it in a new note")
    # must not fire: no day said (no dated thing), nothing to read ("where the keys are")
    assert "location" not in canonical("Tell Ines Park where the party is")
    assert "location" not in canonical("Write where the keys are in a new note")


def test_a_detail_written_in_a_note_is_read_there_then_put_on_the_contact():
    from cascadroid.agents import subgoals
    said = canonical('My note "Moving day" has Ines Park\'s new phone number. Put it in her contact.')
    assert said == 'add the phone number in my note "Moving day" to Ines Park\'s contact'
    read = subgoals.read_part(said)
    assert read is not None and read.object == "Moving day" and read.rest.startswith("add it to Ines Park's contact")
    assert canonical("Update Ines Park's contact with the email address I wrote in the note Moving day").startswith(
        'add the email address in my note "Moving day"')
    # must not fire: a note that holds no one's detail, an update with the value given
    assert "add the" not in canonical('My note "Moving day" has the list of boxes. Read it to me.')
    assert "note" not in canonical("Update Ines Park's contact with the number 555 0100")


def test_an_address_ending_a_long_row_preview_is_read_on_the_items_page_not_there():
    from cascadroid.agents.notetaker import by_rules
    task = 'add the email address in my note "Moving day" to Ines Park\'s contact'
    listed = ['[11] LinearLayout "Moving day | Ines Park - her new address is: ines.park@longmail.exa"']
    assert by_rules(task, listed, []) == {}
    page = ["    Moving day", '[12] EditText "body" = "Ines Park - her new address is: ines.park@longmail.example" (field)']
    assert by_rules(task, page, []).get("email") == "ines.park@longmail.example"
    short = ['[11] LinearLayout "Moving day | ines.park@longmail.example"']  # must not fire: a short row shows it whole
    assert by_rules(task, short, []).get("email") == "ines.park@longmail.example"
