"""Requests said as the outcome wanted (agents/outcome_forms.py), a new thing said first and its verb after
(agents/plain_verbs.py), a ranked thing named in a relative clause (agents/ranked_wording.py), read through the whole
wording pipeline. Invented people, apps and items."""

from __future__ import annotations

from cascadroid.agents.outcome_forms import outcome
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


def test_being_on_the_phone_with_someone_is_calling_them():
    assert canonical("I'd like to be on the phone with the nearest vet") == "call the nearest vet"
    assert canonical("get my landlord Omar Haddad on the line") == "call my landlord Omar Haddad"
    assert canonical("put me through to the cheapest taxi firm please") == "call the cheapest taxi firm"
    assert outcome("we want to end up on a call with Priya Nair.") == "call Priya Nair"


def test_a_call_had_earlier_is_no_request_to_call():
    said = "I was on the phone with Priya Nair earlier, text her the address"
    assert outcome(said) == said
    assert not canonical(said).startswith("call")


def test_a_thing_wished_for_is_made_and_a_container_that_should_have_it_is_where():
    assert canonical('I want my planner to have an appointment "Physio" on Tuesday at 8:15') == \
        'create a new appointment "Physio" on Tuesday at 8:15, in my planner'
    assert canonical('we need a new memo titled "Boat trip" saying "bring towels"') == \
        'create a new memo titled "Boat trip" saying "bring towels"'
    assert canonical('I would like one reminder at 6:40 titled "Bins"') == 'set a new reminder at 6:40 titled "Bins"'
    assert canonical("I'd love a new playlist called Long drives") == 'create a new playlist called "Long drives"'


def test_a_thing_wished_for_a_purpose_or_not_a_made_thing_is_left_alone():
    assert outcome("I need a note to remind me of the gas bill") == "I need a note to remind me of the gas bill"
    assert outcome("I want a new phone case, add one to my cart") == "I want a new phone case, add one to my cart"


def test_a_value_said_before_its_field_is_that_fields_value():
    assert outcome("create an event Retro on Monday, with Hall B as the venue") == \
        'create an event Retro on Monday, with "Hall B" as the venue'
    assert outcome("mail kim@example.org using Trip photos as the subject") == \
        'mail kim@example.org using "Trip photos" as the subject'
    assert outcome("add Zoe Kim with 555 0134 as the number") == "add Zoe Kim with 555 0134 as the number"  # no field of ours
    assert outcome("with that as the plan, open Maps") == "with that as the plan, open Maps"


def test_what_a_thing_says_is_its_text_when_an_edit_verb_takes_it():
    assert canonical('overwrite whatever the memo "Errands" contains with "post office"') == \
        'replace the text of the memo "Errands" with "post office"'  # overwriting with X is replacing (usual_words)
    assert canonical('You should replace what my note "Packing" says with "socks"') == \
        'replace the text of my note "Packing" with "socks"'
    assert outcome('please change what the Todo note reads to "nothing"') == 'change the text of the Todo note to "nothing"'
    assert outcome('tell me what my note "Packing" says') == 'tell me what my note "Packing" says'


def test_a_new_value_said_with_to_be_is_the_new_value():
    assert canonical("Please change name of the file draft_v3.odt to be final.odt.") == \
        "rename the file draft_v3.odt to final.odt."  # a change of name is a rename
    assert canonical("set the venue of Book club on Thursday to be Room 4") == "set the location of Book club on Thursday to Room 4"
    assert outcome("rename my Lisbon album to be called Portugal 2026") == "rename my Lisbon album to Portugal 2026"
    assert outcome("I want the picnic to be on Sunday") == "I want the picnic to be on Sunday"


def test_you_should_and_please_to_are_politeness():
    assert canonical("You should mute the Neighbours group on Telegram.") == "mute the Neighbours group on Telegram."
    assert canonical("Please to delete the alarm at 6:00.") == "delete the alarm at 6:00."
    assert canonical("You must turn the hotspot off") == "turn the hotspot off"
    assert canonical("you should know the meeting moved") == "know the meeting moved"  # no verb of ours: left to the parsers


def test_a_new_thing_said_first_then_a_verb_that_only_says_to_make_it():
    assert canonical("A timer for 25 minutes: can you set that up?") == "set a timer for 25 minutes"
    assert canonical('a new playlist called "Gym mix" - do that please') == 'create a new playlist called "Gym mix"'
    assert canonical('An event "Retro" on Friday at 16:30 - get it done') == 'create an event "Retro" on Friday at 16:30'
    assert canonical("My train is at 7 - set that up").startswith("set that up")  # a clause, no thing: not made


def test_a_ranked_thing_named_in_a_relative_clause_is_the_ranked_one():
    assert canonical("Call the noodle bar that is rated best") == "Call the best-rated noodle bar"
    assert canonical("unsave the hostel which is rated the highest") == "unsave the best-rated hostel"
    assert canonical("delete the video that is the largest in Camera") == "delete the largest video in Camera"
    assert canonical("call the cafe that is rated 4 stars") == "call the cafe that is rated 4 stars"


def test_a_new_note_holding_a_value_of_a_named_item_looks_the_value_up():
    assert canonical('I want a new note titled "Kettle" holding the price of "Steel Kettle" in Bazaar.') == \
        'look up the price of "Steel Kettle" in Bazaar and save it in a new note titled "Kettle".'
    assert canonical("make a new note called Vet containing the address of Paws Clinic in Maps") == \
        'look up the address of Paws Clinic in Maps and save it in a new note titled "Vet"'


def test_when_a_new_name_is_to_hold_is_no_part_of_it():
    assert canonical("I want the contact Ada Moss to be called Ada Quinn from now on.") == "rename the contact Ada Moss to Ada Quinn"
    assert [v.text for v in task_values("rename the playlist Chill to Evening going forward")] == ["Evening"]
    assert [v.text for v in task_values("rename Jo Li to Jo Lam instead, in my contacts")] == ["Jo Lam"]
    assert [v.text for v in task_values("rename the album Snow to Snow Now")] == ["Snow Now"]


def _pictures_app():
    from test_dates import node, screen_of

    tv, ll = "android.widget.TextView", "android.widget.LinearLayout"
    rows = [node(ll, desc=f"Photo {name}, taken May {i + 2}", bounds=(0, 400 + 220 * i, 1080, 600 + 220 * i), flags="clickable")
            for i, name in enumerate(("PXL_0412.jpg", "PXL_0413.jpg", "PXL_0415.jpg"))]
    return screen_of("org.example.pictures", node(tv, "Snapbox", bounds=(40, 80, 600, 180)),
                     node(tv, "Photos", bounds=(0, 200, 360, 300), flags="clickable selected"),
                     node(tv, "Albums", bounds=(360, 200, 720, 300), flags="clickable"), *rows)


def test_an_app_named_by_its_kind_names_no_list_to_give_up_on():
    from cascadroid.agents.candidates import rank
    from cascadroid.device.types import AppInfo

    apps = [AppInfo(label="Snapbox", package="org.example.pictures")]
    for task in ('In my photos app, rename the album "Harbour walk" to "Harbour walks"',
                 'delete the album "Ski 2025" in the photos app'):
        assert not rank(task, "", _pictures_app(), apps, [])[0].text.startswith("give up")
    gave_up = rank('rename the picture "Harbour walk" in my photos to "Walk"', "", _pictures_app(), apps, [])[0]
    assert gave_up.text.startswith("give up")  # the photos tab is the list named: read whole, it is not there


def test_a_value_wished_for_a_field_changes_it():
    assert canonical("I want Tess Moreau's number to be 555 0199 from now on.") == "change Tess Moreau's phone number to 555 0199"
    assert canonical("I'd like the venue of Pottery class on Monday to be Studio B") == \
        "change the venue of Pottery class on Monday to Studio B"
    assert canonical('I want my memo "Chores" to say only "hoover"') == 'replace the text of my memo "Chores" with "hoover"'
    assert outcome("I want to be at the venue by 7") == "I want to be at the venue by 7"


def test_a_value_put_as_a_things_field_sets_it():
    assert canonical("Please to put 12 Quay St as address of Tess Moreau.") == "change Tess Moreau's address to 12 Quay St"
    assert outcome("use Room 3 as the location for Retro on Friday") == "set the location of Retro on Friday to Room 3"
    assert outcome("save it as a new contact") == "save it as a new contact"


def test_a_switch_state_wished_for_turns_it():
    assert canonical('I want my "Swim" alarm at 6:10 to be on.') == 'turn on my "Swim" alarm at 6:10'
    assert canonical("I'd like the hotspot to end up off, but keep Bluetooth on") == "turn off the hotspot, but keep Bluetooth on"
    assert canonical("I want NFC off.") == "turn off NFC"
    assert outcome("I want to be off work on Friday") == "I want to be off work on Friday"


def test_wiping_what_a_thing_says_is_its_text():
    assert canonical('Wipe what my memo "Chores" says and put "hoover" instead.') == \
        'replace the text of my memo "Chores" with "hoover"'
    assert outcome('clear out whatever the note Plans contains') == "clear out the text of the note Plans"


def test_a_where_or_when_said_as_an_aside_belongs_to_the_thing():
    assert outcome('The meeting "Retro", which is on Friday, May 8, has moved to Room 2') == \
        'The meeting "Retro" on Friday, May 8 has moved to Room 2'
    assert outcome("Kim Lee, who is in Oslo, needs the code") == "Kim Lee in Oslo needs the code"
    assert outcome("My sister, who is on holiday, has asked for it") == "My sister on holiday has asked for it"
    assert outcome("the file, which is huge, should go") == "the file, which is huge, should go"  # no where or when


def test_an_app_named_by_its_kind_first_is_no_part_of_a_new_value():
    assert [v.text for v in task_values(canonical("In my address book, change Rosa Lind's name to Rosa Berg."))] == ["Rosa Berg"]
    assert [v.text for v in task_values("rename the playlist Chill to Night drive, in my music app")] == ["Night drive"]
    assert [v.text for v in task_values("rename Jo Li to Jo Lam, in the contact list")] == ["Jo Lam"]
    assert [v.text for v in task_values("rename the album Lake to Lake in Spring")] == ["Lake in Spring"]


def test_a_file_given_a_name_is_renamed_and_an_entry_removed_from_a_diary_is_deleted():
    assert canonical("In my file manager, give scan_04.pdf the name lease.pdf.") == "rename scan_04.pdf to lease.pdf, in my file manager."
    assert canonical('remove "Pilates" on Monday from my diary').startswith('delete "Pilates" on Monday from my diary')
    assert canonical("take the Dentist appointment off my planner").startswith("delete the Dentist appointment from my planner")
    assert canonical("remove Rosa Lind from my contacts") == "delete the contact Rosa Lind"


def test_a_rename_value_ends_before_its_reason_in_brackets():
    from cascadroid.agents.values import task_values
    said = "rename it to Harbour walk instead (the route I saved last has a name that means nothing now)"
    assert [v.text for v in task_values(said)] == ["Harbour walk"]
    assert [v.text for v in task_values("rename it to Budget (2027)")] == ["Budget (2027)"]  # a name's own brackets
