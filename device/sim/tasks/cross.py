"""Tasks that span two or more apps: read in one, act in another."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from typing import Any

from ...script import Step
from ..apps.contacts import digits
from ..apps.maps import CUISINES
from .base import TaskTemplate, normalize, time_forms
from .common import (
    CALENDAR_PKG,
    MESSAGES_PKG,
    SHOP_PKG,
    calls_to,
    contact,
    create_contact,
    day_text,
    ensure_contact,
    open_contact,
    open_event,
    open_place,
    open_product,
    person,
    phone_number,
    put_message,
    read_contact,
    send_text,
    sent_texts,
    street_address,
    two_people,
)
from .places import best_place, checkout, ordered, products
from .plan import Plan, rid
from .productivity import LOCATIONS, NEW_EVENTS, events_titled, fill_event, new_note, notes_titled, sample_day
from .system import add_alarm_fields


def texted(device: Any, phone: str, wanted: list[str]) -> bool:
    """Some text sent to ``phone`` contains one of ``wanted`` (normalised, whole words)."""
    return any(f" {normalize(w)} " in f" {normalize(t)} " for t in sent_texts(device, phone) for w in wanted)


def open_thread(plan: Plan, name: str) -> Plan:
    return plan.open("Messages").tap(resource_id=rid(MESSAGES_PKG, "conversation_row"), text_contains=name)


class _PersonAndCuisine(TaskTemplate):
    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "cuisine": rng.choice(sorted(CUISINES))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])


class TextBestPlaceAddress(_PersonAndCuisine):
    name = "text_best_place_address"
    may_change = ("messages.threads",)
    apps = ("maps", "messages", "contacts")
    difficulty = "hard"
    tags = ("maps", "messages", "compare", "share")
    goal = "Text {name} the address of the best-rated {cuisine} restaurant."
    goals = ("Send {name} an SMS with the address of the top-rated {cuisine} restaurant.",
             "{name} and I want {cuisine} tonight - could you text them where the best-rated {cuisine} restaurant is?",
             "sms {name}: best {cuisine} restaurant address")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return texted(device, params["phone"], [best_place(device, params["cuisine"]).address])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        place = best_place(device, params["cuisine"])
        plan = open_place(Plan(device), params["cuisine"], place.name)
        return send_text(plan, params["name"], place.address).done()


class EventFromMessage(TaskTemplate):
    name = "calendar_event_from_message"
    may_change = ("calendar.events", "messages.threads.*.read")
    apps = ("messages", "calendar", "contacts")
    difficulty = "hard"
    tags = ("messages", "calendar", "create", "read")
    goal = ("{name} texted me about dinner. Add it to my calendar as \"Dinner with {first}\" "
            "with the date, time and place from the message.")
    goals = (
        "Make a calendar entry \"Dinner with {first}\" using the date, time and place {name} sent by SMS.",
        "{name} texted me dinner plans - please add \"Dinner with {first}\" to my calendar, same day, time and place.",
        "calendar: Dinner with {first}, details from {name}'s text",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "day": sample_day(rng, 1, 6),
                "time": f"{rng.choice([18, 19, 20])}:{rng.choice(['00', '30'])}", "place": rng.choice(LOCATIONS)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"first": params["name"].split()[0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], f"Dinner on {day_text(params['day'])} at {params['time']}, "
                                             f"at {params['place']}?", latest=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        title = f"Dinner with {self.goal_fields(params)['first']}"
        return any(e.day == date.fromisoformat(params["day"]) and e.start == params["time"]
                   and normalize(params["place"]) in normalize(e.location) for e in events_titled(device, title))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_thread(Plan(device), params["name"]).open("Calendar").tap(content_desc="New event")
        fill_event(plan, f"Dinner with {self.goal_fields(params)['first']}", params["day"], params["time"],
                   params["place"])
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class NoteProductPrice(TaskTemplate):
    name = "note_product_price"
    may_change = ("notes.notes",)
    apps = ("shop", "notes")
    difficulty = "medium"
    tags = ("shop", "notes", "price", "create")
    goal = "Look up the price of \"{product}\" in Shop and save it in a new note titled \"{product}\"."
    goals = ("Make a note titled {product} with its price from Shop.",
             "How much is \"{product}\" in Shop? Write the price down in a new note called \"{product}\".",
             "note {product}: price")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": products(rng)[0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for note in notes_titled(device, params["product"]):
            device.app("notes").delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        price = device.app("shop").named(params["product"]).price
        return any(f" {normalize(f'{price:.2f}')} " in f" {normalize(n.body)} "
                   for n in notes_titled(device, params["product"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        item = device.app("shop").named(params["product"])
        plan = open_product(Plan(device), item.name)
        return new_note(plan, item.name, item.price_text).done()


class CallLatestTexter(TaskTemplate):
    name = "call_latest_texter"
    may_change = ("messages.threads.*.read", "phone.call_log", "phone.in_call")
    apps = ("messages", "phone", "contacts")
    difficulty = "medium"
    tags = ("messages", "phone", "call")
    goal = "Call the person who sent me the most recent text."
    goals = ("Ring whoever texted me last.", "Someone just sent me a message - could you call them back for me?",
             "call the last person who texted")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], "Call me when you can, it's about Saturday", latest=True)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return bool(calls_to(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages").tap(resource_id=rid(MESSAGES_PKG, "conversation_row"))
        return plan.tap(content_desc="Call").done()


class AlarmBeforeEvent(TaskTemplate):
    name = "alarm_before_event"
    may_change = ("clock.alarms",)
    apps = ("calendar", "clock")
    difficulty = "hard"
    tags = ("calendar", "clock", "alarm", "time_math")
    goal = "Set an alarm {minutes} minutes before \"{title}\" starts on {day_text}."
    goals = (
        "Wake me {minutes} minutes ahead of \"{title}\" ({day_text}) with an alarm.",
        "I tend to forget \"{title}\" on {day_text}; could you set an alarm for {minutes} minutes before it begins?",
        "alarm {minutes} min before {title}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(NEW_EVENTS), "day": sample_day(rng, 1, 5),
                "time": f"{rng.randint(7, 11):02d}:{rng.choice(['00', '15', '30', '45'])}",
                "minutes": rng.choice([15, 30, 45, 60])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def alarm_time(self, device: Any, params: dict[str, Any]) -> tuple[int, int]:
        event = events_titled(device, params["title"])[0]
        at = datetime.combine(event.day, datetime.strptime(event.start, "%H:%M").time())
        at -= timedelta(minutes=params["minutes"])
        return at.hour, at.minute

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for event in events_titled(device, params["title"]):
            device.app("calendar").delete(event.id)
        device.app("calendar").add_event(params["title"], date.fromisoformat(params["day"]), params["time"], "Online")
        hour, minute = self.alarm_time(device, params)
        clock = device.app("clock").state
        clock.alarms = [a for a in clock.alarms if (a.hour, a.minute) != (hour, minute)]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = self.alarm_time(device, params)
        return any((a.hour, a.minute) == want and a.enabled for a in device.app("clock").state.alarms)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        hour, minute = self.alarm_time(device, params)
        plan = open_event(Plan(device), params["title"]).open("Clock").tap(content_desc="Add alarm")
        return add_alarm_fields(plan, hour, minute).tap(resource_id=rid("com.google.android.deskclock", "save")).done()


class ContactFromPlace(TaskTemplate):
    name = "contact_from_best_place"
    may_change = ("contacts.contacts",)
    apps = ("maps", "contacts")
    difficulty = "hard"
    tags = ("maps", "contacts", "create", "compare")
    goal = "Save the best-rated {cuisine} restaurant in Maps as a new contact, with its name and phone number."
    goals = ("Add the top-rated {cuisine} restaurant from Maps to my contacts (name and number).",
             "I'll order from the best {cuisine} place often - save it as a contact with its name and phone number.",
             "new contact <- best {cuisine} restaurant")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"cuisine": rng.choice(sorted(CUISINES))}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        place = best_place(device, params["cuisine"])
        found = contact(device, place.name)
        return found is not None and digits(found.phone) == digits(place.phone)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        place = best_place(device, params["cuisine"])
        plan = open_place(Plan(device), params["cuisine"], place.name)
        return create_contact(plan, place.name, place.phone).done()


class ShareContactNumber(TaskTemplate):
    name = "share_contact_number"
    may_change = ("messages.threads",)
    apps = ("contacts", "messages")
    difficulty = "medium"
    tags = ("contacts", "messages", "share")
    goal = "Text {to} the phone number of {about}."
    goals = ("Send {to} {about}'s number by SMS.",
             "{to} needs to reach {about}; could you text them {about}'s phone number?", "sms {to}: number of {about}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        to, about = two_people(rng)
        return {"to": to, "to_phone": phone_number(rng), "about": about, "about_phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["to"], params["to_phone"])
        ensure_contact(device, params["about"], params["about_phone"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = digits(params["about_phone"])
        return any(want in re.sub(r"\D", "", t) for t in sent_texts(device, params["to_phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["about"])
        return send_text(plan, params["to"], params["about_phone"]).done()


class EventAtBestPlace(TaskTemplate):
    name = "event_at_best_place"
    may_change = ("calendar.events",)
    apps = ("maps", "calendar")
    difficulty = "hard"
    tags = ("maps", "calendar", "create", "compare")
    goal = ("Create a calendar event \"{title}\" on {day_text} at {time}, with the address of the "
            "best-rated {cuisine} restaurant as its location.")
    goals = ("Add \"{title}\" on {day_text} at {time}; location: the top-rated {cuisine} restaurant's address.",
             "We meet at the best {cuisine} restaurant: make \"{title}\" ({day_text}, {time}) with its address.",
             "event {title} {day_text} {time} @ best {cuisine} restaurant")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Team dinner", "Birthday lunch", "Date night"]), "day": sample_day(rng),
                "time": rng.choice(["12:30", "13:00", "19:00", "19:30"]), "cuisine": rng.choice(sorted(CUISINES))}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for event in events_titled(device, params["title"]):
            device.app("calendar").delete(event.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        address = best_place(device, params["cuisine"]).address
        return any(e.day == date.fromisoformat(params["day"]) and e.start == params["time"]
                   and normalize(address) in normalize(e.location) for e in events_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        place = best_place(device, params["cuisine"])
        plan = open_place(Plan(device), params["cuisine"], place.name).open("Calendar").tap(content_desc="New event")
        fill_event(plan, params["title"], params["day"], params["time"], place.address)
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class ShipToContact(TaskTemplate):
    name = "ship_to_contact"
    may_change = ("shop.orders", "shop.cart", "shop.saved_address")
    apps = ("contacts", "shop")
    difficulty = "hard"
    tags = ("contacts", "shop", "checkout")
    goal = "Buy \"{product}\" in Shop and ship it to {name}'s address from my contacts."
    goals = ("Order \"{product}\" from Shop, delivered to {name}'s address in Contacts.",
             "I'd like to gift {name} a \"{product}\" - buy it in Shop and ship it to the address in their contact.",
             "buy {product} -> {name}'s address")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": products(rng)[0], "name": person(rng), "address": street_address(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], phone_number(random.Random(params["name"])), address=params["address"])
        shop = device.app("shop").state
        shop.cart, shop.orders, shop.saved_address = [], [], ""

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and ordered(device, [device.app("shop").named(params["product"]).id], found.address)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        address = read_contact(device, params["name"]).address
        plan = open_contact(Plan(device), params["name"])
        plan = open_product(plan, params["product"]).tap(resource_id=rid(SHOP_PKG, "add_to_cart"))
        return checkout(plan, address).done()


class NoteFromMessage(TaskTemplate):
    name = "note_from_message"
    may_change = ("notes.notes", "messages.threads.*.read")
    apps = ("messages", "notes", "contacts")
    difficulty = "medium"
    tags = ("messages", "notes", "create", "read")
    goal = "Save the Wi-Fi password {name} texted me in a new note titled \"{title}\"."
    goals = ("Create a note \"{title}\" with the Wi-Fi password from {name}'s text.",
             "{name} sent me the Wi-Fi password by SMS; please keep it in a new note called \"{title}\".",
             "note {title} <- wifi password from {name}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        word = rng.choice(["maple", "orbit", "falcon", "copper", "lantern"])
        return {"name": person(rng), "phone": phone_number(rng), "title": rng.choice(["Guest wifi", "Wifi at Lena's"]),
                "password": f"{word}{rng.randint(10, 99)}"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], f"The wifi password is {params['password']}", latest=True)
        for note in notes_titled(device, params["title"]):
            device.app("notes").delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(f" {params['password'].lower()} " in f" {normalize(n.body)} "
                   for n in notes_titled(device, params["title"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_thread(Plan(device), params["name"])
        return new_note(plan, params["title"], params["password"]).done()


class TextEventTime(TaskTemplate):
    name = "text_event_time"
    may_change = ("messages.threads",)
    apps = ("calendar", "messages", "contacts")
    difficulty = "medium"
    tags = ("calendar", "messages", "share")
    goal = "Text {name} the start time of \"{title}\" on {day_text}."
    goals = ("Send {name} an SMS saying when \"{title}\" starts on {day_text}.",
             "{name} wants to know what time \"{title}\" begins on {day_text}; please check and text them.",
             "sms {name}: {title} start time")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "title": rng.choice(NEW_EVENTS),
                "day": sample_day(rng), "time": f"{rng.randint(8, 18):02d}:{rng.choice(['00', '30'])}"}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        for event in events_titled(device, params["title"]):
            device.app("calendar").delete(event.id)
        device.app("calendar").add_event(params["title"], date.fromisoformat(params["day"]), params["time"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        events = events_titled(device, params["title"])
        return bool(events) and texted(device, params["phone"], time_forms(events[0].start))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        start = events_titled(device, params["title"])[0].start
        return send_text(open_event(Plan(device), params["title"]), params["name"], start).done()


class TextProductLink(TaskTemplate):
    name = "text_cheapest_product"
    may_change = ("messages.threads",)
    apps = ("shop", "messages", "contacts")
    difficulty = "hard"
    tags = ("shop", "messages", "compare", "share")
    goal = "Find the cheapest product in the {category} category in Shop and text {name} its name and price."
    goals = (
        "Text {name} the name and price of the cheapest {category} product in Shop.",
        "{name} asked what the cheapest {category} thing in Shop is - look it up and text them its name and price.",
        "sms {name}: cheapest {category} + price",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        from ..apps.shop import CATALOG

        return {"category": rng.choice(sorted(CATALOG)), "name": person(rng), "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        item = device.app("shop").cheapest(params["category"])
        return any(normalize(item.name) in normalize(t) and f" {normalize(f'{item.price:.2f}')} " in f" {normalize(t)} "
                   for t in sent_texts(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        item = device.app("shop").cheapest(params["category"])
        plan = open_product(Plan(device), item.name)
        return send_text(plan, params["name"], f"{item.name} {item.price_text}").done()


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    TextBestPlaceAddress, EventFromMessage, NoteProductPrice, CallLatestTexter, AlarmBeforeEvent, ContactFromPlace,
    ShareContactNumber, EventAtBestPlace, ShipToContact, NoteFromMessage, TextEventTime, TextProductLink,
)
