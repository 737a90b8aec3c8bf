"""Everyday verbs for an app's action (agents/plain_verbs.py), and the round of wished states said with a modal or
a level said another way (agents/wished_states.py), read through the whole wording pipeline. Invented items."""

from __future__ import annotations

from cascadroid.agents.plain_verbs import plain_verbs
from cascadroid.agents.wished_states import wished
from cascadroid.agents.wording import canonical


def test_a_star_given_or_put_on_a_thing_stars_it():
    assert canonical("give Tariq Aziz a star in my address book") == "star Tariq Aziz in my address book"
    assert canonical("put a star on Yuki Sato") == "star Yuki Sato"
    assert plain_verbs("please add a star to the Recipes note") == "please star the Recipes note"
    assert plain_verbs("give Tariq Aziz a call") == "give Tariq Aziz a call"


def test_media_put_on_is_played_and_a_coat_or_a_timer_is_not():
    assert canonical("put on the Sunday Chill playlist") == "play the Sunday Chill playlist"
    assert canonical("throw on episode 5 of the podcast") == "play episode 5 of the podcast"
    assert canonical("put on my raincoat reminder") == "put on my raincoat reminder"  # must not fire
    assert canonical("put on a timer for 10 minutes").startswith("put on a timer")


def test_a_file_relocated_or_transferred_is_moved():
    assert canonical("relocate thesis_v3.docx from Downloads to Uni") == "move thesis_v3.docx from Downloads to Uni"
    assert plain_verbs("transfer the scans folder to the SD card") == "move the scans folder to the SD card"
    assert plain_verbs("transfer 40 euros to Marta Lind") == "transfer 40 euros to Marta Lind"


def test_retitle_renames_and_get_me_on_joins_a_network():
    assert canonical('retitle my list "Errands" to "Saturday errands"') == 'rename my list "Errands" to "Saturday errands"'
    assert canonical("get me on the Hotel Lobby wifi") == "connect to the Wi-Fi network Hotel Lobby"
    assert plain_verbs("hook me up to the Office-5G network") == "join the Office-5G network"
    assert plain_verbs("get me on the next train") == "get me on the next train"


def test_a_thing_that_should_be_in_a_list_or_a_favourite_is_added():
    assert canonical("scores.xlsx should be in my favourites") == "add scores.xlsx to my favourites"
    assert canonical("I'd like lecture.mp4 as a favourite") == "add lecture.mp4 to favourites"
    assert wished("draft.md belongs in the Blog folder") == "move draft.md to the Blog folder"
    assert wished("Bo should be a favourite contact") == "Bo should be a favourite contact"


def test_a_thing_wanted_out_of_a_list_is_removed():
    assert canonical("I want scores.xlsx out of my favourites") == "remove scores.xlsx from favourites"
    assert wished("I'd like the red scarf out of my basket") == "remove the red scarf from my basket"
    assert wished("unmark lecture.mp4 as a favourite") == "remove lecture.mp4 from favourites"
    assert wished("I want to get out of the group") == "I want to get out of the group"


def test_a_level_said_as_all_the_way_or_as_dark_as_possible():
    assert canonical("turn the ringer volume all the way up") == "set the ringer volume to its maximum"
    assert canonical("make the display as dim as possible") == "set the display brightness to its minimum"
    assert canonical("media volume to 40% please") == "set media volume to 40%"
    assert wished("turn the page all the way over") == "turn the page all the way over"


def test_a_closing_time_asked_another_way():
    assert canonical("when does the closest hardware store shut today?") == \
        "until what time is the closest hardware store open today?"
    assert canonical("what's the closing time of the nearest post office?") == \
        "until what time is the nearest post office open?"
    assert wished("when does the film start") == "when does the film start"


def test_a_new_name_said_with_call_as_or_from_renames():
    assert canonical("call scan1.pdf lease.pdf instead") == "rename scan1.pdf to lease.pdf"
    assert canonical("rename the Chores list as Weekend jobs") == "rename the Chores list to Weekend jobs"
    assert canonical('change the album name from "Oslo" to "Oslo 2027"') == 'rename the album "Oslo" to "Oslo 2027"'
    assert plain_verbs("call Marta Lind back") == "call Marta Lind back"
    assert plain_verbs("rename menu.pdf as asked") == "rename menu.pdf as asked"


def test_a_network_used_or_switched_to_is_joined():
    assert canonical("use the Library Guest wifi") == "connect to the Wi-Fi network Library Guest"
    assert canonical("switch wifi over to Garage-AP") == "connect to the Wi-Fi network Garage-AP"
    assert plain_verbs("use the torch") == "use the torch"


def test_a_new_state_said_as_a_fact():
    assert canonical('the "Choir" rehearsal on Monday, June 2 should take place in Room 9') == \
        'change the location of the "Choir" rehearsal on Monday, June 2 to Room 9'
    assert canonical("Yusuf Demir is now called Yusuf Aydin in my phonebook") == "rename Yusuf Demir to Yusuf Aydin in my phonebook"
    assert canonical("hello.txt isnt a favourite any more") == "remove hello.txt from favourites"
    assert wished("the standup should take place at 9:30") == "the standup should take place at 9:30"
    assert wished("hello.txt is not a favourite") == "hello.txt is not a favourite"


def test_a_level_said_by_turning_down_or_minimising():
    assert canonical("turn down the alarm volume to 10%") == "set the alarm volume to 10%"
    assert canonical("maximise the media volume") == "set the media volume to its maximum"
    assert canonical("darken the display as much as possible") == "set the display brightness to its minimum"
    assert canonical("when is the nearest garden centre closing today?") == "until what time is the nearest garden centre open today?"


def test_a_british_put_is_put():
    assert canonical("whack flyer.png in my favourites") == "add flyer.png to my favourites"
    assert plain_verbs("chuck the old charger into the basket") == "put the old charger into the basket"
    assert plain_verbs("whack it") == "whack it"


def test_sms_two_for_to_between_a_thing_and_where_it_goes():
    assert canonical("rename notes_old.txt 2 notes.txt pls") == "rename notes_old.txt to notes.txt"
    assert plain_verbs("mv clip.mp4 2 Videos") == "mv clip.mp4 to Videos"
    assert plain_verbs("text Dara 2 pics") == "text Dara 2 pics"
    assert plain_verbs("set a timer 2 minutes") == "set a timer 2 minutes"


def test_an_everyday_verb_after_kindly_is_said_plainly():
    assert canonical("Kindly shift draft_2.odt from Inbox to the Old folder.") == "move draft_2.odt from Inbox to the Old folder."
    assert canonical("Kindly retitle my memo \"Tea\" as \"Green tea\"") == 'rename my memo "Tea" to "Green tea"'
    assert canonical("kindly shift the meeting to 5pm") == canonical("please shift the meeting to 5pm") == "move the meeting to 5pm"


def test_an_item_called_by_its_new_name_after_its_own_title_is_renamed():
    from cascadroid.agents.wording import canonical
    assert canonical('The board "Kites" - call it "Kites 2027" from now on.') == 'rename the board "Kites" to "Kites 2027".'
    assert canonical('retitle my memo "Seeds" "Bulbs"') == 'rename my memo "Seeds" to "Bulbs"'
    # must not fire: one name is the new name of the thing said; "to" said already
    assert canonical('call the album "Pets"') == 'rename the album to "Pets"'
    assert canonical('Retitle my memo "Seeds" to "Bulbs"') == 'rename my memo "Seeds" to "Bulbs"'


def test_a_thing_said_first_may_hold_a_hyphened_word():
    from cascadroid.agents.wording import canonical
    assert canonical("The top-rated ramen bar's address - text it to Ivo Marsh.") == \
        "text the address of the best-rated ramen bar to Ivo Marsh"
    assert canonical("The e-mail from Kai - forward it to Ilse Varga") == "forward the e-mail from Kai to Ilse Varga"
    assert canonical("Wi-Fi scanning - switch it off") == "turn off the Wi-Fi scanning"  # a setting: request_shapes' to read


def test_a_star_made_on_a_thing_without_an_article_stars_it():
    from cascadroid.agents.wording import canonical
    assert canonical("Please make star on Ilse Varga.") == "star Ilse Varga."
    assert canonical("do a star for the Quarn memo") == "star the Quarn memo"
    # must not fire: a star that is a shape or a rating
    assert canonical("Make star shaped cookies.") == "Make star shaped cookies."
    assert canonical("set star rating to 5") == "set star rating to 5"
