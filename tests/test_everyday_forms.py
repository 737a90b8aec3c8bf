"""Everyday forms of a request (agents/everyday_forms.py), read through the whole wording pipeline."""

from __future__ import annotations

from cascadroid.agents.everyday_forms import everyday
from cascadroid.agents.referents import CLOSE, OPEN
from cascadroid.agents.wording import canonical


def test_apostrophes_typed_without_them_are_contractions():
    assert canonical("whats Dora Vance's birthday") == "what is Dora Vance's birthday"
    assert everyday("i dont need it") == "I don't need it"


def test_a_persons_number_is_their_phone_number():
    assert canonical("what's Ravi Osei's number?") == "what is Ravi Osei's phone number?"
    assert everyday("the number of Ravi Osei") == "the number of Ravi Osei"


def test_the_channel_around_a_person_is_the_verb():
    assert canonical("send Tariq Bell a text with the gate code from my notes") == "text Tariq Bell the gate code from my notes"
    assert canonical('let Ivy Moss know by email when "Budget review" starts') == 'email Ivy Moss the start time of "Budget review"'
    assert everyday("Omar Reyes sent me an email saying the door code") == "Omar Reyes emailed me the door code"


def test_what_time_a_thing_starts_is_when_it_starts():
    assert everyday('text Jo Park what time "Yoga" begins') == 'text Jo Park when "Yoga" begins'
    assert everyday('ask what time "Yoga" begins') == 'ask what time "Yoga" begins'
    assert everyday("what time does the pool open?") == "what time does the pool open?"


def test_an_emails_parts_by_their_labels():
    assert canonical('mail ops@acme.test subject "Outage" body "All fixed now"') == \
        'send an email to ops@acme.test with the subject "Outage" saying "All fixed now"'
    assert canonical('text Ana Ruiz "body scan at 3"') == 'text Ana Ruiz "body scan at 3"'


def test_notifications_on_and_off_are_unmute_and_mute():
    assert canonical('turn notifications back on for the "Hiking crew" channel') == 'unmute the "Hiking crew" channel'
    assert canonical("switch off notifications for Family chat") == "mute Family chat"


def test_a_statement_run_into_a_request_with_a_comma():
    assert canonical("Pia Lund texted me the locker code, keep it in a new note") == \
        "save the locker code Pia Lund texted me in a new note"
    assert canonical("Yoga class on Friday is now at Hall B, update the event") == \
        "change the location of Yoga class on Friday to Hall B"
    assert everyday("open Maps, search for pharmacies") == "open Maps, search for pharmacies"


def test_other_everyday_forms():
    assert everyday("How many things are on my agenda for Monday?") == "how many events do I have on Monday?"
    assert everyday("Any things on my schedule today?") == "Any events on my schedule today?"
    assert everyday("what wifi is my phone on") == "which Wi-Fi network is my device connected to"
    assert everyday("post the parcel to Kim Ode (address is in my contacts)") == \
        "post the parcel to Kim Ode's address from my contacts"
    assert canonical("create a playlist named Road Songs") == 'create a playlist called "Road Songs"'


def test_a_services_code_from_my_inbox_is_the_code_from_its_email():
    assert canonical("text Ivo Petrov the Paybright code from my inbox") == "text Ivo Petrov the code from the Paybright email"


def test_an_email_to_someone_with_a_subject_is_a_new_email_to_them():
    assert everyday('email lena@firm.test with the subject "Invoice"') == 'send an email to lena@firm.test with the subject "Invoice"'
    assert canonical('email ops@acme.test what time "Retro" starts on Friday; subject: Retro') == \
        'email ops@acme.test the start time of "Retro" on Friday, with the subject "Retro"'


def test_a_count_of_things_on_the_calendar_for_a_day():
    assert canonical("how many appointments are in my diary for Monday, June 2?") == \
        "how many appointments do I have on Monday, June 2?"


def test_a_thing_someone_sent_is_the_thing_the_request_means():
    assert canonical("Lars Holt texted me a door code, put it in a new note") == \
        "save the door code Lars Holt texted me in a new note"


def test_a_deep_link_reads_the_task_as_the_ranker_does():
    from cascadroid.agents.deeplinks import deep_links

    fields, _ = deep_links(canonical('email kai@mesa.test subject "Keys" body "Left them at the desk"'))[0]
    assert fields["uri"] == "mailto:kai@mesa.test?subject=Keys&body=Left%20them%20at%20the%20desk"


def test_what_someone_sent_said_by_what_they_did():
    assert canonical('visit the link Ada Kent sent me in the email "Gig tickets"') == \
        'visit the web page Ada Kent linked in the email "Gig tickets"'
    assert canonical("Rename draft_3.odt to whatever Noor Haddad said in her email") == \
        "rename draft_3.odt as asked (Noor Haddad emailed me a new name for draft_3.odt)"
    assert canonical('add the picture Sam Ortiz mentioned in a text to the "Cats" album') == \
        'add the picture Sam Ortiz texted me to the "Cats" album'
    assert everyday("Lu Chen asked which of my songs I like best") == "Lu Chen asked which song I like best"


def test_a_subject_label_after_a_comma_keeps_its_comma():
    held = f"{OPEN}0{CLOSE}"  # a quoted span, held aside as the wording pipeline does
    assert everyday(f"mail rui@depot.test the stock list, subject {held}") == \
        f"email rui@depot.test the stock list, with the subject {held}"  # "mail" said as a verb: e-mail


def test_a_text_dropped_or_shot_to_someone_with_a_value_is_a_text_to_them():
    assert canonical("drop Wen Zhao a text with the gate code") == "text Wen Zhao the gate code"
    assert canonical("shoot Ana Lima an email with the tracking number") == "email Ana Lima the tracking number"
    assert canonical("fire Obi Eze a message containing the address") == "text Obi Eze the address"
    assert canonical("drop the file in the Work folder") == "drop the file in the Work folder"  # no message


def test_a_link_or_a_new_name_someone_sent_is_read_from_their_message():
    assert canonical('can u open the link Ilse Varga sent in the "Gig list" email pls') == \
        'open the web page Ilse Varga linked in the email "Gig list"'
    assert canonical("notes_v3.odt: give it the new name Kai Brandt emailed me.") == \
        "rename notes_v3.odt as asked (Kai Brandt emailed me a new name for notes_v3.odt)"
    assert canonical("plan.ods - give it the new name Ivo Marsh texted me") == \
        "rename plan.ods as asked (Ivo Marsh texted me a new name for plan.ods)"
    # must not fire: a name given outright, and a photo sent in a mail is no web page
    assert canonical("Give the note the name Bo Li") == "rename the note to Bo Li"
    assert canonical('share the photo Bo Li sent in the "Dues" email') == 'share the photo Bo Li sent in the "Dues" email'


def test_a_message_said_to_exist_is_what_its_sender_sent():
    assert canonical('There\'s an email from Kai Brandt ("Errands") saying what to buy. Put that item in my Buyly basket.') == \
        'add that item to my Buyly basket (Kai Brandt emailed me what to buy ("Errands"))'
    assert canonical("There is a text from Ilse Varga saying which photo to post. Post it to the Rowers group.") == \
        "Post it to the Rowers group (Ilse Varga texted me which photo to post)"
    # must not fire: a message quoted outright is no question of what it says
    assert canonical('There\'s an email from Bo Li saying "hello".') == 'There is an email from Bo Li saying "hello".'


def test_which_address_a_mail_went_to_asked_inside_a_request_is_asked_plainly():
    assert canonical('Can you check which address I sent the email "Rota" to?') == 'To which address did I send the email "Rota"?'
    assert canonical('could you find out what address I mailed "Rota" to?') == 'To which address did I send the email "Rota"?'
    # must not fire: the address a mail came from is another question
    assert canonical('Can you check which address sent me the email "Rota"?') != 'To which address did I send the email "Rota"?'


def test_notifications_turned_on_or_off_with_their_owner_named_mute_or_unmute_it():
    assert canonical('Chatterly group "Book club" - turn its notifications back on.') == 'unmute Chatterly group "Book club"'
    assert canonical("The Team thread: switch its notifications off") == "mute the Team thread"
    assert canonical("turn the notifications for Ivo Marsh off in Chatterly") == "mute Ivo Marsh in Chatterly"


def test_a_link_put_in_a_titled_mail_is_found_and_opened():
    assert canonical('In my mail, find the link Kai Toma put in "Gig night" and open that page in the web browser.') == \
        'open the web page Kai Toma linked in the email "Gig night" in the web browser, in my mail.'
    assert canonical('Find the link Kai Toma included in the email "Gig night" and open it.') == \
        'open the web page Kai Toma linked in the email "Gig night".'
    # no mailbox said: a quoted title alone may be a note or a chat, left as said
    assert canonical('Find the link Kai Toma put in "Gig night" and open it.') == 'Find the link Kai Toma put in "Gig night" and open it.'


def test_a_file_attached_to_an_email_and_sent_is_emailed():
    assert canonical("Attach lease.pdf from the file manager to an email and send it to ivo@example.org.") == \
        "email lease.pdf from the file manager to ivo@example.org."
    assert canonical("Attach lease.pdf to a new text and send it to Ivo Marsh.") == "text lease.pdf to Ivo Marsh."
    assert canonical("Attach the photo to the album.") == "Attach the photo to the album."  # nothing sent


def test_notifications_owner_is_no_clause_and_a_sound_mode_is_no_switching_on():
    # must not fire across clauses: the owner has no verb or "and" in it
    assert canonical("Turn off my alarms and switch Ana's notifications off") == "turn off my alarms and mute Ana"
    assert "leave Mom's notifications on" in canonical("Turn on Do Not Disturb but leave Mom's notifications on")
    assert "unmute" not in canonical("Put my phone on silent and turn the Hikers group's notifications on").split(" and ")[0]
    # must not fire: "on silent" / "on vibrate" is a sound mode (the opposite of unmuting)
    for said in ("Turn Ana's notifications on silent", "Put notifications from the Hikers group on silent",
                 "Put the group's notifications on vibrate", "Put Ivo's notifications on priority"):
        assert "unmute" not in canonical(said)
