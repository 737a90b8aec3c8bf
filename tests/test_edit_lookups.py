"""Reaching an existing item to edit it: an e-mail address's domain names no app, and a search box looks up
the item the task names, not the new address or number that goes into it. Invented apps and people."""

from __future__ import annotations

from fixtures_uidump import node, screen_of

from cascadroid.agents import app_choice
from cascadroid.agents.candidates import rank
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo

APPS = [AppInfo(label="Mail", package="com.vendor.mail"), AppInfo(label="Outlook", package="com.microsoft.outlook"),
        AppInfo(label="People", package="com.vendor.contacts"), AppInfo(label="Messages", package="com.vendor.messaging")]


def best_app(task: str) -> str:
    choices = app_choice.choose(words(task), "com.vendor.launcher", APPS, task, clause_verbs(task))
    return max(choices, key=lambda c: c.score).app.label if choices else ""


def test_an_email_address_domain_names_no_app():
    assert best_app("Put tara.quinn@mail.com on Tara Quinn's contact card") == "People"
    assert best_app("save jo@outlook.de as the email of Jo Brandt in my contacts") == "People"
    assert best_app("text Luis Ortega that my new address is luis@messages.example") == "Messages"


def test_an_app_said_outside_the_address_still_counts():
    assert best_app("in Outlook, send a mail to jo@outlook.de") == "Outlook"
    assert best_app("open Mail and write to ana@mail.com") == "Mail"


def people_list(package: str):
    return screen_of(
        package,
        node("android.widget.EditText", (0, 150, 1080, 280), text="Search people", rid=f"{package}:id/search_box",
             click=True),
        node("android.widget.LinearLayout", (0, 300, 1080, 450), node("android.widget.TextView", (40, 320, 900, 430),
                                                                      text="Anders Holm"), click=True),
        node("android.widget.LinearLayout", (0, 450, 1080, 600), node("android.widget.TextView", (40, 470, 900, 580),
                                                                      text="Beatriz Lopes"), click=True),
    )


def test_a_search_box_looks_up_the_named_item_before_the_value_that_goes_into_it():
    for task, name in (("Add the email address kai.lund@post.example to Kai Lund's contact", "Kai Lund"),
                       ("Put +46 70 123 45 67 on Mira Sand's contact card", "Mira Sand"),
                       ("change the email of the contact Olu Ade to olu@ade.example", "Olu Ade")):
        ranked = rank(task, "", people_list("com.vendor.contacts"), [], [])
        typed = [c.action["text"] for c in ranked if c.action["kind"] == "type"]
        assert typed and typed[0] == name, (task, [c.text for c in ranked[:4]])

