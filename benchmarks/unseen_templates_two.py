"""The four two-app held templates of unseen_templates.py (calendar to notes or Signal, notes to contacts,
clock to messages): new shapes the built-in suite does not have."""

from __future__ import annotations

import random
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.tasks.base import TaskTemplate, answer_matches, time_forms
from cascadroid.device.sim.tasks.common import (
    CLOCK_PKG,
    edit_contact,
    ensure_contact,
    open_event,
    open_note,
    person,
    phone_number,
    send_text,
    sent_texts,
)
from cascadroid.device.sim.tasks.nav import CHATS, chat_send, chat_sent, chat_with, said
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import _ExistingEvent, new_note, notes_titled

LABELS = ["Yoga", "Bins out", "Piano practice", "Vitamins", "Feed the cat"]


class EventPlaceToNote(_ExistingEvent):
    name, apps, difficulty, may_change = "unseen_event_place_to_note", ("calendar", "notes"), "hard", ("notes.notes",)
    goal = "Write where \"{title}\" on {day_text} takes place in a new note titled \"{title}\"."
    goals = ("Check my calendar for the location of {title} ({day_text}) and save it in a note called {title}.",
             "note {title}: the place of my {title} event on {day_text}")

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        for note in notes_titled(device, params["title"]):
            device.app("notes").delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        place = self.event(device, params).location
        return any(said([n.body, n.title], place) for n in notes_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        place = self.event(device, params).location
        return new_note(open_event(Plan(device), params["title"]), params["title"], place).done()


class EventPlaceToChat(_ExistingEvent):
    name, apps, difficulty, may_change = "unseen_event_place_to_chat", ("calendar", "chat"), "hard", CHATS
    goal = "Tell {friend} on Signal where my \"{title}\" event on {day_text} is."
    goals = ("Send {friend} a Signal message with the location of {title} on {day_text}.",
             "signal {friend} the place of {title} ({day_text})")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "friend": person(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        device.app("chat").post(chat_with(device, params["friend"]).id, params["friend"], "Where is it?", minutes_ago=20)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["friend"]), self.event(device, params).location)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        place = self.event(device, params).location
        return chat_send(open_event(Plan(device), params["title"]), params["friend"], place).done()


class NoteEmailToContact(TaskTemplate):
    name, apps, difficulty = "unseen_note_email_to_contact", ("notes", "contacts"), "hard"
    may_change = ("contacts.contacts.*.email",)
    goal = "My note \"{title}\" has {name}'s new email address. Put it in their contact."
    goals = ("Update {name}'s contact with the email address I wrote in the note {title}.",
             "{name} email: take it from note {title} into contacts")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name = person(rng)
        return {"name": name, "phone": phone_number(rng), "title": rng.choice(["New details", "From the party"]),
                "email": f"{name.replace(' ', '_').lower()}@newmail.example"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], email="old@old.example")
        for note in notes_titled(device, params["title"]):
            device.app("notes").delete(note.id)
        device.app("notes").add(params["title"], f"{params['name']} - new email: {params['email']}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(c.name == params["name"] and c.email.strip().lower() == params["email"]
                   for c in device.app("contacts").state.contacts)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"])
        return edit_contact(plan, params["name"], "email", params["email"]).done()


class AlarmTimeByText(TaskTemplate):
    name, apps, difficulty = "unseen_alarm_time_by_text", ("clock", "messages", "contacts"), "hard"
    may_change = ("messages.threads",)
    goal = "Text {name} what time my \"{label}\" alarm goes off."
    goals = ("Let {name} know by SMS when my {label} alarm is set for.", "sms {name} my {label} alarm time")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"label": rng.choice(LABELS), "hour": rng.choice([6, 7, 9, 12, 17, 20]), "minute": rng.choice([5, 25, 35]),
                "name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = [a for a in clock.state.alarms if a.label != params["label"]]
        clock.add_alarm(params["hour"], params["minute"], params["label"], enabled=True)
        ensure_contact(device, params["name"], params["phone"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return time_forms(f"{params['hour']:02d}:{params['minute']:02d}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return answer_matches(" | ".join(sent_texts(device, params["phone"])), self.expected(device, params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        desc = f"{params['hour']:02d}:{params['minute']:02d} {params['label']}"
        plan = Plan(device).open("Clock").scroll_to(rid(CLOCK_PKG, "alarm_recycler_view"), content_desc=desc)
        return send_text(plan, params["name"], f"My {params['label']} alarm is at {self.expected(device, params)[0]}").done()


TWO_APPS = [EventPlaceToNote, EventPlaceToChat, NoteEmailToContact, AlarmTimeByText]
__all__ = ["LABELS", "TWO_APPS"]
