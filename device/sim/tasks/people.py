"""Tasks on Contacts and Messages."""

from __future__ import annotations

import random
import re
from typing import Any

from ...script import Step
from ..apps.contacts import digits
from .base import QuestionTask, TaskTemplate, normalize
from .common import (
    CONTACTS_PKG,
    MESSAGES_PKG,
    contact,
    create_contact,
    edit_contact,
    ensure_contact,
    open_contact,
    person,
    phone_number,
    put_message,
    send_text,
    sent_texts,
)
from .plan import Plan, rid

TEXTS = ["Running late, start without me", "Can you pick up bread?", "See you at the station at 6",
         "Happy birthday!", "I left the keys under the mat", "Call me when you land"]
INCOMING = ["Are you free this evening?", "Did you get my email?", "Can we move our call?",
            "Want to grab lunch tomorrow?"]


def has_number(answer: str | None, number: str) -> bool:
    """The answer contains the number's last 10 digits (any formatting)."""
    return bool(answer) and digits(number) in re.sub(r"\D", "", answer or "")


class _OnePerson(TaskTemplate):
    apps = ("contacts",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])


class ContactsAdd(TaskTemplate):
    name = "contacts_add"
    may_change = ("contacts.contacts",)
    apps = ("contacts",)
    difficulty = "easy"
    tags = ("contacts", "create")
    goal = "Add a new contact named {name} with the phone number {phone}."
    goals = (
        "Save {phone} as a new contact called {name}.",
        "I just met {name}; could you add them to my contacts? Their number is {phone}.",
        "new contact {name} {phone}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        found = contact(device, params["name"])
        if found is not None:
            device.app("contacts").delete(found.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and digits(found.phone) == digits(params["phone"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return create_contact(Plan(device), params["name"], params["phone"]).done()


class ContactsEditPhone(_OnePerson):
    name = "contacts_edit_phone"
    may_change = ("contacts.contacts.*.phone",)
    difficulty = "medium"
    tags = ("contacts", "edit")
    goal = "Change {name}'s phone number to {new_phone}."
    goals = (
        "Update the number for {name} to {new_phone}.",
        "{name} has a new phone number, {new_phone}; could you change it in Contacts?",
        "{name} phone -> {new_phone}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "new_phone": phone_number(rng)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and digits(found.phone) == digits(params["new_phone"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return edit_contact(Plan(device), params["name"], "phone", params["new_phone"]).done()


class ContactsAddEmail(_OnePerson):
    name = "contacts_add_email"
    may_change = ("contacts.contacts.*.email",)
    difficulty = "medium"
    tags = ("contacts", "edit")
    goal = "Add the email address {email} to {name}'s contact."
    goals = (
        "Put {email} on {name}'s contact card.",
        "{name} gave me their email, {email} - please save it in their contact.",
        "{name} email = {email}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        return {**params, "email": params["name"].lower().replace(" ", ".") + rng.choice(["@mail.com", "@work.org"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], email="")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and found.email.strip().lower() == params["email"].lower() and \
            digits(found.phone) == digits(params["phone"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return edit_contact(Plan(device), params["name"], "email", params["email"]).done()


class ContactsDelete(_OnePerson):
    name = "contacts_delete"
    may_change = ("contacts.contacts",)
    difficulty = "medium"
    tags = ("contacts", "delete")
    goal = "Delete the contact {name}."
    goals = (
        "Remove {name} from my contacts.",
        "I no longer need {name} in my address book, please delete the contact.",
        "delete contact {name}",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return contact(device, params["name"]) is None and len(device.app("contacts").state.contacts) > 1

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["name"]).tap(resource_id=rid(CONTACTS_PKG, "menu_delete"))
        return plan.tap(text="Delete").done()


class ContactsStar(_OnePerson):
    name = "contacts_star"
    may_change = ("contacts.contacts.*.starred",)
    difficulty = "easy"
    tags = ("contacts", "favorite")
    goal = "Star {name} in Contacts (mark as a favorite)."
    goals = (
        "Make {name} a favourite contact.",
        "I call {name} all the time; please star them in Contacts.",
        "star {name}",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and found.starred

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_contact(Plan(device), params["name"]).tap(content_desc="Star").done()


class ContactsPhoneQuestion(_OnePerson, QuestionTask):
    name = "contacts_phone_question"
    difficulty = "easy"
    tags = ("contacts", "question")
    goal = "What is {name}'s phone number?"
    goals = (
        "Look up the number of {name} in my contacts.",
        "I need to give someone {name}'s number - what is it?",
        "{name} number?",
    )

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        found = contact(device, params["name"])
        return [found.phone] if found else []

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(has_number(answer, number) for number in self.expected(device, params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        found = contact(device, params["name"])
        return open_contact(Plan(device), params["name"]).done(found.phone if found else None)


class MessagesSend(_OnePerson):
    name = "messages_send_text"
    may_change = ("messages.threads",)
    apps = ("messages", "contacts")
    difficulty = "medium"
    tags = ("messages", "send")
    goal = "Text {name}: \"{text}\""
    goals = (
        "Send {name} a text saying {text}",
        "Could you SMS {name} for me? Just write \"{text}\".",
        "text {name} {text}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "text": rng.choice(TEXTS)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(params["text"]) in normalize(t) for t in sent_texts(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return send_text(Plan(device), params["name"], params["text"]).done()


class _LatestSender(TaskTemplate):
    """Setup: ``name`` sent the newest incoming text of all threads."""

    apps = ("messages",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "incoming": rng.choice(INCOMING)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], params["incoming"], latest=True)


class MessagesReplyLatest(_LatestSender):
    name = "messages_reply_latest"
    may_change = ("messages.threads",)
    difficulty = "medium"
    tags = ("messages", "reply")
    goal = "Reply \"{reply}\" to the most recent text I received."
    goals = (
        "Answer my latest SMS with: {reply}",
        "Please reply to whoever texted me last and say \"{reply}\".",
        "reply {reply}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "reply": rng.choice(["Yes, sounds good", "Not today, sorry",
                                                                    "Let me check and get back to you"])}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(params["reply"]) in normalize(t) for t in sent_texts(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages").tap(resource_id=rid(MESSAGES_PKG, "conversation_row"))
        plan.type(params["reply"], resource_id=rid(MESSAGES_PKG, "compose_message_text"))
        return plan.tap(resource_id=rid(MESSAGES_PKG, "send_message_button")).done()


class MessagesLatestSenderQuestion(_LatestSender, QuestionTask):
    name = "messages_latest_sender_question"
    may_change = ("messages.threads.*.read",)
    difficulty = "easy"
    tags = ("messages", "question")
    goal = "Who sent me the most recent text message?"
    goals = (
        "Whose text did I get last?",
        "My phone buzzed a moment ago - who sent me that latest SMS?",
        "last texter?",
    )

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        messages = device.app("messages")
        newest = max(((m.time, t.address) for t in messages.state.threads for m in t.messages if m.incoming),
                      default=None)
        return [messages.display_name(newest[1])] if newest else []

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Messages").done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    ContactsAdd, ContactsEditPhone, ContactsAddEmail, ContactsDelete, ContactsStar, ContactsPhoneQuestion,
    MessagesSend, MessagesReplyLatest, MessagesLatestSenderQuestion,
)
