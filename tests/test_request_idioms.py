"""Request idioms said the plain way: answer / shift / navigate, a time said as a start, "the one" for a thing named
before, an elaboration tail, a new item's name, a form header before a field change, "give me X's address"."""

from __future__ import annotations

from cascadroid.agents.dislocated import reordered
from cascadroid.agents.loose_grammar import loose_grammar
from cascadroid.agents.spoken_fillers import fluent
from cascadroid.agents.usual_words import usual_words
from cascadroid.agents.wording import canonical


def test_other_verbs_for_reply_move_and_go_to():
    assert usual_words('answer "on my way" to the newest text') == 'reply "on my way" to the newest text'
    assert usual_words("bump the Dentist visit to Friday") == "move the Dentist visit to Friday"
    assert usual_words("Navigate Firefox to news.example.org") == "in Firefox go to news.example.org"
    for kept in ("answer the door", "push the button", "shift the focus"):
        assert usual_words(kept) == kept  # no reply said, nothing moved to anywhere


def test_a_time_said_as_a_start_is_the_time():
    assert usual_words("move Lunch to a 12:30 start") == "move Lunch to 12:30"
    assert usual_words("push Standup back for a 9am start") == "push Standup back for 9am"


def test_the_one_stands_for_the_thing_an_earlier_clause_names():
    assert fluent("Ben needs the PIN, so send him the one from the Bank mail") == \
        "Ben needs the PIN, so send him the PIN from the Bank mail"
    for kept in ("delete the one from yesterday", "play the one I like"):
        assert fluent(kept) == kept  # nothing named in a clause before


def test_an_elaboration_tail_is_part_of_what_was_asked():
    assert fluent("Tell me Ada's birthday, day, month and all.") == "Tell me Ada's birthday."
    kept = "Buy bread, milk and eggs"
    assert fluent(kept) == kept


def test_a_new_items_capitalised_name_is_its_name():
    assert loose_grammar("add new contact Ines Moro with number 555") == "add a new contact named Ines Moro with number 555"
    assert loose_grammar("make a new playlist Road Trip") == "make a new playlist named Road Trip"
    assert "named" not in loose_grammar("add new contact details to Ana")  # no name after the item


def test_a_form_header_names_the_thing_whose_field_changes():
    assert reordered("Edit contact Ines Moro: set phone to 555 0101") == \
        "set the phone number of the contact Ines Moro to 555 0101"
    assert reordered("Update event Team lunch: change the location to Hall 2") == \
        "change the location of the event Team lunch to Hall 2"


def test_give_me_a_persons_field_asks_for_it():
    assert canonical("Give me Ines Moro's birthday from my contacts, day, month and all.") == \
        "what is Ines Moro's birthday from my contacts?"


def test_a_forms_words_are_said_the_way_a_request_says_them():
    assert loose_grammar("buy the cheapest mug in category Kitchen ware; shipping address 9 Oak Rd") == \
        "buy the cheapest mug in the Kitchen ware category and ship it to 9 Oak Rd"
    assert loose_grammar("find the newest mug of Tableware category") == "find the newest mug in the Tableware category"
    assert loose_grammar("mail Ines Moro's address (it's in Contacts) to Ben") == \
        "mail Ines Moro's address from my Contacts to Ben"
    assert loose_grammar("Add diary entry for Friday") == "Add a calendar event for Friday"
    for kept in ("open the category list", "the shipping address is wrong, fix it"):
        assert loose_grammar(kept) == kept


def test_a_short_place_said_before_the_thing_goes_after_it():
    assert loose_grammar("please delete from Files the oldest scan, the blurry one") == \
        "please delete the oldest scan, the blurry one from Files"
    assert loose_grammar("remove from my list all done items.") == "remove all done items from my list."
    kept = "remove the photo from the album"
    assert loose_grammar(kept) == kept


def test_what_a_message_told_is_said_as_the_parsers_read_it():
    assert loose_grammar("Ada texted which song goes on the Party playlist") == \
        "Ada texted me which song to put on the Party playlist"
    assert loose_grammar("Ben sent me an email saying what notes.txt should be named") == \
        "Ben sent me an email saying a new name for notes.txt"
    kept = "Ana texted me where the party is"
    assert loose_grammar(kept) == kept


def test_the_one_said_for_single_is_no_number():
    assert fluent("order the one lamp Ada picked") == "order the lamp Ada picked"
    assert fluent("forward the one mail from Ben that I flagged") == "forward the mail from Ben that I flagged"
    assert fluent("delete the one from Friday") == "delete the one from Friday"  # "one" stands for a thing here


def test_a_body_that_is_the_sent_items_text_is_no_message():
    assert loose_grammar('mail my note "Trip" to ada@example.org, subject "Trip", body the note\'s text.') == \
        'mail my note "Trip" to ada@example.org, subject "Trip".'
    kept = 'mail Ben, subject "Hi", body "the text is ready"'
    assert loose_grammar(kept) == kept


def test_a_capitalised_preposition_is_no_part_of_a_name():
    said = canonical('From Ada Moss\'s mail "Lunch", save the date in my calendar')
    assert 'the mail "Lunch" from Ada Moss' in said and "From Ada" not in said
