"""Apps named by their kind as the place to act ("in my mailbox", "en mi correo", "в моей почте"): the device's app of
that kind, whatever its label (invented apps and people)."""

from __future__ import annotations

from cascadroid.agents import app_choice
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.kind_places import kinds_said
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo

APPS = [
    AppInfo(label="Texto", package="com.vendor.messaging"),
    AppInfo(label="Wirely", package="org.wirely.messenger"),
    AppInfo(label="Postbox", package="com.vendor.email"),
    AppInfo(label="People", package="com.vendor.contacts"),
    AppInfo(label="Surfer", package="com.vendor.browser"),
    AppInfo(label="Agenda Pro", package="com.vendor.calendar"),
]


def best_app(task: str) -> str:
    choices = app_choice.choose(words(task), "com.android.launcher3", APPS, task, clause_verbs(task))
    return max(choices, key=lambda c: c.score).app.label if choices else ""


def said(task: str) -> set[str]:
    return kinds_said(task, app_choice._KINDS, app_choice._HELD)


def test_a_kind_of_app_said_as_the_place_is_read_in_several_languages():
    assert said("what was the last message from Ivo Marsh, in my encrypted messenger?") == {"messenger"}
    assert said("archive every email from Kai Toma, in my mailbox.") == {"mailbox"}
    assert said("busca en mi correo el código de Kai") == {"correo"}
    assert said("dans mon navigateur, ouvre lotus.example.org") == {"navigateur"}
    assert said("в моей почте найди письмо от Кая") == {"почте"}
    assert said("öffne im Postfach die Mail von Kai") == {"postfach"}


def test_an_item_the_phone_or_the_people_are_no_place():
    assert said("open the link in the message from Kai Toma") == set()  # that message, an item
    assert said("the photos on my phone") == set()  # the device itself
    assert said("start a chat with Kai Toma from my contacts") == set()  # who, not where
    assert said("move it in the calendar event Gym") == set()  # the event


def test_the_app_of_the_kind_said_is_opened_over_an_app_the_things_in_it_name():
    assert best_app("what was the last message from Ivo Marsh, in my encrypted messenger?") == "Wirely"
    assert best_app("what was the last message from Ivo Marsh?") == "Texto"  # no place said: a message is a text


def test_where_a_value_is_kept_is_no_place_to_act():
    assert said("email Kai Toma (address is in my contacts), subject \"Hi\"") == set()
    assert said("text Ivo Marsh, his number is saved in my phonebook") == set()


def test_the_words_of_a_message_are_no_place_to_act():
    # must not fire (review2 item 9): a kind noun inside the message, after a colon, "that" or the person's name
    for task in ("Text Ivo Marsh I put the contract in my downloads", "Text Kai I'll see it in my inbox later",
                 "Manda un mensaje a Kai: lo vi en mi correo", "Tell Ivo that I'll check in my mailbox",
                 "Reply to Kai: it's in my planner"):
        assert said(task) == set()
        assert best_app(task) != "Postbox" and best_app(task) != "Surfer"
    # English and Spanish "no" before a plural is no Portuguese "no" (in the)
    assert said("Text Kai: no messengers please") == set()
    assert said("Message Ivo no fotos hoy") == set()
    # still a place: before the message, or Portuguese "no" before one thing
    assert said("Tell Ivo in my encrypted messenger that I'm late") == {"messenger"}
    assert said("procure no meu correio o email da Kai")
