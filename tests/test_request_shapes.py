"""Requests said in another shape (agents/request_shapes.py), read through the whole wording pipeline."""

from __future__ import annotations

from cascadroid.agents.request_shapes import reshaped
from cascadroid.agents.wording import canonical


def test_a_thing_said_first_and_then_acted_on_as_it():
    assert canonical("flashlight - turn it on") == "turn the flashlight on"
    assert canonical("the timer: pause it please") == "pause the timer"
    assert canonical("hotspot, switch it off thx") == "switch the hotspot off"
    assert reshaped("what is it - open it") == "what is it - open it"  # a question is no topic
    assert canonical("Wi-Fi: turn it off") == "turn the Wi-Fi off"
    assert reshaped("Bo, start it") == "Bo, start it"  # spoken to someone, no thing


def test_an_event_said_first_and_asked_where_or_when():
    assert canonical("Pottery class on Monday where is that happening") == "where is Pottery class on Monday?"
    assert canonical("Board meeting tomorrow, when does it start?") == "when does Board meeting tomorrow start?"


def test_a_new_title_said_as_what_the_item_needs_renames_it():
    assert canonical('the playlist "Road trip" needs a new name: "Road trip 2027"') == \
        'rename the playlist "Road trip" to "Road trip 2027"'
    assert canonical('my album "Misc" should get a new title "Garden"') == 'rename my album "Misc" to "Garden"'
    assert canonical('the new name for the folder "Scans" is "Receipts"') == 'rename the folder "Scans" to "Receipts"'


def test_a_value_said_as_what_it_should_be_changes_it():
    assert canonical("the Dentist appointment on Friday - its venue should be Harbour Hall now, please update it") == \
        "change the location of the Dentist appointment on Friday to Harbour Hall"
    assert canonical('the Book club event: its title must be "Reading circle", fix it') == \
        'change the title of the Book club event to "Reading circle"'
    assert canonical("the Dentist appointment's place should be Harbour Hall now") == \
        "change the location of the Dentist appointment to Harbour Hall"


def test_where_an_edit_goes_said_before_the_verb():
    assert canonical('to the bottom of my note "Groceries" append "oat milk", keep the rest') == \
        'append "oat milk" to the bottom of my note "Groceries", keep the rest'
    assert reshaped("at the end of the day add it") == "at the end of the day add it"  # no thing to add to


def test_a_count_asked_around_its_verb():
    assert canonical("in how many emails does the word refund appear?") == "how many emails mention the word refund?"


def test_opening_and_closing_time_asked_together_are_the_opening_hours():
    assert canonical("when does the Pine Street Pharmacy open and close?") == \
        "what are the opening hours of the Pine Street Pharmacy?"


def test_a_question_then_a_request_on_its_answer():
    assert canonical("which is the oldest photo in Screenshots? save its name in a new note called Purge") == \
        'find the oldest photo in Screenshots and save its name in a new note called "Purge"'


def test_everyday_verbs_for_moving_and_alarms():
    assert canonical("bump Standup on Tuesday so it starts at 9:30") == "move Standup on Tuesday to start at 9:30"
    assert canonical("set me an alarm that rings 15 minutes ahead of Yoga on Sunday") == \
        "set an alarm 15 minutes before Yoga on Sunday"
    assert reshaped("push notifications off") == "push notifications off"  # no time: no move


def test_the_number_of_a_person_is_their_phone_number():
    assert canonical("give me the number of Ines Valdez") == "what is the phone number of Ines Valdez?"
    assert canonical("tell me the number of unread emails") == "how many unread emails"


def test_a_name_put_in_a_note_is_written_there():
    assert reshaped("and put its name in a new note") == "and write its name in a new note"
    assert reshaped("put its name in the drawer") == "put its name in the drawer"


def test_a_rename_said_as_what_someone_sent():
    assert canonical("Lena Fox texted me what budget.xlsx should be renamed to, rename it that way") == \
        "Rename budget.xlsx as asked (Lena Fox texted me a new name for budget.xlsx)"
    assert canonical('rename "Draft" into "Final"') == 'rename "Draft" to "Final"'


def test_a_new_items_title_ends_at_a_comma():
    assert canonical("On my tablet, please create a playlist named Morning run.") == \
        'create a playlist called "Morning run", on my tablet.'
    assert reshaped("Make a note titled Desk Lamp with its price from the store.") == \
        "Make a note titled Desk Lamp with its price from the store."  # the title ends before "with"


def test_a_statement_then_a_request_on_the_contact():
    assert canonical("Ravi Osei shouldn't be pinned anymore, unpin the contact") == \
        "unpin Ravi Osei (Ravi Osei should not be pinned anymore)"
    assert canonical("Kim Ode isn't a favourite anymore, remove the person from favourites") == \
        "remove Kim Ode from favourites (Kim Ode is not a favourite anymore)"
    assert canonical("the contact Ana Vale - its name should be Ana Vale-Cruz") == \
        "change the name of the contact Ana Vale to Ana Vale-Cruz"
    assert canonical("look the word up") == "look up the word"
    assert canonical("find the file and save it as Wrap up") == "find the file and save it as Wrap up"


def test_a_polite_request_to_put_a_thing_in_the_calendar_makes_an_event():
    assert canonical("pls put Team lunch in my calendar for Monday, 12:30, at Quay Deli") == \
        'create a calendar event "Team lunch" for Monday, 12:30, location: Quay Deli'


def test_an_indirect_wish_to_update_where_or_when_a_thing_happens_changes_it():
    # invented events and places
    assert canonical('I was hoping you could update where "Pottery" on Friday, May 8 takes place - it should be at Kiln Hall now.') == \
        'change the location of "Pottery" on Friday, May 8 to Kiln Hall'
    assert canonical('Could you change when "Choir" on Monday starts, it is at 19:30 now') == 'move "Choir" on Monday to 19:30'
    assert canonical("I was wondering if you could mute the Kayak club group") == "mute the Kayak club group"
    # must not fire: a question about where it takes place, a place given for a time change
    assert canonical('Where does "Pottery" on Friday take place?') == 'Where does "Pottery" on Friday take place?'
    assert reshaped('change when "Choir" starts - it is in Hall B now') == 'change when "Choir" starts - it is in Hall B now'


def test_the_things_said_first_then_how_many_of_them():
    assert canonical("My timers - how many are running?") == "How many of my timers are running?"
    assert canonical("my memos: how many mention Kites?") == "How many of my memos mention Kites?"
    # must not fire: a clause with its own verb said first keeps it as the reason
    assert canonical("My podcasts pile up - how many of them are unplayed?") == \
        "how many of them are unplayed (my podcasts pile up)?"
    assert reshaped("Bo Li - how many times did he call?") == "Bo Li - how many times did he call?"
