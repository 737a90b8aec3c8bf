"""Verbless search-box notes, typed arrows, restated corrections and formal "confirm" read as plain requests."""

from cascadroid.agents.arrow_targets import targeted
from cascadroid.agents.emoji_words import unemojied
from cascadroid.agents.formal_register import formal
from cascadroid.agents.note_fragments import fragment, fronted_place
from cascadroid.agents.self_corrections import corrected
from cascadroid.agents.wording import canonical


def test_a_value_named_first_then_its_owner_is_asked():
    assert fragment('opening time "Pottery class" Thursday, May 7') == 'What is the opening time of "Pottery class" on Thursday, May 7?'
    assert fragment("latest Zapchat message from Rosa Kim") == "What is the latest Zapchat message from Rosa Kim?"
    assert fragment("temperature Bergen today, skies.example.net") == "What is the temperature in Bergen today on skies.example.net?"
    assert fragment("price Oak Shelf") == "What is the price of Oak Shelf?"


def test_a_verb_or_a_sentence_is_no_fragment():
    assert fragment("start the stopwatch") == ""
    assert fragment("temperature settings") == ""  # no owner named
    assert fragment("what is the price of it") == ""


def test_a_thing_out_of_a_list_is_removed_from_it():
    assert fragment("Rosa Kim out of my contacts") == "remove Rosa Kim from my contacts"
    assert fragment('beach_01.png out of the "Summer" album') == 'remove beach_01.png from the "Summer" album'
    assert fragment("Kindly take beach_01.png out of my favourites") == ""  # a sentence with its own verb
    assert fragment("sign out of my account") == "" and fragment("log out of Deezer") == ""  # a verb and its particle


def test_a_spoken_adverb_before_a_fronted_place_goes():
    assert fronted_place("Over in Zapchat, pin the group Hikers.") == "In Zapchat, pin the group Hikers."
    assert fronted_place("over there, nothing") == "over there, nothing"


def test_a_typed_arrow_is_left_to_the_arrow_readers_not_glossed_as_emoji():
    note = "report.odt → kim@mail.example by email"
    assert unemojied(note) == note
    assert canonical(note) == "send the file report.odt to kim@mail.example by email" or "report.odt" in canonical(note)


def test_a_value_sent_to_a_person_by_a_channel():
    assert targeted("Rosa Kim's phone number → Dev Patel by SMS") == "text Dev Patel the phone number of Rosa Kim"
    assert targeted("Rosa Kim email address -> dev@mail.example by email") == "email dev@mail.example the email address of Rosa Kim"
    assert targeted("address of Rosa Kim -> Dev Patel on Zapchat") == "send Dev Patel the address of Rosa Kim on Zapchat"
    assert canonical("Rosa Kim's phone number → Dev Patel by SMS") == "text Dev Patel the phone number of Rosa Kim"


def test_a_value_put_on_a_contact_card():
    assert targeted("work email of Rosa Kim -> Rosa Kim's contact card") == "add the work email of Rosa Kim to Rosa Kim's contact"


def test_a_correction_said_again_whole_drops_the_sentence_it_corrects():
    said = corrected("how many songs are in my library - no, sorry, I mean playlists. How many playlists have I made?")
    assert said == "How many playlists have I made?"
    said = corrected("unpin the - no, sorry, mute it. Mute the group Hikers in Zapchat.")
    assert said == "Mute the group Hikers in Zapchat."


def test_a_story_before_a_correction_stays():
    said = corrected("Rosa Kim emailed me - no, sorry, texted me a new title. Rename the note as she said.")
    assert said.startswith("Rosa Kim") and "a new title" in said  # not dropped as a request said again


def test_a_restatement_that_drops_what_was_named_is_not_taken_whole():
    said = corrected('archive the email "Invoice 9" - no, the opposite, unarchive it. Move it back.')
    assert '"Invoice 9"' in said


def test_that_day_after_a_corrected_question_is_the_day_said_before():
    said = corrected("what is my last meeting on Monday, June 8 - no, wait, how many meetings are there that day?")
    assert said == "how many meetings are there on Monday, June 8?"


def test_the_value_of_it_refines_the_thing_said_before():
    said = corrected('email kim@mail.example my note "Recipes" - I mean, the text of it - with "Recipes" as the subject.')
    assert said == 'email kim@mail.example the text of my note "Recipes", with "Recipes" as the subject.'
    assert corrected("text Dev the file notes.pdf - I mean, the size of it.") == "text Dev the size of the file notes.pdf."


def test_a_correction_closed_by_a_comma_before_of():
    said = corrected("text Dev the opening hours - no, the address, of the closest bakery.")
    assert said == "text Dev the address of the closest bakery."


def test_confirm_or_advise_asks_for_a_fact_not_an_act():
    assert formal("Please confirm the phone number I have for Rosa Kim.") == "what is the phone number I have for Rosa Kim?"
    assert formal("Kindly advise on which day the clip beach.mp4 was recorded.") == "on which day the clip beach.mp4 was recorded?"
    assert formal("Please confirm today's opening time of the closest pharmacy.") == "what is the opening time of the closest pharmacy today?"
    assert formal("Please confirm the order.") == "Please confirm the order."
