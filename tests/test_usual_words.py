"""agents/usual_words.py: everyday synonyms of request verbs and rankings read as the usual word."""

from __future__ import annotations

import pytest

from cascadroid.agents.usual_words import usual_words
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("said", "usual"), [
    ("Purchase two lemons in Grocer", "buy two lemons in Grocer"),
    ("I need to locate the invoice from Acme", "I need to find the invoice from Acme"),
    ("fire up Spotify and then display my playlists", "open Spotify and then show my playlists"),
    ("Shoot Mara the gate code on WhatsApp", "send Mara the gate code on WhatsApp"),
    ('Fire off "on my way" to Jo Park', 'send "on my way" to Jo Park'),
    ("ping Tariq on Slack: standup moved", "text Tariq on Slack: standup moved"),
    ("Store this recipe in my notes", "save this recipe in my notes"),
    ("please respond to the mail from Dev with thanks", "please reply to the mail from Dev with thanks"),
    ("Set up a new meeting with Ola at 3", "create a new meeting with Ola at 3"),
    ("start a Packing list", "create a Packing list"),
    ("draft an email to the landlord", "write an email to the landlord"),
    ("Update the time of Yoga on Friday to 18:30", "change the time of Yoga on Friday to 18:30"),
    ("edit Kemal's phone number to 0176 5550 1234", "change Kemal's phone number to 0176 5550 1234"),
    ("please modify the location of my event to Hall", "please change the location of my event to Hall"),
    ('Update the title of "Standup" to "Daily sync"', 'change the title of "Standup" to "Daily sync"'),
])
def test_a_request_verb_said_otherwise_becomes_the_usual_verb(said, usual):
    assert usual_words(said) == usual


@pytest.mark.parametrize("said", [
    "shoot a video of the parade",  # a camera, not a message
    "what is the launch date of the game",  # a noun, not where a request starts
    "make it louder",
    "make a new group Hikers and add Ana and Bo",  # "make" is read as it is (a creating verb no button says)
    "update WhatsApp",  # no new value
    "edit the photo and send it to Ana",
    "remove Ana Ruiz from the hiking group",  # taken out of something, not deleted
    "remove the Travel label from this mail",
    'text Bo "please purchase milk"',  # quoted text is typed as written
    "go to store.example.com/deals and open the first deal",  # a web address, not a verb
    "open display.example.org",
])
def test_words_that_are_no_request_verb_stay(said):
    assert usual_words(said) == said


@pytest.mark.parametrize(("said", "usual"), [
    ("Remove my Telegram chat with Oskar", "delete my Telegram chat with Oskar"),
    ("erase the Keep note Shopping", "delete the Keep note Shopping"),
])
def test_removing_an_apps_item_is_deleting_it(said, usual):
    assert usual_words(said) == usual


@pytest.mark.parametrize(("said", "usual"), [
    ("call the top-rated dentist nearby", "call the best-rated dentist nearby"),
    ("directions to the highest rated ramen bar", "directions to the best-rated ramen bar"),
    ("save the best reviewed bakery", "save the best-rated bakery"),
    ("order the least expensive USB cable", "order the cheapest USB cable"),
    ("add the lowest-priced blender to my basket", "add the cheapest blender to my basket"),
])
def test_rankings_said_otherwise_become_best_rated_and_cheapest(said, usual):
    assert usual_words(said) == usual


@pytest.mark.parametrize(("said", "usual"), [
    ("copy the mail address Lena wrote from", "copy the email address Lena wrote from"),
    ("what is Omar's e-mail address", "what is Omar's email address"),
    ("list the E-mail addresses in the thread", "list the email addresses in the thread"),
    ("open my email address book", "open my email address book"),  # already the usual word
    ("how many pictures are in my Lisbon photo album", "how many pictures are in my Lisbon album"),
    ("mark the thread from Ravi as not yet read", "mark the thread from Ravi as unread"),
    ("how many not read yet messages do I have in Slack", "how many unread messages do I have in Slack"),
])
def test_things_said_otherwise_are_said_with_the_usual_noun(said, usual):
    assert usual_words(said) == usual


def test_canonical_reads_the_usual_word():
    assert canonical("Purchase the Blue Lamp in Homeware").lower().startswith("buy the blue lamp")


@pytest.mark.parametrize(("said", "usual"), [
    ("Take notes.txt out of Inbox and put it in Archive", "move notes.txt from Inbox to Archive"),
    ("take the scans out of Camera and drop them into Receipts.", "move the scans from Camera to Receipts."),
    ("Wake me at 6:15 with an alarm called \"Run\"", "set an alarm for 6:15 labelled \"Run\""),
    ("wake me up by 5:40 with an alarm named Flight", "set an alarm for 5:40 labelled Flight"),
])
def test_a_request_said_with_other_verbs_as_a_whole(said, usual):
    assert usual_words(said) == usual


def test_taking_something_out_alone_is_no_move():
    assert usual_words("take the battery out of the remote") == "take the battery out of the remote"


def test_take_off_a_thing_from_a_list_is_remove():
    assert canonical("Please take off the Teak Lamp from my basket in Kupo.") == "remove the Teak Lamp from my basket in Kupo."
    assert canonical("take out clip_3.mov from the Summer playlist") == "remove clip_3.mov from the Summer playlist"
    assert canonical("take off your shoes") == "take off your shoes"  # nothing it comes from


def test_taking_a_chat_off_the_top_unpins_it():
    assert canonical("Would you mind taking the Ops chat off the top in Kiro so it's no longer pinned?").startswith(
        "unpin the Ops chat in Kiro")
    assert canonical("take the lid off the top shelf") == "remove the lid from the top shelf"  # a shelf, no pinned list


def test_a_message_dropped_into_a_group_is_posted_there():
    assert canonical('Could you drop "lunch at 1?" into the "Climbers" group on Wiro?') == \
        'post "lunch at 1?" in the "Climbers" group on Wiro'
    assert canonical('put "milk" in the fridge list') == 'put "milk" in the fridge list'  # no group, chat or channel


def test_a_learners_new_name_said_after_a_comma_is_a_rename():
    assert canonical("Please you change the name of contact Ama Boateng, new name is Ama Mensah.") == \
        "rename contact Ama Boateng to Ama Mensah."
    assert canonical("change the name of the shop, it is too long") == "change the name of the shop, it is too long"


def test_a_read_value_dropped_into_a_group_is_posted_and_grabbed_off_a_site_is_got():
    assert canonical('check the score on live.example.org and drop it in the "Fans" group on Wiro') == \
        'check the score on live.example.org and post it in the "Fans" group on Wiro'
    assert canonical("put it in my group folder") == "put it in my group folder"
    assert canonical("grab the menu off cafe.example.org") == "get the menu from cafe.example.org"
    assert canonical("grab a coffee") == "grab a coffee"


def test_a_chat_let_make_noise_again_is_unmuted_and_a_value_said_as_an_aside_is_moved_from():
    assert canonical('Let the "Hikers" group on Wiro make noise again - take it off mute.') == 'unmute the "Hikers" group on Wiro.'
    assert canonical("take the phone off mute") == "remove the device from mute"  # as before: no chat
    assert canonical('Please you change my timer alarm "Tea", it is at 06:10, make it to 06:40.') == \
        'change my timer alarm "Tea" from 06:10 to 06:40.'
    assert canonical("Call Bo, it is at 5, and tell him hi") == "Call Bo, it is at 5:00, and tell him hi"


def test_british_everyday_words_are_said_the_usual_way():
    from cascadroid.agents.wording import canonical
    assert canonical("Have a look for the cheapest teapot in Buyly and text Ivo its price, ta.") == \
        "find the cheapest teapot in Buyly and text Ivo its price"
    assert canonical("take a quick look for the nearest chemist in Mapster") == "find the nearest chemist in Mapster"
    assert canonical('Kindly drop Ilse Varga an email, subject "Keys", message "On the hook"') == \
        'email Ilse Varga, with the subject "Keys" saying "On the hook"'
    assert canonical("Get my mobile onto the Harbour Guest wifi, cheers.") == "connect to the Wi-Fi network Harbour Guest"
    assert canonical('Find the oldest file in Scans and jot its name in a new note titled "Old"') == \
        'Find the oldest file in Scans and write its name in a new note titled "Old"'
    # must not fire: a look at something is no search, mobile data and numbers stay, a name "Ta" is kept
    assert canonical("have a look at the Forecast app") != "find at the Forecast app"
    assert canonical("Turn my mobile data off") == "turn off my mobile data"
    assert canonical("text Bo my mobile number") == "text Bo my mobile number"
    assert canonical("Send the file to Ta") == "Send the file to Ta"


def test_answering_a_message_is_replying_to_it_and_answering_a_call_is_not():
    assert usual_words('Answer Ines Varga\'s "Kiln" email with "Tuesday works"') == \
        'reply to Ines Varga\'s "Kiln" email with "Tuesday works"'
    assert usual_words("Open Chatterly and answer the last message from Oskar with \"ok\"") == \
        "Open Chatterly and reply to the last message from Oskar with \"ok\""
    for task in ("Answer the call", "Answer the quiz question in Learnly", "Answer the call and text Ana",
                 "Answer the call from the number in Bo's message", "answer the survey question in the review"):
        assert usual_words(task) == task


def test_a_usual_verb_is_read_after_a_polite_can_you_too():
    assert canonical("Could you have a look for the cheapest teapot in Buyly?") == "find the cheapest teapot in Buyly?"
    assert canonical("Could you purchase two limes in Grocer?") == "buy two limes in Grocer"
    assert canonical("could you look at my planner") == "look at my planner?"  # a look at a thing is no search


def test_mobile_as_the_line_a_person_is_reached_on_stays():
    # review 27: "the mobile" next to a call is the person's line, not the device (invented people)
    for said in ("Call Mira on the mobile, not the landline", "Ring Kofi on the mobile."):
        assert "device" not in canonical(said) and "phone" not in canonical(said).split()[1:]
    assert "mobile" in canonical("Try the mobile first, then the landline")


def test_an_items_place_is_its_location_and_into_a_value_is_to_it():
    assert usual_words('change place of "Zib fair" at Friday into Hall B') == 'change the location of "Zib fair" at Friday to Hall B'
    assert usual_words("update the venue of the Quarn gala to Pier 4") == "change the location of the Quarn gala to Pier 4"
    assert usual_words("change the address of Kai Moro into 5 Elm St") == "change the address of Kai Moro to 5 Elm St"
    for kept in ("change the place to eat", "find a place of worship near Quarn", "turn the Zib lamp into night mode"):
        assert usual_words(kept) == kept


def test_a_persons_entry_in_the_address_book_is_their_contact():
    assert usual_words("Add lena@example.org to Kai Toma's entry in my address book.") == \
        "Add lena@example.org to Kai Toma's contact."
    assert usual_words("Put 555 0101 on Kai Toma's card in my contacts.") == "Put 555 0101 on Kai Toma's contact."
    assert usual_words("Read Kai Toma's entry in the guestbook.") == "Read Kai Toma's entry in the guestbook."  # no address book
