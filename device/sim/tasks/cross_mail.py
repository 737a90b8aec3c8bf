"""Multi-app tasks around Mail, Signal and Chrome: read in one app, act in another."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from ...script import Step
from .base import TaskTemplate, normalize
from .common import (
    CALENDAR_PKG,
    CONTACTS_PKG,
    contact,
    day_text,
    edit_contact,
    ensure_contact,
    open_contact,
    open_product,
    person,
    phone_number,
    send_text,
    sent_texts,
    street_address,
    two_people,
)
from .nav import (
    CHATS,
    MAIL_PKG,
    NOTES,
    SEEN,
    SENT,
    SERVICES,
    SUBJECTS,
    address_of,
    chat_send,
    chat_sent,
    chat_with,
    compose_mail,
    mail_from,
    open_email,
    said,
    sent_mail,
)
from .places import products
from .plan import Plan, rid
from .productivity import (
    LOCATIONS,
    events_titled,
    fill_event,
    new_note,
    notes_titled,
    sample_day,
)


class MailAddressToChat(TaskTemplate):
    name = "mail_address_to_chat"
    apps = ("mail", "chat")
    difficulty = "hard"
    tags = ("mail", "chat", "share")
    may_change = CHATS
    goal = "{sender} emailed me the address of the party. Send that address to {friend} on Signal."
    goals = ("Find the party address in {sender}'s email and share it with {friend} via Signal.",
             "{friend} is asking where the party is; the address is in an email from {sender} - could you "
             "pass it on to them on Signal?",
             "Signal {friend} the address from {sender}'s party mail")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        sender, friend = two_people(rng)
        return {"sender": sender, "friend": friend, "address": street_address(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail_from(device, params["sender"], "Party on Saturday", f"The party is at {params['address']}. See you!")
        chat_with(device, params["friend"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["friend"]), params["address"].split(",")[0])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), "Party on Saturday")
        return chat_send(plan, params["friend"], params["address"]).done()


class MailEventToCalendar(TaskTemplate):
    name = "mail_event_to_calendar"
    apps = ("mail", "calendar")
    difficulty = "hard"
    tags = ("mail", "calendar", "create", "read")
    may_change = ("calendar.events", *SEEN)
    goal = "Add the meeting from {sender}'s email \"{subject}\" to my calendar with its date, time and place."
    goals = ("Put the {subject} meeting {sender} mailed me into the calendar (title \"{subject}\").",
             "{sender} sent me the details for \"{subject}\" by email - please create a calendar event called "
             "\"{subject}\" on that day, at that time and place.",
             "calendar event from mail: {subject}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "subject": rng.choice(SUBJECTS), "day": sample_day(rng, 1, 6),
                "time": f"{rng.randint(9, 17):02d}:{rng.choice(['00', '30'])}", "place": rng.choice(LOCATIONS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for event in events_titled(device, params["subject"]):
            device.app("calendar").delete(event.id)
        mail_from(device, params["sender"], params["subject"], f"Let's meet on {day_text(params['day'])} at "
                                                                f"{params['time']}, {params['place']}.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(e.day == date.fromisoformat(params["day"]) and e.start == params["time"]
                   and normalize(params["place"]) in normalize(e.location)
                   for e in events_titled(device, params["subject"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), params["subject"]).open("Calendar").tap(content_desc="New event")
        fill_event(plan, params["subject"], params["day"], params["time"], params["place"])
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


class MailCodeToNote(TaskTemplate):
    name = "mail_code_to_note"
    apps = ("mail", "notes")
    difficulty = "medium"
    tags = ("mail", "notes", "create")
    may_change = NOTES
    goal = "Save the code from the {service} email in a new note titled \"{service} code\"."
    goals = ("Copy the {service} code out of my mail into a note called {service} code.",
             "I'll need the {service} code later - please write it down in a note named \"{service} code\".",
             "note \"{service} code\" <- code from {service} mail")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"service": rng.choice(SERVICES), "code": str(rng.randint(100000, 999999))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for note in notes_titled(device, f"{params['service']} code"):
            device.app("notes").delete(note.id)
        mail_from(device, params["service"], f"Your {params['service']} code", f"Your code is {params['code']}.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(params["code"] in n.body or params["code"] in n.title
                   for n in notes_titled(device, f"{params['service']} code"))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), f"Your {params['service']} code")
        return new_note(plan, f"{params['service']} code", params["code"]).done()


class MailContactAddress(TaskTemplate):
    name = "mail_contact_from_contacts"
    apps = ("contacts", "mail")
    difficulty = "medium"
    tags = ("contacts", "mail", "send")
    may_change = SENT
    goal = "Email {name} (the address is in my contacts) with the subject \"{subject}\" and the text \"{body}\"."
    goals = ("Look up {name}'s email in Contacts and mail them: {subject} / {body}",
             "Could you send {name} an email? Their address should be saved in my contacts. Subject \"{subject}\", "
             "message \"{body}\".",
             "mail {name}: {subject} - {body}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name = person(rng)
        return {"name": name, "email": f"{name.split()[0].lower()}{rng.randint(1, 99)}@example.net",
                "subject": rng.choice(SUBJECTS), "body": rng.choice(["See you there", "All set", "Thanks again"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], phone_number(random.Random(params["name"])), email=params["email"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(params["subject"]) in normalize(e.subject) for e in sent_mail(device, params["email"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["name"]).tap(resource_id=rid(CONTACTS_PKG, "email"))
        plan.fill(MAIL_PKG, {"subject": params["subject"], "body": params["body"]})
        return plan.tap(resource_id=rid(MAIL_PKG, "send")).done()


class SenderEmailToContact(TaskTemplate):
    name = "mail_sender_to_contact"
    apps = ("mail", "contacts")
    difficulty = "hard"
    tags = ("mail", "contacts", "edit")
    may_change = ("contacts.contacts.*.email", *SEEN)
    goal = "Add the email address {name} wrote to me from (\"{subject}\") to {name}'s contact."
    goals = ("Save the sender address of the {subject} mail on {name}'s contact card.",
             "{name} emailed me about \"{subject}\"; please copy the address they used into their entry in Contacts.",
             "contacts: {name}.email = sender of {subject}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "subject": rng.choice(SUBJECTS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], phone_number(random.Random(params["name"])), email="")
        mail_from(device, params["name"], params["subject"], "Hello from my new address!")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = contact(device, params["name"])
        return found is not None and found.email.strip().lower() == address_of(params["name"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), params["subject"])
        return edit_contact(plan, params["name"], "email", address_of(params["name"])).done()


class SmsToChat(TaskTemplate):
    name = "sms_forward_to_chat"
    apps = ("messages", "chat", "contacts")
    difficulty = "hard"
    tags = ("messages", "chat", "share")
    may_change = CHATS
    goal = "Forward the last text {name} sent me to {friend} on Signal."
    goals = ("Pass {name}'s latest SMS on to {friend} in Signal, word for word.",
             "{friend} needs to see what {name} just texted me - copy that message into my Signal chat with them.",
             "SMS from {name} -> Signal {friend}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        name, friend = two_people(rng)
        return {"name": name, "phone": phone_number(rng), "friend": friend,
                "text": rng.choice(["Meet at the north entrance", "Train leaves at 7:40", "Bring the blue folder"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from .common import put_message

        ensure_contact(device, params["name"], params["phone"])
        put_message(device, params["phone"], params["text"], latest=True)
        chat_with(device, params["friend"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["friend"]), params["text"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        from .cross import open_thread

        plan = open_thread(Plan(device), params["name"])
        return chat_send(plan, params["friend"], params["text"]).done()


class MailCodeBySms(TaskTemplate):
    name = "mail_code_by_sms"
    apps = ("mail", "messages", "contacts")
    difficulty = "hard"
    tags = ("mail", "messages", "share")
    may_change = ("messages.threads", *SEEN)
    goal = "Text {name} the code from the {service} email."
    goals = ("Send {name} an SMS with the {service} code from my inbox.",
             "{name} is logging in to our shared {service} account; text them the code {service} emailed me.",
             "sms {name} {service} code")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "service": rng.choice(SERVICES),
                "code": str(rng.randint(100000, 999999))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        mail_from(device, params["service"], f"Your {params['service']} code", f"Your code is {params['code']}.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(params["code"] in t for t in sent_texts(device, params["phone"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), f"Your {params['service']} code")
        return send_text(plan, params["name"], params["code"]).done()


class MailOrderToCart(TaskTemplate):
    name = "mail_request_to_cart"
    apps = ("mail", "shop")
    difficulty = "medium"
    tags = ("mail", "shop", "cart")
    may_change = ("shop.cart", *SEEN)
    goal = "{sender} emailed me what to buy (\"Shopping request\"). Add that product to my Shop cart."
    goals = ("Put the item from {sender}'s Shopping request mail into the cart.",
             "Could you read the \"Shopping request\" email from {sender} and add the thing they want to my cart "
             "in Shop?",
             "cart += product from {sender}'s mail")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "product": products(rng)[0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("shop").state.cart.clear()
        mail_from(device, params["sender"], "Shopping request", f"Please order the {params['product']} for me.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        from .places import cart_ids, product

        return product(device, params["product"]).id in cart_ids(device)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        from .common import SHOP_PKG

        plan = open_product(open_email(Plan(device), "Shopping request"), params["product"])
        return plan.tap(resource_id=rid(SHOP_PKG, "add_to_cart")).done()


class ContactNumberToChat(TaskTemplate):
    name = "contact_number_to_chat"
    apps = ("contacts", "chat")
    difficulty = "medium"
    tags = ("contacts", "chat", "share")
    may_change = CHATS
    goal = "Send {about}'s phone number to {to} on Signal."
    goals = ("Share the number of {about} from Contacts with {to} over Signal.",
             "{to} wants to call {about}; could you look up the number and Signal it to them?",
             "Signal {to}: {about}'s number")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        about, to = two_people(rng)
        return {"about": about, "to": to, "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["about"], params["phone"])
        chat_with(device, params["to"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        from ..apps.contacts import digits

        return any(digits(params["phone"]) in digits(t) for t in chat_sent(device, params["to"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["about"])
        return chat_send(plan, params["to"], params["phone"]).done()


class EventTimeByMail(TaskTemplate):
    name = "event_time_by_mail"
    apps = ("calendar", "mail")
    difficulty = "medium"
    tags = ("calendar", "mail", "share")
    may_change = SENT
    goal = "Email {to} the start time of \"{title}\" on {day_text}, with the subject \"{title}\"."
    goals = ("Mail {to} when {title} starts ({day_text}); subject {title}.",
             "{to} asked me what time \"{title}\" begins on {day_text}. Could you check my calendar and email "
             "them the time (subject \"{title}\")?",
             "email {to}: start of {title}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        from .productivity import NEW_EVENTS, sample_time

        return {"to": address_of(person(rng)), "title": rng.choice(NEW_EVENTS), "day": sample_day(rng),
                "time": sample_time(rng)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for event in events_titled(device, params["title"]):
            device.app("calendar").delete(event.id)
        device.app("calendar").add_event(params["title"], date.fromisoformat(params["day"]), params["time"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        from .base import time_forms

        return any(said([e.body], form) for e in sent_mail(device, params["to"]) for form in time_forms(params["time"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        from .common import open_event

        plan = open_event(Plan(device), params["title"])
        return compose_mail(plan, params["to"], params["title"], f"It starts at {params['time']}").done()


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    MailAddressToChat, MailEventToCalendar, MailCodeToNote, MailContactAddress, SenderEmailToContact, SmsToChat,
    MailCodeBySms, MailOrderToCart, ContactNumberToChat,
    EventTimeByMail,
)
