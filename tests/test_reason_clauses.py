"""A reason said first as a clause ("Since X, V Y"): the request is read, its pronouns the reason's (agents/reason_clauses.py)."""

from __future__ import annotations

from cascadroid.agents.reason_clauses import reason_said_apart
from cascadroid.agents.wording import canonical


def test_a_reason_clause_before_the_request_gives_its_pronouns_and_goes():
    assert canonical("Since I met Wanjiru Kamau at the fair, save them as a new contact with the number +254 700 111 222.") == \
        "add a new contact named Wanjiru Kamau with the number +254 700 111 222."
    assert canonical("Because I read it every morning, save news.example.org as a bookmark.") == \
        "bookmark the page news.example.org."
    assert canonical("Now that Ilse Vogt goes by her married name, change the name on her contact to Ilse Brandt.") == \
        "change the name on Ilse Vogt's contact to Ilse Brandt."
    assert canonical('As Kofi Mensah is waiting, answer their email "Boat hire" with "Booked"') == \
        'reply to the email "Boat hire" from Kofi Mensah saying "Booked"'
    assert canonical("Since I don't listen to it anymore, get rid of demo_take3.wav.") == "delete demo_take3.wav."


def test_a_polite_or_everyday_request_after_the_reason():
    assert canonical('Since I open it daily, could you keep the "Hikers" chat pinned at the top of Chatly?') == \
        'pin the "Hikers" chat in Chatly'
    assert canonical("Given that it is late, mute the Choir group.") == "mute the Choir group."


def test_a_reason_naming_what_the_request_needs_stays_before_it():
    said = reason_said_apart("Since the Book club now meets at Elm Cafe, update the event.")
    assert said == "The Book club now meets at Elm Cafe. Update the event."


def test_no_reason_no_change():
    for text in ("Since Monday, how many emails did I get?",  # a time, not a reason
                 "Since the morning, who called me?",
                 "As a favour, delete a.txt",  # no clause
                 "Since I met Bo Li today, and we talked"):  # no request after the comma
        assert reason_said_apart(text) == text
    said = reason_said_apart('Since the "Dinner, late" event moved to Elm Cafe, update the event')  # a comma in a quote ends nothing
    assert said.startswith('The "Dinner, late" event moved to Elm Cafe. ')


def test_a_reason_naming_several_people_or_where_a_value_is():
    text = 'Since Ada Obi, Tariq Haddad and I plan together, make a Chatly group named "Hike" with the two of them.'
    assert reason_said_apart(text) == text  # no one person is "them"
    assert reason_said_apart("Since Ada Obi's number is only in my contacts, look it up and text them").startswith(
        "Ada Obi's number is only in my contacts. Look it up")
    assert canonical("Since Tariq Haddad wants a bargain, find the cheapest lamp in Lumo and text them its price.") == \
        "find the cheapest lamp in Lumo and text Tariq Haddad its price."  # "its" is no person
    text = "Since I am baking banana bread tonight, open its recipe on bakes.example.org."
    assert reason_said_apart(text) == text  # "its" stands for words no rule reads as a thing: said as it was


def test_a_thing_not_wanted_said_first_is_the_reason_of_the_request_after_it():
    assert reason_said_apart('I don\'t want to keep Ada Obi waiting - answer their email "Rota" with "Yes".') == \
        'answer Ada Obi\'s email "Rota" with "Yes".'
    assert reason_said_apart("I do not want to miss the Quarn bus, so set an alarm for 6:10") == "set an alarm for 6:10"
    assert reason_said_apart('I don\'t want to spell out Tariq Haddad\'s number - get it from my contacts and text them "hi".') == \
        'text Tariq Haddad "hi" (the number is in my contacts).'
    # must not fire: a wish with no request after it, a question after it, a thing not wanted (unwanted.py's)
    for text in ("I don't want to go to the Quarn fair.", "I don't want to see Lumo ads - is there a setting?",
                 "I don't want premium, just let me scroll"):
        assert reason_said_apart(text) == text
