"""Hesitations anywhere in a dictated request, test-step labels, a form's fields and terse count questions."""

from __future__ import annotations

from cascadroid.agents.spoken_fillers import fluent
from cascadroid.agents.wording import canonical


def test_hesitations_go_wherever_they_stand():
    assert fluent("archive the, uh, Rent reminder mail") == "archive the Rent reminder mail"
    assert fluent("erm, so, pin the, like, Book club chat") == "pin the Book club chat"
    assert fluent("hmm open the photo of the, um, harbour") == "open the photo of the harbour"
    assert fluent("text Ada, uh, see you soon, yeah") == "text Ada, see you soon"
    assert canonical("uhm so, turn the, like, torch on") == "turn the torch on"


def test_a_filler_like_leaves_the_phrase_break_and_a_verb_like_stays():
    assert fluent("the Quiz night event, um, move it to 8") == "the Quiz night event, move it to 8"
    assert fluent("who sent it, like which address") == "who sent it, which address"
    assert fluent("look up the Zib fare and like write it down in a memo") == "look up the Zib fare and write it down in a memo"
    for kept in ("I like the blue one, save it", "find songs like Yellow", "looks like rain, close the windows",
                 "Erma's number, call it", "open the Umbria album", "I like the Zib song and like it a lot"):
        assert fluent(kept) == kept


def test_quoted_words_keep_their_fillers():
    assert fluent('uh, reply "um, like, sure" to Tom') == 'reply "um, like, sure" to Tom'


def test_a_negated_state_is_said_as_its_label():
    assert fluent("mark the Lease mail as, um, not read") == "mark the Lease mail as unread"
    assert fluent("set the Tax file as not starred") == "set the Tax file as unstarred"
    assert fluent("it was not read by anyone") == "it was not read by anyone"  # no state asked for


def test_test_step_labels_come_off():
    assert fluent("Precondition: Kai sent a link by mail. Action: open the link.") == \
        "Kai sent a link by mail. open the link."
    assert fluent("Step: delete the Old draft note") == "delete the Old draft note"
    assert fluent("Query: sender of the newest voicemail.") == "sender of the newest voicemail?"
    assert canonical("Query: sender of the newest voicemail.") == "Who sent the newest voicemail?"
    assert fluent("Actions speak: call Mia") == "Actions speak: call Mia"  # no label


def test_a_forms_fields_after_a_request_are_one_clause():
    assert fluent('New booking. Title: "Dentist", date: Friday, June 2, time: 08:15, location: Main St.') == \
        'New booking "Dentist" on Friday, June 2 at 08:15, location: Main St'
    assert fluent('Schedule meeting: name: "Sync", day: Monday') == 'Schedule meeting "Sync" on Monday'
    kept = "Reply to Ana: time is fine, see you"
    assert fluent(kept) == kept  # a message, no field list
    kept = "Rename note. Size: large"
    assert fluent(kept) == kept  # a label the form does not know


def test_a_terse_count_is_asked_as_how_many():
    assert canonical("# of voicemails in my inbox?") == "How many voicemails in my inbox?"
    assert canonical("number of saved podcasts?") == "How many saved podcasts?"
    assert canonical("Flagged count in my mailbox?") == "How many are flagged in my mailbox?"
    assert canonical("number for Kai Berg?") == "What is the number of Kai Berg?"  # an attribute, no count
    assert canonical("New Albums folder: Trips").startswith("create a new folder named")


def test_hedges_around_a_request_go():
    assert fluent("so basically I just need you to pin the Hikers chat on Chatterly, if that's ok, thanks a lot") == \
        "I just need you to pin the Hikers chat on Chatterly thanks a lot"
    assert fluent("could you mute Ada Vo on Chatterly when you get a sec, no rush really") == \
        "could you mute Ada Vo on Chatterly"
    assert fluent('shoot Ada Vo a text that says "on my way, if that\'s ok", word for word, whenever you get a chance') == \
        'shoot Ada Vo a text that says "on my way, if that\'s ok"'  # a message keeps its own words
    assert fluent("the file demo.wav needs to be renamed to take2.wav, just that one, if you could do it quickly that'd be amazing") == \
        "the file demo.wav needs to be renamed to take2.wav"
    assert fluent("I'm kind of curious how many stars the Zib kettle has in Zapmart, like its rating, if you could have a quick look for me") \
        == "I'm curious how many stars the Zib kettle has in Zapmart"
    assert fluent('I kind of need the gate code, and if you could just put it in a new memo called "Gate" that would be great') == \
        'I need the gate code, and put it in a new memo called "Gate"'


def test_hedged_requests_read_plainly():
    assert canonical("could you just shoot Ada Vo a text that says \"Running late\", word for word, thanks") == 'text Ada Vo "Running late"'
    assert canonical("ok so basically the file demo.wav needs to be renamed to take2.wav, if you could do it quickly that'd be amazing") \
        == "rename the file demo.wav to take2.wav"


def test_a_restriction_said_plainly_is_no_hedge():
    for said in ("Delete only this one.", "Mute just this one", "Archive only that one"):
        assert fluent(said) == said


def test_an_unquoted_message_keeps_its_hedge_words():
    assert fluent("Reply to Ada: no rush") == "Reply to Ada: no rush"
    assert fluent("Text Ivo no hurry") == "Text Ivo no hurry"
    assert fluent("Reply to the Kiln group: basically, yes") == "Reply to the Kiln group: basically, yes"
    assert fluent("Text Ivo: I'm literally outside") == "Text Ivo: I'm literally outside"
    # a quoted message's hedges around it still go
    assert canonical('could you just shoot Ada Vo a text that says "Running late", word for word, thanks') == \
        'text Ada Vo "Running late"'


def test_an_asked_question_and_a_messaged_request_keep_their_words():
    # the question after "ask X" is what to ask (review2 item 6)
    assert fluent("Ask the landlord if this is fine") == "Ask the landlord if this is fine"
    assert fluent("Ask the caretaker if this is alright for Monday") == "Ask the caretaker if this is alright for Monday"
    assert fluent("Can you ask Ada Vo whether it's okay, when you get a chance") == \
        "Can you ask Ada Vo whether it's okay, when you get a chance"
    # a polite request inside an unquoted message is the message, not the user's order (review2 item 7)
    assert fluent("Text Ivo that if you could come early that would be great") == \
        "Text Ivo that if you could come early that would be great"
    assert fluent("Tell Ada if you could bring the charger that'd be amazing") == \
        "Tell Ada if you could bring the charger that'd be amazing"
    # the user's own request still loses it
    assert fluent('if you could put it in a new memo called "Gate" that would be great') == 'put it in a new memo called "Gate"'


def test_hedges_around_a_request_with_no_unquoted_message_still_go():
    assert fluent("Send the file kiln.pdf to Ada, if that's ok") == "Send the file kiln.pdf to Ada"
    assert fluent("Email the report to Ivo when you get a chance") == "Email the report to Ivo"
    assert fluent("text Ivo Marsh the address, no rush") == "text Ivo Marsh the address"
