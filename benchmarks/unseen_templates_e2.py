"""Five medium templates and the four hard ones of the fifth held batch (unseen_templates_e.py loads them)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from cascadroid.device.script import Step
from cascadroid.device.sim.apps.clock import Alarm
from cascadroid.device.sim.apps.maps import Place
from cascadroid.device.sim.apps.phone import Call
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, normalize, time_forms
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CLOCK_PKG,
    MAPS_PKG,
    SHOP_PKG,
    day_text,
    ensure_contact,
    open_event,
    open_note,
    open_place,
    person,
    phone_number,
    put_message,
    send_text,
    sent_texts,
)
from cascadroid.device.sim.tasks.nav import MAIL_PKG, NOTES, SEEN, chat_with, mail_from, open_chat
from cascadroid.device.sim.tasks.places import product, products
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import WORDS, new_note, sample_day, sample_time
from cascadroid.device.sim.tasks.system import add_alarm_fields

FIRST_TEXTS = ["Hey, it's me, save this number", "Is this still your number?", "Hi! Got your number from Dana",
               "Hello from my new phone"]
LATER_TEXTS = ["Did you get home okay?", "The parcel came for you", "Lunch on Thursday works",
               "Bring the charger back please", "Happy new year!"]
REPLIES = ["Saved, thanks", "Yes it is", "Great, see you", "Will do"]
WAKE = [(5, 45), (6, 15), (6, 50), (7, 20), (8, 5), (9, 30)]
LABELS = ["Early shift", "Run", "Wake up", "School run", "Train", "Meds"]
READ_MAIL = ["Your receipt from CityCab", "Weekly team digest", "Photos are ready to view",
             "Reminder: dentist on Monday", "Your order has shipped"]
UNREAD_MAIL = ["Can you review this?", "Invitation: Spring fair", "Quick question about Saturday"]
PINGS = ["Are you around later?", "Look at this!", "Call me when you can", "Happy birthday!!"]
VENUE_LOCATIONS = ["Harbor Gym", "Town Hall", "Studio 3", "Riverside Clinic"]
VENUE_EVENTS = ["Spin class", "Council meeting", "Check-up", "Open studio", "Volunteer briefing", "Blood test",
                "Residents' forum"]
VENUES = ["Juniper Table", "Saffron Lane Kitchen", "The Little Anchor", "Marigold Bistro", "Pine and Ember"]
DINNERS = ["Anniversary dinner", "Team dinner", "Birthday dinner", "Dinner with the neighbours"]
DOSES = [(7, 30), (8, 0), (11, 45), (14, 30), (17, 15), (20, 0), (21, 30)]


def count_forms(count: int) -> list[str]:
    return [str(count)] + ([WORDS[count]] if count < len(WORDS) else [])


def first_named(answer: str | None, want: list[str], other: list[str]) -> bool:
    """One of ``want`` is in the answer (normalised, whole words) and before every one of ``other`` in it."""
    have = f" {normalize(answer or '')} "

    def at(forms: list[str]) -> int:
        found = [have.index(f" {normalize(f)} ") for f in forms if normalize(f) and f" {normalize(f)} " in have]
        return min(found) if found else -1

    w, o = at(want), at(other)
    return w >= 0 and (o < 0 or w < o)


def mentions(text: str, name: str) -> bool:
    return f" {normalize(name)} " in f" {normalize(text)} "


# ---- medium ---------------------------------------------------------------------------------------
class FirstText(QuestionTask):
    name = "unseen5_messages_first_text_question"
    apps = ("messages",)
    difficulty = "medium"
    may_change = SEEN
    goal = "What was the first text {name} ever sent me?"
    goals = ("I'm feeling nostalgic. Scroll back through my messages with {name} - what did the very first text "
             "they sent me say?",
             "{name}'s first sms to me?",
             "Tell me the earliest text message I got from {name}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "first": rng.choice(FIRST_TEXTS),
                "later": rng.sample(LATER_TEXTS, rng.randint(2, 3)), "reply": rng.choice(REPLIES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        texts = [(params["first"], True), (params["reply"], False), *[(t, True) for t in params["later"]]]
        texts.insert(3, ("Sure", False))
        for index, (text, incoming) in enumerate(texts):
            put_message(device, params["phone"], text, incoming=incoming, minutes_ago=60 * 24 * (len(texts) - index))

    def _incoming(self, device: Any, params: dict[str, Any]) -> list[str]:
        thread = device.app("messages").thread_with(params["phone"])
        return [m.text for m in sorted(thread.messages, key=lambda m: m.time) if m.incoming]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return self._incoming(device, params)[:1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        first, *later = self._incoming(device, params)
        return mentions(answer or "", first) and not any(mentions(answer or "", t) for t in later)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Messages").tap_row(params["name"]).done(params["first"])


class FirstActiveAlarm(QuestionTask):
    name = "unseen5_clock_first_active_alarm_question"
    apps = ("clock",)
    difficulty = "medium"
    goal = "What time is the earliest alarm I have switched on?"
    goals = ("I want to know how early I'm actually getting woken up. Of the alarms that are turned on, which time "
             "comes first?",
             "earliest enabled alarm time?",
             "Among my alarms that are on, what's the earliest time?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        picked = sorted(rng.sample(range(len(WAKE)), 4))
        return {"alarms": picked, "also_off": rng.choice(picked[2:] + [-1])}  # the first is always off

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        clock = device.app("clock")
        clock.state.alarms = []
        for order, index in enumerate(params["alarms"]):
            clock.add_alarm(*WAKE[index], LABELS[index], enabled=order != 0 and index != params["also_off"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        on = min((a.hour, a.minute) for a in device.app("clock").state.alarms if a.enabled)
        return time_forms(f"{on[0]:02d}:{on[1]:02d}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = self.expected(device, params)
        other = [f for a in device.app("clock").state.alarms for f in time_forms(a.time_text) if f not in want]
        return first_named(answer, want, other)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Clock").tap(text="Alarm").done(self.expected(device, params)[0])


class ArchiveReadMail(TaskTemplate):
    name = "unseen5_mail_archive_read_inbox"
    apps = ("mail",)
    difficulty = "medium"
    may_change = ("mail.emails.*.folder", *SEEN)
    goal = "Archive every email in my inbox that I have already read."
    goals = ("My inbox is a mess. Anything I've already opened can go to the archive; leave the unread ones where "
             "they are so I still notice them.",
             "archive read mails",
             "The read emails in my inbox - move them all to Archive, keep the unread.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"read": rng.sample(READ_MAIL, rng.randint(2, 3)), "unread": rng.choice(UNREAD_MAIL),
                "senders": [person(rng) for _ in range(4)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for email in device.app("mail").state.emails:
            email.read = False
        subjects = [*params["read"], params["unread"]]
        for index, (subject, sender) in enumerate(zip(subjects, params["senders"])):
            mail_from(device, sender, subject, "See the details below.", minutes_ago=30 + 55 * index,
                      read=subject in params["read"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        archived = {normalize(e.subject) for e in device.app("mail").state.emails if e.folder == "Archive"}
        return archived == {normalize(s) for s in params["read"]}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Mail")
        for subject in params["read"]:
            plan.tap_row(subject).tap(resource_id=rid(MAIL_PKG, "archive"))
        return plan.done()


class ReadAllChats(TaskTemplate):
    name = "unseen5_chat_read_all_unread"
    apps = ("chat",)
    difficulty = "medium"
    may_change = ("chat.chats.*.unread",)
    goal = "Mark all my unread Signal chats as read."
    goals = ("Signal keeps showing me unread badges and it's stressing me out. Go through the chats with new "
             "messages so nothing shows as unread any more.",
             "signal: clear all unread",
             "Every chat with unread messages in Signal - open it so it's read.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"people": sorted({person(rng) for _ in range(3)}), "pings": rng.sample(PINGS, 3),
                "extra": rng.randint(0, 1)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        for index, name in enumerate(params["people"]):
            chat = chat_with(device, name)
            for n in range(1 + (index == 0) * params["extra"]):
                app.post(chat.id, name, params["pings"][(index + n) % 3], minutes_ago=10 + 20 * index + n)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        chats = device.app("chat").state.chats
        return all(c.unread == 0 for c in chats) and all(device.app("chat").titled(n) for n in params["people"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for index, name in enumerate(params["people"]):
            if index:
                plan.back()  # from the chat just read to the list
            open_chat(plan, name)
        return plan.done()


class EventsAtPlace(QuestionTask):
    name = "unseen5_calendar_events_at_place_count_question"
    apps = ("calendar",)
    difficulty = "medium"
    goal = "How many of my upcoming events are at {location}?"
    goals = ("I seem to be going to {location} all the time lately. Going by my calendar, how many more times am I "
             "there from today on?",
             "upcoming events at {location}: how many",
             "At {location} - how many events do I have coming up?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        location, other = rng.sample(VENUE_LOCATIONS, 2)
        count = rng.randint(2, 4)
        return {"location": location, "other": other, "days": rng.sample(range(1, 13), count + 2),
                "titles": [rng.choice(VENUE_EVENTS) for _ in range(count + 2)], "past": rng.randint(2, 6),
                "time": sample_time(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        cal = device.app("calendar")
        today = device.now.date()
        places = [params["other"]] * 2 + [params["location"]] * (len(params["days"]) - 2)
        for day, title, where in zip(params["days"], params["titles"], places):
            cal.add_event(title, today + timedelta(days=day), params["time"], where)
        cal.add_event(params["titles"][-1], today - timedelta(days=params["past"]), "10:00", params["location"])

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        today = device.now.date()
        return count_forms(sum(normalize(e.location) == normalize(params["location"]) and e.day >= today
                               for e in device.app("calendar").state.events))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Calendar").tap(text="Agenda")
        last = max(params["days"])
        title = params["titles"][params["days"].index(last)]
        plan.scroll_to(rid(CALENDAR_PKG, "agenda_list"), resource_id="android:id/title", text=title)
        return plan.done(self.expected(device, params)[0])


# ---- hard (two apps, or several things) ------------------------------------------------------------
class CartByText(TaskTemplate):
    name = "unseen5_shop_cart_list_by_text"
    apps = ("shop", "messages")
    difficulty = "hard"
    may_change = ("messages.threads", *SEEN)
    goal = "Text {name} what's in my Shop cart."
    goals = ("{name} is ordering from the same shop and wants to know what I'm getting. Send them an SMS listing "
             "everything that's in my cart.",
             "sms {name} my cart items",
             "What's in my Shop cart? Text the list to {name}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "phone": phone_number(rng), "products": products(rng, rng.randint(2, 3))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"])
        shop = device.app("shop")
        shop.state.cart = []
        for name in params["products"]:
            shop.add_to_cart(product(device, name).id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        sent = " | ".join(sent_texts(device, params["phone"]))
        names = [device.app("shop").product(i.product_id).name for i in device.app("shop").state.cart]
        return bool(names) and all(mentions(sent, n) for n in names)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))
        return send_text(plan, params["name"], ", ".join(params["products"])).done()


class VenueToMaps(TaskTemplate):
    name = "unseen5_event_venue_save_in_maps"
    apps = ("calendar", "maps")
    difficulty = "hard"
    may_change = ("maps.saved",)
    goal = "Save the restaurant where my \"{title}\" is in Maps."
    goals = ("I'll want to find the restaurant for {title} on {day_text} again later. Check where it is in my "
             "calendar and save that place in Maps for me.",
             "maps: save the venue of {title}",
             "In Maps, save the place my {title} event is at.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(DINNERS), "venue": rng.choice(VENUES), "day": sample_day(rng, 1, 9),
                "time": rng.choice(["18:30", "19:00", "19:45", "20:15"]), "km": rng.choice([0.8, 1.9, 3.4, 6.1])}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def _kept(self, device: Any, params: dict[str, Any]) -> int:
        return next(p.id for p in device.app("maps").state.places if p.name != params["venue"])

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        maps = device.app("maps").state
        maps.places = [p for p in maps.places if p.name != params["venue"]]
        maps.places.append(Place(id=maps.next_id, name=params["venue"], category="Restaurant", rating=4.5, reviews=310,
                                 address="18 Quay St", phone="+1 415-555-0427", opens="17:00", closes="23:00",
                                 distance_km=params["km"], keywords="restaurant food dinner"))
        maps.next_id += 1
        maps.saved = [self._kept(device, params)]
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], date.fromisoformat(params["day"]), params["time"], params["venue"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        venue = device.app("maps").named(params["venue"])
        return venue is not None and sorted(device.app("maps").state.saved) == sorted([self._kept(device, params),
                                                                                       venue.id])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_event(Plan(device), params["title"])
        open_place(plan, params["venue"], params["venue"])
        return plan.tap(resource_id=rid(MAPS_PKG, "save_place")).done()


class MissedCallersNote(TaskTemplate):
    name = "unseen5_missed_callers_into_note"
    apps = ("phone", "notes")
    difficulty = "hard"
    may_change = NOTES
    goal = "Make a note titled \"{title}\" with the names of everyone whose call I missed."
    goals = ("I've been in meetings all day and missed a few calls. Jot down who they were from in a new note called "
             "{title} so I can ring them back later.",
             "note {title}: missed callers",
             "In a new note, {title}, list the people I missed calls from.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(12)}), 4)
        return {"title": rng.choice(["Call back", "Missed calls", "Ring back"]), "missed": names[:2],
                "answered": names[2], "dialled": names[3], "phones": [phone_number(rng) for _ in range(4)]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        people = [*params["missed"], params["answered"], params["dialled"]]
        number = dict(zip(people, params["phones"]))
        for name in people:
            ensure_contact(device, name, number[name])
        a, b = params["missed"]
        calls = [(params["dialled"], "outgoing"), (a, "missed"), (params["answered"], "incoming"), (b, "missed"),
                 (a, "missed")]
        device.app("phone").state.call_log = [
            Call(number=number[who], direction=kind, time=device.now - timedelta(minutes=50 * (len(calls) - i)),
                 duration_s=0 if kind == "missed" else 140) for i, (who, kind) in enumerate(calls)]
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        for note in device.app("notes").titled(params["title"]):
            if all(mentions(note.body, n) for n in params["missed"]) and not any(
                    mentions(note.body, n) for n in (params["answered"], params["dialled"])):
                return True
        return False

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Phone").tap(text="Recents")
        return new_note(plan, params["title"], " and ".join(params["missed"])).done()


class NoteTimesToAlarms(TaskTemplate):
    name = "unseen5_note_times_to_alarms"
    apps = ("notes", "clock")
    difficulty = "hard"
    may_change = ("clock.alarms",)
    goal = "Set an alarm for every time in my note \"{title}\"."
    goals = ("My note {title} has the times I need reminding at each day. Could you set an alarm for each one of "
             "them?",
             "alarms for each time in note {title}",
             "For each time listed in my {title} note, add an alarm.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(["Medication times", "Feeding schedule", "Pill schedule"]),
                "times": sorted(rng.sample(DOSES, rng.randint(2, 3)))}

    def _text(self, params: dict[str, Any]) -> list[str]:
        return [f"{h:02d}:{m:02d}" for h, m in params["times"]]

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("clock").state.alarms = [Alarm(id=1, hour=6, minute=40, label="Gym"),
                                            Alarm(id=2, hour=22, minute=15, label="Bedtime", enabled=False)]
        device.app("clock").state.next_id = 3
        notes = device.app("notes")
        for note in notes.titled(params["title"]):
            notes.delete(note.id)
        *head, last = self._text(params)
        notes.add(params["title"], f"Every day at {', '.join(head)} and {last}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        alarms = device.app("clock").state.alarms
        have = {(a.hour, a.minute, a.enabled) for a in alarms}
        want = {(h, m, True) for h, m in params["times"]}
        kept = {(6, 40, True), (22, 15, False)}
        return want | kept <= have and len(alarms) == len(want) + len(kept)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_note(Plan(device), params["title"]).back()
        plan.open("Clock")
        for hour, minute in params["times"]:
            plan.tap(content_desc="Add alarm")
            add_alarm_fields(plan, hour, minute).tap(resource_id=rid(CLOCK_PKG, "save"))
        return plan.done()


MEDIUM = [FirstText, FirstActiveAlarm, ArchiveReadMail, ReadAllChats, EventsAtPlace]
HARD = [CartByText, VenueToMaps, MissedCallersNote, NoteTimesToAlarms]

__all__ = ["HARD", "MEDIUM", "first_named"]
