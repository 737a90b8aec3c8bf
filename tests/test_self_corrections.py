"""agents/self_corrections.py: "X, I mean Y" replaces the part Y parallels; a restatement stays as said."""

from __future__ import annotations

import pytest

from cascadroid.agents.self_corrections import corrected


@pytest.mark.parametrize(("said", "meant"), [
    ("Deliver the lamp to Ola Berg, I mean to Ola Berg's work address.", "Deliver the lamp to Ola Berg's work address."),
    ("Move notes.txt into Music, or rather into Downloads, please", "Move notes.txt into Downloads, please"),
    ("Set an alarm for 6:15, no wait, 6:45.", "Set an alarm for 6:45."),
    ("Phone Kemal Aydin, I mean Tariq Osei.", "Phone Tariq Osei."),
    ('WhatsApp Ines "see you at 8", sorry, make that "see you at 9".', 'WhatsApp Ines "see you at 9".'),
    ("Open Firefox, actually Opera, and go to ex.org", "Open Opera, and go to ex.org"),
    ('Archive, I mean delete, the "Rent" mail from Acme.', 'Delete the "Rent" mail from Acme.'),
    ("Book a table for Friday, scratch that, for Saturday", "Book a table for Saturday"),
    ("mail jo@ex.org - I mean jo@work.org - the slides", "mail jo@work.org - the slides"),
])
def test_a_correction_replaces_what_it_parallels(said, meant):
    assert corrected(said) == meant


@pytest.mark.parametrize("said", [
    'Unpin the chat "Rota", I mean take the pin off it.',  # a restatement: a verb phrase, not one verb
    "Save the PIN from Ana's text, I mean the one she sent today, in a note",  # which one: nothing to replace
    "Text Ana I'm late for dinner, sorry for the delay",  # an apology, no correction
    "Share a.pdf with Bo Li - on Slack, I mean, not email.",
    "Move a.pdf into Music, the Music folder I mean.",
    "Text Bo, actually, tell him I'm late",
    "Which song did I play last, I mean the one I heard most recently?",
])
def test_a_restatement_that_parallels_nothing_is_left_as_said(said):
    assert corrected(said) == said


@pytest.mark.parametrize(("said", "meant"), [
    ("In Pinly, hide, no wait, remove my board Cats.", "In Pinly, remove my board Cats."),
    ("Archive, no wait, just unpin the thread Rota", "Unpin the thread Rota"),
    ("Switch off, sorry make that, delete the Run alarm", "Delete the Run alarm"),
    ("Ana Ruiz messaged, no wait, emailed me the plan", "Ana Ruiz emailed me the plan"),
    ('Call Bo Li, no wait, Chatly him: "late"', 'Chatly Bo Li: "late"'),
    ("Who liked my last post, no, sorry, the last photo?", "Who liked the last photo?"),
])
def test_a_correction_said_as_a_whole_new_part(said, meant):
    assert corrected(said) == meant


@pytest.mark.parametrize("said", [
    "Text Bo Li, actually, tell him I'm late",  # "actually" may go on, not correct
    "Who liked my post, no, sorry, I got it",  # nothing it starts like
    "Mute it, no wait, it is fine",  # no verb said again
])
def test_a_whole_new_part_that_parallels_nothing_is_left_as_said(said):
    assert corrected(said) == said


def test_a_single_name_said_first_is_corrected_whole():
    assert corrected("Hotspot, no sorry, NFC, turn NFC off") == "NFC, turn NFC off"
    assert corrected("Call Ana Ruiz, no wait, Bo Li") == "Call Bo Li"  # the verb said first stays


@pytest.mark.parametrize(("said", "meant"), [
    # a whole new request after "- no, ...": the first one dropped, its pronoun the thing the first one named
    ("archive my Slack thread with Omar Haddad - no, scratch that, star it. Keep it handy.",
     "star my Slack thread with Omar Haddad. Keep it handy."),
    ("clear my Etsy basket - no, sorry, buy everything in it. Deliver to 5 Oak Lane.",
     "buy everything in my Etsy basket. Deliver to 5 Oak Lane."),
    ("call Wen Zhou - no, wait, I meant block them. Block Wen Zhou in Phone.",
     "Block Wen Zhou in Phone."),  # the request said again whole replaces the one corrected
    # a place, a kind or a thing said for the one before
    ("email Rafa Silva - no, on Threema, not email. Send them the map.", "email Rafa Silva on Threema, not email. Send them the map."),
    ("open the oldest video in Movies - no, the longest one. Play it.", "open the longest video in Movies. Play it."),
    ("what is the PIN - no, the pass phrase saved in my memo Bank.", "what is the pass phrase saved in my memo Bank."),
])
def test_a_dictated_no_replaces_the_request_or_the_part_it_parallels(said, meant):
    assert corrected(said) == meant


@pytest.mark.parametrize("said", [
    "text Nadia - no, I am not coming",  # no request after "no": the message
    "search Firefox for ex.org - no, actually, just open ex.org itself.",  # the address's ".org" is no sentence end
    "reply to Kim, no problem",
])
def test_a_no_that_corrects_nothing_is_left_as_said(said):
    assert corrected(said) == said


@pytest.mark.parametrize(("said", "meant"), [
    # a question word said again: the question from that word on
    ("which band played - no, which band sang last night?", "which band sang last night?"),
    ("ask Mo Chen where - no, when the Yoga class ends", "ask Mo Chen when the Yoga class ends"),
    # a thing for the name said after the verb
    ("switch NFC - no, sorry, the flashlight on", "switch the flashlight on"),
    # a part said to be dropped ("forget Xing it", "not X"), the new request's pronoun the object alone
    ('shift "Gym" on Monday to - actually no, forget shifting it, cancel it', 'cancel "Gym" on Monday'),
    ("pin Kai Moreau to my home screen - no, just mute him in Chatly", "mute Kai Moreau in Chatly"),
    ('switch off the "Run" timer - no, actually, remove it for good', 'remove the "Run" timer for good'),
    ('archive the thread "Lunch" - no, wait, just take its flag off', 'take the flag off the thread "Lunch"'),
    ('Ana listed what to pack - order that in Basketo - no, not order, just save it', 'Ana listed what to pack - save it'),
    # a role said again keeps whose it was; a quoted value said again after a dashed "sorry"
    ("save 12 Elm Rd as Wen Li's phone - no, sorry, as the address", "save 12 Elm Rd as Wen Li's address"),
    ('new playlist named "Runs" - sorry, "Long runs" - with my top song', 'new playlist named "Long runs" - with my top song'),
])
def test_a_dictated_correction_of_a_question_word_a_name_or_a_dropped_part(said, meant):
    assert corrected(said) == meant


@pytest.mark.parametrize("said", [
    "Text Bo - sorry, I am late",  # an apology before a message: no value said again
    "who called me, and who texted me last?",  # no correction mark
    "Tell Ana not today, thanks",  # "not" without a correction
    "call Bo - no, sorry, the line is busy?",  # nothing a name was said for
])
def test_a_question_word_name_or_dropped_part_without_a_parallel_is_left_as_said(said):
    assert corrected(said) == said
