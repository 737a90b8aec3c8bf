"""Questions said as numbered steps, a wanted outcome or with their topic first (agents/question_forms.py), read
through the whole wording pipeline, and the kind of value they ask for. Invented people, places and items."""

from __future__ import annotations

from cascadroid.agents import answers
from cascadroid.agents.browsing import collection
from cascadroid.agents.question_forms import questioned
from cascadroid.agents.wording import canonical


def test_please_to_before_a_verb_is_please():
    assert canonical("Kindly to tell me the price of the Red Kettle in the store app.") == \
        "tell me the price of the Red Kettle in the store app."
    assert canonical("please to check when my Yoga class starts") == "check when my Yoga class starts"
    assert canonical("Please to call Mira Osei.") == "call Mira Osei."
    assert answers.asked(canonical("Tell Bo the time")) is None  # a message to Bo, not a question


def test_an_outcome_of_knowing_is_a_wish_to_know():
    assert canonical("I want to end up knowing where Farid Haddad lives.") == "where does Farid Haddad live?"
    assert canonical("We'd like to end up with a list of who is coming to the Book night event.") == \
        "who is coming to the Book night event?"
    assert questioned("I want to end up with the number of podcasts I have downloaded") == \
        "I want to know the number of podcasts I have downloaded"
    assert canonical("I want to end up with a new alarm at 6:30.") == "I want to end up with a new alarm at 6:30."


def test_numbered_steps_that_count_then_tell_count_in_the_place_opened():
    assert canonical("1) open my playlists 2) count the ones with jazz in the title 3) tell me how many") == \
        "count my playlists with jazz in the title"
    assert canonical("1. open the Files app 2. count the PDFs in Downloads 3. let me know the total") == \
        "count the PDFs in Downloads"
    assert canonical("1 open my outbox 2 count the unsent drafts 3 tell me the number") == \
        "count the unsent drafts in my outbox"
    assert questioned("1) set 2 alarms 2) call Mum") == "1) set 2 alarms 2) call Mum"  # no step asks to be told


def test_numbered_steps_that_end_in_a_question_ask_it_of_what_they_opened():
    assert canonical("1 go to my wallet app 2 tell me its balance") == "what is the balance of my wallet app?"
    assert canonical("1) go to tides.example.org 2) look up Brest 3) tell me what the high tide is there today") == \
        "what is the high tide in Brest today? Go to tides.example.org."
    assert canonical("1) open Spotify 2) search for Miles Davis 3) tell me how many albums there are") == \
        "how many albums are there? Open Spotify. Search for Miles Davis."
    assert questioned('1) open the Notes app 2) create a note "Milk" 3) pin it') == \
        '1) open the Notes app 2) create a note "Milk" 3) pin it'


def test_count_and_tell_me_how_many_is_the_count():
    assert canonical("count the unread texts and let me know how many there are") == "count the unread texts"
    assert canonical("Count my podcasts and then tell me the number.") == "count my podcasts"
    assert canonical("count the photos of Lena, and tell me how many of them there are") == "count the photos of Lena"
    assert canonical("count to ten and tell me a joke") == "count to ten and tell me a joke"


def test_a_topic_then_how_many():
    assert canonical("unpaid bills in my inbox - how many are there?") == "how many unpaid bills are there in my inbox?"
    assert canonical("My saved podcasts: how many do I have?") == "how many saved podcasts do I have?"
    assert canonical("Plants in the Garden album - how many are in it?") == "how many plants are there in the Garden album?"
    assert canonical("call Bo - how many times?") == "call Bo - how many times?"


def test_where_to_look_then_the_question():
    assert canonical("look at the calendar: when is the dentist?") == "when is the dentist? Look at the calendar."
    assert canonical("check the Files app - which file is the largest?") == "which file is the largest? Check the Files app."
    assert canonical("open the weather app: what is the temperature in Oslo?") == \
        "what is the temperature in Oslo? Open the weather app."
    assert questioned("Check this out: the new bakery opened") == "Check this out: the new bakery opened"


def test_a_superlative_said_after_its_noun():
    assert canonical("find me the address of the gym that's rated best in Maps") == \
        "what is the address of the best-rated gym in Maps?"  # "find me the <value> of X" asks it (agents/asked_reports.py)
    assert questioned("which is the hotel that is ranked lowest?") == "which is the worst-rated hotel?"
    assert questioned("call the taco truck which is rated the highest") == "call the best-rated taco truck"
    assert questioned("pick the plan that is best for me") == "pick the plan that is best for me"


def test_a_wh_word_that_is_the_subject_and_an_embedded_when():
    assert canonical("I wonder who called me") == "who called me?"
    assert canonical("I'd like to know who sent the invoice") == "who sent the invoice?"
    assert canonical("I want to know when the Pottery class starts - it is in my calendar.") == \
        "when does the Pottery class start? it is in my calendar."
    assert canonical("I want to know when the night market is open") == "when is the night market open?"


def test_the_number_of_things_is_a_count_and_the_phone_app_is_a_place():
    assert answers.asked("what is the number of unread mails in the Work folder?").kind == "count"
    assert answers.asked("tell me the number of my contacts").kind == "count"
    assert answers.asked("what is the number of the pizza places nearby?").kind == "count"
    assert answers.asked("what is the number of Dr Jones?").kind == "phone"
    assert answers.asked("who rang me yesterday? Look in the phone app.").kind == "name"
    assert answers.asked("what is Lena's phone number?").kind == "phone"


def test_short_forms_and_a_page_being_visited():
    assert canonical("whats the subj of the mail from Hana") == "what is the subject of the mail from Hana"
    assert collection("what page was I visiting last in Firefox?") == "history"
    assert collection("tell me the title of the site we were browsing this morning") == "history"
    assert collection("I was visiting Bo, so text him the photo") is None


def test_a_source_said_first_without_its_comma():
    assert canonical("according to tides.example.org what is high tide in Brest today") == \
        "what is high tide in Brest today (according to tides.example.org)"
    assert canonical("as per the Fitness app how many steps did I walk today") == \
        "how many steps did I walk today (as per the Fitness app)"
    assert canonical("based on my calendar when is the Pottery class") == "when is the Pottery class"
    assert questioned("according to Bo the party is at 8") == "according to Bo the party is at 8"


def test_a_question_led_by_its_preposition():
    assert answers.asked("on what date was beach_04.jpg taken").kind == "date"
    assert answers.asked("in which folder is the file tax_2026.pdf") is not None
    assert answers.asked("with which app can I open song.flac") is not None
    assert answers.asked("in March I need to call Bo") is None


def test_a_name_typed_without_its_possessive_apostrophe():
    assert questioned("what is Ines Moras email address") == "what is Ines Mora's email address"
    assert questioned("whats Kofi Mensahs phone number") == "whats Kofi Mensah's phone number"
    assert questioned("send me Lea Hoffmanns home address") == "send me Lea Hoffmann's home address"
    assert questioned("what is Ines Mora's email and Bo Lis number") == "what is Ines Mora's email and Bo Lis number"  # typed with apostrophes
    assert questioned("what is Kofi Mensah email address") == "what is Kofi Mensah email address"
    assert questioned("Kofi Mensahs number") == "Kofi Mensahs number"  # the name first: read as "the number of" it


def test_a_question_typed_plainly_after_a_statement_or_as_a_bare_value():
    assert canonical("I sent Bo the file what was his answer") == "what was his answer (I sent Bo the file)?"
    assert questioned("we booked a table at Casa Verde what is its address") == \
        "we booked a table at Casa Verde. what is its address?"
    assert questioned("someone in the Hiking club chat posted a map who was it") == \
        "someone in the Hiking club chat posted a map. who was it?"
    assert canonical("i starred one mail from Kofi Mensah whats its subject").casefold() == \
        "what is its subject (i starred one mail from kofi mensah)?"
    assert questioned("I booked it. What is its address?") == "I booked it. What is its address?"  # already marked


def test_a_value_named_alone_is_asked():
    assert canonical("price of Blue Yoga Mat in the shop") == "what is the price of Blue Yoga Mat in the shop"
    assert questioned("opening hours of the Harbour Museum") == "what is the opening hours of the Harbour Museum"
    assert questioned("phone number of the closest vet on maps") == "what is the phone number of the closest vet on maps"
    assert questioned("number of the beast is 666") == "number of the beast is 666"
    assert questioned("location of the Quiz night needs to be Room 2") == "location of the Quiz night needs to be Room 2"


def test_id_typed_for_i_would():
    assert canonical("id like to find out where the photo beach_04.jpg was taken") == \
        "where was the photo beach_04.jpg taken?"
    assert questioned("id love to know who sent the invoice") == "I'd love to know who sent the invoice"
    assert questioned("id rather you call Bo") == "I'd rather you call Bo"
    assert questioned("show the id card photo") == "show the id card photo"


def test_where_to_look_then_the_question_typed_plainly():
    assert canonical("check the call history in the phone app who called me last") == \
        "who called me last? Check the call history in the phone app."
    assert canonical("open the weather app how warm is it in Oslo") == "how warm is it in Oslo? Open the weather app."
    assert questioned("check the people who called me") == "check the people who called me"
    assert answers.asked("in how many notes do I mention Lisbon").kind == "count"


def test_a_request_to_be_told_said_any_way():
    assert canonical("You should tell me how many playlists I have.") == "tell me how many playlists I have."
    assert canonical("Give me the number of the nearest Tire shop.") == "what is the phone number of the nearest Tire shop?"
    assert canonical("Let me know who moved the Budget file.") == "who moved the Budget file?"
    assert canonical("I'd be grateful if you could tell me how many parcels are on their way.") == \
        "tell me how many parcels are on their way."
    assert canonical("Please let me know what the balance of my Travel card is.") == "what is the balance of my Travel card?"
    assert canonical("You need to find out who liked my post most recently.") == "who liked my post most recently?"
    assert canonical("I'm curious how many podcasts I have downloaded.") == "tell me how many podcasts I have downloaded."
    assert canonical("Give me the rating of the Lotus spa.") == "tell me the rating of the Lotus spa."
    assert canonical("give me a hand with the alarm") == "give me a hand with the alarm"
    assert questioned("could you find out how cold it is in Riga and post that in my Ski group") == \
        "could you find out how cold it is in Riga and post that in my Ski group"
    assert answers.asked(canonical("Tell Bo the time")) is None


def test_a_value_needed_alone_is_asked():
    assert canonical("I need the phone number of the best-rated sushi bar.") == \
        "what is the phone number of the best-rated sushi bar?"
    assert questioned("we need the opening hours of the Harbour Museum") == "what is the opening hours of the Harbour Museum?"
    assert questioned("I'd like the price of the Blue Yoga Mat") == "what is the price of the Blue Yoga Mat?"
    assert questioned("I need the address of the Lotus spa to send to Bo") == "I need the address of the Lotus spa to send to Bo"


def test_look_somewhere_and_tell_me_without_numbers():
    assert canonical("open the Weather app and tell me the temperature in Oslo") == \
        "what is the temperature in Oslo? Open the Weather app."
    assert canonical("Go to Firefox and tell me the last page I visited.") == "what is the last page I visited? Go to Firefox."
    assert canonical("check my wallet app, then tell me its balance") == "what is the balance of my wallet app?"
    assert canonical("open my cart and tell me a joke") == "open my cart and tell me a joke"


def test_a_polite_frame_of_possibility_or_wondering():
    assert canonical("would it be possible to find out how much the Red Kettle costs") == "how much does the Red Kettle cost?"
    assert canonical("I was wondering whether you could tell me the total of my basket") == "tell me the total of my basket"
    assert canonical("any chance you know who is in the Climbing group") == "who is in the Climbing group?"
    assert canonical("is it possible to see how many alarms I have on") == "tell me how many alarms I have on"
    assert canonical("the total of my basket please") == "what is the total of my basket"
    assert canonical("is it possible to call Bo") == "call Bo"  # an action asked politely (request_frames)


def test_steps_that_ask_to_be_told_are_left_to_the_question_reading():
    from cascadroid.agents.steps import stepped
    assert stepped("1) open my wallet app 2) tell me its balance") == "1) open my wallet app 2) tell me its balance"
    assert stepped("1. open Notes 2. count the lists 3. let me know how many") == \
        "1. open Notes 2. count the lists 3. let me know how many"
    assert stepped("1) open Files 2) find a.pdf 3) star it") != "1) open Files 2) find a.pdf 3) star it"
