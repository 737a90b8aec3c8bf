"""Casual and dictated wordings said the plain way (agents/casual_forms.py, agents/state_clauses.py,
agents/ranked_wording.py, agents/wording.py) and the app a casual wording names (agents/app_choice.py).
Every wording, app and person here is invented for these tests."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice
from cascadroid.agents.answers import asked
from cascadroid.agents.casual_forms import casual
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.state_clauses import stated
from cascadroid.agents.text import words
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo

PHONE = [
    AppInfo(label="Phone", package="com.vendor.dialer"),
    AppInfo(label="Messages", package="com.vendor.messaging"),
    AppInfo(label="Telegram", package="org.telegram.messenger"),
    AppInfo(label="Outlook", package="com.microsoft.office.outlook"),
    AppInfo(label="Gmail", package="com.google.android.gm"),
    AppInfo(label="Firefox", package="org.mozilla.firefox"),
    AppInfo(label="Contacts", package="com.vendor.contacts"),
    AppInfo(label="Waze", package="com.waze"),
]


def best_app(task: str) -> str:
    choices = app_choice.choose(words(task), "com.vendor.launcher", PHONE, task, clause_verbs(task))
    return max(choices, key=lambda c: c.score).app.label if choices else ""


@pytest.mark.parametrize("task, app", [
    ("fire off a telegram message to Orla Quinn saying running late", "Telegram"),  # "message" is the thing, not the app
    ("how many Telegram conversations are muted", "Telegram"),
    ("in telegram how many chats are pinned", "Telegram"),  # dictated: no capital, no comma
    ("reply to the latest outlook email from Pavel Novak", "Outlook"),
    ("text Orla Quinn on Messages", "Messages"),
    ("send Orla Quinn a message", "Messages"),  # no app said: the messaging app
])
def test_an_app_said_in_passing_is_the_app(task, app):
    assert best_app(task) == app


def test_contacts_said_in_lower_case_stay_the_people():
    # "from my contacts" names people, not an app said explicitly; "on waze" (no such common noun) names the app
    scores = {c.app.label: c.score for c in app_choice.choose(
        words("email Orla Quinn from my contacts"), "", PHONE, "email Orla Quinn from my contacts")}
    said = {c.app.label: c.score for c in app_choice.choose(
        words("email Orla Quinn from Contacts"), "", PHONE, "email Orla Quinn from Contacts")}
    assert said["Contacts"] > scores["Contacts"]
    assert best_app("how long is the drive home on waze") == "Waze"


@pytest.mark.parametrize("said, meant", [
    ("how many chats have messages I have not read yet", "how many chats have unread messages"),
    ("count the voicemails we have not listened to", "count the unplayed voicemails"),
    ("how many calls I did not answer today", "how many missed calls today"),
    ("list the emails I starred", "list the starred emails"),
    ("forward the notes I read yesterday", "forward the notes I read yesterday"),  # a past reading, no state
])
def test_things_named_by_what_I_did_to_them_are_their_state(said, meant):
    assert stated(said) == meant


@pytest.mark.parametrize("said, meant", [
    ("ping that over to Orla Quinn on Telegram", "send that to Orla Quinn on Telegram"),
    ("what's the filename of the biggest pdf? text it to Pavel Novak", "text the file name of the biggest pdf to Pavel Novak"),
    ("inside the note Packing list there's a link, open it", "open the link inside the note Packing list"),
    ("there is a code in Pavel Novak's text, copy it", "copy the code in Pavel Novak's text"),
    ("archive the mail Rent reminder from Orla Quinn", "archive the Rent reminder mail from Orla Quinn"),
])
def test_casual_forms_are_said_plainly(said, meant):
    assert casual(said) == meant


@pytest.mark.parametrize("said, meant", [
    ("phone number of the top rated noodle bar in maps?", "phone number of the best-rated noodle bar in maps?"),
    ("phone Pavel Novak", "call Pavel Novak"),
    ("make call to the bakery which has the highest rating", "call the best-rated bakery"),
    ("place a phone call to the gym with the best reviews", "call the best-rated gym"),
    ("text Orla Quinn the address of the pharmacy that is closest to me", "text Orla Quinn the address of the nearest pharmacy"),
    ("what is the number of the florist with the top rating", "what is the phone number of the best-rated florist"),
    ("in telegram how many chats are muted", "how many chats are muted, in telegram"),
    ("on which day is the recital?", "on which day is the recital?"),  # a question's own "on which"
])
def test_dictated_requests_become_the_plain_ones(said, meant):
    assert canonical(said) == meant


def test_until_what_time_is_a_question_of_a_closing_time():
    question = asked("until what time is the nearest laundromat open today")
    assert question is not None and question.kind == "time" and question.until


def test_a_statement_told_by_text_then_a_request_after_a_comma():
    said = canonical("Orla Quinn told me by text which of my songs she likes most, favourite that one")
    assert said.startswith("add the song Orla Quinn texted me about to favourites")


@pytest.mark.parametrize("said, meant", [
    ("check deals.test/today for the top offer and mail it to pat@mail.test",
     "email pat@mail.test the top offer from deals.test/today"),
    ("there's a mail from Parcelly with a code, text that code to Orla Quinn", "text Orla Quinn the code from the Parcelly mail"),
    ("there is an email from Kino Plus with a link, open it", "open the link from the Kino Plus email"),
])
def test_a_thing_found_somewhere_then_passed_on(said, meant):
    assert casual(said) == meant


def test_mail_said_as_a_verb_is_email():
    assert casual("mail Orla Quinn the packing list") == "email Orla Quinn the packing list"
    assert casual("open the Mail app") == "open the Mail app"


def test_a_delivery_to_a_person_whose_address_is_in_the_contacts():
    said = canonical("buy Walnut Desk Tidy in the store and have it delivered to Orla Quinn, the address is in my contacts")
    assert said == "buy \"Walnut Desk Tidy\" in the store and ship it to Orla Quinn's address from my contacts"


def test_which_picture_should_go_where_then_add_it():
    from cascadroid.agents.subgoals import read_part
    part = read_part(canonical("Orla Quinn sent me an email saying which image should go in my Hiking album, can you add it"))
    assert part is not None and part.asked.kind == "file" and part.rest == "add that image to my Hiking album"


def test_an_app_label_said_inside_an_items_name_is_no_part_of_it():
    from cascadroid.agents.item_home import without_app_word
    assert without_app_word(["Hiking Telegram", "Signal Hill", "Telegram"], {"telegram"}) == ["Hiking", "Signal Hill", "Telegram"]


@pytest.mark.parametrize("said, meant", [
    ("which noodle bar is rated highest on waze", "which is the best-rated noodle bar on waze"),
    ("what bakery has the best rating", "which is the best-rated bakery"),
])
def test_which_one_is_rated_best(said, meant):
    assert canonical(said) == meant


def test_a_subject_said_as_use_x_as_subject():
    assert canonical("email pat@mail.test the tide times, use Tides as the subject line") == \
        'email pat@mail.test the tide times, with the subject "Tides"'


def test_a_lower_case_app_message_to_a_person():
    assert canonical("telegram msg to Orla Quinn: see you at the pier") == 'message Orla Quinn in telegram saying "see you at the pier"'


def test_a_new_item_button_is_not_the_way_to_act_on_a_shown_item():
    from fixtures_uidump import screen_of
    from test_menus_counting import button, listing, row, toolbar

    from cascadroid.agents.candidates import rank
    chats = screen_of("org.telegram.messenger", toolbar("Telegram", button("New group", (760, 120, 860, 220))),
                      listing(row(300, "Hiking", "Orla: Boots on!"), row(480, "Pavel Novak", "You: ok")))
    best = rank("pin my Hiking group on Telegram", "", chats, [], [])[0]
    assert best.action["kind"] in ("tap", "long_press") and "Hiking" in best.text


def test_everyday_phrasal_requests_said_with_the_apps_verb():
    # invented apps, chats and people
    assert canonical('Stick the "Allotment" chat at the top of Wirechat, cheers.') == 'pin the "Allotment" chat in Wirechat'
    assert canonical("pop the Kin chat to the very top") == "pin the Kin chat"
    assert canonical('Turn the sound back on for the Wirechat group "Kayak club".') == 'unmute the Wirechat group "Kayak club".'
    assert canonical("turn the sound off for the Kin chat") == "mute the Kin chat"
    assert canonical('The "Swim" alarm at 05:50 is no use to me now. Nuke it.').startswith('delete the "Swim" alarm')
    # "to my favourites in Kontakto" is where the person goes, no new contact
    assert canonical("Add Ines Falk to my favourites in Kontakto.") == "Add Ines Falk to my favourites in Kontakto."
    assert canonical("add Ines Falk to my contacts") == "add a new contact named Ines Falk"
    # must not fire: a place called "top", a folder at the top
    assert canonical("Move the photo a.jpg to the top folder") == "Move the photo a.jpg to the top folder"
    assert canonical("Put the photo a.jpg on the top shelf album") == "Put the photo a.jpg on the top shelf album"


def test_a_thing_said_first_in_a_list_then_take_it_out_removes_it_from_that_list():
    assert canonical("tax_2025.pdf in my Stashbox favourites - take it out.") == "remove tax_2025.pdf from my Stashbox favourites."
    assert canonical("the Kite mug in my basket - take it out") == "remove the Kite mug from my basket"
    # must not fire: taking a thing out somewhere that is no list
    assert canonical("the bins in my street - take them out") != "remove the bins from my street"


def test_it_said_for_a_quoted_title_with_its_kind_is_that_titled_item():
    assert canonical('I have been adding clips to my "Surf" playlist. How many are in it now?') == \
        'How many are in the "Surf" playlist now (I have been adding clips to my "Surf" playlist)?'
    assert canonical('I wrote a memo "Kites". Delete it.') == 'Delete "Kites" (I wrote a memo "Kites")'  # no kind word after it


def test_a_light_verb_or_out_of_said_with_the_apps_verb():
    assert canonical("Please make a bookmark of the page kites.example.org in Surfy.") == \
        "bookmark the page kites.example.org in Surfy."
    assert canonical("Please remove KITE_9.jpg out of my favourite photos.") == "remove KITE_9.jpg from my favourite photos."
    # must not fire: a bookmark named as a thing, "out of" in a thing's name
    assert canonical("open my bookmark of the Kite shop") == "open my bookmark of the Kite shop"
    assert canonical('remove the "Out of office" note') == 'remove the "Out of office" note'
