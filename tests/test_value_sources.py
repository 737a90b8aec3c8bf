"""A task whose value is described by where it is ("the code from my mail", "the address Bo sent me") reads it
there first (agents/value_sources.py); the device defers opening another app first (agents/sure_enough.py).
Invented apps, people and senders."""

from __future__ import annotations

from test_decide import choose_with_cloud

from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.sure_enough import why_unsure
from cascadroid.agents.value_sources import reads_first, source_of
from cascadroid.settings import DecisionSettings

HOME = Screen(package="org.example.launcher", digest="h", lines=[], actionable=[], editable={}, labels={})


def test_a_value_described_by_its_source_names_the_medium_it_is_read_in():
    assert source_of("Save the code from my mail in a note") == "email"
    assert source_of("Put the Parcelo email code in a new note called \"Parcel\"") == "email"
    assert source_of("Write the code Quickbank emailed me into my notes") == "email"
    assert source_of("Call the number in my last text") == "text"
    assert source_of("Text Ana Silva the address Rui Costa sent me") == ""  # any message
    assert source_of("Add Rui's email code to my notes") == "email"
    assert source_of("Guarda el código de mi correo en una nota") == "email"
    assert source_of("Speichere den Code aus meiner E-Mail in einer Notiz") == "email"


def test_a_value_said_in_the_task_or_a_source_that_is_no_message_is_no_source():
    for task in ("Create a note called \"Milk\" that says 2 litres", "Send Rui the email address of Ana",
                 "Reply to the mail from my landlord", "Send the photo from my gallery to Ana",
                 "Email Rui the address 12 Elm Road", "What is Rui Costa's email address?",
                 "Put 12 Elm Road as Rui Costa's email - no, as the address", "What is the code I wrote in my note?"):
        assert source_of(task) is None, task


def test_the_first_app_opened_must_be_where_the_value_is_read():
    task = "Save the code from my mail in a note"
    assert reads_first(task, "Quill Notes") and not reads_first(task, "Postbox Mail")
    assert reads_first("Text Ana the address Rui Costa sent me", "Quill Notes")
    assert not reads_first("Text Ana the address Rui Costa sent me", "Chirp Messages")  # any message app
    assert not reads_first("Create a note called \"Milk\"", "Quill Notes")


def test_opening_the_destination_first_is_unsure_and_deferred_below_the_finish_bar():
    task = "Save the code from my mail in a note"
    notes = {"kind": "open_app", "app": "Quill Notes"}
    assert why_unsure(notes, HOME, [], task) == "source"
    assert why_unsure({"kind": "open_app", "app": "Postbox Mail"}, HOME, [], task) == ""
    opened = [{"kind": "open_app", "key": "open_app Postbox Mail", "outcome": "success", "line": ""}]
    assert why_unsure(notes, HOME, opened, task) == ""  # the source was read first: now the note app
    ranked = [Candidate(notes, "open the Quill Notes app", 3.0), Candidate({"kind": "back"}, "go back", 0.1)]
    decided, asked = choose_with_cloud(ranked, [0.75, 0.05], DecisionSettings(), HOME, [], task=task)
    assert (decided.how, decided.why) == ("escalate", "source") and len(asked) == 1
    decided, asked = choose_with_cloud(ranked, [0.75, 0.05], DecisionSettings(), HOME, [], task="Create a note")
    assert decided.how == "structure" and asked == []
