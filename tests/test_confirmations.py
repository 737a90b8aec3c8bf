"""A dialog confirming the verb just pressed (agents/confirmations.py): after "Uninstall", "Clear
data" or "Log out", an OK / Yes dialog is answered with its positive button before finishing or
opening anything else; a pop-up that only shares a word with the task is left to the other rules;
a negated task stays on the dialog for its Cancel."""

from __future__ import annotations

import pytest
from test_dates import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.device.types import AppInfo

APPS = [AppInfo(label="Komoot", package="de.komoot.android"), AppInfo(label="Deezer", package="deezer.android.app")]


def dialog(message: str, yes: str = "OK", no: str = "Cancel", ids: bool = True):
    rid = (lambda name: f"android:id/{name}") if ids else (lambda name: "")
    return screen_of("com.google.android.packageinstaller",
                     node("android.widget.FrameLayout", rid=rid("parentPanel"), bounds=(60, 900, 1020, 1500), children=[
                         node("android.widget.TextView", "Komoot", rid=rid("alertTitle"), bounds=(100, 950, 900, 1030)),
                         node("android.widget.TextView", message, rid="android:id/message", bounds=(100, 1050, 980, 1200)),
                         node("android.widget.Button", no, rid=rid("button2"), bounds=(500, 1350, 740, 1450),
                              flags="clickable"),
                         node("android.widget.Button", yes, rid=rid("button1"), bounds=(760, 1350, 1000, 1450),
                              flags="clickable")]))


def pressed(label: str) -> list[dict]:
    return [{"kind": "tap", "line": f'tap [9] "{label}"', "outcome": "success", "key": "tap [9]"}]


@pytest.mark.parametrize(("task", "message", "yes", "no", "ids", "label"), [
    ("Uninstall Komoot", "Do you want to uninstall this app?", "OK", "Cancel", True, "Uninstall"),
    ("Clear the app's storage", "Clear all of this app's data? It cannot be undone.", "OK", "Cancel", True, "Clear storage"),
    ("log out of deezer please", "Are you sure you want to log out?", "Yes", "No", False, "Log out"),
])
def test_the_dialog_confirming_the_verb_just_pressed_is_answered_yes(task, message, yes, no, ids, label):
    screen = dialog(message, yes, no, ids)
    best = rank(task, "", screen, APPS, pressed(label))[0]
    assert best.action["kind"] == "tap" and screen.labels[best.action["element"]] == yes


def test_a_pop_up_that_only_shares_a_word_is_not_a_confirmation():
    screen = dialog("Enjoying the app? Rate it on the store", "Rate now", "Later")
    task = "Rate my last hike 5 stars"
    with_press = {c.text: c.score for c in rank(task, "", screen, APPS, pressed("My tours"))}
    without = {c.text: c.score for c in rank(task, "", screen, APPS, [])}
    assert with_press == without


def test_a_negated_task_waits_on_the_dialog_for_its_cancel():
    screen = dialog("Do you want to uninstall this app?")
    ranked = rank("no wait, don't uninstall Komoot", "", screen, APPS, pressed("Uninstall"))
    assert screen.labels[ranked[0].action["element"]] == "Cancel"
    assert not any(c.action["kind"] in ("open_app", "done") and c.score >= ranked[0].score for c in ranked)
