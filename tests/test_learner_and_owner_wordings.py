"""A learner's question order, "most" + short adjective, the app said as an owner, ranks said by rating, a question
about a thing said first."""

from __future__ import annotations

from cascadroid.agents.dislocated import reordered
from cascadroid.agents.loose_grammar import loose_grammar
from cascadroid.agents.usual_words import usual_words
from cascadroid.agents.wording import canonical


def test_a_learners_question_is_put_in_the_usual_order():
    assert loose_grammar("How much songs there are in my Gym playlist?") == "How many songs are there in my Gym playlist?"
    assert loose_grammar("how many tabs there is in Firefox?") == "how many tabs is there in Firefox?"
    assert loose_grammar("Which day the invoice was paid?") == "Which day was the invoice paid?"
    for kept in ("How much does the blender cost?", "How much is the red scarf?", "how much data is left?",
                 "Which day was the invoice paid?"):
        assert loose_grammar(kept) == kept


def test_most_before_a_short_adjective_is_its_superlative():
    assert loose_grammar("find the most cheap kettle in Store") == "find the cheapest kettle in Store"
    assert loose_grammar("open the most new voice memo") == "open the newest voice memo"
    assert loose_grammar("play the most popular song") == "play the most popular song"  # a long adjective


def test_the_app_said_as_an_owner_is_said_after_the_thing():
    assert usual_words("Add Rye bread to my Grocer app's basket.") == "Add Rye bread to the basket in Grocer."
    assert usual_words("My Timer app's Tea timer at 00:04: stop it") == "the Tea timer at 00:04 in Timer: stop it"
    assert usual_words("Check my Drive app's plan_v2.docx: who owns it?") == \
        "Check the plan_v2.docx in Drive: who owns it?"
    assert usual_words("open x.org in my phone's Firefox") == "open x.org in my Firefox"
    assert usual_words("the app's icon is gone") == "the app's icon is gone"  # no app named


def test_a_rank_said_by_rating_is_the_best_rated_one():
    assert usual_words("call the top noodle bar by rating") == "call the best-rated noodle bar"
    assert usual_words("map the bakery that's rated number one") == "map the best-rated bakery"
    assert usual_words("the gym ranked first in town") == "the best-rated gym in town"
    assert usual_words("sort the list by rating") == "sort the list by rating"  # no rank asked for


def test_a_question_about_the_thing_said_first_names_it():
    assert reordered("Look at the newest podcast in Casts: what is its length?") == \
        "What is the length of the newest podcast in Casts?"
    assert reordered("the Plans note - when is its due date?") == "When is the due date of the Plans note?"
    kept = "the bill is paid: what is its number?"
    assert reordered(kept) == kept  # a statement first
    assert canonical("Check my Radio app's top station by rating: what's its frequency?") == \
        "What is the frequency of the best-rated station in Radio?"


def test_a_state_said_after_the_counted_things_goes_before_them():
    assert canonical("How many mails in my Work inbox is not read yet?") == "How many unread mails are in my Work inbox?"
    assert canonical("How many chats in Vibe are pinned?") == "How many pinned chats are in Vibe?"
    assert canonical("how many notes in my Work folder are not starred?") == "how many notes in my Work folder are not starred?"


def test_which_address_a_mail_went_to_after_a_reason():
    assert canonical('As I forgot, which address did I send the "Budget" email to?') == \
        'which address did I send the email "Budget" to?'
    assert canonical('what address did I send "Hi" to?') == 'To which address did I send the email "Hi"?'
