"""Five medium templates and the four hard ones of the tenth held batch (unseen_templates_j.py loads them)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from unseen_templates_i2 import ensure_place

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.contacts import digits
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, answer_matches, normalize, price_forms
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    MESSAGES_PKG,
    TODAY,
    edit_contact,
    ensure_contact,
    open_event,
    open_note,
    open_place,
    open_product,
    person,
    phone_number,
    put_message,
    send_text,
    sent_texts,
    two_people,
)
from cascadroid.device.sim.tasks.nav import (
    CHATS,
    SEEN,
    chat_new_message,
    chat_sent,
    chat_with,
    long_press,
    mail_from,
    open_chat,
    open_email,
    said,
)
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import events_titled, fill_event

VENUES = ["Hall C, Riverside campus", "Studio 9 at the Arts Centre", "Room 214, Elm House", "The Granary loft"]
TITLES = ["Design review", "Choir practice", "Budget meeting", "Book club", "Pottery class", "Team retro",
          "Language exchange", "Volunteer briefing"]
FOLLOW_UPS = ["Coffee with Dana", "Debrief call", "Gym session", "Pick up dry cleaning", "Lunch with Omar"]
UNKNOWN_TEXTS = ["Your parcel is waiting, click the link", "You have won a prize", "Reminder: your subscription ends",
                 "Hi, is this still your number?", "Final notice about your account"]
KNOWN_TEXTS = ["See you at the station", "Thanks for the lift", "Did you get my email?", "Call me when free"]
GROUPS = ["Allotment crew", "Flat 4 neighbours", "Five-a-side", "Book swap"]
GROUP_LINES = ["The water tap is fixed now", "Meeting moved to the back gate", "Bring gloves on Saturday",
               "Keys are with the caretaker", "Bins go out on Thursday this week", "Pitch is booked from 7"]
CAPTIONS = ["Sunset", "Market", "Old bridge", "Harbour", "Cathedral", "Street food", "Castle", "Tram"]
NOTE_CODES = {"Door codes": [("gate code", "Gate code"), ("bike shed code", "Bike shed code"),
                             ("lift code", "Lift code")],
              "House info": [("wifi password", "Wifi password"), ("alarm code", "Alarm code"),
                             ("gate code", "Gate code")]}
EVENT_NAMES = ["Standup", "Dentist", "Call with Priya", "Site visit", "Interview", "Yoga class"]


# ---- medium ---------------------------------------------------------------------------------------
class MoveVenueEverywhere(TaskTemplate):
    name = "unseen10_calendar_change_venue_of_every_event_there"
    apps = ("calendar",)
    difficulty = "medium"
    may_change = ("calendar.events.*.location",)
    goal = "Every event I have at \"{old}\" is now at \"{new}\" instead. Change their location."
    goals = ("{old} is closed for works, so all my events there have moved to {new}. Update the place of each of "
             "those events; the others stay where they are.",
             "all events @ {old} -> {new}",
             "Find each calendar event located at \"{old}\" and set its location to \"{new}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        old, new, other = rng.sample(VENUES, 3)
        return {"old": old, "new": new, "other": other, "titles": rng.sample(TITLES, 5),
                "days": rng.sample(range(1, 12), 5), "starts": [rng.choice(["09:30", "13:00", "18:15"]) for _ in range(5)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        names = {normalize(t) for t in params["titles"]}
        venues = {normalize(params["old"]), normalize(params["new"])}
        cal.state.events = [e for e in cal.state.events
                            if normalize(e.title) not in names and normalize(e.location) not in venues]
        for index, (title, day, start) in enumerate(zip(params["titles"], params["days"], params["starts"])):
            where = params["old"] if index in (0, 2, 4) else params["other"]
            cal.add_event(title, TODAY + timedelta(days=day), start, location=where)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        for index, title in enumerate(params["titles"]):
            found = events_titled(device, title)
            want = params["new"] if index in (0, 2, 4) else params["other"]
            if len(found) != 1 or normalize(found[0].location) != normalize(want):
                return False
        return True

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for index in (0, 2, 4):
            open_event(plan, params["titles"][index]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
            plan.type(params["new"], resource_id=rid(CALENDAR_PKG, "event_location_field"))
            plan.tap(resource_id=rid(CALENDAR_PKG, "save")).back()
        return plan.done()


class EventWhenOtherEnds(TaskTemplate):
    name = "unseen10_calendar_add_event_when_other_ends"
    apps = ("calendar",)
    difficulty = "medium"
    may_change = ("calendar.events", "calendar.next_id")
    goal = "Add an event \"{new}\" on the same day as my \"{title}\", starting exactly when \"{title}\" ends."
    goals = ("Straight after {title} finishes I'm doing \"{new}\". Put that in my calendar on the same day, "
             "starting at the time {title} ends.",
             "new event \"{new}\" = right after {title} ends",
             "Please schedule \"{new}\" to begin the minute my {title} event is over, on that same day.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(TITLES), "new": rng.choice(FOLLOW_UPS), "day": rng.randint(1, 9),
                "start": rng.choice(["08:45", "10:15", "13:30", "16:00"]), "length": rng.choice([45, 75, 90, 120])}

    def _day(self, params: dict[str, Any]) -> Any:
        return TODAY + timedelta(days=params["day"])

    def _end(self, params: dict[str, Any]) -> str:
        start = datetime.strptime(params["start"], "%H:%M") + timedelta(minutes=params["length"])
        return start.strftime("%H:%M")

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        names = {normalize(params["title"]), normalize(params["new"])}
        cal.state.events = [e for e in cal.state.events if normalize(e.title) not in names]
        cal.add_event(params["title"], self._day(params), params["start"], duration_min=params["length"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = events_titled(device, params["new"])
        return (len(found) == 1 and found[0].day == self._day(params) and found[0].start == self._end(params)
                and len(events_titled(device, params["title"])) == 1)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"]).back()
        plan.tap(content_desc="New event")
        fill_event(plan, params["new"], self._day(params).isoformat(), self._end(params), "")
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


def _unknown(device: Any, address: str) -> bool:
    return device.app("contacts").by_number(address) is None


class DeleteUnknownThreads(TaskTemplate):
    name = "unseen10_messages_delete_threads_from_unsaved_numbers"
    apps = ("messages", "contacts")
    difficulty = "medium"
    may_change = ("messages.threads", *SEEN)
    goal = "Delete every conversation in Messages that is with a number not saved in my contacts."
    goals = ("My Messages list is full of texts from numbers I don't know. Delete each conversation whose sender "
             "isn't one of my contacts, and keep the ones with people I have saved.",
             "sms: delete all threads from unknown numbers",
             "Clear out the conversations with unsaved numbers in Messages; conversations with contacts stay.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"names": list(two_people(rng)), "phones": [phone_number(rng) for _ in range(2)],
                "strangers": [f"+1 {rng.randint(201, 989)}-555-{rng.randint(100, 199):04d}" for _ in range(3)],
                "texts": rng.sample(UNKNOWN_TEXTS, 3), "known": rng.sample(KNOWN_TEXTS, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name, phone, text, ago in zip(params["names"], params["phones"], params["known"], (50, 130)):
            ensure_contact(device, name, phone)
            put_message(device, phone, text, minutes_ago=ago)
        for number, text, ago in zip(params["strangers"], params["texts"], (20, 90, 200)):
            put_message(device, number, text, minutes_ago=ago)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        threads = device.app("messages").state.threads
        kept = {digits(t.address) for t in threads}
        return (not any(_unknown(device, t.address) for t in threads)
                and all(digits(p) in kept for p in params["phones"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages")
        for thread in device.app("messages").sorted_threads():
            if _unknown(device, thread.address):
                row = {"resource_id": rid(MESSAGES_PKG, "conversation_row"), "text_contains": thread.address}
                plan.reveal(**row)
                long_press(plan, **row).tap(text="Delete")
        return plan.done()


class PassOnGroupMessage(TaskTemplate):
    name = "unseen10_chat_pass_group_message_to_friend"
    apps = ("chat", "contacts")
    difficulty = "medium"
    may_change = CHATS
    goal = "Send {friend} on Signal what {poster} last wrote in the \"{group}\" group, word for word."
    goals = ("{friend} isn't in the {group} group but needs to know what {poster} said there most recently. Copy "
             "{poster}'s latest message from that group into a Signal chat with {friend}.",
             "signal: fwd {poster}'s last msg in {group} -> {friend}",
             "Look up the newest message {poster} posted in {group} and send the same text to {friend} in Signal.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        poster, other = two_people(rng)
        friend = person(rng)
        while friend in (poster, other):
            friend = person(rng)
        return {"group": rng.choice(GROUPS), "poster": poster, "other": other, "friend": friend,
                "phone": phone_number(rng), "lines": rng.sample(GROUP_LINES, 4)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["friend"], params["phone"])
        app = device.app("chat")
        for title in (params["group"], params["friend"]):
            old = app.titled(title)
            if old is not None:
                app.delete(old.id)
        group = chat_with(device, params["group"], [params["poster"], params["other"]], group=True)
        for sender, text, ago in zip((params["poster"], params["other"], params["poster"], params["other"]),
                                     params["lines"], (300, 200, 120, 30)):
            app.post(group.id, sender, text, minutes_ago=ago)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        sent = chat_sent(device, params["friend"])
        return (said(sent, params["lines"][2]) and not said(sent, params["lines"][3])
                and not chat_sent(device, params["group"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_chat(Plan(device), params["group"]).back()
        return chat_new_message(plan, params["friend"], params["lines"][2]).done()


class OldestFavouriteQuestion(QuestionTask):
    name = "unseen10_gallery_oldest_favourite_name_question"
    apps = ("gallery",)
    difficulty = "medium"
    may_change = ()
    goal = "Of the photos I marked as favourites, which is the oldest? Tell me its file name."
    goals = ("I want the very first photo I ever favourited - well, the oldest one among my favourites. What's "
             "that photo's name?",
             "oldest favourite photo name?",
             "Look through my favourite photos in Gallery and tell me the file name of the one taken longest ago.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"photos": [f"IMG_{n}.jpg" for n in rng.sample(range(10000, 99999), 6)],
                "captions": rng.sample(CAPTIONS, 6), "favourite": [False, True, False, True, True, False]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("gallery")
        for photo in app.state.photos:
            photo.favourite = False
        for index, name in enumerate(params["photos"]):  # the last added is the oldest, and not a favourite
            photo = app.add_photo(name, params["captions"][index], TODAY - timedelta(days=3 + 5 * index), "Lisbon")
            photo.favourite = params["favourite"][index]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["photos"][4]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return answer_matches(answer, self.expected(device, params)) and not answer_matches(
            answer, [p for i, p in enumerate(params["photos"]) if i != 4])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Gallery").tap(text="Favourites")
        plan.reveal(resource_id="android:id/title", text=params["photos"][4])
        return plan.done(params["photos"][4])


# ---- hard (two apps) ------------------------------------------------------------------------------
class TimerToNextEvent(TaskTemplate):
    name = "unseen10_timer_until_next_event_today"
    apps = ("calendar", "clock")
    difficulty = "hard"
    may_change = ("clock.timer",)
    goal = "Start a timer that goes off when my next event today begins."
    goals = ("I'll lose track of time otherwise. Check what's next in my calendar today and set a countdown timer "
             "so it rings right as that event starts.",
             "timer -> next event today",
             "Work out how long until my next calendar event today starts and start a timer for exactly that long.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        titles = rng.sample(EVENT_NAMES, 3)
        return {"titles": titles, "minutes": rng.randint(22, 140), "later": rng.randint(40, 120),
                "earlier": rng.randint(40, 120)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        now = device.now.replace(second=0, microsecond=0)
        names = {normalize(t) for t in params["titles"]}
        cal.state.events = [e for e in cal.state.events if e.day != now.date() and normalize(e.title) not in names]
        start = now + timedelta(minutes=params["minutes"])
        later = start + timedelta(minutes=params["later"])
        earlier = now - timedelta(minutes=params["earlier"] + 60)
        cal.add_event(params["titles"][2], now.date(), later.strftime("%H:%M"))
        cal.add_event(params["titles"][0], now.date(), start.strftime("%H:%M"))
        cal.add_event(params["titles"][1], now.date(), earlier.strftime("%H:%M"))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        timer = device.app("clock").state.timer
        return timer.started_at is not None and abs(timer.duration_s - 60 * params["minutes"]) <= 60

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar")
        plan.reveal(resource_id="android:id/title", text=params["titles"][0])
        plan.open("Clock").tap(text="Timer")
        hours, minutes = divmod(params["minutes"], 60)
        plan.fill(CLOCK_PKG, {"timer_hours": str(hours), "timer_minutes": str(minutes)})
        return plan.tap(resource_id=rid(CLOCK_PKG, "timer_start")).done()


class MailedPriceGapQuestion(QuestionTask):
    name = "unseen10_mailed_price_vs_shop_gap_question"
    apps = ("mail", "shop")
    difficulty = "hard"
    may_change = SEEN
    goal = "{friend} emailed me what they paid for the {item}. How much more or less does the Shop app charge for it?"
    goals = ("{friend} bought the {item} and put what they paid in an email to me. Compare that with the "
             "price in my Shop app and tell me the difference in dollars.",
             "{item}: {friend}'s mailed price vs Shop price, diff?",
             "Find the price {friend} mentioned by email for the {item}, look the {item} up in Shop, and tell me "
             "how far apart the two prices are.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"friend": person(rng), "item": products(rng)[0], "cents": rng.randint(150, 1900),
                "cheaper": rng.random() < 0.5}

    def _paid(self, device: Any, params: dict[str, Any]) -> float:
        price = product(device, params["item"]).price
        gap = params["cents"] / 100
        cheaper = params["cheaper"] and price - gap >= 1  # a price under $1 reads as a typo: dearer instead
        return round(price - gap if cheaper else price + gap, 2)

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        paid = self._paid(device, params)
        mail_from(device, params["friend"], f"Got the {params['item']}!",
                  f"Picked up the {params['item']} yesterday and paid ${paid:.2f} for it. Pretty happy with it.",
                  minutes_ago=45)

    def _gap(self, device: Any, params: dict[str, Any]) -> float:
        return round(abs(product(device, params["item"]).price - self._paid(device, params)), 2)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return price_forms(self._gap(device, params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), f"Got the {params['item']}!")
        open_product(plan, params["item"])
        return plan.done(f"${self._gap(device, params):.2f}")


class ContactNumberFromMaps(TaskTemplate):
    name = "unseen10_contact_number_corrected_from_maps"
    apps = ("contacts", "maps")
    difficulty = "hard"
    may_change = ("contacts.contacts.*.phone",)
    goal = "My contact \"{place}\" has an out-of-date phone number. Replace it with the number Maps lists for {place}."
    goals = ("I tried calling {place} from my contacts and the number is dead. Maps should have the current one - "
             "update my {place} contact with it.",
             "contact {place}: phone := Maps phone",
             "Look up {place} in Maps and put its phone number into my saved contact for {place}, replacing the old "
             "one.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"place": rng.choice(["Sakura Sushi", "Lotus Thai", "Casa Verde", "Taj Palace", "Green Bowl"]),
                "old": phone_number(rng), "new": f"+1 415-555-{rng.randint(2000, 9999):04d}"}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_place(device, params["place"], phone=params["new"])
        ensure_contact(device, params["place"], params["old"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = [c for c in device.app("contacts").state.contacts if c.name == params["place"]]
        return len(found) == 1 and digits(found[0].phone) == digits(params["new"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_place(Plan(device), params["place"], params["place"])
        return edit_contact(plan, params["place"], "phone", params["new"]).done()


class NoteCodeByText(TaskTemplate):
    name = "unseen10_code_from_note_texted_to_friend"
    apps = ("notes", "messages", "contacts")
    difficulty = "hard"
    may_change = ("messages.threads", "messages.next_id", *SEEN)
    goal = "Text {friend} the {what} that's written in my note \"{title}\"."
    goals = ("{friend} is standing outside and needs the {what}. It's in my {title} note - send it to them by SMS, "
             "and nothing else from that note.",
             "sms {friend} the {what} (note {title})",
             "Open my \"{title}\" note, find the {what}, and send it to {friend} in a text message.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        title = rng.choice(sorted(NOTE_CODES))
        entries = NOTE_CODES[title]
        pick = rng.randrange(len(entries))
        numbers = rng.sample(range(1000, 9999), len(entries))  # distinct, so only the right one can match
        codes = [f"maple{n}" if "password" in key else f"{n}" for (key, _), n in zip(entries, numbers)]
        return {"title": title, "what": entries[pick][0], "pick": pick, "codes": codes, "friend": person(rng),
                "phone": phone_number(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["friend"], params["phone"])
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        body = "\n".join(f"{label}: {code}" for (_, label), code in zip(NOTE_CODES[params["title"]], params["codes"]))
        notes.add(params["title"], body)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        sent = sent_texts(device, params["phone"])
        others = [c for i, c in enumerate(params["codes"]) if i != params["pick"]]
        return said(sent, params["codes"][params["pick"]]) and not any(said(sent, c) for c in others)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"])
        return send_text(plan, params["friend"], params["codes"][params["pick"]]).done()


MEDIUM = [MoveVenueEverywhere, EventWhenOtherEnds, DeleteUnknownThreads, PassOnGroupMessage, OldestFavouriteQuestion]
HARD = [TimerToNextEvent, MailedPriceGapQuestion, ContactNumberFromMaps, NoteCodeByText]

__all__ = ["HARD", "MEDIUM"]
