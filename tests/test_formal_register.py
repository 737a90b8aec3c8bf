"""Requests said in a formal or legalistic register (agents/formal_register.py), read through the whole wording
pipeline. Invented people, apps and items."""

from __future__ import annotations

from cascadroid.agents.formal_register import formal
from cascadroid.agents.wording import canonical


def test_an_outcome_to_ensure_is_the_verb_of_that_state():
    assert canonical("Kindly ensure that the recording memo_0412.m4a is deleted.") == "delete the recording memo_0412.m4a."
    assert canonical("Please make sure that the Book club thread in Wire is archived.") == \
        "archive the Book club thread in Wire."
    assert canonical("Kindly ensure that dark keyboard mode is enabled in Settings.").startswith("turn on dark keyboard mode")


def test_an_outcome_no_longer_wanted_is_its_undoing():
    assert canonical("Kindly ensure that the \"Choir\" channel in Wire is no longer muted.") == \
        'unmute the "Choir" channel in Wire.'


def test_a_name_to_bear_renames_the_item():
    assert canonical("Kindly ensure that the folder Scans2 henceforth bears the name Receipts.") == \
        "rename the folder Scans2 to Receipts."


def test_a_message_caused_to_be_posted_is_posted():
    assert canonical('Kindly cause the message "Bring snacks" to be posted to the Wire group "Hikers" forthwith.') == \
        'post "Bring snacks" to the Wire group "Hikers".'


def test_a_thing_sent_by_email_is_emailed():
    assert canonical("Kindly ensure that the invoice, as displayed at shop.example.net/inv, is transmitted by email to "
                     "li.wen@example.net.") == "email the invoice from shop.example.net/inv to li.wen@example.net."


def test_a_verb_of_reporting_asks_for_the_fact():
    assert canonical('Kindly state the opening hours of the Riverside Pool.') == "what is the opening hours of the Riverside Pool?"
    assert canonical('Kindly identify the author of the document "Q3 plan".') == 'what is the author of the document "Q3 plan"?'


def test_formal_words_are_said_plainly():
    assert canonical('Kindly transmit the following message to Ines Moreau: "Gate B, 7pm".') == 'text Ines Moreau: "Gate B, 7pm".'
    assert formal('Kindly ensure that the photograph beach_9.png is deleted.') == "delete the photo beach_9.png."


def test_plain_and_other_requests_are_left_alone():
    for task in ("ensure the backup runs tonight", "make sure that I am awake at 7", "state park opening hours?",
                 "Delete the photo beach_9.png.", "I want to make sure it is saved",
                 "ensure that it is deleted", "ensure that the door alarm is not set off"):
        assert formal(task) == task


def test_formal_outcomes_said_plainly():
    assert canonical("Please ensure that tax_2025.pdf is no longer marked as a favourite in Drivo.") == \
        "remove tax_2025.pdf from favourites in Drivo."
    assert canonical('Kindly rename the playlist "Gym" so that its title reads "Gym 2".') == 'rename the playlist "Gym" to "Gym 2".'
    assert canonical('Please record the PIN from the Bankly text in a new memo entitled "Bankly PIN".') == \
        'save the PIN from the Bankly text in a new memo titled "Bankly PIN".'
    assert canonical("Please purchase the Oak Stool in Bazaro and arrange delivery to 8 Hill Rd, Dunmore.") == \
        "buy the Oak Stool in Bazaro and ship it to 8 Hill Rd, Dunmore."
    assert formal("record the meeting audio") == "record the meeting audio"  # recorded, not saved in a note
    assert formal("so that the cake is ready") == "so that the cake is ready"
