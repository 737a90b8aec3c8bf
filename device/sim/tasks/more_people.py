"""More tasks on Contacts, Messages, Phone and Notes (beyond people.py and productivity.py)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from ...script import Step
from ..apps.phone import Call
from .base import QuestionTask, TaskTemplate, normalize
from .common import (
    MESSAGES_PKG,
    NOTES_PKG,
    contact,
    edit_contact,
    ensure_contact,
    open_contact,
    open_note,
    person,
    phone_number,
    put_message,
    read_contact,
    street_address,
)
from .nav import long_press
from .plan import Plan, rid
from .productivity import notes_titled


class _Person(TaskTemplate):
    apps = ("contacts",)
    starred = False

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name = person(rng)
        return {"name": name, "phone": phone_number(rng), "address": street_address(rng),
                "email": f"{name.split()[0].lower()}.{rng.randint(10, 99)}@example.org"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], address=params["address"], email=params["email"],
                       starred=self.starred)  # type: ignore[arg-type]


class ContactsAddAddress(_Person):
    name = "contacts_add_address"
    difficulty = "medium"
    tags = ("contacts", "edit")
    may_change = ("contacts.contacts.*.address",)
    goal = "Set {name}'s address in Contacts to {new_address}."
    goals = ("{name} moved to {new_address} - update their contact.",
             "Could you change the address on {name}'s contact card to \"{new_address}\"?",
             "contacts: {name} address = {new_address}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "new_address": street_address(rng)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and normalize(found.address) == normalize(params["new_address"]) and \
            params["new_address"] != params["address"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return edit_contact(Plan(device), params["name"], "address", params["new_address"]).done()


class ContactsUnstar(_Person):
    name = "contacts_unstar"
    difficulty = "easy"
    tags = ("contacts", "star")
    starred = True
    may_change = ("contacts.contacts.*.starred",)
    goal = "Remove {name} from my favourite contacts."
    goals = ("Unstar {name} in Contacts.",
             "{name} doesn't need to be a starred contact any more; please unstar them.",
             "unstar {name}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and not found.starred

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_contact(Plan(device), params["name"]).tap(content_desc="Unstar").done()


class ContactsRename(_Person):
    name = "contacts_rename"
    difficulty = "medium"
    tags = ("contacts", "edit")
    may_change = ("contacts.contacts.*.name",)
    goal = "Rename the contact {name} to {new_name}."
    goals = ("Change {name}'s name in Contacts to {new_name}.",
             "{name} got married and is now {new_name} - please update the contact's name.",
             "contact {name} -> {new_name}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        return {**params, "new_name": f"{params['name'].split()[0]} {rng.choice(['Moreau', 'Quinn', 'Sato'])}"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return contact(device, params["name"]) is None and contact(device, params["new_name"]) is not None

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return edit_contact(Plan(device), params["name"], "name", params["new_name"]).done()


class ContactsEmailQuestion(_Person, QuestionTask):
    name = "contacts_email_question"
    difficulty = "easy"
    tags = ("contacts", "question")
    goal = "What is {name}'s email address?"
    goals = ("Look up the email of {name} in my contacts.",
             "I want to write to {name} - which email address do I have saved for them?",
             "{name} email?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [read_contact(device, params["name"]).email]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_contact(Plan(device), params["name"]).done(self.expected(device, params)[0])


class ContactsAddressQuestion(_Person, QuestionTask):
    name = "contacts_address_question"
    difficulty = "easy"
    tags = ("contacts", "question")
    goal = "Where does {name} live, according to my contacts?"
    goals = ("What address do I have for {name}?",
             "I'm sending {name} a postcard - what's the street address on their contact?",
             "{name} address?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        address = read_contact(device, params["name"]).address
        return [address, address.split(",")[0]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_contact(Plan(device), params["name"]).done(self.expected(device, params)[0])


class ContactsStarredCount(QuestionTask):
    name = "contacts_starred_count_question"
    apps = ("contacts",)
    difficulty = "medium"
    tags = ("contacts", "question", "count")
    goal = "How many starred contacts do I have?"
    goals = ("Count my favourite contacts.",
             "Out of curiosity, how many people have I starred in Contacts?",
             "starred contacts count")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"names": [person(rng) for _ in range(rng.randint(1, 3))]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name in params["names"]:
            ensure_contact(device, name, phone_number(random.Random(name)), starred=True)  # type: ignore[arg-type]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(sum(1 for c in device.app("contacts").state.contacts if c.starred))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Contacts").done(self.expected(device, params)[0])


class MessagesDeleteThread(TaskTemplate):
    name = "messages_delete_conversation"
    apps = ("messages", "contacts")
    difficulty = "medium"
    tags = ("messages", "delete")
    may_change = ("messages.threads",)
    goal = "Delete my text conversation with {name}."
    goals = ("Remove the SMS thread with {name}.",
             "Please clear out my whole Messages conversation with {name}, I don't need it.",
             "delete texts with {name}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], "See you tomorrow", latest=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("messages").thread_with(params["phone"]) is None and \
            bool(device.app("messages").state.threads)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages")
        long_press(plan, resource_id=rid(MESSAGES_PKG, "conversation_row"), text_contains=params["name"])
        return plan.tap(text="Delete").done()


class PhoneLastCallerQuestion(QuestionTask):
    name = "phone_last_caller_question"
    apps = ("phone", "contacts")
    difficulty = "easy"
    tags = ("phone", "question")
    goal = "Who called me last?"
    goals = ("Whose was the most recent incoming call?",
             "My phone rang a minute ago and I missed who it was - who called me most recently?",
             "last caller?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        device.app("phone").state.call_log.append(Call(number=params["phone"], direction="incoming",
                                                       time=device.now - timedelta(minutes=1), duration_s=64))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        last = [c for c in device.app("phone").state.call_log if c.direction in ("incoming", "missed")][-1]
        found = device.app("phone").contact_for(last.number)
        return [found.name if found else last.number]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Phone").tap(text="Recents").done(self.expected(device, params)[0])


class PhoneMissedCountQuestion(QuestionTask):
    name = "phone_missed_count_question"
    apps = ("phone",)
    difficulty = "medium"
    tags = ("phone", "question", "count")
    goal = "How many missed calls are in my call log?"
    goals = ("Count the missed calls in Phone.",
             "I was in a meeting all day - how many calls did I miss, according to the call log?",
             "missed calls count")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"numbers": [phone_number(rng) for _ in range(rng.randint(1, 3))]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for i, number in enumerate(params["numbers"]):
            device.app("phone").state.call_log.append(Call(number=number, direction="missed",
                                                           time=device.now - timedelta(minutes=30 - i)))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(sum(1 for c in device.app("phone").state.call_log if c.direction == "missed"))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Phone").tap(text="Recents").done(self.expected(device, params)[0])


class _Note(TaskTemplate):
    apps = ("notes",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Trip ideas", "Errands", "Door code", "Wishlist"]),
                "body": rng.choice(["Call the plumber", "Buy a lamp", "Pick up the parcel"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for note in notes_titled(device, params["title"]):
            device.app("notes").delete(note.id)
        device.app("notes").add(params["title"], params["body"])


class NotesRename(_Note):
    name = "notes_rename"
    difficulty = "easy"
    tags = ("notes", "edit")
    may_change = ("notes.notes.*.title",)
    goal = "Rename my note \"{title}\" to \"{new_title}\"."
    goals = ("Give the {title} note the title {new_title}.",
             "The note called \"{title}\" should really be named \"{new_title}\" - could you change its title?",
             "note {title} -> {new_title}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        params = super().sample_params(rng)
        return {**params, "new_title": f"{params['title']} {rng.choice(['2026', 'old', 'done'])}"}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not notes_titled(device, params["title"]) and \
            any(normalize(n.body) == normalize(params["body"]) for n in notes_titled(device, params["new_title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"]).type(params["new_title"], resource_id=rid(NOTES_PKG, "title"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class NotesReplaceBody(_Note):
    name = "notes_replace_text"
    difficulty = "easy"
    tags = ("notes", "edit")
    may_change = ("notes.notes.*.body",)
    goal = "Replace the text of my note \"{title}\" with \"{new_body}\"."
    goals = ("Make the {title} note say only: {new_body}",
             "Please overwrite whatever is in my \"{title}\" note so that it just reads \"{new_body}\".",
             "note {title} := {new_body}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "new_body": rng.choice(["All done", "Moved to next week",
                                                                       "Ask Dana first"])}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(n.body) == normalize(params["new_body"]) for n in notes_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"]).type(params["new_body"], resource_id=rid(NOTES_PKG, "body"))
        return plan.tap(resource_id=rid(NOTES_PKG, "save")).done()


class NotesMentionCount(QuestionTask):
    name = "notes_mention_count_question"
    apps = ("notes",)
    difficulty = "medium"
    tags = ("notes", "question", "count", "search")
    goal = "How many of my notes mention \"{word}\"?"
    goals = ("Count the notes that contain the word {word}.",
             "Search my notes for \"{word}\" and tell me how many notes it appears in.",
             "notes with {word}: how many?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"word": rng.choice(["umbrella", "passport", "invoice"]), "extra": rng.randint(1, 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for i in range(params["extra"]):
            device.app("notes").add(f"Reminder {i + 1}", f"Don't forget the {params['word']}")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(len(device.app("notes").find(params["word"])))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Notes").type(params["word"], resource_id=rid(NOTES_PKG, "search"))
        return plan.done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    ContactsAddAddress, ContactsUnstar, ContactsRename, ContactsEmailQuestion, ContactsAddressQuestion,
    ContactsStarredCount, MessagesDeleteThread, PhoneLastCallerQuestion, PhoneMissedCountQuestion, NotesRename,
    NotesReplaceBody, NotesMentionCount,
)
