"""Held task templates, second batch, part two: the four two-app tasks (hard) and the Maps ones, listed in
``TWO_APPS`` and loaded by unseen_templates_b.py (never used to tune the agent)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.contacts import digits
from cascadroid.device.sim.apps.maps import Place
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize, price_forms, time_forms
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    contact,
    day_text,
    edit_contact,
    ensure_contact,
    open_note,
    open_place,
    open_product,
    person,
    phone_number,
)
from cascadroid.device.sim.tasks.nav import (
    CHATS,
    SEEN,
    chat_send,
    chat_sent,
    chat_with,
    mail_from,
    open_chat,
    open_email,
)
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import events_titled, sample_day, sample_time

PLACES = ["Harbor Noodle Bar", "Golden Dumpling", "Blue Door Bistro", "Olive Tree Deli", "Copper Kettle Tea Room"]


# ---- Maps: a named place (written by setup, so every seed has it) ------------------------------------
class _NamedPlace(QuestionTask):
    apps, difficulty = ("maps",), "easy"

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"place": rng.choice(PLACES), "phone": f"+1 415-555-{rng.randint(200, 999):04d}",
                "opens": rng.choice(["07:30", "08:00", "10:00", "11:30"]), "closes": rng.choice(["16:00", "22:30"]),
                "km": rng.choice([0.6, 1.4, 2.7, 3.9, 5.2])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        maps = device.app("maps")
        maps.state.places = [p for p in maps.state.places if p.name != params["place"]]
        maps.state.places.append(Place(
            id=maps.state.next_id, name=params["place"], category="Restaurant", rating=4.1, reviews=230,
            address="77 Pier Rd", phone=params["phone"], opens=params["opens"], closes=params["closes"],
            distance_km=params["km"], keywords="restaurant food"))
        maps.state.next_id += 1

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_place(Plan(device), params["place"], params["place"]).done(self.expected(device, params)[0])


class PlacePhone(_NamedPlace):
    name = "unseen2_maps_place_phone_question"
    goal = "What is the phone number of {place}?"
    goals = ("I want to ring {place}. Which number do I call? Look it up in Maps.", "{place} phone number")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["phone"], params["phone"].removeprefix("+1 ")]


class PlaceOpens(_NamedPlace):
    name = "unseen2_maps_place_opening_question"
    goal = "What time does {place} open?"
    goals = ("How early can I go to {place}? When do they open?", "opening time of {place} in maps")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return time_forms(params["opens"])


class PlaceDistance(_NamedPlace):
    name, difficulty = "unseen2_maps_place_distance_question", "medium"
    goal = "How far away is {place}, according to Maps?"
    goals = ("How many kilometres is it to {place}?", "distance to {place}?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(params["km"])]


# ---- two apps -----------------------------------------------------------------------------------
class MailTimeToAlarm(TaskTemplate):
    name, apps, difficulty = "unseen2_mail_pickup_to_alarm", ("mail", "clock"), "hard"
    may_change = ("clock.alarms", "clock.next_id", *SEEN)
    goal = "{sender} emailed me when to pick them up. Set an alarm for that time labelled \"Pickup\"."
    goals = ("Check {sender}'s email about the pickup and set an alarm called Pickup at the time they asked for.",
             "alarm \"Pickup\" at the time in {sender}'s pickup email")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "hour": rng.choice([6, 7, 16, 17, 18]), "minute": rng.choice([10, 20, 40, 50])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = [a for a in clock.state.alarms if (a.hour, a.minute) != (params["hour"], params["minute"])]
        mail_from(device, params["sender"], "Pickup time",
                  f"Could you pick me up at the station at {params['hour']}:{params['minute']:02d}? Thanks!")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any((a.hour, a.minute) == (params["hour"], params["minute"]) and a.enabled
                   and normalize(a.label) == "pickup" for a in device.app("clock").state.alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), "Pickup time").open("Clock").tap(content_desc="Add alarm")
        plan.fill(CLOCK_PKG, {"alarm_hour": str(params["hour"]), "alarm_minute": f"{params['minute']:02d}",
                              "alarm_label": "Pickup"})
        return plan.tap(resource_id=rid(CLOCK_PKG, "save")).done()


class ChatNumberToContact(TaskTemplate):
    name, apps, difficulty = "unseen2_chat_number_to_contact", ("chat", "contacts"), "hard"
    may_change = ("contacts.contacts.*.phone", *SEEN)
    goal = "{name} sent me their new phone number on Signal. Update their contact with it."
    goals = ("{name} has a new number, it's in their last Signal message. Save it in Contacts instead of the old one.",
             "put the new number {name} signalled me into their contact")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "old": phone_number(rng), "new": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["old"])
        chat = chat_with(device, params["name"])
        device.app("chat").post(chat.id, params["name"], f"Hi! My new number is {params['new']}, please save it.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and digits(found.phone) == digits(params["new"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_chat(Plan(device), params["name"])
        return edit_contact(plan, params["name"], "phone", params["new"]).done()


class PriceToChat(TaskTemplate):
    name, apps, difficulty, may_change = "unseen2_shop_price_to_chat", ("shop", "chat"), "hard", CHATS
    goal = "Tell {friend} on Signal how much \"{product}\" costs in Shop."
    goals = ("{friend} wants to know the price of \"{product}\". Look it up in Shop and send it to them on Signal.",
             "signal {friend} the shop price of {product}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"friend": person(rng), "product": products(rng)[0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        chat_with(device, params["friend"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        texts = chat_sent(device, params["friend"])
        return any(f" {normalize(f)} " in f" {normalize(t)} "
                   for t in texts for f in price_forms(product(device, params["product"]).price))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        price = product(device, params["product"]).price
        plan = open_product(Plan(device), params["product"])
        return chat_send(plan, params["friend"], f"It costs ${price:.2f}").done()


class NoteToEvent(TaskTemplate):
    name, apps, difficulty = "unseen2_note_date_to_event", ("notes", "calendar"), "hard"
    may_change = ("calendar.events", "calendar.next_id")
    goal = "My note \"{title}\" says when it is. Add \"{title}\" to my calendar on that date and time."
    goals = ("Put the {title} in my calendar; the day and time are written in my note called \"{title}\".",
             "calendar event from note {title} (same date + time)")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Plumber visit", "Piano recital", "Car service", "Haircut"]),
                "day": sample_day(rng, 2, 12), "time": sample_time(rng, 9, 18)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        notes, calendar = device.app("notes"), device.app("calendar")
        for note in list(notes.titled(params["title"])):
            notes.delete(note.id)
        notes.add(params["title"], f"Booked for {day_text(params['day'])} at {params['time']}. Bring the card.")
        for event in events_titled(device, params["title"]):
            calendar.delete(event.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(e.day == date.fromisoformat(params["day"]) and e.start == params["time"]
                   for e in events_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"]).back().open("Calendar").tap(content_desc="New event")
        plan.fill(CALENDAR_PKG, {"event_title_field": params["title"], "event_date_field": params["day"],
                                 "event_time_field": params["time"]})
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


TWO_APPS = [PlacePhone, PlaceOpens, PlaceDistance, MailTimeToAlarm, ChatNumberToContact, PriceToChat, NoteToEvent]
__all__ = ["PLACES", "TWO_APPS"]
