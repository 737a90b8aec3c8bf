"""What many tasks share: name pools, setup writers, and navigation for reference solutions."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from ..apps.contacts import Contact, digits
from ..apps.messages import Message, Thread
from ..runtime import DEFAULT_START
from .plan import Plan, rid

CONTACTS_PKG = "com.android.contacts"
MESSAGES_PKG = "com.google.android.apps.messaging"
PHONE_PKG = "com.google.android.dialer"
CLOCK_PKG = "com.google.android.deskclock"
SETTINGS_PKG = "com.android.settings"
CALENDAR_PKG = "com.google.android.calendar"
NOTES_PKG = "com.google.android.keep"
MAPS_PKG = "com.android.maps"
SHOP_PKG = "com.android.shop"

# first names the seeded address book never uses, so a task's person is always unique
FIRST = ["Ines", "Jonas", "Mila", "Oscar", "Leila", "Nico", "Aria", "Felix", "Greta", "Hugo", "Iris", "Luca",
         "Maya", "Noah", "Selma", "Theo"]
LAST = ["Berg", "Castillo", "Dubois", "Eriksen", "Ferrari", "Grant", "Holm", "Ivanova", "Kowalski", "Lind",
        "Mendes", "Nakamura"]
CITIES = ["Springfield", "Riverton", "Lakeside", "Fairview"]
STREETS = ["Birch Way", "Willow Ct", "Harbor Ln", "Sunset Blvd", "Chestnut St", "Orchard Rd"]
TODAY: date = DEFAULT_START.date()


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def two_people(rng: random.Random) -> tuple[str, str]:
    first = rng.sample(FIRST, 2)
    return f"{first[0]} {rng.choice(LAST)}", f"{first[1]} {rng.choice(LAST)}"


def phone_number(rng: random.Random) -> str:
    return f"+1 {rng.randint(201, 989)}-555-{rng.randint(200, 999):04d}"


def street_address(rng: random.Random) -> str:
    return f"{rng.randint(2, 980)} {rng.choice(STREETS)}, {rng.choice(CITIES)}"


def day_text(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%A, %B %-d")


# ---- setup writers ----------------------------------------------------------------------------
def ensure_contact(device: Any, name: str, phone: str = "", **fields: str) -> Contact:
    """The contact called ``name`` (added if missing) with the given phone and fields."""
    contacts = device.app("contacts")
    found = next((c for c in contacts.state.contacts if c.name == name), None)
    if found is None:
        found = contacts.add(name, phone)
    if phone:
        found.phone = phone
    for key, value in fields.items():
        setattr(found, key, value)
    return found


def contact(device: Any, name: str) -> Contact | None:
    return next((c for c in device.app("contacts").state.contacts if c.name == name), None)


def read_contact(device: Any, name: str) -> Contact:
    """The contact a question reads; LookupError when it is gone (an agent deleted or renamed it: no goal state)."""
    found = contact(device, name)
    if found is None:
        raise LookupError(f"no contact named {name!r}")
    return found


def put_message(device: Any, number: str, text: str, *, incoming: bool = True, minutes_ago: int = 1,
                latest: bool = False) -> Thread:
    """Add a message to the thread with ``number`` (state only: no notification), dated before now;
    ``latest``: dated after every other message, so it is the newest of all threads."""
    messages = device.app("messages")
    thread = messages.thread_with(number)
    if thread is None:
        thread = Thread(id=messages.state.next_id, address=number)
        messages.state.next_id += 1
        messages.state.threads.append(thread)
    when = device.now - timedelta(minutes=minutes_ago)
    if latest:
        newest = max((m.time for t in messages.state.threads for m in t.messages), default=when)
        when = max(when, newest + timedelta(minutes=1))
    thread.messages.append(Message(text=text, incoming=incoming, time=when))
    thread.messages.sort(key=lambda m: m.time)
    thread.read = not incoming
    return thread


def sent_texts(device: Any, number: str, since: datetime | None = None) -> list[str]:
    """Texts sent to ``number`` (after ``since``)."""
    thread = device.app("messages").thread_with(number)
    if thread is None:
        return []
    return [m.text for m in thread.messages if not m.incoming and (since is None or m.time > since)]


def calls_to(device: Any, number: str) -> list[Any]:
    want = digits(number)
    return [c for c in device.app("phone").state.call_log if c.direction == "outgoing" and digits(c.number) == want]


# ---- navigation for reference solutions -------------------------------------------------------
def open_contact(plan: Plan, name: str) -> Plan:
    """Contacts -> search the name -> its detail page."""
    return plan.open("Contacts").type(name, resource_id=rid(CONTACTS_PKG, "search")).tap_row(name)


def create_contact(plan: Plan, name: str, phone: str) -> Plan:
    plan.open("Contacts").tap(content_desc="Create contact")
    return plan.fill(CONTACTS_PKG, {"name_field": name, "phone_field": phone}).tap(resource_id=rid(CONTACTS_PKG, "save"))


def edit_contact(plan: Plan, name: str, field: str, value: str) -> Plan:
    """Contacts -> the contact -> Edit -> type ``value`` into ``<field>_field`` -> Save."""
    open_contact(plan, name).tap(resource_id=rid(CONTACTS_PKG, "menu_edit"))
    return plan.fill(CONTACTS_PKG, {f"{field}_field": value}).tap(resource_id=rid(CONTACTS_PKG, "save"))


def send_text(plan: Plan, name: str, text: str) -> Plan:
    """Messages -> Start chat -> pick ``name`` -> type ``text`` -> Send."""
    plan.open("Messages").tap(resource_id=rid(MESSAGES_PKG, "start_chat_fab"))
    plan.type(name, resource_id=rid(MESSAGES_PKG, "recipient_text_view")).tap_row(name)
    plan.type(text, resource_id=rid(MESSAGES_PKG, "compose_message_text"))
    return plan.tap(resource_id=rid(MESSAGES_PKG, "send_message_button"))


def call_contact(plan: Plan, name: str) -> Plan:
    return open_contact(plan, name).tap(resource_id=rid(CONTACTS_PKG, "call_button"))


def open_place(plan: Plan, query: str, place_name: str) -> Plan:
    """Maps -> search ``query`` -> hide the keyboard -> scroll to the place -> its page."""
    plan.open("Maps").type(query, resource_id=rid(MAPS_PKG, "search")).back()
    return plan.scroll_to(rid(MAPS_PKG, "results"), resource_id="android:id/title", text=place_name).tap_row(place_name)


def open_product(plan: Plan, name: str) -> Plan:
    plan.open("Shop").type(name, resource_id=rid(SHOP_PKG, "search")).back()
    return plan.scroll_to(rid(SHOP_PKG, "results"), resource_id="android:id/title", text=name).tap_row(name)


def open_note(plan: Plan, title: str) -> Plan:
    plan.open("Notes").type(title, resource_id=rid(NOTES_PKG, "search")).back()
    return plan.tap_row(title)


def open_event(plan: Plan, title: str) -> Plan:
    """Calendar -> Agenda -> scroll to the event -> its details."""
    plan.open("Calendar").tap(text="Agenda")
    return plan.scroll_to(rid(CALENDAR_PKG, "agenda_list"), resource_id="android:id/title", text=title).tap_row(title)
