"""Category words that need an app only where the task says where to act (review 30c): not inside the message it sends,
not in what it is about, not in a thing's name ("a playlist called ..."), not in a trip ("my flight"), and an app said
as the sender of a mail or a text is not where to read it. Must-not-fire cases beside the cases that still fire."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice
from cascadroid.agents.goal import clause_verbs, first_word
from cascadroid.agents.text import words
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo

# An invented phone: vendor packages that say their category, a shop, a bank, a chat app and a second mail app.
PHONE = [
    AppInfo(label="Phone", package="com.vendorx.dialer"),
    AppInfo(label="Messages", package="com.vendorx.messaging"),
    AppInfo(label="Chatter", package="com.chatter.chat"),
    AppInfo(label="Mail", package="com.vendorx.email"),
    AppInfo(label="Calendar", package="com.vendorx.calendar"),
    AppInfo(label="Clock", package="com.vendorx.clockpackage"),
    AppInfo(label="Gallery", package="com.vendorx.gallery"),
    AppInfo(label="Maps", package="com.vendorx.maps"),
    AppInfo(label="Settings", package="com.vendorx.settings"),
    AppInfo(label="Notes", package="com.vendorx.notes"),
    AppInfo(label="Shoply", package="com.shoply.shopping"),
    AppInfo(label="Tallbank", package="com.tallbank.mobile"),
]


def best(task: str) -> str:
    said = canonical(task)
    choices = app_choice.choose(words(said), "com.vendorx.launcher", PHONE, said, clause_verbs(said), first_word(said))
    return max(choices, key=lambda c: c.score).app.label if choices else ""


@pytest.mark.parametrize("task, app", [
    ("text Bo that I'll call him after the meeting", "Messages"),  # the quoted message's apostrophe
    ("text Raj: can you order the cake? I'll pay you back", "Messages"),
    ("email my boss that I'll be late for the meeting on Monday", "Mail"),
    ("mail Tom that I'll call later", "Mail"),
    ("text Sam I'll pick up coffee on the way", "Messages"),
])
def test_the_words_of_the_message_need_no_app(task, app):
    assert best(task) == app


@pytest.mark.parametrize("task", ["tell Bo I'm running late", "let Ana know dinner is ready", "dile a mamá que llego tarde",
                                  "schreib Anna, dass ich später komme"])
def test_a_message_told_to_someone_opens_the_messaging_app(task):
    assert best(task) == "Messages"


def test_telling_me_opens_no_messaging_app():  # must not fire
    assert best("tell me when my next meeting is") == "Calendar"
    assert best("let me know the weather") != "Messages"


@pytest.mark.parametrize("task, app", [
    ("make an alarm called Gym at 6", "Clock"),
    ("create a note called Packing list", "Notes"),
    ("create an event called Team sync on Monday at 9", "Calendar"),
])
def test_called_before_a_name_is_no_call(task, app):
    ranked = app_choice.choose(words(canonical(task)), "", PHONE, canonical(task), clause_verbs(task), first_word(task))
    assert best(task) == app and "Phone" not in {c.app.label for c in ranked}


@pytest.mark.parametrize("task", ["who called me this morning", "the dentist called Monday, call him back"])
def test_a_call_said_in_the_past_still_needs_the_dialer(task):
    assert "Phone" in {c.app.label for c in app_choice.choose(words(task), "", PHONE, task, clause_verbs(task), first_word(task))}


def test_a_flight_is_a_trip_and_flight_mode_a_setting():
    assert best("when is my flight") != "Settings"
    assert best("book a flight to Lisbon") != "Settings"
    assert best("turn on flight mode") == best("flight mode off") == best("turn off flight") == "Settings"


def test_a_mail_or_text_from_an_app_is_read_where_mail_and_texts_are():
    assert best("any new emails from Shoply") == "Mail"
    assert best("did Tallbank email me about the refund") == "Mail"
    assert best("read the last text from Tallbank") == "Messages"
    # must not fire: a chat app is where its texts are; the verb "email ... from Contacts" is whom to write; the app opened
    assert best("read my texts from Chatter") == "Chatter"
    assert best("open Shoply and check my orders") == "Shoply"


def test_what_a_task_is_about_is_no_place_to_act():
    assert best("call the pharmacy about my order") == "Phone"
    assert best("find the email from the dentist about my appointment") == "Mail"
    assert best("text Bo about the photos") == "Messages"
    # must not fire: with nothing else said, the topic still says where ("remind me about the meeting")
    assert best("remind me about the meeting") == "Calendar"


def test_on_a_launcher_a_quoted_message_with_an_apostrophe_opens_only_the_messaging_app():
    from cascadroid.agents.candidates import rank
    from cascadroid.agents.perceptor import Screen
    labels = [a.label for a in PHONE]
    home = Screen(package="com.vendorx.launcher", digest="home", lines=[f'[{i}] ImageView "{l}" (desc)' for i, l in enumerate(labels, 3)],
                  actionable=list(range(3, 3 + len(labels))), labels=dict(enumerate(labels, 3)),
                  locators={i: {"desc": l} for i, l in enumerate(labels, 3)})
    opened = [c.action["app"] for c in rank('text Bo saying "I\'ll call him after the meeting"', "", home, PHONE, [])
              if c.action.get("kind") == "open_app"]
    assert opened == ["Messages"]


@pytest.mark.parametrize("task, message", [
    ("email HR that my address changed", "my address changed"),
    ("email bo@example.org that the heater is broken", "the heater is broken"),
    ("tell Lisa on Chatter that I can't make it", "I can't make it"),
    ("message Bo on Chatter that the meeting is cancelled", "the meeting is cancelled"),
    ("email Ana about the lease saying the heater is broken", "the heater is broken"),
])
def test_a_message_after_that_or_saying_is_typed_as_the_message(task, message):
    from cascadroid.agents.values import task_values
    values = {v.kind: v.text for v in task_values(canonical(task))}
    assert values.get("message") == message
    # the subject of a mail ends where its message starts
    assert values.get("title") in (None, "the lease")


@pytest.mark.parametrize("task", ["order 2 Big Macs from the burger place", "add 3 Red Bull to my cart", "buy 2 Sun Cream tubes"])
def test_a_count_after_a_verb_of_getting_is_no_address(task):
    from cascadroid.agents.values import task_values
    assert "address" not in {v.kind for v in task_values(canonical(task))}


@pytest.mark.parametrize("task, address", [("add 12 Oak Street as my home address", "12 Oak Street"),
                                           ("meet Ana at 221B Quay Road", "221B Quay Road"), ("navigate to 5 Elm St", "5 Elm St")])
def test_an_address_still_is_one(task, address):  # must not fire: a street said after the number
    from cascadroid.agents.values import task_values
    assert ("address", address) in {(v.kind, v.text) for v in task_values(canonical(task))}


@pytest.mark.parametrize("task", ["schedule a call with Mark for Thursday at 3", "set up a video call with the team for Friday",
                                  "book a call with the bank for Monday at 10"])
def test_a_call_planned_is_an_event(task):
    assert best(task) == "Calendar"
    assert {c.app.label for c in app_choice.choose(words(task), "", PHONE, task, clause_verbs(task), first_word(task))} == {"Calendar"}


def test_a_call_made_still_opens_the_dialer():  # must not fire
    assert best("call Mark") == best("give Bo a call") == best("video call Priya") == "Phone"
    assert "Gallery" not in {c.app.label for c in app_choice.choose(words("video call Priya"), "", PHONE, "video call Priya")}
