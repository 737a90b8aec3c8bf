"""Tasks said as context first, then the request that refers back to it: the parts read and carried.

Invented wordings, apps and people (none of the simulator's): the clause grammar, not a phrase.
"""

from __future__ import annotations

import pytest

from cascadroid.agents import clauses, subgoals
from cascadroid.agents.forwarding import forwarded, last_said
from cascadroid.agents.guard import SendGuard
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.progress import parts
from cascadroid.agents.sender_address import sender_address
from cascadroid.agents.wording import canonical
from cascadroid.cascade import PrivacyPolicy, TaintSet
from cascadroid.settings import PrivacySettings


def read(task: str) -> subgoals.ReadPart:
    part = subgoals.read_part(canonical(task))
    assert part is not None, canonical(task)
    return part


@pytest.mark.parametrize("task, kind, rest", [
    ("Kofi Adjei needs the code from the Vimeo email, sms it to him", "code", "Kofi Adjei"),
    ("Lina Park wants the phone number of the nearest pharmacy, can you text it to her", "phone", "Lina Park"),
    ("Tomas Berg really needs the address of the cheapest hotel in Bookings, message it to him on Telegram", "address",
     "Tomas Berg"),
])
def test_what_someone_needs_is_the_value_and_they_are_who_gets_it(task, kind, rest):
    part = read(task)
    assert part.asked.kind == kind and rest in part.rest and "it" in part.rest.split()


def test_a_clause_with_its_own_subject_is_no_object_of_the_next_verb():
    said = canonical('I want to get "Garden Hose" for Ana Ruiz, order it in Shopsy and ship it to her address from my contacts')
    assert said.startswith('order "Garden Hose"') and "Ana Ruiz's address" in said
    assert canonical("the alarm at 7, set it").startswith("set the alarm at 7:00")  # a terse object still is one
    assert clauses.has_subject("Bo Li needs the code") and clauses.has_subject("we want a new list")
    assert not clauses.has_subject("the Gym alarm at 7")


def test_the_object_of_a_need_or_of_the_work_at_hand():
    assert clauses.object_of("Kofi Adjei needs the code from the Vimeo email") == "the code from the Vimeo email"
    assert clauses.object_of("I am sorting out Screenshots") == "Screenshots"
    assert clauses.object_of("Kofi Adjei needs to leave early") == ""  # no thing: nothing "it" could stand for
    assert clauses.object_of("the printer needs paper") == ""  # no person needs it


@pytest.mark.parametrize("task, minutes, name", [
    ('I have "Piano lesson" on Tuesday, April 7 and keep missing it, so I need an alarm 15 minutes before it starts',
     -15, "Piano lesson"),
    ('"Board meeting" is on Friday, May 8 and I tend to be late, so we need a reminder 1 hour before it begins', -60,
     "Board meeting"),
])
def test_a_wish_for_a_thing_after_so_is_the_request(task, minutes, name):
    part = read(task)
    assert part.offset_min == minutes and name in part.question
    assert name not in part.rest  # the context is no second thing to act on


def test_a_wish_for_a_thing_is_a_request_but_a_wish_for_a_pause_is_not():
    assert clauses.wishes_for_thing("so I need an alarm at 6:30")
    assert clauses.wishes_for_thing("we would like a new playlist called Road songs")
    assert not clauses.wishes_for_thing("I need a break")
    assert not clauses.wishes_for_thing("I need to leave at 6")


@pytest.mark.parametrize("task, said", [
    ('I am tidying up Screenshots, so find its largest file and write the name in a note called "Big"',
     "the largest file in Screenshots"),
    ("I'm going through Recordings - find its oldest file and text its name to Bo Li", "the oldest file in Recordings"),
])
def test_its_ranked_thing_is_ranked_in_what_the_context_names(task, said):
    assert said in canonical(task)


@pytest.mark.parametrize("task", [
    "look up the nearest pharmacy in Maps, also text Bo Li its address",
    "find the priciest lamp in Shopsy, and also send Ana Ruiz its name",
])
def test_also_starts_a_second_part(task):
    assert len(parts(task)) == 2


def test_and_inside_a_quote_or_a_list_starts_no_part():
    assert len(parts('text Bo Li "salt, also pepper"')) == 1


@pytest.mark.parametrize("task, kind", [
    ("Ana Ruiz texted me where the picnic is, send that address to Bo Li on WhatsApp", "address"),
    ("Kofi Adjei emailed me when the recital starts, text that time to Lina Park", "time"),
])
def test_a_question_sent_as_its_answer_names_its_kind(task, kind):
    assert read(task).asked.kind == kind


def test_it_is_the_unknown_thing_of_a_question_someone_answered():
    said = canonical('Lina Park told me by text which picture goes in the "Summer" album, could you add it')
    assert not said.startswith('add "Summer"')
    assert read('Lina Park told me by text which picture goes in the "Summer" album, could you add it').asked.kind == "file"


@pytest.mark.parametrize("task, source", [
    ('I received a mail from Kofi Adjei, "Kickoff", about a meeting - put the meeting in my calendar',
     'the email "Kickoff" from Kofi Adjei'),
    ("I got a text from Lina Park about a dinner; add the dinner to my calendar", "Lina Park"),
    ('We have an email from Tomas Berg "Offsite" about an appointment, so schedule it in our calendar', "Tomas Berg"),
])
def test_a_message_the_user_got_says_where_the_event_is(task, source):
    said = canonical(task)
    assert said.startswith("add the") and source in said
    assert read(task).asked.kind == "event"


@pytest.mark.parametrize("task, said", [
    ("the old drafts need deleting", "delete the old drafts"),
    ("all my chats with Bo Li need muting", "mute all my chats with Bo Li"),
    ("every note in Trash needs removing", "remove every note in Trash"),
])
def test_a_thing_that_needs_doing_is_done(task, said):
    assert canonical(task) == said


def test_a_need_that_is_no_verb_of_an_app_stays_as_said():
    assert canonical("the kids need feeding") == "the kids need feeding"


@pytest.mark.parametrize("task, key", [
    ("Save the address Kofi Adjei wrote from to his contact", "Kofi Adjei"),
    ('Lina Park mailed me "Lease" - put the address they sent it from on her card', "Lease"),
    ("add the sender address of the Invoice 88 mail to Tomas Berg's contact", "Invoice 88"),
])
def test_the_address_a_message_came_from_is_the_senders_email(task, key):
    part = read(task)
    assert part.asked.kind == "email" and part.object == key and "it" in part.rest.split()


def test_an_address_written_in_a_message_is_no_sender_address():
    assert sender_address("Save the address Kofi Adjei sent me to his contact") is None


def test_the_sender_email_read_goes_into_the_card_as_itself():
    task, part = subgoals.in_progress(canonical("Save the address Kofi Adjei wrote from to his contact"),
                                      {"email": "kofi@adjei.example"})
    assert part is None and "kofi@adjei.example" in task


def test_the_guard_lets_the_sender_email_go_where_the_task_says():
    guard = SendGuard(TaintSet(PrivacyPolicy(PrivacySettings())))
    guard.taint.observe("com.example.mail", ["Lease", "Kofi Adjei", "kofi@adjei.example · to me@home.example"], key="m")
    card = Screen(package="com.example.contacts", digest="card", lines=["    Kofi Adjei", '[5] EditText "Email"'],
                  actionable=[5], labels={5: "Email"}, locators={5: {"resource_id": "com.example.contacts:id/email"}})
    action = {"kind": "type", "text": "kofi@adjei.example", "element": 5}
    assert guard.check("Save the address Kofi Adjei wrote from to his contact", action, card) is None
    assert guard.check("Save the number Kofi Adjei called from to his contact", action, card) is not None


@pytest.mark.parametrize("task, sender, rest", [
    ("Forward the last text Kofi Adjei sent me to Lina Park on Telegram", "Kofi Adjei", "send it to Lina Park on Telegram"),
    ("send Lina Park on WhatsApp the latest SMS I got from Kofi Adjei", "Kofi Adjei", "send it to Lina Park on WhatsApp"),
    ("Tomas Berg should see what Ana Ruiz just emailed me - copy it into my Viber chat with him", "Ana Ruiz",
     "send it to Tomas Berg on Viber"),
])
def test_a_message_passed_to_another_app_is_read_whole_then_sent_there(task, sender, rest):
    part = read(task)
    assert part.object == sender and part.rest == rest


def test_a_forward_inside_one_app_keeps_its_own_button():
    assert forwarded("forward the last email from Kofi Adjei to lina@park.example") is None
    assert forwarded("Forward Kofi Adjei's latest mail to Lina Park") is None
    assert forwarded("Find the gate code in the email from Kofi Adjei and share it with Lina Park via Viber") is None
    assert forwarded("send Lina Park on Viber the gate code from the door mail from Kofi Adjei") is None


def test_the_newest_message_the_sender_wrote_is_read_on_their_conversation():
    thread = ["    Kofi Adjei", '[12] TextView "See you at 5 | Received: See you at 5"', '[14] TextView "You said: ok"',
              '[16] TextView "Bring the charger | Received: Bring the charger"']
    assert last_said(thread, "Kofi Adjei") == "Bring the charger"
    assert last_said(['[11] LinearLayout "Kofi Adjei. Bring the charger."'], "Kofi Adjei") is None  # a list's preview


def test_a_need_said_by_kin_or_role_names_them_too():
    part = read("My sister Ana Ruiz wants the address of the nearest pharmacy, could you text it to her")
    assert part.asked.kind == "address" and part.rest == "text it to Ana Ruiz"
    said = canonical('my boss needs the start time of "Review" on Monday, email it to him at boss@work.example')
    assert said.startswith('email the start time of "Review"') and "to my boss" in said
    assert clauses.needer("I need the code") == ""  # the user: no one to send it to


def test_there_after_a_request_is_the_holder_the_context_names_and_its_is_the_ranked_thing():
    from cascadroid.agents.wording import canonical
    assert canonical('I\'m sorting out my Receipts folder. Look for the oldest file there and jot its name in a new note '
                     'titled "Old".') == 'find the oldest file in my Receipts folder and write its name in a new note titled "Old".'
    assert canonical("I am cleaning up my Dogs album. Delete the blurriest photo there.") == \
        "Delete the blurriest photo in my Dogs album."
    # must not fire: a place that holds nothing, and "its" with no ranked thing in the request
    assert canonical("I'm going to the Harbour cafe. Find the route there.") == \
        "Find the route there (I am going to the Harbour cafe)"
    assert canonical("Before I buy Trail Mug, check its rating") == "what is the rating of Trail Mug?"
    assert canonical("I am sorting my Pets album. Are there any blurry photos?") == \
        "Are there any blurry photos (I am sorting my Pets album)?"  # "are there" asks whether any exist


def test_what_someone_needs_is_the_thing_without_its_purpose():
    from cascadroid.agents.clauses import object_of
    assert object_of("Kofi Adjei needs the PIN from the Lumo email to log in") == "the PIN from the Lumo email"
    assert object_of("Ada Obi needs the code in order to unlock the gate") == "the code"
    assert canonical("Ada Obi needs the PIN from the Lumo email to log in, so text it to Ada Obi.") == \
        "text the PIN from the Lumo email to Ada Obi."
    # must not fire: a "to" of a place or a person is part of the thing
    assert object_of("Kofi Adjei needs the key to the Quarn locker") == "the key to the Quarn locker"
    assert object_of("Kofi Adjei needs the file sent to Ada Obi") == "the file sent to Ada Obi"


def test_a_file_renamed_to_the_name_someone_sent_reads_a_file_name():
    part = subgoals.read_part(canonical("scan_04.pdf: rename to the name Kofi Mensah emailed me"))
    assert part is not None and part.asked.kind == "file" and part.rest == "rename scan_04.pdf to it"
    part = subgoals.read_part("rename cv_old.odt to the new name Ada Obi texted me")
    assert part is not None and part.asked.kind == "file"
    # must not fire: a name that is no file's (a person's name asked), nothing renamed
    part = subgoals.read_part("save the name Kofi Mensah emailed me in a new note")
    assert part is None or part.asked.kind != "file"


def test_the_address_a_person_used_for_a_titled_message_is_read_on_that_message():
    from cascadroid.agents.sender_address import sender_address
    found = sender_address('Add the email address Kai Toma used for the "Rent due" message to Kai Toma\'s contact.')
    assert found.key == "Rent due" and found.rest == "Add it to Kai Toma's contact."
