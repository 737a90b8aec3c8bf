"""Steps with their order spelled out (agents/sequence_words.py, read by agents/steps.py). Invented apps, people and items."""

from __future__ import annotations

from cascadroid.agents.sequence_words import in_order
from cascadroid.agents.steps import stepped
from cascadroid.agents.wording import canonical


def test_english_order_words_are_said_as_plain_then_steps():
    assert in_order("First open Pixvault, then find beach_07.png, and finally star it.") == \
        "open Pixvault, then find beach_07.png, then star it."
    assert in_order("Firstly, open Tasklane, then find the \"Groceries\" list, and lastly delete it.") == \
        'open Tasklane, then find the "Groceries" list, then delete it.'


def test_order_words_in_other_languages_are_said_with_that_languages_then():
    assert in_order('Primero abre Tasklane, luego busca la lista "Compras" y por último bórrala.') == \
        'abre Tasklane, luego busca la lista "Compras", luego bórrala.'
    assert in_order('Öffne zuerst Chatterly, dann die Gruppe "Lesekreis" und schließlich schreib "Hallo".') == \
        'Öffne Chatterly, dann die Gruppe "Lesekreis", dann schreib "Hallo".'
    assert in_order("D'abord ouvre Docsy, puis trouve budget.xlsx, et enfin supprime-le.") == \
        "ouvre Docsy, puis trouve budget.xlsx, puis supprime-le."
    assert in_order("Eerst open Chatterly, dan zoek Ivo en ten slotte stuur \"hoi\".") == \
        'open Chatterly, dan zoek Ivo, dan stuur "hoi".'


def test_order_words_inside_a_quoted_message_and_lone_order_words_are_kept():
    assert in_order('First open Chatterly, then send "Then finally, it works" to Ivo.') == \
        'open Chatterly, then send "Then finally, it works" to Ivo.'
    assert in_order('First, delete my note "Keys".') == 'First, delete my note "Keys".'
    assert in_order("Move Yoga to Friday, then remind me next week.") == "Move Yoga to Friday, then remind me next week."


def test_spelled_out_steps_read_as_one_request():
    assert stepped("First open Pixvault, then find beach_07.png, and finally star it.") == "In Pixvault, star beach_07.png"
    assert canonical("First open Homely, then find the porch light, and finally switch it on.") == \
        "turn on the porch light, in Homely"
    assert stepped("First open Docsy, then find budget.xlsx, and finally change its name to budget_2026.xlsx.") == \
        "In Docsy, change the name of budget.xlsx to budget_2026.xlsx"


def test_there_is_the_thing_found_and_a_quoted_messages_own_it_is_left():
    assert stepped('First open Chatterly, then go to the "Book club" group, and finally send "Is it on tonight?" there.') == \
        'In Chatterly, send "Is it on tonight?" in the "Book club" group'


def test_a_conversation_started_with_a_person_then_a_message_sent_is_sending_them_it():
    assert stepped('First open Chatterly, then start a message to Ivo Marsh, and finally send "Running late".') == \
        'In Chatterly, send Ivo Marsh "Running late"'


def test_a_thing_looked_at_on_a_site_is_the_thing_from_that_site():
    assert stepped("First go to deals.example.net/today, then look at the top offer, and finally email it to ana@example.org.") == \
        "email the top offer from deals.example.net/today to ana@example.org"


def test_a_question_step_asks_about_the_thing_found():
    assert canonical("First open Chatterly, then find Ivo Marsh, and finally tell me: where do they live?") == \
        "where does Ivo Marsh live? Open Chatterly."
    assert canonical("First open Pixvault, then search for beach_07.png, and finally tell me: who sent it?") == \
        "who sent beach_07.png? Open Pixvault."
    assert canonical("First open Eatly, then look at the Nepali restaurants, and finally tell me: which one has the best rating?") \
        .startswith("which is the best-rated Nepali restaurant?")


def test_to_start_is_an_order_word_only_with_its_comma():
    assert in_order("To start the timer, open Ticko, then tap Go.") == "To start the timer, open Ticko, then tap Go."
    assert in_order("To start, open Ticko, then tap Go.") == "open Ticko, then tap Go."
    assert in_order("Para empezar, abre Ticko, luego toca Go.") == "abre Ticko, luego toca Go."


def test_steps_said_as_sentences_opened_by_order_words_are_one_list():
    assert stepped("Open Pixvault. Then find beach_07.png. Finally, star it.") == "In Pixvault, star beach_07.png"
    assert stepped("First, open Pixvault. Next, find beach_07.png. Then star it.") == "In Pixvault, star beach_07.png"
    assert in_order('Abre Tasklane. Luego busca la lista "Compras". Por último, bórrala.') == \
        'Abre Tasklane, luego busca la lista "Compras", luego bórrala.'
    assert in_order('Ruf Bo an. Dann schreib Ana. Danach lösche die Notiz "Keys".') == \
        'Ruf Bo an, dann schreib Ana, dann lösche die Notiz "Keys".'


def test_one_sentence_opened_by_then_is_no_list():
    assert in_order("Call Bo. Then text Ana.") == "Call Bo. Then text Ana."
    assert in_order("I was out. Then my phone died. Call Bo.") == "I was out. Then my phone died. Call Bo."


def test_first_opens_steps_only_before_a_comma_or_a_verb():
    # must not fire: "first" as an ordinal, an idiom or a name
    assert "First email from Ivo" in canonical("First email from Ivo, forward it to Bo, then archive it")
    assert in_order("First thing tomorrow, remind me to call Bo, then email Ana") == \
        "First thing tomorrow, remind me to call Bo, then email Ana"
    assert in_order("First Mutual: check my balance, then show my last payment") == \
        "First Mutual: check my balance, then show my last payment"
    assert in_order("First time in Quillo - open the tour, then skip it") == "First time in Quillo - open the tour, then skip it"
    assert in_order("First email Ivo, then text Bo") == "email Ivo, then text Bo"


def test_next_before_a_day_or_time_opens_no_step():
    said = "First, open my calendar. Next Monday, add a dentist appointment at 3."
    assert "Next Monday" in in_order(said)
    assert "Next week" in in_order("Open Tasklane. Then find the list. Next week, delete it.")
    assert in_order("First, open Tasklane. Next, find the list. Then delete it.") == "open Tasklane, then find the list, then delete it."


def test_a_message_after_a_colon_keeps_its_order_words():
    for said in ("Text Ana: I'm leaving now. Then I'll pick up the kids. Finally home by 8.",
                 "Reply to Ivo: first the bakery, then the station, and finally home.",
                 "Message Lupe: primero el super, luego la farmacia y por último a casa."):
        assert in_order(said) == said


def test_there_after_going_is_to_the_place_found():
    assert stepped("Find the nearest pharmacy, then navigate there") == "navigate to the nearest pharmacy"
    assert stepped("Search for the Quillo museum, then get directions there") == "get directions to the Quillo museum"
    assert stepped("Look up Cafe Brisa, then take me there") == "take me to Cafe Brisa"
    # a message sent there is still in it
    assert stepped('Open the Hikers group, then send "hi" there') == 'send "hi" in the Hikers group'


def test_that_person_is_a_person_found_or_the_sender_said_never_a_message_or_call():
    assert stepped("Find Bo's message, then call that person") == "call Bo"
    assert stepped("Look up the last email from Ivo Marsh, then call that person") == "call Ivo Marsh"
    assert stepped("Find Ivo Marsh, then text that person") == "text Ivo Marsh"
    # must not fire: the thing found names no person
    for said in ("Find the last missed call, then text that person", "Find the newest voicemail, then call that person"):
        assert stepped(said) == said


def test_a_place_opened_and_taken_up_by_a_pronoun_is_what_the_step_acts_on():
    for said in ("open notifications, then clear them", "open tabs, then close them all", "open my alarms, then turn them off"):
        assert not canonical(said).startswith(("In ", "clear In", "close In")) and " In " not in canonical(said)
    assert canonical("open notifications, then clear them") == "clear notifications"


def test_a_message_started_to_several_people_is_one_group_message():
    for said in ('Open a new message to Bo and Ana, then send "hi"', 'Start a chat with Ivo & Lupe, then send "on my way"',
                 'Abre un mensaje nuevo a Bo y Ana, then send "hola"'):
        assert stepped(said) == said
    assert stepped('First open Chatterly, then start a message to Ivo Marsh, and finally send "Running late".') == \
        'In Chatterly, send Ivo Marsh "Running late"'


def test_a_question_step_leaves_the_dummy_it_and_the_plural_is_made_singular_by_its_ending():
    assert canonical("Find my hotel booking, then tell me what time is it in Lisbon now").startswith("what time is it in Lisbon now?")
    assert canonical("Find Bo's address, then tell me how long does it take to drive there") == \
        "how long does it take to drive to Bo's address?"
    assert canonical("Find the Quillo hotel, then tell me is it raining there").count("Quillo hotel") <= 1
    assert canonical("Look at my addresses and tell me which one is my home").startswith("which address is my home?")
    assert canonical("Open my classes, then tell me which one is at 9").startswith("which class is")
    assert canonical("Open my watches, then tell me which one is cheapest").startswith("which watch is cheapest?")
    assert canonical("Open the news, then tell me which one is about Quillo").startswith("which one is about Quillo?")
    assert canonical("Open my series, then tell me which one is newest").startswith("which one is newest?")


def test_that_person_rung_back_after_a_call_found_calls_that_call_back():
    assert stepped("First open the call log, then find the latest missed call, and finally ring that person back.") == \
        "In the call log, ring the latest missed call back"
